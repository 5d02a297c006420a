// Archives, containers and compression wrappers, on fixtures made by gen-containers.py: real
// files from torch, numpy, joblib/sklearn and h5py stay clean; every hostile archive trick is
// an error naming its reason; formats the scanner cannot read are a not-scanned note.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isModelFileName, scanModelFile, sniffModelContent } from "../../src/safety/index.ts";
import { chunksOf, zip } from "./helpers.ts";

const DIR = new URL("./fixtures/containers/", import.meta.url);
const expected: Record<string, { verdict: "clean" | "error" | "note"; reason?: string; allow?: string[] }> =
  JSON.parse(readFileSync(new URL("expected.json", DIR), "utf8"));
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));

async function scan(name: string, chunk = 1 << 16) {
  const b = read(name);
  // A fixture may name globals the built-in allow list lacks (passed as the policy would).
  return scanModelFile(name, () => chunksOf(b, chunk), b.length, { allowGlobals: expected[name]?.allow });
}

describe("container fixtures", () => {
  it("has a verdict for every committed file", () => {
    const files = readdirSync(DIR).filter((f) => f !== "expected.json");
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: ${want.verdict}${want.reason ? ` (${want.reason})` : ""}`, async () => {
      const issues = await scan(name);
      const errors = issues.filter((i) => i.severity === "error");
      if (want.verdict === "clean") {
        expect(issues).toEqual([]);
      } else if (want.verdict === "error") {
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.map((e) => e.message).join("\n")).toContain(want.reason);
      } else {
        expect(errors).toEqual([]);
        expect(issues).toContainEqual(
          expect.objectContaining({
            kind: "not-scanned",
            severity: "note",
            message: expect.stringContaining(want.reason ?? ""),
          }),
        );
      }
    });
  }
  it("gives the same findings however the stream is cut", async () => {
    for (const name of [
      "zip_appended_archive.pt",
      "zip_pickle_prefix.pt",
      "evil_after_array.joblib",
      "keras_lambda_escaped_userblock.h5",
      "torch_state_dict.pt",
      "sklearn.joblib.bz2",
    ]) {
      expect(await scan(name, 7)).toEqual(await scan(name));
    }
  });
  it("tensor bytes that happen to hold an end-record signature are not a zip", async () => {
    // a legacy checkpoint: pickles, then raw storage bytes that contain PK\5\6 by chance
    const pickle = Uint8Array.from([0x80, 2, 0x7d, 0x2e]);
    const fake = Uint8Array.from([0x50, 0x4b, 5, 6, 0, 0, 0, 0, 1, 0, 1, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const b = new Uint8Array([...pickle, ...new Uint8Array(100).fill(7), ...fake]);
    expect(await scanModelFile("m.pt", () => chunksOf(b, 64), b.length)).toEqual([]);
  });
  it("scans content whatever the name: a pickle inside a zip named weights.txt", async () => {
    const b = read("zip_data_txt.pt");
    const issues = await scanModelFile("weights.txt", () => chunksOf(b, 1024), b.length);
    expect(issues.some((i) => i.severity === "error" && /posix\.system/.test(i.message))).toBe(true);
  });
});

describe("model file names", () => {
  it("recognises every format the scanner reads, case-insensitively, with compression suffixes", () => {
    for (const p of [
      "a.PT",
      "b.Pkl",
      "c.pickle",
      "d.dill",
      "e.npy",
      "f.npz",
      "g.tflite",
      "h.pt.gz",
      "i.joblib.XZ",
      "j.pkl.bz2",
      "k.keras",
      "l.h5",
      "m.hdf5",
      "n.ckpt",
      "o.data",
      "p.dat",
      "q.7z",
      "r.safetensors",
      "s.gguf",
      "t.onnx",
    ])
      expect(isModelFileName(p), p).toBe(true);
    for (const p of [
      "README.md",
      "model.yaml",
      "tokenizer.json",
      "notes.txt",
      "a.gz",
      "model.safetensors.old",
    ])
      expect(isModelFileName(p), p).toBe(false);
  });
});

describe("sniffing model content", () => {
  const sniff = (b: Uint8Array) => sniffModelContent(() => chunksOf(b, 4096), b.length);
  it("calls pickles, zips with pickles, safetensors and GGUF models", async () => {
    expect(await sniff(read("torch_state_dict.pt"))).toEqual({ kind: "zip-pickle", strength: "model" });
    expect(await sniff(read("zip_data_txt.pt"))).toEqual({ kind: "zip-pickle", strength: "model" });
    expect((await sniff(read("torch_legacy.pt")))?.strength).toBe("model");
    expect((await sniff(read("object_array_evil.npy")))?.strength).toBe("model");
    // a zip the walk cannot follow as loaders do is handed to the scan, which says why
    expect(await sniff(read("sklearn.joblib"))).toEqual({ kind: "pickle", strength: "model" });
    expect(await sniff(read("evil.pt.gz"))).toEqual({ kind: "pickle (gzip)", strength: "model" });
    expect(await sniff(read("evil.pkl.xz"))).toEqual({ kind: "pickle (xz)", strength: "model" });
    expect(await sniff(read("sklearn.joblib.bz2"))).toEqual({ kind: "pickle (bzip2)", strength: "model" });
    expect(await sniff(read("evil.joblib.z"))).toEqual({ kind: "pickle (zlib)", strength: "model" });
    const enc = new TextEncoder();
    const odd = zip([{ name: "a.txt", data: enc.encode("hello") }], {
      centralOverride: (m, offset) => ({ name: m.name, offset: offset + 3 }),
    });
    expect(await sniff(odd)).toEqual({ kind: "zip (malformed)", strength: "model" });
    expect(await sniff(zip([{ name: "a.txt", data: enc.encode("hello") }]))).toBeNull();
  });
  it("notes HDF5, plain arrays, tar and 7z", async () => {
    expect(await sniff(read("keras_dense.h5"))).toEqual({ kind: "hdf5", strength: "note" });
    expect(await sniff(read("keras_dense_userblock.h5"))).toEqual({ kind: "hdf5", strength: "note" });
    expect(await sniff(read("array.npy"))).toEqual({ kind: "npy", strength: "note" });
    expect(await sniff(read("torch_legacy_tar.pt"))).toEqual({ kind: "tar", strength: "note" });
    expect(await sniff(read("evil.pkl.7z"))).toEqual({ kind: "7z", strength: "note" });
    expect(await sniff(read("arrays.npz"))).toEqual({ kind: "npz", strength: "note" });
    expect(await sniff(read("object_array_evil.npz"))).toEqual({ kind: "zip-pickle", strength: "model" });
  });
  it("ignores ordinary files", async () => {
    const enc = new TextEncoder();
    for (const text of ['{"a": 1}', "# README\n\nhello", "name: x\n", "(just text)", "cat\n", "N"])
      expect(await sniff(enc.encode(text)), text).toBeNull();
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await sniff(png)).toBeNull();
    expect(await sniff(enc.encode("%PDF-1.7\n"))).toBeNull();
  });
  it("reads only the start of a large ordinary file", async () => {
    let pulled = 0;
    const big = new Uint8Array(1 << 20).fill(0x41);
    const r = await sniffModelContent(async function* () {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield big;
      }
    }, 1000 << 20);
    expect(r).toBeNull();
    expect(pulled).toBeLessThanOrEqual(2);
  });
});

describe("fuzzing the container readers", () => {
  const seeds = Object.keys(expected).map(read);
  const mutated = fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      fc.option(fc.nat()),
    )
    .map(([seed, flips, cut]) => {
      let b = seed.slice();
      for (const [at, v] of flips) if (b.length) b[at % b.length] = v;
      if (cut !== null && b.length) b = b.subarray(0, cut % b.length);
      return b;
    });
  it("never throws or hangs, and reports only safety rule ids, whatever the bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        mutated,
        fc.constantFrom("m.pt", "m.joblib", "m.npz", "m.h5", "m.pkl.xz", "weights.txt"),
        fc.integer({ min: 1, max: 4096 }),
        async (b, path, chunk) => {
          const started = Date.now();
          const issues = await scanModelFile(path, () => chunksOf(b, chunk), b.length);
          for (const i of issues) expect(["unsafe-pickle", "unsafe-format", "not-scanned"]).toContain(i.kind);
          expect(Date.now() - started).toBeLessThan(3000);
        },
      ),
      { numRuns: 300 },
    );
  });
  it("blocks or passes the same however the stream is cut", async () => {
    // (A decoder that fails near the end may do so before or after the pickle before it is
    // reported, so only the outcome is compared: whether there is an error.)
    const blocks = async (b: Uint8Array, chunk: number) =>
      (await scanModelFile("m.pt", () => chunksOf(b, chunk), b.length)).some((i) => i.severity === "error");
    await fc.assert(
      fc.asyncProperty(mutated, fc.integer({ min: 1, max: 300 }), async (b, chunk) => {
        expect(await blocks(b, chunk)).toBe(await blocks(b, 1 << 20));
      }),
      { numRuns: 200 },
    );
  });
});

describe("zip members the scanner cannot read", () => {
  // A stored member, then the local and central headers patched: general-purpose flag bit 0
  // (encrypted) or another compression method.
  function patched(
    patch: (b: DataView, local: number, central: number) => void,
    data = new Uint8Array([0x80, 0x02, 0x4e, 0x2e]),
  ): Uint8Array {
    const b = zip([{ name: "archive/data.pkl", data }]);
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const central = b.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    patch(view, 0, central);
    return b;
  }
  const scanZip = (b: Uint8Array) => scanModelFile("model.pt", () => chunksOf(b), b.length);

  const flagEncrypted = (v: DataView, local: number, central: number) => {
    v.setUint16(local + 6, v.getUint16(local + 6, true) | 1, true);
    v.setUint16(central + 8, v.getUint16(central + 8, true) | 1, true);
  };
  // GLOBAL os.system, then STOP.
  const osSystem = new Uint8Array([0x80, 0x02, ...new TextEncoder().encode("cos\nsystem\n"), 0x2e]);

  it("a member flagged encrypted whose bytes are plaintext is scanned: PyTorch's reader ignores the flag", async () => {
    // picklescan's malicious1_0x1.zip (CVE-2025-1944): the flag set on a plain pickle.
    const issues = await scanZip(patched(flagEncrypted, osSystem));
    expect(issues.some((i) => i.kind === "unsafe-pickle" && i.severity === "error")).toBe(true);
    expect(issues.some((i) => i.message.includes("encrypted"))).toBe(false);
    // The same flag on a harmless pickle raises nothing.
    expect(await scanZip(patched(flagEncrypted))).toEqual([]);
  });

  it("a member flagged encrypted with a wrong CRC is not taken for ciphertext when its bytes are as long as it declares", async () => {
    // Ciphertext is 12 bytes longer than the plaintext (ZipCrypto's header): a plain pickle with
    // the flag set and its CRC spoiled must stay a member whose CRC is checked, and blocked.
    const b = patched((v, local, central) => {
      flagEncrypted(v, local, central);
      v.setUint32(local + 14, v.getUint32(local + 14, true) ^ 1, true);
      v.setUint32(central + 16, v.getUint32(central + 16, true) ^ 1, true);
    }, osSystem);
    const issues = await scanZip(b);
    expect(issues.some((i) => i.severity === "error")).toBe(true);
    expect(issues.some((i) => i.message.includes("encrypted"))).toBe(false);
  });

  it("an encrypted member (its bytes miss its CRC and its size) is a not-scanned note: no loader reads it without a password", async () => {
    // ZipCrypto's shape: a 12-byte header, then 4 bytes of ciphertext for a 4-byte plaintext
    // whose CRC the headers give.
    const cipher = new Uint8Array([
      7, 1, 9, 3, 0xf2, 0x44, 0x10, 0x9c, 0x3b, 0xd5, 0x6e, 0x21, 0xde, 0xad, 0xbe, 0xef,
    ]);
    const b = patched((v, local, central) => {
      flagEncrypted(v, local, central);
      v.setUint32(local + 22, 4, true);
      v.setUint32(central + 24, 4, true);
      v.setUint32(local + 14, v.getUint32(local + 14, true) ^ 1, true);
      v.setUint32(central + 16, v.getUint32(central + 16, true) ^ 1, true);
    }, cipher);
    const issues = await scanZip(b);
    expect(issues.map((i) => [i.kind, i.severity])).toEqual([["not-scanned", "note"]]);
    expect(issues[0]?.message).toContain("encrypted");
  });

  it("a compression method Python's zipfile may read but the scanner cannot (LZMA) is an error", async () => {
    const b = patched((v, local, central) => {
      v.setUint16(local + 8, 14, true);
      v.setUint16(central + 10, 14, true);
    });
    const issues = await scanZip(b);
    expect(issues.some((i) => i.kind === "unsafe-format" && i.severity === "error")).toBe(true);
  });
});
