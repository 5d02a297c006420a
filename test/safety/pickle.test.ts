import { describe, expect, it } from "vitest";
import { scanModelFile } from "../../src/safety/index.ts";
import { PY_FIXTURES } from "./fixtures-python.ts";
import { bytes, errors, fromBase64, P, pickle, scanBytes, zip } from "./helpers.ts";

// Each malicious pickle and the import the scanner must name.
const MALICIOUS: [string, Uint8Array, RegExp][] = [
  [
    "GLOBAL os.system (protocol 0)",
    pickle(P.global("os", "system"), P.mark, P.string("'id'"), P.tuple, P.reduce, P.stop),
    /os\.system/,
  ],
  [
    "GLOBAL posix.system",
    pickle(P.proto(2), P.global("posix", "system"), P.shortBinString("id"), P.tuple1, P.reduce, P.stop),
    /posix\.system/,
  ],
  [
    "INST subprocess.Popen",
    pickle(P.mark, P.string("'id'"), P.inst("subprocess", "Popen"), P.stop),
    /subprocess\.Popen/,
  ],
  [
    "__builtin__.eval (protocol 2 name)",
    pickle(P.proto(2), P.global("__builtin__", "eval"), P.shortBinString("1"), P.tuple1, P.reduce, P.stop),
    /__builtin__\.eval/,
  ],
  [
    "STACK_GLOBAL builtins.eval",
    pickle(
      P.proto(4),
      P.shortUnicode("builtins"),
      P.shortUnicode("eval"),
      P.stackGlobal,
      P.shortUnicode("1+1"),
      P.tuple1,
      P.reduce,
      P.stop,
    ),
    /builtins\.eval/,
  ],
  [
    "STACK_GLOBAL via MEMOIZE + BINGET",
    pickle(
      P.proto(4),
      P.shortUnicode("nt"),
      P.memoize,
      P.pop,
      P.shortUnicode("x"),
      P.memoize,
      P.pop,
      P.binget(0),
      P.shortUnicode("system"),
      P.stackGlobal,
      P.none,
      P.tuple1,
      P.reduce,
      P.stop,
    ),
    /nt\.system/,
  ],
  [
    "memo slot overwritten by BINPUT",
    pickle(
      P.proto(4),
      P.shortUnicode("collections"),
      P.binput(1),
      P.shortUnicode("runpy"),
      P.binput(1),
      P.pop,
      P.pop,
      P.binget(1),
      P.shortUnicode("_run_code"),
      P.stackGlobal,
      P.stop,
    ),
    /runpy\._run_code/,
  ],
  [
    "memo via text PUT/GET",
    pickle(P.unicode("builtins"), P.put(7), P.pop, P.get(7), P.unicode("exec"), P.stackGlobal, P.stop),
    /builtins\.exec/,
  ],
  [
    "DUP trick",
    pickle(P.proto(4), P.shortUnicode("sys"), P.dup, P.pop, P.shortUnicode("exit"), P.stackGlobal, P.stop),
    /sys\.exit/,
  ],
  [
    "escaped STRING module name",
    pickle(P.string("'o\\x73'"), P.string("'system'"), P.stackGlobal, P.stop),
    /os\.system/,
  ],
  [
    "raw-unicode-escape module name",
    pickle(P.unicode("\\u0073ubprocess"), P.unicode("run"), P.stackGlobal, P.stop),
    /subprocess\.run/,
  ],
  [
    "dotted name reaching __globals__",
    pickle(
      P.proto(4),
      P.shortUnicode("collections"),
      P.shortUnicode("OrderedDict.__init__.__globals__"),
      P.stackGlobal,
      P.stop,
    ),
    /__globals__/,
  ],
  ["functools.partial", pickle(P.proto(2), P.global("functools", "partial"), P.stop), /functools\.partial/],
  ["operator.attrgetter", pickle(P.proto(2), P.global("_operator", "attrgetter"), P.stop), /attrgetter/],
  [
    "torch.load of another file",
    pickle(P.proto(2), P.global("torch.serialization", "load"), P.stop),
    /torch\.serialization\.load/,
  ],
  ["importlib submodule", pickle(P.global("importlib.machinery", "SourceFileLoader"), P.stop), /importlib/],
  [
    "second pickle in the stream is malicious",
    pickle(P.proto(2), P.emptyDict, P.stop, P.proto(2), P.global("os", "system"), P.stop),
    /os\.system/,
  ],
  [
    "after a large BINBYTES",
    pickle(P.proto(3), P.binbytes(new Uint8Array(300_000)), P.pop, P.global("webbrowser", "open"), P.stop),
    /webbrowser\.open/,
  ],
];

const OBFUSCATED: [string, Uint8Array][] = [
  [
    "STACK_GLOBAL on a computed module",
    pickle(
      P.proto(4),
      P.global("builtins", "str"),
      P.shortUnicode("os"),
      P.tuple1,
      P.reduce,
      P.shortUnicode("system"),
      P.stackGlobal,
      P.stop,
    ),
  ],
  [
    "STACK_GLOBAL on a memo slot never set",
    pickle(P.proto(4), P.binget(9), P.shortUnicode("system"), P.stackGlobal, P.stop),
  ],
  ["extension registry", pickle(P.proto(2), P.ext1(1), P.emptyTuple, P.reduce, P.stop)],
];

describe("pickle scanner: malicious pickles built by hand", () => {
  for (const [name, data, expected] of MALICIOUS) {
    it(`flags ${name}`, async () => {
      const issues = await scanBytes("models/m.pkl", data);
      const errs = errors(issues);
      expect(errs.some((i) => i.kind === "unsafe-pickle" && expected.test(i.message))).toBe(true);
      expect(errs[0]?.message).toMatch(/^models\/m\.pkl: pickle /);
    });
  }
  for (const [name, data] of OBFUSCATED) {
    it(`flags ${name} as unresolvable`, async () => {
      const errs = errors(await scanBytes("models/m.pkl", data));
      expect(
        errs.some(
          (i) => i.kind === "unsafe-pickle" && /cannot be resolved|extension registry/.test(i.message),
        ),
      ).toBe(true);
    });
  }
  it("flags every malicious pickle at every chunk size (opcodes split across chunks)", async () => {
    for (const [, data] of [...MALICIOUS.slice(0, 12), ...OBFUSCATED]) {
      for (const size of [1, 2, 3, 7]) {
        const errs = errors(await scanBytes("m.pkl", data, size));
        expect(errs.length).toBeGreaterThan(0);
      }
    }
  });
  it("names the checkpoint advice for .pt files", async () => {
    const [issue] = await scanBytes("models/x.pt", MALICIOUS[0]![1]);
    expect(issue?.message).toContain("convert the checkpoint to safetensors");
  });
});

describe("pickle scanner: pickles made by CPython", () => {
  const entries = Object.entries(PY_FIXTURES).filter(([k]) => !k.includes("zip"));
  for (const [name, b64] of entries.filter(([k]) => k.startsWith("evil_"))) {
    it(`flags ${name}`, async () => {
      const errs = errors(await scanBytes("models/m.pkl", fromBase64(b64)));
      expect(errs.some((i) => /(?:os|posix|nt)\.system|(?:__builtin__|builtins)\.eval/.test(i.message))).toBe(
        true,
      );
    });
  }
  for (const [name, b64] of entries.filter(([k]) => k.startsWith("benign_"))) {
    it(`passes ${name} with no issue`, async () => {
      expect(await scanBytes("models/m.pt", fromBase64(b64))).toEqual([]);
      expect(await scanBytes("models/m.pt", fromBase64(b64), 3)).toEqual([]);
    });
  }
});

describe("pickle scanner: what is not flagged, and what is only warned", () => {
  it("a benign hand-built tensor pickle has no issue", async () => {
    const data = pickle(
      P.proto(2),
      P.global("collections", "OrderedDict"),
      P.emptyTuple,
      P.reduce,
      P.global("torch._utils", "_rebuild_tensor_v2"),
      P.global("torch", "FloatStorage"),
      P.stop,
    );
    expect(await scanBytes("m.pt", data)).toEqual([]);
  });
  it("an import off the allow list is an error naming it and saying what to do", async () => {
    const issues = await scanBytes("m.pkl", pickle(P.proto(2), P.global("mylib.models", "Net"), P.stop));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ kind: "unsafe-pickle", severity: "error" });
    expect(issues[0]?.message).toContain("mylib.models.Net");
    expect(issues[0]?.message).toContain("scan.allowGlobals");
  });
  it("an import listed in allowGlobals passes; a denied one does not", async () => {
    const data = pickle(P.proto(2), P.global("mylib.models", "Net"), P.global("os", "system"), P.stop);
    const issues = await scanModelFile(
      "m.pkl",
      async function* () {
        yield data;
      },
      data.length,
      {
        allowGlobals: ["mylib.*", "os.system"],
      },
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/imports os\.system, which is on the deny list/),
    ]);
  });
  it("legacy torch files: raw storage bytes after the pickles are not an error", async () => {
    const data = bytes(
      pickle(P.proto(2), P.binint1(1), P.stop),
      pickle(P.proto(2), P.emptyDict, P.stop),
      new Uint8Array([0, 0, 0, 0, 0xff, 0xfe, 0x63]),
    );
    expect(await scanBytes("m.pt", data)).toEqual([]);
  });
});

describe("pickle scanner: invalid streams", () => {
  for (const [name, data] of [
    ["unknown opcode", bytes([0x80, 0x02, 0xff, 0x2e])],
    ["truncated", pickle(P.proto(2), P.global("collections", "OrderedDict"))],
    ["stack underflow", pickle(P.proto(2), P.reduce, P.stop)],
    ["unsupported protocol", bytes([0x80, 0x09, 0x2e])],
    ["empty", new Uint8Array(0)],
  ] as const) {
    it(`reports ${name} as not a valid pickle`, async () => {
      const issues = await scanBytes("m.pkl", data);
      expect(
        issues.some(
          (i) =>
            i.kind === "unsafe-format" &&
            i.severity === "error" &&
            /not a valid pickle|truncated|empty/.test(i.message),
        ),
      ).toBe(true);
    });
  }
  it("still names what a broken pickle imports before the break", async () => {
    const errs = errors(await scanBytes("m.pkl", pickle(P.global("os", "system"), P.reduce, [0xff])));
    expect(errs.some((i) => /os\.system/.test(i.message))).toBe(true);
  });
});

describe("pickle inside archives", () => {
  it("flags a malicious data.pkl in a PyTorch-style zip written by CPython", async () => {
    const errs = errors(await scanBytes("models/x.pt", fromBase64(PY_FIXTURES.evil_torch_zip_descriptor!)));
    expect(errs.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^models\/x\.pt: pickle member archive\/data\.pkl imports posix\.system|^models\/x\.pt: pickle member archive\/data\.pkl imports os\.system/,
      ),
    ]);
  });
  for (const k of ["benign_torch_zip_descriptor", "benign_torch_zip_sized"]) {
    it(`passes ${k}`, async () => {
      expect(await scanBytes("models/x.pt", fromBase64(PY_FIXTURES[k]!))).toEqual([]);
      expect(await scanBytes("models/x.pt", fromBase64(PY_FIXTURES[k]!), 5)).toEqual([]);
    });
  }
  const evil = pickle(P.proto(4), P.shortUnicode("builtins"), P.shortUnicode("eval"), P.stackGlobal, P.stop);
  it("flags a pickle in a zip nested in a zip (deflated, with descriptors)", async () => {
    const inner = zip([{ name: "archive/data.pkl", data: evil, deflate: true, descriptor: true }]);
    const outer = zip([
      { name: "README", data: bytes("hello") },
      { name: "inner.bin", data: inner, deflate: true, descriptor: true },
    ]);
    const errs = errors(await scanBytes("m.zip.bin", outer, 7));
    expect(
      errs.some((e) => /member inner\.bin!archive\/data\.pkl imports builtins\.eval/.test(e.message)),
    ).toBe(true);
  });
  it("flags a nested zip hidden under a tensor-like name", async () => {
    const inner = zip([{ name: "x.pkl", data: evil }]);
    const outer = zip([{ name: "archive/data/0", data: inner }]);
    expect(errors(await scanBytes("m.pt", outer)).length).toBe(1);
  });
  it("refuses archives nested deeper than the limit", async () => {
    let z = zip([{ name: "a.pkl", data: evil }]);
    for (let i = 0; i < 5; i++) z = zip([{ name: `l${i}.zip`, data: z }]);
    const errs = errors(await scanBytes("m.pt", z));
    expect(errs.some((e) => /nested more than 3 deep/.test(e.message))).toBe(true);
  });
});
