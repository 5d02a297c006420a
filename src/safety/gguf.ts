// GGUF: walks the metadata key/value header (never the tensors). A chat template is Jinja
// that inference servers render: it is flagged for review, and content typical of template
// injection (attribute walks to Python internals) is an error.
import type { ChunkReader } from "./chunk-reader.ts";
import { type IssueSink, MalformedError } from "./types.ts";

const MAX_KV = 1_000_000;
const MAX_KEY = 65_535;
/** Template text kept for inspection; longer templates are an error of their own. */
const TEMPLATE_KEEP = 1024 * 1024;
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

/** Template content that reaches into Python internals or imports: server-side template injection. */
const SUSPICIOUS: [RegExp, string][] = [
  [/__[A-Za-z_]+__/, "a Python dunder attribute"],
  [/\\x5f|\\u005f|\\137/i, "an escaped underscore (filter evasion)"],
  [/\|\s*attr\s*\(/, "the attr() filter"],
  [
    /\b(?:import|popen|subprocess|eval|exec|getattr|globals|builtins|subclasses|lipsum|cycler|joiner)\b/,
    "code-execution vocabulary",
  ],
];

export function templateProblems(template: string): string[] {
  return SUSPICIOUS.filter(([re]) => re.test(template)).map(
    ([re, what]) => `${what} (${JSON.stringify(re.exec(template)?.[0])})`,
  );
}

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
      reportTemplate(key, text, len, label, sink);
      continue;
    }
    await skipValue(type, 0);
  }
}

function reportTemplate(key: string, text: string, len: number, label: string, sink: IssueSink): void {
  const problems = templateProblems(text);
  if (len > TEMPLATE_KEEP) problems.push(`it is ${len} bytes long, too long to review`);
  if (problems.length > 0) {
    sink.add(
      "safety/unsafe-format",
      "error",
      `${label} carries a chat template (${key}) with ${problems.join(", ")}: template injection can run code where it is rendered; remove or replace the template`,
    );
  } else {
    sink.add(
      "safety/unsafe-format",
      "warning",
      `${label} carries a chat template (${key}, Jinja) that runs at inference; review it`,
    );
  }
}
