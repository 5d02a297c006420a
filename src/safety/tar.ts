// tar, as Python's tarfile reads it (legacy PyTorch checkpoints are a tar of `sys_info`,
// `pickle`, `storages` and `tensors`). Headers are 512-byte blocks with a checksum; pax
// records ('x') and GNU long names ('L') override the next member's name and size, as they
// do for tarfile. The walk ends at a zero block or a header that does not check out, where
// tarfile stops too.
import type { ChunkReader } from "./chunk-reader.ts";
import { type InflateBudget, LimitError, MalformedError } from "./types.ts";

const BLOCK = 512;
const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8", { fatal: false });

/** A header block's checksum, as tarfile accepts it (unsigned or signed sum). */
function checksumOk(h: Uint8Array): boolean {
  const stored = Number.parseInt(
    latin1
      .decode(h.subarray(148, 156))
      .replace(/[\0 ]+$/g, "")
      .trim() || "x",
    8,
  );
  if (!Number.isFinite(stored)) return false;
  let unsigned = 256; // the checksum field counts as eight spaces
  let signed = 256;
  for (let i = 0; i < BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    const b = h[i] as number;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}

/** Whether a 512-byte block is a tar header tarfile would accept as the first member. */
export function isTarHeader(h: Uint8Array): boolean {
  if (h.length < BLOCK || h.every((b) => b === 0)) return false;
  return checksumOk(h);
}

function octal(field: Uint8Array): number {
  if ((field[0] as number) & 0x80) {
    // base-256 (GNU): big-endian, first byte's top bit is the marker
    let n = (field[0] as number) & 0x7f;
    for (let i = 1; i < field.length; i++) n = n * 256 + (field[i] as number);
    return n;
  }
  const s = latin1.decode(field).replace(/\0.*$/s, "").trim();
  if (s === "") return 0;
  const n = Number.parseInt(s, 8);
  if (!Number.isSafeInteger(n) || n < 0) throw new MalformedError("a tar header has an invalid size");
  return n;
}

function cString(b: Uint8Array): string {
  const nul = b.indexOf(0);
  return utf8.decode(nul >= 0 ? b.subarray(0, nul) : b);
}

function paxRecords(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let p = 0;
  while (p < text.length) {
    const sp = text.indexOf(" ", p);
    if (sp < 0) break;
    const len = Number.parseInt(text.slice(p, sp), 10);
    if (!Number.isSafeInteger(len) || len <= 0) break;
    const rec = text.slice(sp + 1, p + len - 1);
    const eq = rec.indexOf("=");
    if (eq > 0) out.set(rec.slice(0, eq), rec.slice(eq + 1));
    p += len;
  }
  return out;
}

async function* exactly(reader: ChunkReader, size: number): AsyncGenerator<Uint8Array> {
  let left = size;
  while (left > 0) {
    const c = await reader.next(left);
    if (!c) throw new MalformedError("the tar archive is truncated inside a member");
    left -= c.length;
    yield c;
  }
}

export interface TarBudget extends InflateBudget {
  members: number;
  readonly maxMembers: number;
}

/** Walks a tar archive; `onMember` gets each regular file's name and data. */
export async function walkTar(
  reader: ChunkReader,
  budget: TarBudget,
  onMember: (name: string, data: AsyncIterable<Uint8Array>) => Promise<void>,
): Promise<void> {
  let pax = new Map<string, string>();
  let longName: string | null = null;
  for (;;) {
    const h = await reader.read(BLOCK);
    if (h.length < BLOCK || h.every((b) => b === 0) || !checksumOk(h)) return;
    if (++budget.members > budget.maxMembers)
      throw new LimitError(`the archive has more than ${budget.maxMembers} members`);
    const type = String.fromCharCode(h[156] as number);
    let size = octal(h.subarray(124, 136));
    const prefix = latin1.decode(h.subarray(257, 263)).startsWith("ustar")
      ? cString(h.subarray(345, 500))
      : "";
    let name = cString(h.subarray(0, 100));
    if (prefix) name = `${prefix}/${name}`;
    if (type === "x" || type === "g" || type === "L" || type === "K") {
      if (size > 1024 * 1024) throw new MalformedError("a tar extended header is too large");
      const body = await reader.readExact(size, () => new MalformedError("truncated tar extended header"));
      const text = utf8.decode(body);
      await reader.skip((BLOCK - (size % BLOCK)) % BLOCK);
      if (type === "x") pax = paxRecords(text);
      if (type === "L") longName = text.replace(/\0.*$/s, "");
      continue;
    }
    if (longName !== null) name = longName;
    const paxPath = pax.get("path");
    if (paxPath !== undefined) name = paxPath;
    const paxSize = pax.get("size");
    if (paxSize !== undefined) {
      const n = Number(paxSize);
      if (!Number.isSafeInteger(n) || n < 0) throw new MalformedError("a pax header has an invalid size");
      size = n;
    }
    pax = new Map();
    longName = null;
    // Only regular files carry data a loader reads; other types' sizes still occupy blocks.
    const regular = type === "0" || type === "\0" || type === "7";
    // tarfile skips no data after links, directories and devices, whatever their size says.
    if ("123456".includes(type)) size = 0;
    const data = exactly(reader, size);
    if (regular) {
      const it = data[Symbol.asyncIterator]();
      await onMember(name, {
        [Symbol.asyncIterator]: () => ({
          next: () => it.next(),
          return: async () => ({ done: true, value: undefined }),
        }),
      });
    }
    for (;;) if ((await data.next()).done) break;
    await reader.skip((BLOCK - (size % BLOCK)) % BLOCK);
  }
}
