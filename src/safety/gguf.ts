// GGUF: walks the metadata key/value header (never the tensors). A chat template is Jinja
// that inference servers render: one that reaches Python internals (template injection,
// CVE-2024-34359) or that cannot be parsed is an error; see chat-template.ts.
import { judgeChatTemplate } from "./chat-template.ts";
import type { ChunkReader } from "./chunk-reader.ts";
import { type IssueSink, MalformedError } from "./types.ts";

const MAX_KV = 1_000_000;
const MAX_KEY = 65_535;
/** Template text kept for inspection; longer templates are an error of their own. */
const TEMPLATE_KEEP = 1024 * 1024;
/** Template text judged per file, over all its templates (parsing costs about 1 s per MiB). */
const TEMPLATES_TOTAL = 4 * 1024 * 1024;
const SCALAR_BYTES: Record<number, number> = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8,
};
const STRING = 8;
const ARRAY = 9;

export async function scanGguf(reader: ChunkReader, label: string, sink: IssueSink): Promise<void> {
  const bad = (why: string) => new MalformedError(why);
  const exact = async (n: number) =>
    reader.readExact(n, () => bad("the file ends inside the metadata header"));
  const dv = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  const head = await exact(8);
  const version = dv(head).getUint32(4, true);
  if (version < 1 || version > 3) throw bad(`unsupported GGUF version ${version}`);
  const wide = version >= 2; // v1 used 32-bit counts and lengths
  const count = async (): Promise<number> => {
    if (!wide) return dv(await exact(4)).getUint32(0, true);
    const v = dv(await exact(8)).getBigUint64(0, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw bad("a length is larger than 2^53");
    return Number(v);
  };
  const skipExact = async (n: number) => {
    if ((await reader.skip(n)) !== n) throw bad("the file ends inside the metadata header");
  };
  await count(); // tensor count
  const kvs = await count();
  if (kvs > MAX_KV) throw bad(`${kvs} metadata entries (over ${MAX_KV})`);
  const skipValue = async (type: number, depth: number): Promise<void> => {
    if (Object.hasOwn(SCALAR_BYTES, type)) return skipExact(SCALAR_BYTES[type] as number);
    if (type === STRING) return skipExact(await count());
    if (type !== ARRAY || depth > 3) throw bad(`unknown metadata value type ${type}`);
    const inner = dv(await exact(4)).getUint32(0, true);
    const n = await count();
    if (Object.hasOwn(SCALAR_BYTES, inner)) {
      const total = n * (SCALAR_BYTES[inner] as number);
      if (!Number.isSafeInteger(total)) throw bad("an array is larger than 2^53 bytes");
      return skipExact(total);
    }
    for (let i = 0; i < n; i++) await skipValue(inner, depth + 1);
  };
  let templateBytes = 0;
  for (let k = 0; k < kvs; k++) {
    const keyLen = await count();
    if (keyLen > MAX_KEY) throw bad(`a metadata key is ${keyLen} bytes long`);
    const key = new TextDecoder().decode(await exact(keyLen));
    const type = dv(await exact(4)).getUint32(0, true);
    if (
      type === STRING &&
      (key === "tokenizer.chat_template" || key.startsWith("tokenizer.chat_template."))
    ) {
      const len = await count();
      const text = new TextDecoder().decode(await exact(Math.min(len, TEMPLATE_KEEP)));
      await skipExact(len - Math.min(len, TEMPLATE_KEEP));
      templateBytes += len;
      reportTemplate(key, text, len, templateBytes > TEMPLATES_TOTAL, label, sink);
      continue;
    }
    await skipValue(type, 0);
  }
}

function reportTemplate(
  key: string,
  text: string,
  len: number,
  overBudget: boolean,
  label: string,
  sink: IssueSink,
): void {
  const what = `${label} carries a chat template (${key})`;
  if (len > TEMPLATE_KEEP || overBudget) {
    sink.add(
      "unsafe-format",
      "error",
      `${what} ${len > TEMPLATE_KEEP ? `of ${len} bytes` : `beyond the ${TEMPLATES_TOTAL} bytes of templates`}, too long to review; it was not checked, so shorten or remove it`,
    );
    return;
  }
  const verdict = judgeChatTemplate(text);
  if ("unparsable" in verdict) {
    sink.add(
      "unsafe-format",
      "error",
      `${what} that is not valid Jinja (${verdict.unparsable}); it cannot be checked, and servers may render it differently, so fix or remove it`,
    );
  } else if (verdict.problems.length > 0) {
    const shown = verdict.problems.slice(0, 6).join("; ");
    const more = verdict.problems.length > 6 ? `; and ${verdict.problems.length - 6} more` : "";
    sink.add(
      "unsafe-format",
      "error",
      `${what} that reaches Python internals when rendered: ${shown}${more}. Template injection runs code on the server that renders it (CVE-2024-34359); remove the template or use the model publisher's own`,
    );
  }
}
