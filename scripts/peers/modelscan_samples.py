"""Writes the pickle fixtures modelscan's test suite builds (tests/test_modelscan.py).

Usage: python3 modelscan_samples.py MODELSCAN_CHECKOUT OUT_DIR
Takes, from the test module's syntax tree, the Malicious* classes, the malicious*_gen builders,
the initialize_* helpers and the `file_path` and `zip_file_path` fixtures, and runs them with
the standard library: requests.get and aiohttp.ClientSession are stand-ins with the same
module and name (so the pickles carry the same globals). When numpy and torch import (Debian's
python3-numpy and python3-torch), the `numpy_file_path` and `pytorch_file_path` fixtures run
too, with test_utils.py's PickleInject helpers. Dill files are not written (dill is not in
Debian's Python), nor the Keras and TensorFlow fixtures. Nothing untrusted is unpickled.
Expectations follow the fixture names the tests assert on: malicious*/unsafe* dangerous,
benign*/safe* benign; bad_pytorch.pt (a PNG) and password_protected.zip, which modelscan skips
or cannot read, are "unreadable".
"""
import ast
import json
import os
import pickle
import shutil
import sys
import types
from pathlib import Path

root, out = sys.argv[1], sys.argv[2]
src = Path(root, "tests", "test_modelscan.py").read_text()
tree = ast.parse(src)


def stub(modname, **attrs):
    m = types.ModuleType(modname)
    for k, v in attrs.items():
        if callable(v):
            v.__module__ = modname
            v.__qualname__ = k
        setattr(m, k, v)
    sys.modules[modname] = m
    return m


def get(*a, **k):
    pass


class ClientSession:
    pass


api = stub("requests.api", get=get)
stub("requests", get=get, api=api)
client = stub("aiohttp.client", ClientSession=ClientSession)
stub("aiohttp", ClientSession=ClientSession, client=client)

keep = []
for node in tree.body:
    name = getattr(node, "name", None)
    if isinstance(node, ast.ClassDef) and name.startswith("Malicious"):
        keep.append(node)
    elif isinstance(node, ast.FunctionDef) and (
        name.startswith("malicious")
        or name.startswith("initialize_")
        or name in ("file_path", "zip_file_path", "numpy_file_path", "pytorch_file_path")
    ):
        node.decorator_list = []
        keep.append(node)
    elif isinstance(node, ast.Assign) and any(
        isinstance(t, ast.Name) and t.id == "malicious3_pickle_bytes" for t in node.targets
    ):
        keep.append(node)

import aiohttp, bdb, http.client, io, requests, socket, subprocess, zipfile  # noqa: E401,E402

ns = {
    "__name__": "modelscan_fixtures",
    "__file__": str(Path(root, "tests", "test_modelscan.py")),
    "Any": object,
    **{m: sys.modules[m] for m in ("aiohttp", "bdb", "http", "io", "os", "pickle", "requests", "shutil", "socket", "subprocess", "sys", "zipfile")},
}
try:
    import numpy as np
    import torch
    import torch.nn as nn

    utils = ast.parse(Path(root, "tests", "test_utils.py").read_text())
    wanted = {"PickleInject", "PyTorchTestModel", "get_pickle_payload", "generate_unsafe_pickle_file"}
    body = [n for n in utils.body if getattr(n, "name", None) in wanted]
    helpers = {"pickle": pickle, "struct": __import__("struct"), "os": os, "torch": torch, "nn": nn, "Any": object, "Tuple": tuple}
    exec(compile(ast.Module(body=body, type_ignores=[]), "test_utils.py", "exec"), helpers)
    ns.update({"np": np, "torch": torch, **{k: helpers[k] for k in wanted}})
    have_ml = True
except ImportError:
    have_ml = False
exec(compile(ast.Module(body=keep, type_ignores=[]), "test_modelscan.py", "exec"), ns)
ns["initialize_dill_file"] = lambda *a, **k: None


class Factory:
    def mktemp(self, name):
        p = Path(out, name)
        p.mkdir(parents=True, exist_ok=True)
        return p


ns["file_path"](Factory())
ns["zip_file_path"](Factory())
if have_ml:
    ns["numpy_file_path"](Factory())
    ns["pytorch_file_path"](Factory())
if not have_ml:
    shutil.copy(Path(root, "tests", "data", "unsafe_zip_pytorch.pt"), Path(out, "unsafe_zip_pytorch.pt"))

samples = []
for p in sorted(Path(out).rglob("*")):
    if not p.is_file() or p.name == "manifest.json":
        continue
    rel = str(p.relative_to(out))
    n = p.name
    if n.startswith(("malicious", "unsafe")) or (n == "test.zip"):
        expect = "dangerous"
    elif n.startswith(("benign", "safe")):
        expect = "benign"
    else:
        expect = "unreadable"  # password_protected.zip: modelscan reports it cannot read it
    samples.append({"file": rel, "expect": expect})
Path(out, "manifest.json").write_text(json.dumps({"samples": samples}, indent=1))
print(f"modelscan: {len(samples)} samples")
