import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { digestChunks, isDigest, modelDigest, sha256Hex } from "../../src/manifest/digest.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
const digest = hex.map((h) => `sha256:${h}`);
async function* chunked(bytes: Uint8Array, cuts: number[]): AsyncIterable<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
    yield bytes.subarray(at, Math.max(at, cut));
    at = Math.max(at, cut);
  }
  yield bytes.subarray(at);
}

describe("digests", () => {
  it("isDigest: sha256: and 64 lowercase hex, nothing else", () => {
    expect(isDigest(`sha256:${"0".repeat(64)}`)).toBe(true);
    for (const bad of [
      `sha256:${"0".repeat(63)}`,
      `sha256:${"0".repeat(65)}`,
      `sha256:${"A".repeat(64)}`,
      `SHA256:${"0".repeat(64)}`,
      `sha512:${"0".repeat(64)}`,
      `sha256:${"0".repeat(64)}\n`,
      ` sha256:${"0".repeat(64)}`,
      "0".repeat(64),
      42,
      null,
    ]) {
      expect(isDigest(bad)).toBe(false);
    }
  });

  it("sha256Hex: the FIPS 180-2 test vectors", () => {
    expect(sha256Hex(enc("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(new Uint8Array(0))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });

  it("digestChunks: the same digest however the stream is cut", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (bytes, cuts) => {
          expect(await digestChunks(chunked(bytes, cuts))).toEqual({
            digest: `sha256:${sha256Hex(bytes)}`,
            size: bytes.length,
          });
        },
      ),
    );
  });
});

describe("model digest (SPEC section 2)", () => {
  const a = { key: "models/support/model.safetensors", digest: `sha256:${"1".repeat(64)}` };
  const b = { key: "s3://models/support/tokenizer.json", digest: `sha256:${"2".repeat(64)}` };

  it("one artifact: the model digest is the artifact's digest", () => {
    expect(modelDigest([a])).toBe(a.digest);
    fc.assert(
      fc.property(
        digest,
        fc.string({ minLength: 1 }),
        (d, key) => void expect(modelDigest([{ key: key.replace(/\n/g, "_"), digest: d }])).toBe(d),
      ),
    );
  });

  it("several: sha256 of '<hex>  <key>\\n' lines sorted by key", () => {
    const text = `${"1".repeat(64)}  models/support/model.safetensors\n${"2".repeat(64)}  s3://models/support/tokenizer.json\n`;
    expect(modelDigest([b, a])).toBe(`sha256:${sha256Hex(enc(text))}`);
  });

  it("null when a digest is missing or invalid, or a key is empty or holds a newline", () => {
    expect(modelDigest([])).toBeNull();
    expect(modelDigest([a, { key: "x", digest: "" }])).toBeNull();
    expect(modelDigest([a, { key: "x", digest: `sha256:${"A".repeat(64)}` }])).toBeNull();
    expect(modelDigest([{ key: "x", digest: "sha256:abc" }])).toBeNull();
    expect(modelDigest([a, { ...b, key: "" }])).toBeNull();
    // A newline in a key could forge a line: these two sets would hash the same text.
    const forged = { key: `${a.key}\n${"2".repeat(64)}  ${b.key}`, digest: a.digest };
    expect(modelDigest([forged])).toBeNull();
  });

  it("is independent of the order artifacts are listed in", () => {
    const artifact = fc.record({
      key: fc.string({ minLength: 1, maxLength: 30 }).filter((k) => !k.includes("\n")),
      digest,
    });
    fc.assert(
      fc.property(fc.array(artifact, { minLength: 1, maxLength: 8 }), fc.nat(), (list, seed) => {
        const shuffled = [...list].sort(
          (x, y) => ((x.key.length * 31 + seed) % 7) - ((y.key.length * 31 + seed) % 7),
        );
        expect(modelDigest(shuffled)).toBe(modelDigest(list));
        expect(modelDigest([...list].reverse())).toBe(modelDigest(list));
      }),
    );
  });

  it("changes when any artifact's bytes change", () => {
    fc.assert(
      fc.property(digest, digest, digest, (d1, d2, d3) => {
        fc.pre(d2 !== d3);
        expect(
          modelDigest([
            { ...a, digest: d1 },
            { ...b, digest: d2 },
          ]),
        ).not.toBe(
          modelDigest([
            { ...a, digest: d1 },
            { ...b, digest: d3 },
          ]),
        );
      }),
    );
  });

  describe("matches coreutils: sha256sum over the files, then sha256sum of that listing", () => {
    const dir = mkdtempSync(join(tmpdir(), "model-gate-digest-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    let available = true;
    try {
      execFileSync("sha256sum", ["--version"], { stdio: "ignore" });
    } catch {
      available = false;
    }

    it.skipIf(!available)("for several files with names that sort differently by locale", () => {
      const files: Record<string, string> = {
        "model-00001-of-00002.safetensors": "weights one",
        "model-00002-of-00002.safetensors": "weights two",
        "Tokenizer.json": "{}",
        "config.json": '{"a":1}',
        "_extra.bin": "\u0000\u0001",
      };
      for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
      const names = Object.keys(files);
      // sha256sum prints "<hex>  <name>\n"; LC_ALL=C sort orders lines by bytes of the name.
      const listing = execFileSync("sh", ["-c", `sha256sum -- "$@" | LC_ALL=C sort -k2`, "sh", ...names], {
        cwd: dir,
        encoding: "utf8",
      });
      const expected = execFileSync("sha256sum", [], { input: listing, encoding: "utf8" }).split(" ")[0];
      const artifacts = names.map((name) => ({
        key: name,
        digest: `sha256:${sha256Hex(enc(files[name]!))}`,
      }));
      expect(modelDigest(artifacts.reverse())).toBe(`sha256:${expected}`);
    });
  });
});
