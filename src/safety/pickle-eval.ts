// A bounded evaluator of pickle data: it reads a pickle's opcodes as Python's unpickler does
// and keeps the plain data they build (strings, numbers, tuples, lists, dicts, the names of
// globals), never importing or calling anything. Formats that read raw bytes between pickle
// opcodes (joblib arrays) or between pickles (legacy PyTorch storages) need those values to
// know where the next opcode is; the opcodes themselves are yielded for the pickle walker.
import type { ChunkReader } from "./chunk-reader.ts";
import { LimitError } from "./types.ts";

/** Values the evaluator keeps: plain data, enough to read a wrapper's state. */
export type Value =
  | null
  | boolean
  | number
  | string
  | { t: "opaque" }
  | { t: "tuple" | "list"; items: Value[] }
  | { t: "dict"; entries: Map<Value, Value> }
  | { t: "global"; module: string; name: string }
  | { t: "object"; cls: Value; args: Value; state: Value };

const OPAQUE: Value = { t: "opaque" };
const STRING_KEEP = 1024;
/** Values held by stack and memo together, before the scan gives up. */
const VALUES_MAX = 2_000_000;
const LINE_MAX = 64 * 1024;
const FRAME_STASH_MAX = 64 * 1024 * 1024;
const BATCH = 64 * 1024;

class Stop extends Error {}

const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8", { fatal: false });

export function itemsOf(v: Value): Value[] | null {
  return typeof v === "object" && v !== null && (v.t === "tuple" || v.t === "list") ? v.items : null;
}

export function isGlobal(v: Value, test: (m: string, n: string) => boolean): boolean {
  return typeof v === "object" && v !== null && v.t === "global" && test(v.module, v.name);
}

/** The class an object was built from, seeing through copyreg._reconstructor. */
export function classOf(o: Value): Value {
  if (typeof o !== "object" || o === null || o.t !== "object") return null;
  if (isGlobal(o.cls, (m, n) => m === "copyreg" && n === "_reconstructor"))
    return itemsOf(o.args)?.[0] ?? null;
  return o.cls;
}

export function dictGet(d: Value, key: string): Value | undefined {
  if (typeof d !== "object" || d === null || d.t !== "dict") return undefined;
  return d.entries.get(key);
}

/**
 * Reads bytes of the file itself when BUILD completes an object (joblib's array wrappers), or
 * null. It runs with the reader standing after the current frame, as the loader's file does.
 */
export type ReadAfterBuild = (obj: Value, state: Value) => ((reader: ChunkReader) => Promise<void>) | null;

/**
 * Reads one pickle's opcodes as Python's unpickler would, yielding them for the walker;
 * `result` is the value STOP returned, as far as plain data goes.
 */
export class Evaluator {
  result: Value = null;
  private stack: Value[] = [];
  private marks: number[] = [];
  private memo = new Map<number, Value>();
  private values = 0;
  private frameLeft = 0;
  private batch = new Uint8Array(BATCH);
  private n = 0;
  stopped = false;

  constructor(
    private readonly reader: ChunkReader,
    private readonly readAfterBuild: ReadAfterBuild | null = null,
  ) {}

  private emitCopy(b: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = [];
    if (this.n + b.length > this.batch.length) {
      if (this.n > 0) out.push(this.batch.subarray(0, this.n));
      this.batch = new Uint8Array(Math.max(BATCH, b.length));
      this.n = 0;
    }
    this.batch.set(b, this.n);
    this.n += b.length;
    return out;
  }

  flush(): Uint8Array | null {
    if (this.n === 0) return null;
    const out = this.batch.subarray(0, this.n);
    this.batch = new Uint8Array(BATCH);
    this.n = 0;
    return out;
  }

  private consumed(n: number): void {
    if (this.frameLeft > 0) {
      if (n > this.frameLeft) throw new Stop("an opcode crosses the end of its frame");
      this.frameLeft -= n;
    }
  }

  private async bytes(n: number, pending: Uint8Array[]): Promise<Uint8Array> {
    const b = await this.reader.read(n);
    if (b.length < n) throw new Stop("truncated");
    this.consumed(n);
    pending.push(...this.emitCopy(b));
    return b;
  }

  private async line(pending: Uint8Array[]): Promise<string> {
    const parts: number[] = [];
    for (;;) {
      const b = await this.bytes(1, pending);
      const c = b[0] as number;
      if (c === 0x0a) return latin1.decode(Uint8Array.from(parts));
      if (parts.length >= LINE_MAX) throw new Stop("line too long");
      parts.push(c);
    }
  }

  /** A long payload (bytes, long strings): passed to the walker without being kept. */
  private async *payload(n: number, keep: boolean, pending: Uint8Array[]): AsyncGenerator<Uint8Array, Value> {
    if (keep && n <= STRING_KEEP) return utf8.decode(await this.bytes(n, pending));
    for (const p of pending.splice(0)) yield p;
    const head = this.flush();
    if (head) yield head;
    this.consumed(n);
    let left = n;
    while (left > 0) {
      const c = await this.reader.next(left);
      if (!c) throw new Stop("truncated");
      left -= c.length;
      yield c;
    }
    return OPAQUE;
  }

  private push(v: Value): void {
    if (++this.values > VALUES_MAX)
      throw new LimitError(`the joblib pickle holds more than ${VALUES_MAX} values`);
    this.stack.push(v);
  }

  private pop(): Value {
    const floor = this.marks.length > 0 ? (this.marks[this.marks.length - 1] as number) : 0;
    if (this.stack.length <= floor) throw new Stop("stack underflow");
    return this.stack.pop() as Value;
  }

  private popMark(): Value[] {
    const m = this.marks.pop();
    if (m === undefined) throw new Stop("no MARK");
    return this.stack.splice(m);
  }

  private top(): Value {
    const v = this.stack[this.stack.length - 1];
    if (v === undefined) throw new Stop("stack underflow");
    return v;
  }

  /** Runs to STOP, yielding opcode bytes; bytes a BUILD hook reads are not among them. */
  async *run(): AsyncGenerator<Uint8Array> {
    const pending: Uint8Array[] = [];
    const num = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
    try {
      for (;;) {
        for (const p of pending.splice(0)) yield p;
        const op = (await this.bytes(1, pending))[0] as number;
        switch (op) {
          case 0x80: // PROTO
            await this.bytes(1, pending);
            break;
          case 0x95: {
            // FRAME
            if (this.frameLeft > 0) throw new Stop("a frame starts before the last one ends");
            const n = num(await this.bytes(8, pending));
            this.frameLeft = n.getUint32(0, true) + n.getUint32(4, true) * 2 ** 32;
            break;
          }
          case 0x2e: // STOP
            this.result = this.pop();
            this.stopped = true;
            for (const p of pending.splice(0)) yield p;
            {
              const last = this.flush();
              if (last) yield last;
            }
            return;
          case 0x28: // MARK
            this.marks.push(this.stack.length);
            break;
          case 0x30: // POP
            if (this.stack.length === (this.marks[this.marks.length - 1] ?? -1)) this.marks.pop();
            else this.pop();
            break;
          case 0x31: // POP_MARK
            this.popMark();
            break;
          case 0x32: // DUP
            this.push(this.top());
            break;
          case 0x4e: // NONE
            this.push(null);
            break;
          case 0x88:
            this.push(true);
            break;
          case 0x89:
            this.push(false);
            break;
          case 0x49: {
            // INT
            const s = (await this.line(pending)).trim();
            this.push(s === "01" ? true : s === "00" ? false : Number(s));
            break;
          }
          case 0x4c: // LONG
            this.push(Number((await this.line(pending)).replace(/L$/, "")));
            break;
          case 0x46: // FLOAT
            this.push(Number(await this.line(pending)));
            break;
          case 0x4a: // BININT
            this.push(num(await this.bytes(4, pending)).getInt32(0, true));
            break;
          case 0x4b: // BININT1
            this.push((await this.bytes(1, pending))[0] as number);
            break;
          case 0x4d: // BININT2
            this.push(num(await this.bytes(2, pending)).getUint16(0, true));
            break;
          case 0x8a: {
            // LONG1
            const n = (await this.bytes(1, pending))[0] as number;
            const b = await this.bytes(n, pending);
            let v = 0;
            for (let i = b.length - 1; i >= 0; i--) v = v * 256 + (b[i] as number);
            if (b.length > 0 && (b[b.length - 1] as number) & 0x80) v -= 2 ** (8 * b.length);
            this.push(v);
            break;
          }
          case 0x8b: {
            // LONG4
            const n = num(await this.bytes(4, pending)).getInt32(0, true);
            if (n < 0) throw new Stop("negative LONG4 size");
            yield* this.payload(n, false, pending);
            this.push(OPAQUE);
            break;
          }
          case 0x47: // BINFLOAT
            this.push(num(await this.bytes(8, pending)).getFloat64(0, false));
            break;
          case 0x53: {
            // STRING: a quoted repr
            const s = await this.line(pending);
            this.push(s.replace(/^(['"])(.*)\1$/s, "$2"));
            break;
          }
          case 0x56: // UNICODE (raw-unicode-escape)
            this.push(await this.line(pending));
            break;
          case 0x54: // BINSTRING
          case 0x58: {
            // BINUNICODE
            const n = num(await this.bytes(4, pending)).getUint32(0, true);
            this.push(yield* this.payload(n, true, pending));
            break;
          }
          case 0x55: // SHORT_BINSTRING
          case 0x8c: {
            // SHORT_BINUNICODE
            const n = (await this.bytes(1, pending))[0] as number;
            this.push(yield* this.payload(n, true, pending));
            break;
          }
          case 0x43: {
            // SHORT_BINBYTES
            const n = (await this.bytes(1, pending))[0] as number;
            yield* this.payload(n, false, pending);
            this.push(OPAQUE);
            break;
          }
          case 0x42: {
            // BINBYTES
            const n = num(await this.bytes(4, pending)).getUint32(0, true);
            yield* this.payload(n, false, pending);
            this.push(OPAQUE);
            break;
          }
          case 0x8d: // BINUNICODE8
          case 0x8e: // BINBYTES8
          case 0x96: {
            // BYTEARRAY8
            const d = num(await this.bytes(8, pending));
            const n = d.getUint32(0, true) + d.getUint32(4, true) * 2 ** 32;
            if (!Number.isSafeInteger(n)) throw new Stop("payload too large");
            this.push(yield* this.payload(n, op === 0x8d, pending));
            break;
          }
          case 0x97: // NEXT_BUFFER
            this.push(OPAQUE);
            break;
          case 0x98: // READONLY_BUFFER
            break;
          case 0x29: // EMPTY_TUPLE
            this.push({ t: "tuple", items: [] });
            break;
          case 0x74: // TUPLE
            this.push({ t: "tuple", items: this.popMark() });
            break;
          case 0x85:
          case 0x86:
          case 0x87: {
            const k = op - 0x84;
            const items: Value[] = [];
            for (let i = 0; i < k; i++) items.unshift(this.pop());
            this.push({ t: "tuple", items });
            break;
          }
          case 0x5d: // EMPTY_LIST
            this.push({ t: "list", items: [] });
            break;
          case 0x6c: // LIST
            this.push({ t: "list", items: this.popMark() });
            break;
          case 0x61: {
            // APPEND
            const v = this.pop();
            itemsOf(this.top())?.push(v);
            break;
          }
          case 0x65: {
            // APPENDS
            const vs = this.popMark();
            itemsOf(this.top())?.push(...vs);
            break;
          }
          case 0x7d: // EMPTY_DICT
            this.push({ t: "dict", entries: new Map() });
            break;
          case 0x64: {
            // DICT
            const vs = this.popMark();
            const entries = new Map<Value, Value>();
            for (let i = 0; i + 1 < vs.length; i += 2) entries.set(vs[i] as Value, vs[i + 1] as Value);
            this.push({ t: "dict", entries });
            break;
          }
          case 0x73: {
            // SETITEM
            const v = this.pop();
            const k = this.pop();
            const d = this.top();
            if (typeof d === "object" && d !== null && d.t === "dict") d.entries.set(k, v);
            break;
          }
          case 0x75: {
            // SETITEMS
            const vs = this.popMark();
            const d = this.top();
            if (typeof d === "object" && d !== null && d.t === "dict")
              for (let i = 0; i + 1 < vs.length; i += 2) d.entries.set(vs[i] as Value, vs[i + 1] as Value);
            break;
          }
          case 0x8f: // EMPTY_SET
            this.push(OPAQUE);
            break;
          case 0x90: // ADDITEMS
            this.popMark();
            break;
          case 0x91: // FROZENSET
            this.popMark();
            this.push(OPAQUE);
            break;
          case 0x67: {
            // GET
            this.push(this.memo.get(Number(await this.line(pending))) ?? OPAQUE);
            break;
          }
          case 0x68: // BINGET
            this.push(this.memo.get((await this.bytes(1, pending))[0] as number) ?? OPAQUE);
            break;
          case 0x6a: // LONG_BINGET
            this.push(this.memo.get(num(await this.bytes(4, pending)).getUint32(0, true)) ?? OPAQUE);
            break;
          case 0x70: // PUT
            this.memo.set(Number(await this.line(pending)), this.top());
            break;
          case 0x71: // BINPUT
            this.memo.set((await this.bytes(1, pending))[0] as number, this.top());
            break;
          case 0x72: // LONG_BINPUT
            this.memo.set(num(await this.bytes(4, pending)).getUint32(0, true), this.top());
            break;
          case 0x94: // MEMOIZE
            this.memo.set(this.memo.size, this.top());
            break;
          case 0x63: {
            // GLOBAL
            const module = await this.line(pending);
            const name = await this.line(pending);
            this.push({ t: "global", module, name });
            break;
          }
          case 0x93: {
            // STACK_GLOBAL
            const name = this.pop();
            const module = this.pop();
            this.push(
              typeof module === "string" && typeof name === "string" ? { t: "global", module, name } : OPAQUE,
            );
            break;
          }
          case 0x69: {
            // INST
            const module = await this.line(pending);
            const name = await this.line(pending);
            const args = this.popMark();
            this.push({
              t: "object",
              cls: { t: "global", module, name },
              args: { t: "tuple", items: args },
              state: null,
            });
            break;
          }
          case 0x6f: {
            // OBJ
            const [cls = null, ...args] = this.popMark();
            this.push({ t: "object", cls, args: { t: "tuple", items: args }, state: null });
            break;
          }
          case 0x81: // NEWOBJ
          case 0x52: {
            // REDUCE: a callable and its arguments, as NEWOBJ a class and its arguments
            const args = this.pop();
            const cls = this.pop();
            this.push({ t: "object", cls, args, state: null });
            break;
          }
          case 0x92: {
            // NEWOBJ_EX
            this.pop();
            const args = this.pop();
            const cls = this.pop();
            this.push({ t: "object", cls, args, state: null });
            break;
          }
          case 0x50: // PERSID
            await this.line(pending);
            this.push(OPAQUE);
            break;
          case 0x51: // BINPERSID
            this.pop();
            this.push(OPAQUE);
            break;
          case 0x82:
            await this.bytes(1, pending);
            this.push(OPAQUE);
            break;
          case 0x83:
            await this.bytes(2, pending);
            this.push(OPAQUE);
            break;
          case 0x84:
            await this.bytes(4, pending);
            this.push(OPAQUE);
            break;
          case 0x62: {
            // BUILD
            const state = this.pop();
            const obj = this.top();
            if (typeof obj === "object" && obj !== null && obj.t === "object") obj.state = state;
            const read = this.readAfterBuild?.(obj, state);
            if (read) {
              for (const p of pending.splice(0)) yield p;
              const head = this.flush();
              if (head) yield head;
              await this.fromFile(read);
              this.stack[this.stack.length - 1] = OPAQUE;
            }
            break;
          }
          default:
            throw new Stop(`opcode 0x${op.toString(16)}`);
        }
      }
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      // Not a pickle joblib could load from here on: the walker sees the rest as it is.
      for (const p of pending.splice(0)) yield p;
      const head = this.flush();
      if (head) yield head;
      for (;;) {
        const c = await this.reader.next();
        if (!c) return;
        yield c;
      }
    }
  }

  /**
   * Runs a read of the file itself: Python's unpickler holds the current frame in memory, so
   * the file goes on after the frame and the frame's rest comes after what the read took.
   */
  private async fromFile(read: (reader: ChunkReader) => Promise<void>): Promise<void> {
    let stash: Uint8Array | null = null;
    if (this.frameLeft > 0) {
      if (this.frameLeft > FRAME_STASH_MAX) throw new LimitError("a pickle frame is too large");
      stash = (await this.reader.read(this.frameLeft)).slice();
    }
    await read(this.reader);
    if (stash) this.reader.unshift(stash);
  }
}
