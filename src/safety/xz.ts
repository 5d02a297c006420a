// xz decompression (joblib's `.xz` files, `.pt.xz`) through xz-decompress: xz-embedded
// compiled to WebAssembly, no native code, streamed. Output counts against the scan's
// decompression budget. The xz container checks its own CRCs.
import { ReadableStream } from "node:stream/web";
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
    throw new MalformedError(`corrupt xz data (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
