// Whole-file compression wrappers (`.pt.gz`, joblib's compressed dumps): recognised by their
// magic bytes, decompressed as a stream within the scan's budget, and the inner bytes scanned
// by content. Formats that cannot be read here are refused, never passed.
import { bunzip2 } from "./bzip2.ts";
import { gunzipStream, inflateZlibStream } from "./inflate.ts";
import type { InflateBudget } from "./types.ts";
import { unxz } from "./xz.ts";

export type Wrapper = "gzip" | "zlib" | "bzip2" | "xz" | "lzma" | "lz4" | "zstd";

const starts = (b: Uint8Array, bytes: number[]) => bytes.every((x, i) => b[i] === x);

/** The wrapper these first bytes open, or null. */
export function sniffWrapper(m: Uint8Array): Wrapper | null {
  if (starts(m, [0x1f, 0x8b, 0x08])) return "gzip";
  if (starts(m, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return "xz";
  // "BZh" + level + the first block's (or the empty stream's end) magic
  if (starts(m, [0x42, 0x5a, 0x68]) && (m[3] ?? 0) >= 0x31 && (m[3] ?? 0) <= 0x39) {
    if (starts(m.subarray(4), [0x31, 0x41, 0x59, 0x26, 0x53, 0x59])) return "bzip2";
    if (starts(m.subarray(4), [0x17, 0x72, 0x45, 0x38, 0x50, 0x90])) return "bzip2";
  }
  if (starts(m, [0x04, 0x22, 0x4d, 0x18])) return "lz4";
  if (starts(m, [0x28, 0xb5, 0x2f, 0xfd])) return "zstd";
  // zlib: deflate, window <= 32 KiB, no preset dictionary, header checksum
  const cmf = m[0] ?? 0;
  const flg = m[1] ?? 0;
  if (
    m.length >= 2 &&
    (cmf & 0x0f) === 8 &&
    cmf >> 4 <= 7 &&
    (flg & 0x20) === 0 &&
    (cmf * 256 + flg) % 31 === 0
  )
    return "zlib";
  // lzma-alone (Python's FORMAT_ALONE, joblib's `.lzma`): the usual properties byte, a
  // power-of-two dictionary size and an unknown or plausible uncompressed size
  if (m.length >= 13 && m[0] === 0x5d && m[1] === 0 && (m[4] ?? 0) <= 0x40) return "lzma";
  return null;
}

/** Whether this wrapper can be decompressed here. */
export const READABLE_WRAPPERS: ReadonlySet<Wrapper> = new Set(["gzip", "zlib", "bzip2", "xz"]);

export function unwrap(
  kind: Wrapper,
  src: AsyncIterator<Uint8Array>,
  budget: InflateBudget,
): AsyncIterable<Uint8Array> {
  const gen = () => {
    switch (kind) {
      case "gzip":
        return gunzipStream(src, budget);
      case "zlib":
        return inflateZlibStream(src, budget);
      case "bzip2":
        return bunzip2(src, budget);
      case "xz":
        return unxz(src, budget);
      default:
        throw new Error(`no decoder for ${kind}`);
    }
  };
  return { [Symbol.asyncIterator]: gen };
}
