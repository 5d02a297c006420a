// bzip2 decompression (joblib's `.bz2` files, `.pt.bz2`, zip members of method 12), streamed
// block by block over unbzip2-stream's pure-JS block decoder: memory stays within one block
// (at most 900 kB in, about 46 MB out), every block's CRC is checked, and the output counts
// against the scan's decompression budget.
import bitIterator from "unbzip2-stream/lib/bit_iterator.js";
import bz2 from "unbzip2-stream/lib/bzip2.js";
import { spend } from "./inflate.ts";
import { type InflateBudget, LimitError, MalformedError } from "./types.ts";

/** Compressed bytes a block can take at most, for the largest block size (as unbzip2-stream). */
const blockInput = (level: number) => 25_000 + 100_000 * (level || 9);

export async function* bunzip2(
  src: AsyncIterator<Uint8Array>,
  budget: InflateBudget,
): AsyncGenerator<Uint8Array> {
  const queue: Uint8Array[] = [];
  let queued = 0;
  let ended = false;
  let bits: ReturnType<typeof bitIterator> | null = null;
  let level = 0;
  let streamCrc: number | null = null;
  const fill = async (want: number) => {
    while (!ended && (bits ? queued - bits.bytesRead : queued) < want) {
      const r = await src.next();
      if (r.done) ended = true;
      else {
        queue.push(r.value.slice());
        queued += r.value.length;
      }
    }
  };
  const avail = () => (bits ? queued - bits.bytesRead : queued);
  try {
    for (;;) {
      await fill(level ? blockInput(level) : 8);
      if (avail() <= 0) {
        if (streamCrc !== null) throw new MalformedError("the bzip2 stream is truncated");
        return;
      }
      if (!bits) {
        bits = bitIterator(() => {
          const next = queue.shift();
          if (!next) throw new MalformedError("the bzip2 stream is truncated");
          return next;
        });
      }
      if (!level) {
        level = bz2.header(bits);
        streamCrc = 0;
        continue;
      }
      const size = 100_000 * level;
      const parts: Uint8Array[] = [];
      let out = new Uint8Array(64 * 1024);
      let n = 0;
      const crc = bz2.decompress(
        bits,
        (b: number) => {
          if (n === out.length) {
            parts.push(out);
            spend(budget, n);
            out = new Uint8Array(64 * 1024);
            n = 0;
          }
          out[n++] = b;
        },
        new Int32Array(size),
        size,
        streamCrc,
      );
      if (n > 0) {
        spend(budget, n);
        parts.push(out.subarray(0, n));
      }
      for (const p of parts) yield p;
      if (crc === null) {
        // End of one stream: another may follow (pbzip2, concatenated files).
        level = 0;
        streamCrc = null;
      } else streamCrc = crc;
    }
  } catch (e) {
    if (e instanceof LimitError || e instanceof MalformedError) throw e;
    throw new MalformedError(`corrupt bzip2 data (${e instanceof Error ? e.message : String(e)})`);
  }
}
