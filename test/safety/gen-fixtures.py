import pickle, sys, types, io, zipfile, collections, os, json, base64
# Fake torch modules so pickle can name the same globals a real torch.save writes.
torch = types.ModuleType("torch"); tu = types.ModuleType("torch._utils")
sys.modules["torch"] = torch; sys.modules["torch._utils"] = tu
def _rebuild_tensor_v2(*a): pass
_rebuild_tensor_v2.__module__ = "torch._utils"; tu._rebuild_tensor_v2 = _rebuild_tensor_v2
class FloatStorage: pass
FloatStorage.__module__ = "torch"; torch.FloatStorage = FloatStorage
class Tensor:
    def __init__(self, key, n): self.key, self.n = key, n
    def __reduce_ex__(self, proto):
        return (_rebuild_tensor_v2, (StorageRef(self.key, self.n), 0, (self.n,), (1,), False, collections.OrderedDict()))
class StorageRef:
    def __init__(self, key, n): self.key, self.n = key, n
class P(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, StorageRef): return ("storage", FloatStorage, obj.key, "cpu", obj.n)
        return None
def state_dict(proto):
    buf = io.BytesIO()
    sd = collections.OrderedDict([("layer.weight", Tensor("0", 6)), ("layer.bias", Tensor("1", 2))])
    P(buf, protocol=proto).dump(sd); return buf.getvalue()
out = {}
for p in range(6):
    out[f"benign_plain_p{p}"] = pickle.dumps({"a": [1, 2.5, "x" * 300, b"bytes", None, True], "t": (1, 2), "s": "torch", "n": 2**80}, protocol=p)
    out[f"benign_state_dict_p{p}"] = state_dict(p)
class Evil:
    def __reduce__(self): return (os.system, ("echo pwned",))
class EvilEval:
    def __reduce__(self): return (eval, ("__import__('os').system('id')",))
for p in range(6):
    out[f"evil_os_system_p{p}"] = pickle.dumps({"w": Evil()}, protocol=p)
    out[f"evil_eval_p{p}"] = pickle.dumps([EvilEval()], protocol=p)
# Fake PyTorch zip, written to an unseekable stream so members carry data descriptors (as PyTorch's writer does).
class Unseekable(io.RawIOBase):
    def __init__(self): self.b = bytearray()
    def writable(self): return True
    def write(self, d): self.b += d; return len(d)
def torch_zip(pkl, seekable):
    f = io.BytesIO() if seekable else Unseekable()
    with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_STORED) as z:
        z.writestr("archive/data.pkl", pkl)
        z.writestr("archive/byteorder", b"little")
        z.writestr("archive/data/0", bytes(24))
        z.writestr("archive/data/1", bytes(8))
        z.writestr("archive/version", b"3\n")
    return bytes(f.getvalue() if seekable else f.b)
out["benign_torch_zip_descriptor"] = torch_zip(state_dict(2), False)
out["benign_torch_zip_sized"] = torch_zip(state_dict(2), True)
out["evil_torch_zip_descriptor"] = torch_zip(pickle.dumps({"w": Evil()}, protocol=2), False)
for k, v in out.items(): print(k, base64.b64encode(v).decode())
