// Property tests: hostile bytes never crash or hang a reader, and results do not depend on
// how the stream is cut into chunks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanModelFile } from "../../src/safety/index.ts";
import { PickleWalker } from "../../src/safety/pickle-walker.ts";
import { PY_FIXTURES } from "./fixtures-python.ts";
import { validSafetensors } from "./formats-helpers.ts";
import { chunksOf, fromBase64 } from "./helpers.ts";

const PATHS = ["m.pkl", "m.pt", "m.safetensors", "m.gguf", "m.onnx", "m.keras", "m.npy", "m.h5", "m.bin"];
const seeds = [
  ...Object.values(PY_FIXTURES).map(fromBase64),
  validSafetensors([[2, 3], [5]], { format: "pt" }),
];

/** Byte flips, truncation and insertions applied to a valid file. */
const mutated = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    fc.option(fc.nat()),
    fc.option(fc.uint8Array({ maxLength: 16 })),
  )
  .map(([seed, flips, cut, insert]) => {
    let b = seed.slice();
    for (const [at, v] of flips) if (b.length) b[at % b.length] = v;
    if (cut !== null && b.length) b = b.subarray(0, cut % b.length);
    if (insert) {
      const at = b.length ? insert.length % b.length : 0;
      b = Uint8Array.from([...b.subarray(0, at), ...insert, ...b.subarray(at)]);
    }
    return b;
  });

const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 512 }), mutated);

async function scan(path: string, b: Uint8Array, chunk: number) {
  return scanModelFile(path, () => chunksOf(b, chunk), b.length);
}

describe("fuzzing the readers", () => {
  it("never throws and always returns issues for any bytes under any model extension", async () => {
    await fc.assert(
      fc.asyncProperty(
        anyBytes,
        fc.constantFrom(...PATHS),
        fc.integer({ min: 1, max: 300 }),
        async (b, path, chunk) => {
          const started = Date.now();
          const issues = await scan(path, b, chunk);
          expect(Array.isArray(issues)).toBe(true);
          for (const i of issues) expect(["unsafe-pickle", "unsafe-format", "not-scanned"]).toContain(i.kind);
          expect(Date.now() - started).toBeLessThan(2000);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("pickle and safetensors results do not depend on chunk boundaries", async () => {
    await fc.assert(
      fc.asyncProperty(
        mutated,
        fc.constantFrom("m.pt", "m.safetensors"),
        fc.integer({ min: 1, max: 64 }),
        async (b, path, chunk) => {
          expect(await scan(path, b, chunk)).toEqual(await scan(path, b, 1 << 20));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the pickle walker keeps at most one small opcode buffered", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 4096 }),
        fc.integer({ min: 1, max: 97 }),
        (b, chunk) => {
          const w = new PickleWalker();
          let maxCarry = 0;
          for (let i = 0; i < b.length && !w.finished; i += chunk) {
            w.feed(b.subarray(i, i + chunk));
            maxCarry = Math.max(maxCarry, (w as unknown as { carry: Uint8Array | null }).carry?.length ?? 0);
          }
          w.finish();
          expect(maxCarry).toBeLessThanOrEqual(2 * 1024 + 16 + 4096);
        },
      ),
      { numRuns: 300 },
    );
  });
});
