// Streaming decompression for zip members and whole-file wrappers, with back-pressure and a
// budget shared by the whole scan (the decompression-bomb guard). Node's zlib does deflate,
// zlib and gzip; bzip2 and xz live in their own files.
import type { Buffer } from "node:buffer";
import { createGunzip, createInflate, createInflateRaw } from "node:zlib";
import { type InflateBudget, LimitError, MalformedError } from "./types.ts";

type Zlib =
  | ReturnType<typeof createInflateRaw>
  | ReturnType<typeof createInflate>
  | ReturnType<typeof createGunzip>;

/** Adds produced bytes to the budget; throws once it is spent. */
export function spend(budget: InflateBudget, n: number): void {
  budget.inflated += n;
  if (budget.inflated > budget.maxInflated)
    throw new LimitError(`decompressing exceeded ${budget.maxInflated} bytes (zip bomb guard)`);
}

async function* zlibStream(
  z: Zlib,
  src: AsyncIterator<Uint8Array>,
  budget: InflateBudget,
  what: string,
): AsyncGenerator<Uint8Array> {
  let stopped = false;
  const writer = (async () => {
    while (!stopped) {
      const r = await src.next();
      if (stopped) return;
      if (r.done) {
        z.end();
        return;
      }
      if (!z.write(r.value)) {
        await new Promise<void>((res) => {
          const done = () => {
            z.off("drain", done);
            z.off("close", done);
            res();
          };
          z.on("drain", done);
          z.on("close", done);
        });
      }
    }
  })().catch((e: unknown) => z.destroy(e instanceof Error ? e : new Error(String(e))));
  try {
    for await (const out of z as AsyncIterable<Buffer>) {
      spend(budget, out.length);
      yield new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    }
  } catch (e) {
    if (e instanceof LimitError || e instanceof MalformedError) throw e;
    if ((e as { code?: string }).code?.startsWith("Z_"))
      throw new MalformedError(`corrupt ${what} data (${(e as Error).message})`);
    throw e;
  } finally {
    stopped = true;
    z.destroy();
    void writer;
  }
}

const OPTS = { chunkSize: 64 * 1024 };

/** Raw deflate (zip members). */
export const inflateRawStream = (src: AsyncIterator<Uint8Array>, budget: InflateBudget) =>
  zlibStream(createInflateRaw(OPTS), src, budget, "deflate");

/** A zlib stream (joblib's `.z` files, `zlib.compress` output). */
export const inflateZlibStream = (src: AsyncIterator<Uint8Array>, budget: InflateBudget) =>
  zlibStream(createInflate(OPTS), src, budget, "zlib");

/** gzip, every member (Python's gzip reads concatenated members too). */
export const gunzipStream = (src: AsyncIterator<Uint8Array>, budget: InflateBudget) =>
  zlibStream(createGunzip(OPTS), src, budget, "gzip");
