// A forward-only zip walker: reads local headers in stream order, hands the members a
// consumer wants to it (stored or inflated), skips the rest, then checks the central
// directory against what it walked, so a member a loader would see cannot hide from the scan
// (an entry pointing into another member's data, a directory listing an unwalked offset).
// Members with a data descriptor (bit 3, as PyTorch writes them) end where a descriptor whose
// size matches the bytes so far is found.
import { Buffer } from "node:buffer";
import { createInflateRaw } from "node:zlib";
import type { ChunkReader } from "./chunk-reader.ts";
import { LimitError, MalformedError } from "./types.ts";

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const DIGITAL_SIGNATURE = 0x05054b50;
const DESCRIPTOR = 0x08074b50;
const DESCRIPTOR_SIG = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
/** Bytes after a descriptor candidate needed to decide: zip64 descriptor (24) + next "PK". */
const LOOK = 26;
const EMPTY = new Uint8Array(0);

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  encrypted: boolean;
  /** Offset of the local header within this archive. */
  offset: number;
}

export interface ZipBudget {
  inflated: number;
  members: number;
  readonly maxInflated: number;
  readonly maxMembers: number;
}

/** Reads a member's data. Returning early is fine: the walker skips what is left. */
export type MemberConsumer = (data: AsyncIterable<Uint8Array>) => Promise<void>;

const utf8 = new TextDecoder("utf-8", { fatal: false });

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

function u64(dv: DataView, at: number): number {
  return dv.getUint32(at + 4, true) * 0x100000000 + dv.getUint32(at, true);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Zip64 extended information: the fields present are those whose 32-bit value is 0xFFFFFFFF. */
function zip64Fields(extra: Uint8Array, want: number[]): number[] {
  const dv = view(extra);
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = dv.getUint16(p, true);
    const len = dv.getUint16(p + 2, true);
    if (id === 0x0001) {
      const out: number[] = [];
      let q = p + 4;
      for (const w of want) {
        if (w !== 0xffffffff) {
          out.push(w);
          continue;
        }
        if (q + 8 > p + 4 + len || q + 8 > extra.length)
          throw new MalformedError("zip64 extra field too short");
        out.push(u64(dv, q));
        q += 8;
      }
      return out;
    }
    p += 4 + len;
  }
  return want;
}

async function* rawKnown(reader: ChunkReader, size: number): AsyncGenerator<Uint8Array> {
  let left = size;
  while (left > 0) {
    const c = await reader.next(left);
    if (!c) throw new MalformedError("the archive is truncated inside a member");
    left -= c.length;
    yield c;
  }
}

/** Is there a data descriptor at x[i] for a member of `count` bytes? Returns its length or 0. */
function descriptorAt(x: Uint8Array, i: number, count: number): number {
  const dv = view(x);
  if (dv.getUint32(i, true) !== DESCRIPTOR) return 0;
  const pk = (at: number) => x[at] === 0x50 && x[at + 1] === 0x4b;
  if (dv.getUint32(i + 8, true) === count && pk(i + 16)) return 16;
  if (u64(dv, i + 8) === count && pk(i + 24)) return 24;
  return 0;
}

function findDescriptor(x: Uint8Array, from: number, to: number, countBase: number): [number, number] {
  const buf = Buffer.from(x.buffer, x.byteOffset, x.byteLength);
  let i = from;
  while (i < to) {
    i = buf.indexOf(DESCRIPTOR_SIG, i);
    if (i < 0 || i >= to) return [-1, 0];
    const len = descriptorAt(x, i, countBase + i);
    if (len > 0) return [i, len];
    i++;
  }
  return [-1, 0];
}

/** Member data of unknown size: ends at the data descriptor whose size field matches. */
async function* rawUntilDescriptor(reader: ChunkReader, out: { size: number }): AsyncGenerator<Uint8Array> {
  let count = 0;
  let pending: Uint8Array = EMPTY; // not yet yielded, shorter than LOOK
  for (;;) {
    const c = await reader.next();
    if (!c) throw new MalformedError("a zip member has no data descriptor (truncated archive)");
    if (pending.length + c.length < 2 * LOOK) {
      pending = concat(pending, c);
      const [i, len] = findDescriptor(pending, 0, pending.length - LOOK + 1, count);
      if (i >= 0) {
        if (i > 0) yield pending.subarray(0, i);
        reader.unshift(pending.subarray(i + len));
        out.size = count + i;
        return;
      }
      const keep = Math.min(pending.length, LOOK - 1);
      if (pending.length > keep) {
        yield pending.subarray(0, pending.length - keep);
        count += pending.length - keep;
        pending = pending.slice(pending.length - keep);
      }
      continue;
    }
    if (pending.length > 0) {
      const w = concat(pending, c.subarray(0, LOOK));
      const [i, len] = findDescriptor(w, 0, pending.length, count);
      if (i >= 0) {
        if (i > 0) yield w.subarray(0, i);
        const end = i + len;
        if (end <= pending.length) {
          reader.unshift(c);
          reader.unshift(pending.subarray(end));
        } else {
          reader.unshift(c.subarray(end - pending.length));
        }
        out.size = count + i;
        return;
      }
      yield pending;
      count += pending.length;
      pending = EMPTY;
    }
    const limit = c.length - LOOK + 1;
    const [i, len] = findDescriptor(c, 0, limit, count);
    if (i >= 0) {
      if (i > 0) yield c.subarray(0, i);
      reader.unshift(c.subarray(i + len));
      out.size = count + i;
      return;
    }
    yield c.subarray(0, limit);
    count += limit;
    pending = c.slice(limit);
  }
}

/** An iterator view that does not close the underlying generator when a consumer stops. */
function noClose(it: AsyncIterator<Uint8Array>): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]: () => ({
      next: () => it.next(),
      return: async () => ({ done: true, value: undefined }),
    }),
  };
}

/** Streaming raw inflate with back-pressure and a shared output budget. */
async function* inflate(src: AsyncIterator<Uint8Array>, budget: ZipBudget): AsyncGenerator<Uint8Array> {
  const z = createInflateRaw({ chunkSize: 64 * 1024 });
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
      budget.inflated += out.length;
      if (budget.inflated > budget.maxInflated)
        throw new LimitError(
          `inflating archive members exceeded ${budget.maxInflated} bytes (zip bomb guard)`,
        );
      yield new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    }
  } catch (e) {
    if (e instanceof LimitError || e instanceof MalformedError) throw e;
    if ((e as { code?: string }).code?.startsWith("Z_"))
      throw new MalformedError(`corrupt deflate data (${(e as Error).message})`);
    throw e;
  } finally {
    stopped = true;
    z.destroy();
    void writer;
  }
}

/**
 * Walks one archive. `onMember` returns a consumer for the members it wants to read, or null.
 * Throws MalformedError or LimitError; a consumer's errors propagate.
 */
export async function walkZip(
  reader: ChunkReader,
  budget: ZipBudget,
  onMember: (e: ZipEntry) => MemberConsumer | null,
): Promise<void> {
  const base = reader.position;
  const walked = new Map<number, { name: string; size: number }>();
  for (;;) {
    const at = reader.position - base;
    const head = await reader.read(4);
    if (head.length === 0)
      throw new MalformedError("the archive ends without a central directory (truncated)");
    if (head.length < 4) throw new MalformedError("the archive is truncated");
    const sig = view(head).getUint32(0, true);
    if (sig === CENTRAL || sig === EOCD) {
      reader.unshift(head.slice());
      await checkCentralDirectory(reader, base, walked, budget);
      return;
    }
    if (sig !== LOCAL)
      throw new MalformedError(`unexpected bytes at offset ${at} where a zip header should be`);
    if (++budget.members > budget.maxMembers)
      throw new LimitError(`the archive has more than ${budget.maxMembers} members`);
    const fixed = await reader.readExact(26, () => new MalformedError("truncated local header"));
    const dv = view(fixed);
    const flags = dv.getUint16(2, true);
    const method = dv.getUint16(4, true);
    const nameLen = dv.getUint16(22, true);
    const extraLen = dv.getUint16(24, true);
    const csize32 = dv.getUint32(14, true);
    const usize32 = dv.getUint32(18, true);
    const name = utf8.decode(
      await reader.readExact(nameLen, () => new MalformedError("truncated member name")),
    );
    const extra = (
      await reader.readExact(extraLen, () => new MalformedError("truncated extra field"))
    ).slice();
    const [, csize] = zip64Fields(extra, [usize32, csize32]) as [number, number];
    const entry: ZipEntry = { name, method, flags, encrypted: (flags & 1) !== 0, offset: at };
    const result = { size: 0 };
    const byDescriptor = (flags & 8) !== 0;
    const raw = byDescriptor ? rawUntilDescriptor(reader, result) : rawKnown(reader, csize);
    const consumer = onMember(entry);
    if (consumer && !entry.encrypted && (method === 0 || method === 8)) {
      const data = method === 0 ? noClose(raw) : { [Symbol.asyncIterator]: () => inflate(raw, budget) };
      await consumer(data);
    }
    for (;;) if ((await raw.next()).done) break;
    walked.set(at, { name, size: byDescriptor ? result.size : csize });
  }
}

async function checkCentralDirectory(
  reader: ChunkReader,
  base: number,
  walked: Map<number, { name: string; size: number }>,
  budget: ZipBudget,
): Promise<void> {
  let entries = 0;
  for (;;) {
    const at = reader.position - base;
    const head = await reader.read(4);
    if (head.length < 4) throw new MalformedError("the archive is truncated in its central directory");
    const sig = view(head).getUint32(0, true);
    if (sig === EOCD) return;
    if (sig === ZIP64_EOCD) {
      const n = view(
        await reader.readExact(8, () => new MalformedError("truncated zip64 end record")),
      ).getBigUint64(0, true);
      if (n > 1_000_000n) throw new MalformedError("zip64 end record too large");
      await reader.skip(Number(n));
      continue;
    }
    if (sig === ZIP64_LOCATOR) {
      await reader.skip(16);
      continue;
    }
    if (sig === DIGITAL_SIGNATURE) {
      const n = view(
        await reader.readExact(2, () => new MalformedError("truncated signature record")),
      ).getUint16(0, true);
      await reader.skip(n);
      continue;
    }
    if (sig !== CENTRAL)
      throw new MalformedError(`unexpected bytes at offset ${at} in the central directory`);
    if (++entries > budget.maxMembers)
      throw new LimitError(`the archive lists more than ${budget.maxMembers} members`);
    const fixed = await reader.readExact(42, () => new MalformedError("truncated central directory entry"));
    const dv = view(fixed);
    const csize32 = dv.getUint32(16, true);
    const usize32 = dv.getUint32(20, true);
    const nameLen = dv.getUint16(24, true);
    const extraLen = dv.getUint16(26, true);
    const commentLen = dv.getUint16(28, true);
    const offset32 = dv.getUint32(38, true);
    const name = utf8.decode(
      await reader.readExact(nameLen, () => new MalformedError("truncated central directory name")),
    );
    const extra = (
      await reader.readExact(extraLen, () => new MalformedError("truncated central directory extra"))
    ).slice();
    await reader.skip(commentLen);
    const [, csize, offset] = zip64Fields(extra, [usize32, csize32, offset32]) as [number, number, number];
    const seen = walked.get(offset);
    if (!seen || seen.name !== name || seen.size !== csize) {
      throw new MalformedError(
        `the central directory lists ${JSON.stringify(name)} at offset ${offset}, which does not match the member stored there (a hidden or overlapping member)`,
      );
    }
  }
}
