// xz decompression (joblib's `.xz` files, `.pt.xz`) through xz-decompress: xz-embedded
// compiled to WebAssembly, no native code, streamed. Output counts against the scan's
// decompression budget. The xz container checks its own CRCs.
import { ReadableStream } from "node:stream/web";
import { crc32 } from "node:zlib";
import { XzReadableStream } from "xz-decompress";
import { spend } from "./inflate.ts";
import { type InflateBudget, LimitError, MalformedError } from "./types.ts";

export async function* unxz(
  src: AsyncIterator<Uint8Array>,
  budget: InflateBudget,
): AsyncGenerator<Uint8Array> {
  const input = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const r = await src.next();
      if (r.done) controller.close();
      else controller.enqueue(r.value.slice());
    },
  });
  const reader = new XzReadableStream(input as never).getReader();
  try {
    for (;;) {
      const r = await reader.read();
      if (r.done) return;
      spend(budget, r.value.length);
      yield r.value;
    }
  } catch (e) {
    if (e instanceof LimitError || e instanceof MalformedError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    // A dictionary over xz-embedded's 64 MiB cap (xz -9 uses 64 MiB) is a limit, not corruption.
    if (xzErrorCode(message) === XZ_MEMLIMIT_ERROR)
      throw new LimitError("the xz data needs a dictionary larger than the decoder's 64 MiB limit");
    throw new MalformedError(`corrupt xz data (${message})`);
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * The size of the last xz stream in a file, from its footer and index (the last bytes of the
 * file, `tail`), or null when they cannot be read from the tail. xz-embedded decodes one
 * stream; Python's lzma reads every stream of a file, so a file longer than its last stream
 * holds more than one.
 */
export function lastXzStreamSize(tail: Uint8Array): { size: number; padding: number } | null {
  let end = tail.length;
  while (end > 0 && tail[end - 1] === 0) end--;
  const padding = tail.length - end;
  if (end < 24 || tail[end - 2] !== 0x59 || tail[end - 1] !== 0x5a) return null;
  const dv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const footer = end - 12;
  if (crc32(tail.subarray(footer + 4, footer + 10)) !== dv.getUint32(footer, true)) return null;
  const indexSize = (dv.getUint32(footer + 4, true) + 1) * 4;
  const index = footer - indexSize;
  if (index < 0 || tail[index] !== 0) return null;
  let p = index + 1;
  const varint = (): number => {
    let v = 0;
    for (let i = 0, mul = 1; i < 9 && p < footer; i++, mul *= 128) {
      const b = tail[p++] as number;
      v += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) return v;
    }
    throw new MalformedError("a corrupt xz index");
  };
  const records = varint();
  let blocks = 0;
  for (let i = 0; i < records; i++) {
    const unpadded = varint();
    varint();
    blocks += Math.ceil(unpadded / 4) * 4;
  }
  return { size: 12 + blocks + indexSize + 12, padding };
}

/** xz-embedded's enum xz_ret value for a dictionary over the decoder's memory limit. */
const XZ_MEMLIMIT_ERROR = 4;

/**
 * The xz_ret code of a decoder failure. xz-decompress reports it only inside its error text
 * ("get_next_output failed with error code N"), so it is read from there, once, here.
 */
function xzErrorCode(message: string): number | null {
  const m = /error code (\d+)\b/.exec(message);
  return m ? Number(m[1]) : null;
}
