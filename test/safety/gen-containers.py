#!/usr/bin/python3
"""Generates the container fixtures in test/safety/fixtures/containers/ (run once, commit the output).

Real files come from the real libraries (Debian's python3-torch, python3-numpy, python3-joblib,
python3-h5py, python3-sklearn; run with /usr/bin/python3). Hostile archives are written byte by
byte below, each with the one trick its name says. No file here is ever loaded by the tests:
they are only scanned. Manifest: expected.json maps each file to what the scanner must report
("clean", "error" with a reason pattern, or "note" for formats it refuses as not scanned).
"""
import bz2, gzip, io, json, lzma, os, pickle, struct, subprocess, sys, tarfile, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures", "containers")
os.makedirs(OUT, exist_ok=True)
expected = {}


def write(name, data, verdict, reason=None, allow=None):
    """allow: globals the test passes as scan.allowGlobals (built-in allow-list gaps, named)."""
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    expected[name] = {"verdict": verdict, **({"reason": reason} if reason else {}), **({"allow": allow} if allow else {})}


class Evil:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


EVIL = pickle.dumps({"w": Evil()}, protocol=2)
BENIGN = pickle.dumps({"w": [1, 2, 3]}, protocol=2)

# ---------------------------------------------------------------------------------------------
# Real files
import numpy as np
import torch
import joblib
import h5py
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier

torch.manual_seed(0)
sd = {"layer.weight": torch.randn(4, 3), "layer.bias": torch.zeros(4)}
buf = io.BytesIO()
torch.save(sd, buf)
write("torch_state_dict.pt", buf.getvalue(), "clean")
write("torch_state_dict.pt.gz", gzip.compress(buf.getvalue(), mtime=0), "clean")
buf = io.BytesIO()
torch.save(sd, buf, _use_new_zipfile_serialization=False)
write("torch_legacy.pt", buf.getvalue(), "clean")


class Tiny(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(2, 2)

    def forward(self, x):
        return self.lin(x) * 2


buf = io.BytesIO()
torch.jit.save(torch.jit.script(Tiny()), buf)
write("torchscript.pt", buf.getvalue(), "clean")

write("array.npy", (lambda b: (np.save(b, np.arange(12, dtype=np.float32).reshape(3, 4)), b.getvalue())[1])(io.BytesIO()), "clean")
write("object_array_benign.npy", (lambda b: (np.save(b, np.array([1, "a", None], dtype=object), allow_pickle=True), b.getvalue())[1])(io.BytesIO()), "clean")
b = io.BytesIO()
np.savez(b, a=np.arange(10), b=np.ones((2, 2)))
write("arrays.npz", b.getvalue(), "clean")
b = io.BytesIO()
np.savez_compressed(b, a=np.arange(1000), b=np.zeros((20, 20)))
write("arrays_compressed.npz", b.getvalue(), "clean")

X = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]] * 5)
y = np.array([0, 1, 1, 0] * 5)
models = {"logreg": LogisticRegression().fit(X, y), "tree": DecisionTreeClassifier(random_state=0).fit(X, y)}
for ext, compress in [("joblib", 0), ("joblib.z", ("zlib", 3)), ("joblib.gz", ("gzip", 3)), ("joblib.bz2", ("bz2", 3)), ("joblib.xz", ("xz", 3))]:
    b = io.BytesIO()
    joblib.dump(models, b, compress=compress)
    write(f"sklearn.{ext}", b.getvalue(), "clean")
b = io.BytesIO()
joblib.dump(models, b, compress=("lzma", 3))
write("sklearn.joblib.lzma", b.getvalue(), "note", "lzma")
b = io.BytesIO()
joblib.dump({"objs": np.array([1, "two", 3.0], dtype=object), "nums": np.arange(5)}, b)
write("object_array.joblib", b.getvalue(), "clean")

keras_config = {
    "class_name": "Sequential",
    "config": {"name": "seq", "layers": [{"class_name": "Dense", "config": {"name": "d", "units": 2}}]},
}


def h5_bytes(config_json, userblock=0):
    path = os.path.join(OUT, "tmp.h5")
    with h5py.File(path, "w", userblock_size=userblock) as f:
        f.attrs["model_config"] = config_json
        f.attrs["keras_version"] = "2.15.0"
        f.create_dataset("model_weights/d/kernel", data=np.ones((2, 2), dtype=np.float32))
    with open(path, "rb") as f:
        data = f.read()
    os.remove(path)
    return data


write("keras_dense.h5", h5_bytes(json.dumps(keras_config)), "clean")
# a Keras 3 `.keras` file as its saving code writes one: a zip (Python's zipfile) of
# metadata.json, config.json and model.weights.h5
b = io.BytesIO()
with zipfile.ZipFile(b, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr("metadata.json", json.dumps({"keras_version": "3.3.3", "date_saved": "2024-05-01@00:00:00"}))
    z.writestr("config.json", json.dumps({"module": "keras", "class_name": "Sequential", "config": keras_config["config"], "registered_name": None}))
    z.writestr("model.weights.h5", h5_bytes("{}"))
write("keras3_dense.keras", b.getvalue(), "clean")
ub = bytearray(h5_bytes(json.dumps(keras_config), userblock=1024))
ub[0:16] = b"user block here\n"
write("keras_dense_userblock.h5", bytes(ub), "clean")

# ---------------------------------------------------------------------------------------------
# Hostile archives, written by hand


def local(name, data, method=0, crc=None, csize=None, usize=None, flags=0x0800, extra=b""):
    name = name if isinstance(name, bytes) else name.encode()
    return struct.pack(
        "<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0,
        zlib.crc32(data) if crc is None else crc,
        len(data) if csize is None else csize, len(data) if usize is None else usize,
        len(name), len(extra),
    ) + name + extra


def central(name, data, offset, method=0, crc=None, csize=None, usize=None, flags=0x0800):
    name = name if isinstance(name, bytes) else name.encode()
    return struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0,
        zlib.crc32(data) if crc is None else crc,
        len(data) if csize is None else csize, len(data) if usize is None else usize,
        len(name), 0, 0, 0, 0, 0, offset,
    ) + name


def eocd(count, cd_size, cd_offset, comment=b"", comment_len=None):
    return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, cd_size, cd_offset,
                       len(comment) if comment_len is None else comment_len) + comment


def simple_zip(members, comment=b""):
    """members: list of (name, stored bytes)."""
    body, cd = b"", b""
    for name, data in members:
        cd += central(name, data, len(body))
        body += local(name, data) + data
    return body + cd + eocd(len(members), len(cd), len(body), comment)


# (a) local header says deflate, central directory says stored
harmless = zlib.compressobj(9, zlib.DEFLATED, -15)
deflated = harmless.compress(BENIGN) + harmless.flush()
body = local("archive/data.pkl", deflated, method=8, crc=zlib.crc32(BENIGN), csize=len(deflated), usize=len(BENIGN)) + deflated
cd = central("archive/data.pkl", deflated, 0, method=0)
write("zip_method_mismatch.pt", body + cd + eocd(1, len(cd), len(body)), "error", "compression method 8 but the central directory says 0")

# (b) a second archive appended after the first end record: loaders read the last one
write("zip_appended_archive.pt", simple_zip([("archive/data.pkl", BENIGN)]) + simple_zip([("archive/data.pkl", EVIL)]), "error", "second archive appended")
# two end records, the second pointing at the same directory
z = simple_zip([("archive/data.pkl", BENIGN)])
write("zip_two_end_records.pt", z + z[-22:], "error", "bytes follow the end record")
# the comment hides an end record (zipfile searches from the end and finds it)
a = simple_zip([("archive/data.pkl", BENIGN)])
inner = simple_zip([("archive/data.pkl", EVIL)])
write("zip_comment_end_record.pt", a[:-2] + struct.pack("<H", len(inner)) + inner, "error", "comment holds another end record")
# bytes in front of the first header: zipfile still reads the zip, torch.load reads byte 0
write("zip_prefixed.keras", b"#!/bin/sh\nexit 0\n" + simple_zip([("data.pkl", EVIL)]), "error", "posix.system")
write("zip_prefixed_benign.pt", b"\x00" * 64 + simple_zip([("archive/data.pkl", BENIGN)]), "error", "holds a zip archive after 64 bytes")
# a pickle prefix in front of a zip: torch.load runs the prefix, zipfile reads the zip
write("zip_pickle_prefix.pt", EVIL + simple_zip([("archive/data.pkl", BENIGN)]), "error", "posix.system")
# a member name cut at a NUL by zipfile
write("zip_nul_name.pt", simple_zip([(b"archive/data.pkl\x00.txt", EVIL)]), "error", "holds a NUL")
write("zip_nul_config.keras", simple_zip([(b"config.json\x00x", json.dumps({"class_name": "Lambda", "config": {}}).encode())]), "error", "holds a NUL")
# a CRC that does not match the data (zipfile refuses to read it, other loaders do not check)
d = EVIL
body = local("archive/data.pkl", d, crc=0x12345678) + d
cd = central("archive/data.pkl", d, 0, crc=0x12345678)
write("zip_bad_crc.pt", body + cd + eocd(1, len(cd), len(body)), "error", "CRC does not match")
# a local member the central directory leaves out (stream readers see it, zipfile does not)
hidden = local("archive/hidden.pkl", EVIL) + EVIL
visible = local("archive/data.pkl", BENIGN) + BENIGN
cd = central("archive/data.pkl", BENIGN, len(hidden))
write("zip_unlisted_member.pt", hidden + visible + cd + eocd(1, len(cd), len(hidden) + len(visible)), "error", "not in the central directory")
# sizes that disagree between local header and directory
body = local("archive/data.pkl", BENIGN, csize=len(BENIGN)) + BENIGN
cd = central("archive/data.pkl", BENIGN, 0, csize=len(BENIGN) - 1, usize=len(BENIGN) - 1)
write("zip_size_mismatch.pt", body + cd + eocd(1, len(cd), len(body)), "error", "central directory")
# the same name twice
write("zip_duplicate_name.pt", simple_zip([("archive/data.pkl", BENIGN), ("archive/data.pkl", EVIL)]), "error", "twice")
# a pickle under a name that says nothing, and zips inside zips
write("zip_data_txt.pt", simple_zip([("archive/data.txt", EVIL)]), "error", "posix.system")
write("zip_no_extension.bin", simple_zip([("archive/data/0", EVIL)]), "error", "posix.system")
write("zip_nested.pt", simple_zip([("inner.zip", simple_zip([("archive/data.pkl", EVIL)]))]), "error", "inner.zip!archive/data.pkl")
write("torchscript_constants.pt", simple_zip([("m/code/__torch__.py", b"def forward(self):\n  pass\n"), ("m/constants.pkl", EVIL), ("m/data.pkl", BENIGN)]), "error", "constants.pkl")
# a consistent Zip64 end record and locator (as writers of >4 GiB checkpoints add): clean
members = [("archive/data.pkl", BENIGN)]
body = local("archive/data.pkl", BENIGN) + BENIGN
cd = central("archive/data.pkl", BENIGN, 0)
z64 = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, 1, 1, len(cd), len(body))
loc = struct.pack("<IIQI", 0x07064B50, 0, len(body) + len(cd), 1)
zip64 = body + cd + z64 + loc + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
assert zipfile.ZipFile(io.BytesIO(zip64)).read("archive/data.pkl") == BENIGN
write("zip64_end_record.pt", zip64, "clean")
bad64 = body + cd + struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, 2, 2, len(cd), len(body)) + loc + zip64[-22:]
write("zip64_inconsistent.pt", bad64, "error", "zip64")

# containers and wrappers around a malicious pickle
write("evil.pt.gz", gzip.compress(EVIL, mtime=0), "error", "posix.system")
write("evil.pkl.bz2", bz2.compress(EVIL), "error", "posix.system")
write("evil.pkl.xz", lzma.compress(EVIL), "error", "posix.system")
write("evil.joblib.z", zlib.compress(EVIL), "error", "posix.system")
# two xz streams: the first a harmless prefix of nothing, the second the pickle (Python reads both)
write("evil_second_xz_stream.pkl.xz", lzma.compress(b"") + lzma.compress(EVIL), "error", "more than one xz stream")
write("evil.pkl.lzma", lzma.compress(EVIL, format=lzma.FORMAT_ALONE), "note", "lzma")
write("evil_zip.pt.gz", gzip.compress(simple_zip([("archive/data.pkl", EVIL)]), mtime=0), "error", "posix.system")
hdr = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
hdr += " " * (63 - (10 + len(hdr)) % 64) + "\n"
npy = b"\x93NUMPY\x01\x00" + struct.pack("<H", len(hdr)) + hdr.encode() + EVIL
write("object_array_evil.npy", npy, "error", "posix.system")
write("object_array_evil.npz", simple_zip([("x.npy", npy)]), "error", "posix.system")
b = io.BytesIO()
joblib.dump({"a": np.arange(100), "b": Evil()}, b)
write("evil_after_array.joblib", b.getvalue(), "error", "posix.system")
b = io.BytesIO()
joblib.dump({"a": np.arange(100), "objs": np.array([Evil()], dtype=object)}, b)
write("evil_object_array.joblib", b.getvalue(), "error", "object array pickle")
b = io.BytesIO()
joblib.dump({"a": np.arange(100), "b": Evil()}, b, compress=("gzip", 3))
write("evil_after_array.joblib.gz", b.getvalue(), "error", "posix.system")

# legacy PyTorch tar checkpoints (torch before 0.4 wrote these; torch.load still reads them)
def storages(*records):
    """The legacy `storages` member: a count, then per storage an args pickle and raw floats."""
    out = pickle.dumps(len(records), protocol=2)
    for args, floats in records:
        out += args + struct.pack("<q", len(floats)) + struct.pack(f"<{len(floats)}f", *floats)
    return out + pickle.dumps([], protocol=2)  # storage views


GOOD_STORAGE = pickle.dumps((0, "cpu", torch.FloatStorage), protocol=2)
TENSORS = pickle.dumps(1, protocol=2) + pickle.dumps((1, 0, torch.FloatTensor), protocol=2) + struct.pack("<ii", 1, 0) + struct.pack("<qqq", 3, 1, 0)


def torch_tar(main_pickle, storages_member=None):
    """A legacy checkpoint as torch.load's legacy_load reads it (the main pickle names storage "0")."""
    storages_member = storages_member or storages((GOOD_STORAGE, [1.0, 2.0, 3.0]))
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w", format=tarfile.PAX_FORMAT) as t:
        for name, data in [
            ("sys_info", pickle.dumps({"protocol_version": 1000, "little_endian": True, "type_sizes": {"short": 2, "int": 4, "long": 4}}, protocol=2)),
            ("pickle", main_pickle),
            ("storages", storages_member),
            ("tensors", TENSORS),
        ]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 0
            t.addfile(info, io.BytesIO(data))
    return b.getvalue()


class StorageRef:
    pass


def persistent_pickle():
    class P(pickle.Pickler):
        def persistent_id(self, obj):
            return "1" if isinstance(obj, StorageRef) else None
    b = io.BytesIO()
    P(b, protocol=2).dump({"w": StorageRef()})
    return b.getvalue()


legacy = torch_tar(persistent_pickle())
with open(os.path.join(OUT, "tmp.pt"), "wb") as f:  # the tar reader needs a real file
    f.write(legacy)
loaded = torch.load(os.path.join(OUT, "tmp.pt"), weights_only=False)
os.remove(os.path.join(OUT, "tmp.pt"))
assert loaded["w"].tolist() == [1.0, 2.0, 3.0], loaded
write("torch_legacy_tar.pt", legacy, "clean", allow=["torch.FloatTensor"])
write("torch_legacy_tar_evil.pt", torch_tar(EVIL), "error", "member pickle")
# the malicious pickle is the second storage's arguments, after the first storage's raw data
write("torch_legacy_tar_evil_storage.pt", torch_tar(BENIGN, storages((GOOD_STORAGE, [1.0] * 40), (EVIL, []))), "error", "member storages: pickle at byte")

# Keras HDF5 with a Lambda layer spelled with a JSON escape, behind a user block
lam = json.dumps({"class_name": "Sequential", "config": {"layers": [{"class_name": "Lambda", "config": {"name": "l"}}]}})
lam = lam.replace('"Lambda"', '"\\u004cambda"')
write("keras_lambda_escaped_userblock.h5", h5_bytes(lam, userblock=512), "error", "Lambda")
# an HDF5 file with a zip after it: h5py reads the HDF5, Keras 3 opens a .keras as a zip
zb = io.BytesIO()
with zipfile.ZipFile(zb, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr("config.json", lam)
write("keras_h5_zip_polyglot.keras", h5_bytes(json.dumps(keras_config)) + zb.getvalue(), "error", "holds a zip archive after")
write("keras_lambda_escaped.keras", simple_zip([("metadata.json", b'{"keras_version": "3.0.0"}'), ("config.json", lam.encode())]), "error", "Lambda")

# 7z: refused as not scannable
seven = os.path.join(OUT, "tmp.7z")
src = os.path.join(OUT, "tmp.pkl")
with open(src, "wb") as f:
    f.write(EVIL)
subprocess.run(["7z", "a", "-bd", "-bso0", seven, src], check=True)
with open(seven, "rb") as f:
    seven_bytes = f.read()
write("evil.pkl.7z", seven_bytes, "note", "7z")
# an unreadable member does not hide the members after it
write("zip_7z_member_then_evil.pt", simple_zip([("extra.7z", seven_bytes), ("archive/data.pkl", EVIL)]), "error", "posix.system")
os.remove(seven)
os.remove(src)

with open(os.path.join(OUT, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)
    f.write("\n")
total = sum(os.path.getsize(os.path.join(OUT, n)) for n in expected)
print(f"{len(expected)} fixtures, {total} bytes", file=sys.stderr)
