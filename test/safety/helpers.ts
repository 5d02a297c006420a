// Test helpers: hand-written pickle opcodes, a small zip writer, and a scan-from-bytes wrapper.
import { crc32, deflateRawSync } from "node:zlib";
import { type SafetyIssue, scanModelFile } from "../../src/safety/index.ts";

const enc = new TextEncoder();

export function bytes(...parts: (Uint8Array | string | number[])[]): Uint8Array {
  const arrs = parts.map((p) =>
    typeof p === "string" ? latin1(p) : p instanceof Uint8Array ? p : Uint8Array.from(p),
  );
  const out = new Uint8Array(arrs.reduce((n, a) => n + a.length, 0));
  let o = 0;
  for (const a of arrs) {
    out.set(a, o);
    o += a.length;
  }
  return out;
}

function latin1(s: string): Uint8Array {
  return Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
}

const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u64 = (n: number) => [...u32(n % 0x100000000), ...u32(Math.floor(n / 0x100000000))];

/** Pickle opcodes by name, for building streams by hand. */
export const P = {
  proto: (v: number) => [0x80, v],
  frame: (n: number) => [0x95, ...u64(n)],
  shortUnicode: (s: string) => {
    const b = enc.encode(s);
    return bytes([0x8c, b.length], b);
  },
  binUnicode: (s: string) => {
    const b = enc.encode(s);
    return bytes([0x58, ...u32(b.length)], b);
  },
  shortBinString: (s: string) => bytes([0x55, s.length], s),
  string: (repr: string) => bytes("S", repr, "\n"),
  unicode: (s: string) => bytes("V", s, "\n"),
  global: (m: string, n: string) => bytes("c", m, "\n", n, "\n"),
  inst: (m: string, n: string) => bytes("i", m, "\n", n, "\n"),
  stackGlobal: [0x93],
  memoize: [0x94],
  binput: (i: number) => [0x71, i],
  binget: (i: number) => [0x68, i],
  longBinget: (i: number) => [0x6a, ...u32(i)],
  put: (i: number) => bytes(`p${i}\n`),
  get: (i: number) => bytes(`g${i}\n`),
  mark: [0x28],
  tuple: [0x74],
  tuple1: [0x85],
  emptyTuple: [0x29],
  emptyDict: [0x7d],
  emptyList: [0x5d],
  reduce: [0x52],
  build: [0x62],
  newobj: [0x81],
  pop: [0x30],
  dup: [0x32],
  none: [0x4e],
  binint1: (v: number) => [0x4b, v],
  binbytes: (b: Uint8Array) => bytes([0x42, ...u32(b.length)], b),
  ext1: (code: number) => [0x82, code],
  stop: [0x2e],
};

/** Builds a pickle from opcode pieces. */
export function pickle(...ops: (Uint8Array | number[] | string)[]): Uint8Array {
  return bytes(...ops);
}

export interface ZipMember {
  name: string;
  data: Uint8Array;
  deflate?: boolean;
  /** Write sizes in a data descriptor after the data (as PyTorch does). */
  descriptor?: boolean;
}

/** A minimal zip writer, with real CRCs. */
export function zip(
  members: ZipMember[],
  opts: { centralOverride?: (m: ZipMember, offset: number) => { name: string; offset: number } } = {},
): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const m of members) {
    const data = m.deflate ? new Uint8Array(deflateRawSync(m.data)) : m.data;
    const name = enc.encode(m.name);
    const flags = m.descriptor ? 0x0808 : 0x0800;
    const sizes = m.descriptor ? [...u32(0), ...u32(0)] : [...u32(data.length), ...u32(m.data.length)];
    const crc = crc32(m.data);
    const local = bytes(
      u32(0x04034b50),
      u16(20),
      u16(flags),
      u16(m.deflate ? 8 : 0),
      u16(0),
      u16(0),
      u32(m.descriptor ? 0 : crc),
      sizes,
      u16(name.length),
      u16(0),
      name,
    );
    const desc = m.descriptor
      ? bytes(u32(0x08074b50), u32(crc), u32(data.length), u32(m.data.length))
      : new Uint8Array(0);
    const c = opts.centralOverride?.(m, offset) ?? { name: m.name, offset };
    const cname = enc.encode(c.name);
    central.push(
      bytes(
        u32(0x02014b50),
        u16(20),
        u16(20),
        u16(flags),
        u16(m.deflate ? 8 : 0),
        u16(0),
        u16(0),
        u32(crc),
        u32(data.length),
        u32(m.data.length),
        u16(cname.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(c.offset),
        cname,
      ),
    );
    parts.push(local, data, desc);
    offset += local.length + data.length + desc.length;
  }
  const cd = bytes(...central);
  const eocd = bytes(
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(members.length),
    u16(members.length),
    u32(cd.length),
    u32(offset),
    u16(0),
  );
  return bytes(...parts, cd, eocd);
}

/** Splits bytes into chunks of `size` (copies, as a file reader would produce). */
export async function* chunksOf(b: Uint8Array, size = 65536): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < b.length; i += size) yield b.slice(i, i + size);
}

export function scanBytes(path: string, b: Uint8Array, chunkSize = 65536): Promise<SafetyIssue[]> {
  return scanModelFile(path, () => chunksOf(b, chunkSize), b.length);
}

export const errors = (issues: SafetyIssue[]) => issues.filter((i) => i.severity === "error");

export function fromBase64(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, "base64"));
}

export { u32, u64 };
