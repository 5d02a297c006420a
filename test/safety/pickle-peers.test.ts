// Every entry of the peers' deny lists (picklescan, modelscan, fickling; copied with their commit
// into fixtures/peer-deny-lists.json by fixtures/extract-peer-deny-lists.py) is denied by ours,
// directly and reached through another module's attribute; what ours lets through on purpose
// is listed here with the reason (issue 9 classes 2 and 3).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALLOW } from "../../src/safety/globals/allow.ts";
import { DENY } from "../../src/safety/globals/deny.ts";
import { judgeGlobal } from "../../src/safety/pickle-globals.ts";

interface PeerEntry {
  source: string;
  repo: string;
  commit: string;
  module: string;
  names: "*" | string[];
}

const PEERS: PeerEntry[] = JSON.parse(
  readFileSync(new URL("./fixtures/peer-deny-lists.json", import.meta.url), "utf8"),
);

/** Names inside a module a peer denies whole that ours allows, and why. */
const DELIBERATE: Record<string, string> = {
  builtins:
    "type constructors and pure functions (fickling's own SAFE_BUILTINS, without pow) cannot run code or reach files",
  __builtins__: "the same safe builtins, under the name fickling also lists",
  joblib:
    "NumpyArrayWrapper and the older NDArrayWrapper/ZNDArrayWrapper are the array containers every joblib file holds; they only read the array bytes that follow",
  uuid: "UUID and SafeUUID are plain values; only uuid's private helpers run commands",
};

const dangerous = (module: string, name: string) => judgeGlobal(module, name).verdict === "dangerous";

describe("the peers' deny lists are denied by ours", () => {
  it("holds the three peers' lists", () => {
    const sources = new Set(PEERS.map((p) => p.repo));
    expect([...sources].sort()).toEqual([
      "mmaitre314/picklescan",
      "protectai/modelscan",
      "trailofbits/fickling",
    ]);
    expect(PEERS.length).toBeGreaterThan(150);
  });
  for (const p of PEERS) {
    const names = p.names === "*" ? ["probe_attribute", "Probe.method"] : p.names;
    it(`${p.source}: ${p.module}.${p.names === "*" ? "*" : p.names.join("|")}`, () => {
      for (const n of names) {
        expect(dangerous(p.module, n), `${p.module}.${n}`).toBe(true);
        // The same global reached through another module's attribute (pathlib.os.system).
        expect(dangerous("collections", `${p.module}.${n}`), `collections.${p.module}.${n}`).toBe(true);
        const [head, ...rest] = p.module.split(".");
        if (rest.length > 0) expect(dangerous(head as string, `${rest.join(".")}.${n}`)).toBe(true);
      }
    });
  }
  it("every exception to a whole-module deny entry is a deliberate allow with a reason", () => {
    for (const e of DENY.filter((x) => x.except)) {
      expect(DELIBERATE[e.module], e.module).toBeTruthy();
      for (const n of e.except ?? []) expect(dangerous(e.module, n), `${e.module}.${n}`).toBe(false);
    }
  });
  it("nothing on the built-in allow list is denied", () => {
    const denied = [...ALLOW].filter((full) => {
      const dot = full.lastIndexOf(".");
      return dangerous(full.slice(0, dot), full.slice(dot + 1));
    });
    expect(denied).toEqual([]);
  });
});

describe("dotted paths reach the denied module (issue 9 class 2)", () => {
  for (const [module, name] of [
    ["pathlib", "os.system"],
    ["__future__", "_ssl.RAND_bytes"],
    ["collections", "OrderedDict.__init__.__globals__"],
    ["torch", "serialization.load"],
    ["numpy", "testing._private.utils.runstring"],
    ["sklearn.base", "BaseEstimator.logging.config._resolve"],
    ["__builtin__", "eval"],
    ["copy_reg", "os.system"],
  ] as const) {
    it(`${module}.${name} is denied`, () => expect(dangerous(module, name)).toBe(true));
  }
  it("a scan.allowGlobals entry never allows a denied global", () => {
    expect(judgeGlobal("os", "system", ["os.system", "os.*"]).verdict).toBe("dangerous");
    expect(judgeGlobal("mylib", "os.system", ["mylib.*"]).verdict).toBe("dangerous");
    expect(judgeGlobal("mylib.nets", "Net", ["mylib.*"]).verdict).toBe("safe");
    expect(judgeGlobal("mylib.nets", "Net", ["mylib.nets.Other"]).verdict).toBe("unknown");
    expect(judgeGlobal("mylibx", "Net", ["mylib.*"]).verdict).toBe("unknown");
  });
  it("the safe builtins, Decimal, collections.abc and __future__ flags are allowed (issue 9 class 8)", () => {
    for (const [m, n] of [
      ["builtins", "len"],
      ["builtins", "dict"],
      ["__builtin__", "set"],
      ["decimal", "Decimal"],
      ["collections.abc", "Mapping"],
      ["_collections_abc", "Sequence"],
      ["__future__", "annotations"],
      ["collections", "OrderedDict"],
      ["collections", "defaultdict"],
      ["torch._utils", "_rebuild_tensor_v2"],
      ["torch", "FloatStorage"],
      ["numpy.core.multiarray", "_reconstruct"],
      ["numpy._core.multiarray", "_reconstruct"],
      ["_codecs", "encode"],
      ["joblib.numpy_pickle", "NumpyArrayWrapper"],
      ["sklearn.linear_model._logistic", "LogisticRegression"],
    ] as const)
      expect(judgeGlobal(m, n).verdict, `${m}.${n}`).toBe("safe");
  });
  it("module-level functions of sklearn and joblib, and methods of allowed classes, are not allowed", () => {
    for (const [m, n] of [
      ["sklearn.utils", "check_array"],
      ["joblib.numpy_pickle", "load"],
      ["sklearn.linear_model._logistic", "LogisticRegression.fit"],
      ["collections.abc", "Mapping.register"],
      ["builtins", "getattr"],
      ["builtins", "pow"],
    ] as const)
      expect(judgeGlobal(m, n).verdict, `${m}.${n}`).not.toBe("safe");
  });
});
