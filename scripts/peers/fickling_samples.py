"""Writes the pickles fickling's own test suite builds, with fickling's verdict on each.

Usage: python3 fickling_samples.py FICKLING_CHECKOUT OUT_DIR
Runs the test modules under FICKLING_CHECKOUT/test that build and analyse pickles (not those
that load them) with unittest; every Pickled object the
tests hand to fickling.analysis.check_safety is written to OUT_DIR (the raw bytes when the test
built it with Pickled.load, else Pickled.dumps()), and OUT_DIR/manifest.json records fickling's
severity for it: "dangerous" when above LIKELY_SAFE (what the tests assert for attacks),
"benign" when LIKELY_SAFE. Needs no third-party module (a shim supplies typing_extensions.Buffer
on Python 3.11); tests that need torch or other modules fail to import and are skipped.
"""
import hashlib
import io
import json
import os
import sys
import types
import unittest

root, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
try:
    import typing_extensions as _te

    if not hasattr(_te, "Buffer"):
        _te.Buffer = type("Buffer", (), {})
except ImportError:
    _te = types.ModuleType("typing_extensions")
    from typing import Self

    _te.Self = Self
    _te.Buffer = type("Buffer", (), {})
    sys.modules["typing_extensions"] = _te
sys.path.insert(0, root)

import fickling.analysis as analysis  # noqa: E402
import fickling.fickle as fickle  # noqa: E402
import fickling.loader as loader  # noqa: E402

current = {"test": "module"}
samples = []
seen = set()
real_check = analysis.check_safety
real_load = fickle.Pickled.load


def load(data, *args, **kwargs):
    obj = real_load(data, *args, **kwargs)
    if isinstance(data, (bytes, bytearray)):
        try:
            obj._mg_src = bytes(data)
        except Exception:
            pass
    return obj


def check_safety(pickled, *args, **kwargs):
    result = real_check(pickled, *args, **kwargs)
    try:
        data = getattr(pickled, "_mg_src", None) or pickled.dumps()
    except Exception:
        return result
    digest = hashlib.sha256(data).hexdigest()
    if digest in seen:
        return result
    seen.add(digest)
    name = f"{current['test'].split('.')[-1]}_{len(samples)}.pkl"
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    verdict = "dangerous" if result.severity > analysis.Severity.LIKELY_SAFE else "benign"
    samples.append({"file": name, "expect": verdict, "test": current["test"], "severity": result.severity.name})
    return result


fickle.Pickled.load = staticmethod(load)
analysis.check_safety = check_safety
loader.check_safety = check_safety


class Result(unittest.TextTestResult):
    def startTest(self, test):
        current["test"] = test.id()
        super().startTest(test)


# Modules that only build pickles and analyse them; those that load pickles (hooks, unpickler,
# loads API, context managers, test_pickle's round trips, torch and polyglot files) are left
# out: nothing here unpickles.
SKIP = {"test_hook", "test_loads_api", "test_unpickler", "test_context", "test_pickle", "test_polyglot", "test_pytorch"}
suite = unittest.TestSuite()
for name in sorted(os.listdir(os.path.join(root, "test"))):
    if name.startswith("test_") and name.endswith(".py") and name[:-3] not in SKIP:
        suite.addTests(unittest.defaultTestLoader.loadTestsFromName(f"test.{name[:-3]}"))
runner = unittest.TextTestRunner(stream=io.StringIO(), resultclass=Result)
res = runner.run(suite)
with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump(
        {
            "samples": samples,
            "testsRun": res.testsRun,
            "errors": [t.id() for t, _ in res.errors],
            "failures": [t.id() for t, _ in res.failures],
        },
        f,
        indent=1,
    )
print(f"fickling: {len(samples)} samples from {res.testsRun} tests ({len(res.errors)} errors, {len(res.failures)} failures)")
