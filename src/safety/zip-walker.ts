// A forward-only zip walker that refuses any archive the loaders could read differently.
// Loaders (Python's zipfile for Keras and NumPy, miniz for PyTorch) find an archive by its end
// record and read members through the central directory; this walker reads the local headers
// in stream order (so it never seeks) and then holds the central directory and end record to
// what it walked: exactly one end record (optionally preceded by one consistent Zip64 end record
// and locator) with only its comment after it, every central entry matching a walked local
// header in name, method, flags, CRC and sizes (after the Zip64 extra field and the data
// descriptor), no local member the directory leaves out, and CRCs that match the data.
// Members with a data descriptor (bit 3, as PyTorch writes them) end where a descriptor whose
// size matches the bytes so far is found; the central directory then confirms that length.
import { Buffer } from "node:buffer";
import { crc32 } from "node:zlib";
import { bunzip2 } from "./bzip2.ts";
import type { ChunkReader } from "./chunk-reader.ts";
import { inflateRawStream } from "./inflate.ts";
import { LimitError, MalformedError, MemberError } from "./types.ts";

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const DIGITAL_SIGNATURE = 0x05054b50;
const DESCRIPTOR = 0x08074b50;
const DESCRIPTOR_SIG = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
const EOCD_SIG = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** Bytes after a descriptor candidate needed to decide: zip64 descriptor (24) + next "PK". */
const LOOK = 26;
const EMPTY = new Uint8Array(0);
/** Deflated members a consumer left early are inflated to the end for their CRC up to this size. */
const CRC_INFLATE_MAX = 16 * 1024 * 1024;
/** Stored members a consumer left early are still checked when at most this much is left. */
const CRC_TAIL = 1024 * 1024;

/** Compression methods the walker reads: stored, deflate, bzip2 (Python's zipfile reads all three). */
const READABLE_METHODS = new Set([0, 8, 12]);

/** Stored, deflate or bzip2: the compression methods the walker decodes. */
export function isReadableMethod(method: number): boolean {
  return READABLE_METHODS.has(method);
}

export interface ZipEntry {
  /** The name as Python's zipfile sees it: cut at the first NUL. */
  name: string;
  /** The name as stored (differs from `name` when it holds a NUL). */
  rawName: string;
  method: number;
  flags: number;
  encrypted: boolean;
  /**
   * For a member flagged encrypted, once the walker has read it: whether its bytes, read as if
   * the flag were not set, match its CRC (true: the flag lies, and loaders that ignore it, as
   * PyTorch's reader does, load those bytes), do not (false: ciphertext), or were not all read
   * (null).
   */
  plaintext?: boolean | null;
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
const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");

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

/** The name a loader uses: zipfile cuts at the first NUL. */
function loaderName(raw: Uint8Array): string {
  const nul = raw.indexOf(0);
  return utf8.decode(nul >= 0 ? raw.subarray(0, nul) : raw);
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

interface Descriptor {
  size: number;
  crc: number;
  csize: number;
  usize: number;
}

/** Is there a data descriptor at x[i] for a member of `count` bytes? Returns its length or 0. */
function descriptorAt(x: Uint8Array, i: number, count: number, out: Descriptor): number {
  const dv = view(x);
  if (dv.getUint32(i, true) !== DESCRIPTOR) return 0;
  const pk = (at: number) => x[at] === 0x50 && x[at + 1] === 0x4b;
  out.crc = dv.getUint32(i + 4, true);
  if (dv.getUint32(i + 8, true) === count && pk(i + 16)) {
    out.csize = count;
    out.usize = dv.getUint32(i + 12, true);
    return 16;
  }
  if (u64(dv, i + 8) === count && pk(i + 24)) {
    out.csize = count;
    out.usize = u64(dv, i + 16);
    return 24;
  }
  return 0;
}

function findDescriptor(
  x: Uint8Array,
  from: number,
  to: number,
  countBase: number,
  out: Descriptor,
): [number, number] {
  const buf = Buffer.from(x.buffer, x.byteOffset, x.byteLength);
  let i = from;
  while (i < to) {
    i = buf.indexOf(DESCRIPTOR_SIG, i);
    if (i < 0 || i >= to) return [-1, 0];
    const len = descriptorAt(x, i, countBase + i, out);
    if (len > 0) return [i, len];
    i++;
  }
  return [-1, 0];
}

/** Member data of unknown size: ends at the data descriptor whose size field matches. */
async function* rawUntilDescriptor(reader: ChunkReader, out: Descriptor): AsyncGenerator<Uint8Array> {
  let count = 0;
  let pending: Uint8Array = EMPTY; // not yet yielded, shorter than LOOK
  for (;;) {
    const c = await reader.next();
    if (!c) throw new MalformedError("a zip member has no data descriptor (truncated archive)");
    if (pending.length + c.length < 2 * LOOK) {
      pending = concat(pending, c);
      const [i, len] = findDescriptor(pending, 0, pending.length - LOOK + 1, count, out);
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
      const [i, len] = findDescriptor(w, 0, pending.length, count, out);
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
    const [i, len] = findDescriptor(c, 0, limit, count, out);
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

/** Passes chunks through while keeping their CRC-32 and length. */
class CrcTap {
  crc = 0;
  length = 0;
  ended = false;
  constructor(private readonly src: AsyncIterator<Uint8Array>) {}
  async next(): Promise<IteratorResult<Uint8Array>> {
    const r = await this.src.next();
    if (r.done) this.ended = true;
    else {
      this.crc = crc32(r.value, this.crc);
      this.length += r.value.length;
    }
    return r;
  }
  /** An iterable view that does not close the source when a consumer stops. */
  iterable(): AsyncIterable<Uint8Array> {
    return {
      [Symbol.asyncIterator]: () => ({
        next: () => this.next(),
        return: async () => ({ done: true, value: undefined }),
      }),
    };
  }
}

/** What a local header and a central directory entry both say of a member. */
interface MemberFields {
  rawName: string;
  name: string;
  method: number;
  flags: number;
  crc: number;
  csize: number;
  usize: number;
}

interface Walked extends MemberFields {
  /** CRC of the data as read, when the whole member was read. */
  actualCrc: number | null;
  actualSize: number | null;
}

interface Central extends MemberFields {
  at: number;
  offset: number;
}

/**
 * The fields a local header and a central directory entry share, and the name and extra field
 * that follow them. The central entry opens with "version made by", so each of its fields sits
 * `shift` = 2 bytes later than in the local header (APPNOTE 4.3.7 and 4.3.12).
 */
async function readHeaderFields(
  reader: ChunkReader,
  dv: DataView,
  shift: 0 | 2,
  truncated: { name: string; extra: string },
) {
  const nameLen = dv.getUint16(22 + shift, true);
  const extraLen = dv.getUint16(24 + shift, true);
  const rawBytes = (await reader.readExact(nameLen, () => new MalformedError(truncated.name))).slice();
  const extra = (await reader.readExact(extraLen, () => new MalformedError(truncated.extra))).slice();
  return {
    flags: dv.getUint16(2 + shift, true),
    method: dv.getUint16(4 + shift, true),
    crc: dv.getUint32(10 + shift, true),
    csize32: dv.getUint32(14 + shift, true),
    usize32: dv.getUint32(18 + shift, true),
    name: loaderName(rawBytes),
    rawName: latin1(rawBytes),
    extra,
  };
}

/**
 * Walks one archive whose first local header is where `reader` stands (`prefix` bytes into
 * the file). `onMember` returns a consumer for the members it wants to read, or null.
 * Throws MalformedError or LimitError; a consumer's errors propagate.
 */
export async function walkZip(
  reader: ChunkReader,
  budget: ZipBudget,
  onMember: (e: ZipEntry) => MemberConsumer | null,
  prefix = 0,
): Promise<void> {
  const base = reader.position;
  const walked = new Map<number, Walked>();
  for (;;) {
    const at = reader.position - base;
    const head = await reader.read(4);
    if (head.length === 0)
      throw new MalformedError("the archive ends without a central directory (truncated)");
    if (head.length < 4) throw new MalformedError("the archive is truncated");
    const sig = view(head).getUint32(0, true);
    if (sig !== LOCAL) {
      reader.unshift(head.slice());
      await checkTail(reader, base, prefix, walked, budget);
      return;
    }
    if (++budget.members > budget.maxMembers)
      throw new LimitError(`the archive has more than ${budget.maxMembers} members`);
    const fixed = await reader.readExact(26, () => new MalformedError("truncated local header"));
    const { flags, method, crc, csize32, usize32, name, rawName, extra } = await readHeaderFields(
      reader,
      view(fixed),
      0,
      { name: "truncated member name", extra: "truncated extra field" },
    );
    const [usize, csize] = zip64Fields(extra, [usize32, csize32]) as [number, number];
    const entry: ZipEntry = {
      name,
      rawName,
      method,
      flags,
      encrypted: (flags & 1) !== 0,
      offset: at,
    };
    const desc: Descriptor = { size: 0, crc: 0, csize: 0, usize: 0 };
    const byDescriptor = (flags & 8) !== 0;
    const raw = byDescriptor ? rawUntilDescriptor(reader, desc) : rawKnown(reader, csize);
    // A member flagged encrypted is read as if it were not: the flag decides nothing for
    // loaders that ignore it (the consumer and the CRC tell plaintext from ciphertext).
    const readable = READABLE_METHODS.has(method);
    const consumer = onMember(entry);
    let actualCrc: number | null = null;
    let actualSize: number | null = null;
    const readMember = async (): Promise<void> => {
      if (method === 0) {
        // The CRC is checked for what the scan read (pickles, configs, nested archives read to
        // their end); tensor data a consumer only peeked at is skipped without it.
        const tap = new CrcTap(raw);
        if (consumer) await consumer(tap.iterable());
        const stopAt = tap.length + CRC_TAIL;
        while (!tap.ended && tap.length < stopAt) await tap.next();
        if (tap.ended) {
          actualCrc = tap.crc;
          actualSize = tap.length;
        } else for (;;) if ((await raw.next()).done) break;
      } else {
        const rawTap = new CrcTap(raw); // counts compressed bytes read
        const out = new CrcTap(decompressor(method, rawTap.iterable(), budget)[Symbol.asyncIterator]());
        if (consumer) await consumer(out.iterable());
        if (!out.ended && (byDescriptor || csize <= CRC_INFLATE_MAX) && rawTap.length <= CRC_INFLATE_MAX)
          for (;;) if ((await out.next()).done) break;
        if (out.ended) {
          actualCrc = out.crc;
          actualSize = out.length;
        }
        for (;;) if ((await rawTap.next()).done) break;
      }
    };
    if (!readable) {
      for (;;) if ((await raw.next()).done) break;
    } else if (entry.encrypted) {
      // Ciphertext need not inflate: a member that does not is not plaintext.
      try {
        await readMember();
      } catch (e) {
        if (!(e instanceof MalformedError) || e instanceof MemberError) throw e;
        actualCrc = null;
        for (;;) if ((await raw.next()).done) break;
        entry.plaintext = false;
      }
      // ZipCrypto puts a 12-byte header before the data: bytes as long as the member declares are
      // plaintext, whose CRC must then match like any member's.
      entry.plaintext ??=
        actualCrc === null
          ? null
          : actualCrc === (byDescriptor ? desc.crc : crc) ||
            actualSize === (byDescriptor ? desc.usize : usize);
    } else await readMember();
    if (byDescriptor && !readable && desc.size === 0) desc.size = 0;
    walked.set(at, {
      rawName: entry.rawName,
      name,
      method,
      flags,
      crc: byDescriptor ? desc.crc : crc,
      csize: byDescriptor ? desc.size : csize,
      usize: byDescriptor ? desc.usize : usize,
      actualCrc,
      actualSize,
    });
    if (byDescriptor) {
      // The local header's own fields must be unset or agree with the descriptor.
      const bad = (v: number, d: number) => v !== 0 && v !== d && v !== 0xffffffff;
      if (bad(crc, desc.crc) || bad(csize, desc.size) || bad(usize, desc.usize))
        throw new MemberError(
          `member ${JSON.stringify(name)}: its local header and data descriptor give different sizes or CRC`,
        );
    }
  }
}

function decompressor(
  method: number,
  raw: AsyncIterable<Uint8Array>,
  budget: ZipBudget,
): AsyncIterable<Uint8Array> {
  const it = raw[Symbol.asyncIterator]();
  return {
    [Symbol.asyncIterator]: () => (method === 8 ? inflateRawStream(it, budget) : bunzip2(it, budget)),
  };
}

/** Reads the central directory, end records and comment after the last local header. */
async function checkTail(
  reader: ChunkReader,
  base: number,
  prefix: number,
  walked: Map<number, Walked>,
  budget: ZipBudget,
): Promise<void> {
  const cdStart = reader.position - base;
  const entries: Central[] = [];
  let sig: number;
  let at = cdStart;
  const readSig = async (): Promise<number> => {
    at = reader.position - base;
    const head = await reader.read(4);
    if (head.length < 4) throw new MalformedError("the archive is truncated: it has no end record");
    return view(head).getUint32(0, true);
  };
  sig = await readSig();
  while (sig === CENTRAL) {
    if (entries.length >= budget.maxMembers)
      throw new LimitError(`the archive lists more than ${budget.maxMembers} members`);
    const fixed = await reader.readExact(42, () => new MalformedError("truncated central directory entry"));
    const dv = view(fixed);
    const { flags, method, crc, csize32, usize32, name, rawName, extra } = await readHeaderFields(
      reader,
      dv,
      2,
      { name: "truncated central directory name", extra: "truncated central directory extra" },
    );
    await reader.skip(dv.getUint16(28, true)); // the file comment
    const offset32 = dv.getUint32(38, true);
    const [usize, csize, offset] = zip64Fields(extra, [usize32, csize32, offset32]) as [
      number,
      number,
      number,
    ];
    entries.push({
      at,
      rawName,
      name,
      method,
      flags,
      crc,
      csize,
      usize,
      offset,
    });
    sig = await readSig();
  }
  const cdEnd = at;
  if (sig === DIGITAL_SIGNATURE) {
    const n = view(
      await reader.readExact(2, () => new MalformedError("truncated signature record")),
    ).getUint16(0, true);
    await reader.skip(n);
    sig = await readSig();
  }
  let z64: { entries: number; size: number; offset: number; at: number } | null = null;
  if (sig === ZIP64_EOCD) {
    const z64At = at;
    const rec = await reader.readExact(52, () => new MalformedError("truncated zip64 end record"));
    const dv = view(rec);
    // Python's zipfile reads the record right before the locator, assuming no extensible data.
    if (u64(dv, 0) !== 44) throw new MalformedError("the zip64 end record carries extensible data");
    if (dv.getUint32(12, true) !== 0 || dv.getUint32(16, true) !== 0)
      throw new MalformedError("the archive claims to span several disks");
    z64 = { entries: u64(dv, 28), size: u64(dv, 36), offset: u64(dv, 44), at: z64At };
    if (u64(dv, 20) !== z64.entries) throw new MalformedError("the zip64 end record's entry counts differ");
    sig = await readSig();
    if (sig !== ZIP64_LOCATOR) throw new MalformedError("the zip64 end record has no locator after it");
    const loc = view(await reader.readExact(16, () => new MalformedError("truncated zip64 locator")));
    if (loc.getUint32(0, true) !== 0 || loc.getUint32(12, true) > 1)
      throw new MalformedError("the archive claims to span several disks");
    const locOffset = u64(loc, 4);
    if (locOffset !== z64At && locOffset !== z64At + prefix)
      throw new MalformedError("the zip64 locator points somewhere other than the zip64 end record");
    sig = await readSig();
  }
  if (sig !== EOCD) {
    throw new MalformedError(
      `unexpected bytes at offset ${at + prefix} where the central directory or end record should be (a hidden member or a second archive)`,
    );
  }
  const eocd = view(await reader.readExact(18, () => new MalformedError("truncated end record")));
  const [disk, cdDisk, diskEntries, total] = [0, 2, 4, 6].map((o) => eocd.getUint16(o, true)) as [
    number,
    number,
    number,
    number,
  ];
  const cdSize32 = eocd.getUint32(8, true);
  const cdOffset32 = eocd.getUint32(12, true);
  const commentLen = eocd.getUint16(16, true);
  const comment = await reader.read(commentLen);
  if (comment.length !== commentLen)
    throw new MalformedError("the end record's comment is shorter than its stated length");
  if (Buffer.from(comment.buffer, comment.byteOffset, comment.byteLength).indexOf(EOCD_SIG) >= 0)
    throw new MalformedError(
      "the archive comment holds another end record (loaders that search from the end read a different archive)",
    );
  if ((await reader.read(1)).length > 0)
    throw new MalformedError(
      "bytes follow the end record and its comment (a second archive appended; loaders read the last one)",
    );
  if (disk !== 0 || cdDisk !== 0) throw new MalformedError("the archive claims to span several disks");
  const count = entries.length;
  const size = cdEnd - cdStart;
  const fits = (v: number, actual: number, max: number) => v === actual || (z64 !== null && v === max);
  if (!fits(total, count, 0xffff) || !fits(diskEntries, count, 0xffff))
    throw new MalformedError(
      `the end record counts ${total} members but the central directory lists ${count}`,
    );
  if (!fits(cdSize32, size, 0xffffffff))
    throw new MalformedError("the end record's central directory size does not match the directory");
  if (z64 && (z64.entries !== count || z64.size !== size))
    throw new MalformedError("the zip64 end record does not match the central directory");
  const cdOffset = z64 && cdOffset32 === 0xffffffff ? z64.offset : cdOffset32;
  if (z64 && cdOffset32 !== 0xffffffff && cdOffset32 !== z64.offset)
    throw new MalformedError("the end record and zip64 end record place the central directory differently");
  // zipfile shifts every offset by where the directory really is (bytes in front of the archive).
  const shift = cdStart + prefix - cdOffset;
  if (shift !== 0 && shift !== prefix)
    throw new MalformedError("the end record places the central directory somewhere else");
  compareEntries(entries, walked, shift - prefix);
}

function compareEntries(entries: Central[], walked: Map<number, Walked>, shift: number): void {
  const names = new Set<string>();
  const listed = new Set<number>();
  for (const c of entries) {
    const shown = JSON.stringify(c.name);
    const where = c.offset + shift;
    const w = walked.get(where);
    if (!w || listed.has(where))
      throw new MalformedError(
        `the central directory lists ${shown} at offset ${c.offset}, where no member starts (a hidden or overlapping member)`,
      );
    if (names.has(c.name))
      throw new MalformedError(`the archive lists ${shown} twice (loaders pick different copies)`);
    names.add(c.name);
    listed.add(where);
    if (w.rawName !== c.rawName)
      throw new MalformedError(
        `the central directory names ${JSON.stringify(c.rawName)} a member whose local header names ${JSON.stringify(w.rawName)}`,
      );
    if (w.method !== c.method)
      throw new MemberError(
        `member ${shown}: the local header says compression method ${w.method} but the central directory says ${c.method} (loaders read the directory)`,
      );
    if ((w.flags & 1) !== (c.flags & 1))
      throw new MemberError(`member ${shown}: local header and central directory disagree on encryption`);
    if (w.csize !== c.csize || w.usize !== c.usize)
      throw new MemberError(
        `member ${shown}: the local header gives ${w.csize}/${w.usize} bytes but the central directory ${c.csize}/${c.usize} (compressed/uncompressed)`,
      );
    if (w.crc !== c.crc)
      throw new MemberError(`member ${shown}: local header and central directory give different CRCs`);
    // A member flagged encrypted whose bytes miss both its CRC and its size is ciphertext
    // (ZipCrypto adds a 12-byte header), reported as not scanned: neither can be checked.
    const ciphertext = (w.flags & 1) !== 0 && w.actualCrc !== c.crc && w.actualSize !== c.usize;
    if (!ciphertext && w.actualSize !== null && w.actualSize !== c.usize)
      throw new MemberError(
        `member ${shown}: its data is ${w.actualSize} bytes, not the ${c.usize} it declares`,
      );
    if (!ciphertext && w.actualCrc !== null && w.actualCrc !== c.crc)
      throw new MemberError(
        `member ${shown}: its CRC does not match its data (a corrupted or tampered member)`,
      );
    if (c.name !== c.rawName)
      throw new MemberError(
        `member name ${JSON.stringify(c.rawName)} holds a NUL: Python's zipfile reads it as ${shown}, other readers do not`,
      );
  }
  for (const [at, w] of walked)
    if (!listed.has(at))
      throw new MemberError(
        `member ${JSON.stringify(w.name)} at offset ${at} is not in the central directory (stream readers see it, zipfile does not)`,
      );
}

/** Where Python's zipfile finds the end record in the last bytes of a file, or -1. */
function findEndRecord(tail: Uint8Array): number {
  const b = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength);
  if (b.length >= 22) {
    const last = b.length - 22;
    if (b.readUInt32LE(last) === EOCD && b.readUInt16LE(b.length - 2) === 0) return last;
  }
  const searchFrom = Math.max(0, b.length - 65536 - 22);
  const i = b.lastIndexOf(EOCD_SIG);
  return i >= searchFrom && i + 22 <= b.length ? i : -1;
}

/**
 * Given the end of a file (`tail`, whose first byte is at file offset `tailAt`), where the
 * archive starts in the file as zipfile computes it, or null when zipfile would find no zip.
 */
export function zipStartFromTail(
  tail: Uint8Array,
  tailAt: number,
): { start: number; directoryAt: number; entries: number } | null {
  const i = findEndRecord(tail);
  if (i < 0) return null;
  const dv = view(tail);
  const entries = dv.getUint16(i + 10, true);
  let cdSize = dv.getUint32(i + 12, true);
  let cdOffset = dv.getUint32(i + 16, true);
  let endAt = tailAt + i;
  if (i >= 20 && dv.getUint32(i - 20, true) === ZIP64_LOCATOR && i >= 76) {
    const z = i - 76;
    if (dv.getUint32(z, true) === ZIP64_EOCD) {
      cdSize = u64(dv, z + 40);
      cdOffset = u64(dv, z + 48);
      endAt = tailAt + z;
    }
  }
  const cdAt = endAt - cdSize;
  if (cdAt < 0 || cdOffset > cdAt) return null;
  // The archive starts where the directory's offsets count from.
  return { start: cdAt - cdOffset, directoryAt: cdAt, entries };
}
