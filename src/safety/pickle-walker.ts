// A streaming pickle opcode walker (protocols 0 to 5). It never builds Python objects: it
// follows the stack only far enough to know which strings STACK_GLOBAL consumes (directly
// or through the memo), and records every import (GLOBAL, INST, STACK_GLOBAL, EXT*).
// Fed chunk by chunk; it buffers at most one small opcode, and skips large byte/string
// arguments without holding them. Memory is bounded by the caps below.

/** Strings longer than this never name a module or attribute: kept as opaque. */
const STR_KEEP = 256;
/** Text lines (protocol 0 numbers, strings) longer than this are skipped, not kept. */
const LINE_KEEP = 4096;
/** GLOBAL / INST lines longer than this are not a valid import. */
const GLOBAL_LINE_MAX = 1024;
/** Stack depth up to which string values are remembered; deeper entries are opaque. */
const STACK_STRINGS = 1 << 16;
/** Stack depth at which the pickle is refused (a loader would need gigabytes too). */
const STACK_MAX = 1 << 23;
/** Memo entries holding strings that are remembered. */
const MEMO_STRINGS = 200_000;
/** Memo keys below this live in an array; string values of larger keys in a map. */
const MEMO_DENSE = 1 << 20;
/** Distinct imports and unresolved sites recorded. */
const RECORD_MAX = 2000;

export interface PickleImport {
  module: string;
  name: string;
  /** Byte offset of the opcode, for messages. */
  offset: number;
  /** The opcode that imported it. */
  via: "GLOBAL" | "INST" | "STACK_GLOBAL";
  /** False when found in trailing data after the first pickle that did not parse. */
  trusted: boolean;
  segment: number;
}

export interface PickleOddity {
  kind: "unresolved-stack-global" | "extension-registry";
  offset: number;
  trusted: boolean;
  segment: number;
}

export interface PickleSummary {
  imports: PickleImport[];
  oddities: PickleOddity[];
  /** Why the first pickle is not valid, or null. */
  invalid: string | null;
  /** Completed pickles (STOP reached). */
  pickles: number;
  /** Data after the last complete pickle that is not a pickle (legacy torch storages, joblib arrays). */
  trailingAt: number | null;
  /** Opcodes that call or build objects, for context. */
  calls: number;
  bytes: number;
}

type Value = string | null;

enum Op {
  MARK = 0x28,
  STOP = 0x2e,
  POP = 0x30,
  POP_MARK = 0x31,
  DUP = 0x32,
  FLOAT = 0x46,
  INT = 0x49,
  BININT = 0x4a,
  BININT1 = 0x4b,
  LONG = 0x4c,
  BININT2 = 0x4d,
  NONE = 0x4e,
  PERSID = 0x50,
  BINPERSID = 0x51,
  REDUCE = 0x52,
  STRING = 0x53,
  BINSTRING = 0x54,
  SHORT_BINSTRING = 0x55,
  UNICODE = 0x56,
  BINUNICODE = 0x58,
  APPEND = 0x61,
  BUILD = 0x62,
  GLOBAL = 0x63,
  DICT = 0x64,
  EMPTY_DICT = 0x7d,
  APPENDS = 0x65,
  GET = 0x67,
  BINGET = 0x68,
  INST = 0x69,
  LONG_BINGET = 0x6a,
  LIST = 0x6c,
  EMPTY_LIST = 0x5d,
  OBJ = 0x6f,
  PUT = 0x70,
  BINPUT = 0x71,
  LONG_BINPUT = 0x72,
  SETITEM = 0x73,
  TUPLE = 0x74,
  EMPTY_TUPLE = 0x29,
  SETITEMS = 0x75,
  BINFLOAT = 0x47,
  BINBYTES = 0x42,
  SHORT_BINBYTES = 0x43,
  PROTO = 0x80,
  NEWOBJ = 0x81,
  EXT1 = 0x82,
  EXT2 = 0x83,
  EXT4 = 0x84,
  TUPLE1 = 0x85,
  TUPLE2 = 0x86,
  TUPLE3 = 0x87,
  NEWTRUE = 0x88,
  NEWFALSE = 0x89,
  LONG1 = 0x8a,
  LONG4 = 0x8b,
  SHORT_BINUNICODE = 0x8c,
  BINUNICODE8 = 0x8d,
  BINBYTES8 = 0x8e,
  EMPTY_SET = 0x8f,
  ADDITEMS = 0x90,
  FROZENSET = 0x91,
  NEWOBJ_EX = 0x92,
  STACK_GLOBAL = 0x93,
  MEMOIZE = 0x94,
  FRAME = 0x95,
  BYTEARRAY8 = 0x96,
  NEXT_BUFFER = 0x97,
  READONLY_BUFFER = 0x98,
}

const VALID = new Uint8Array(256);
for (const c of "(.012FIJKLMNPQRSTUVXabcdeghijlmopqrstu}])G BC") if (c !== " ") VALID[c.charCodeAt(0)] = 1;
for (let c = 0x80; c <= 0x98; c++) VALID[c] = 1;

/** Thrown inside the walker when the stream is not a valid pickle. */
class Invalid extends Error {}

const utf8 = new TextDecoder("utf-8", { fatal: false });

/** UTF-8 decode with a fast path for short ASCII (module and attribute names). */
function decodeUtf8(b: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i++) {
    const c = b[i] as number;
    if (c >= 0x80) return utf8.decode(b.subarray(start, end));
    s += String.fromCharCode(c);
  }
  return s;
}

function latin1(b: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i] as number);
  return s;
}

/** Python's escape_decode for protocol 0 STRING bodies (\\x41, \\n, octal...). */
function unescapeString(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/gs, (_m, e: string) => {
    if (e[0] === "x") return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(Number.parseInt(e, 8) & 0xff);
    const simple: Record<string, string> = {
      n: "\n",
      t: "\t",
      r: "\r",
      a: "\x07",
      b: "\b",
      f: "\f",
      v: "\v",
      "\n": "",
    };
    return Object.hasOwn(simple, e)
      ? (simple[e] as string)
      : e === "\\" || e === "'" || e === '"'
        ? e
        : `\\${e}`;
  });
}

/** raw-unicode-escape decoding for protocol 0 UNICODE lines. */
function unescapeRawUnicode(s: string): string {
  return s.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (m, u4?: string, u8?: string) => {
    const cp = Number.parseInt((u4 ?? u8) as string, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

export class PickleWalker {
  private stack: Value[] = [];
  private marks: number[] = [];
  /** Memo values by key: strings (capped in number) or null; keys past the dense range are not kept. */
  private memo: Value[] = [];
  private memoStringCount = 0;
  private memoFar = new Map<number, string>();
  /** len(memo) bookkeeping without storing every key: keys 0..contiguous-1 plus sparse extras. */
  private memoContiguous = 0;
  private memoExtra = new Set<number>();
  private memoUnreliable = false;

  private segment = 0;
  private inSegment = false;
  private base = 0; // absolute offset of the current chunk's byte 0
  private carry: Uint8Array | null = null;
  private carryBase = 0;
  private skipRemaining = 0;
  private skipLine = false;
  private incomplete = false;
  private done = false;

  private readonly imports = new Map<string, PickleImport>();
  private readonly oddities: PickleOddity[] = [];
  private invalid: string | null = null;
  private pickles = 0;
  private trailingAt: number | null = null;
  private calls = 0;

  /** True once the walker needs no more input. */
  get finished(): boolean {
    return this.done;
  }

  /** Consumes one chunk. The chunk may be reused by the caller afterwards. */
  feed(chunk: Uint8Array): void {
    const len = chunk.length;
    let off = 0;
    try {
      while (off < len && !this.done) {
        if (this.skipRemaining > 0) {
          const n = Math.min(this.skipRemaining, len - off);
          this.skipRemaining -= n;
          off += n;
          continue;
        }
        if (this.skipLine) {
          const nl = chunk.indexOf(10, off);
          if (nl < 0) {
            off = len;
          } else {
            off = nl + 1;
            this.skipLine = false;
          }
          continue;
        }
        if (this.carry) {
          off = this.completeCarry(chunk, off);
          continue;
        }
        const p = this.run(chunk, off, len, len, this.base);
        if (this.incomplete) {
          this.incomplete = false;
          this.carry = chunk.slice(p);
          this.carryBase = this.base + p;
          off = len;
        } else {
          off = p;
        }
      }
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      this.fail(e.message);
    }
    this.base += len;
  }

  /** Finishes the pending opcode held in `carry` with as few bytes of `chunk` as needed. */
  private completeCarry(chunk: Uint8Array, off: number): number {
    const carry = this.carry as Uint8Array;
    const avail = chunk.length - off;
    let take = Math.min(avail, 64);
    for (;;) {
      const tmp = new Uint8Array(carry.length + take);
      tmp.set(carry);
      tmp.set(chunk.subarray(off, off + take), carry.length);
      const p = this.run(tmp, 0, tmp.length, carry.length, this.carryBase);
      if (!this.incomplete) {
        this.carry = null;
        return off + Math.max(0, p - carry.length);
      }
      this.incomplete = false;
      if (take >= avail) {
        this.carry = tmp;
        return chunk.length;
      }
      take = Math.min(avail, take * 8);
    }
  }

  /** End of input: returns what was found. */
  finish(): PickleSummary {
    if (!this.done) {
      if (this.inSegment || this.carry || this.skipRemaining > 0 || this.skipLine) {
        this.fail(`truncated at byte ${this.base}: the stream ends inside a pickle (no STOP opcode)`);
      } else if (this.pickles === 0) {
        this.fail("empty: no pickle opcodes");
      }
      this.done = true;
    }
    return {
      imports: [...this.imports.values()],
      oddities: this.oddities,
      invalid: this.invalid,
      pickles: this.pickles,
      trailingAt: this.trailingAt,
      calls: this.calls,
      bytes: this.base,
    };
  }

  private fail(reason: string): void {
    this.done = true;
    if (this.imports.has("joblib.numpy_pickle\nNumpyArrayWrapper")) {
      // joblib writes raw array bytes inside the pickle stream: the walk cannot go further.
      this.trailingAt ??= this.opAt;
      return;
    }
    if (this.segment === 0 || (this.pickles === 0 && this.inSegment)) {
      this.invalid ??= reason;
      return;
    }
    // A later pickle that does not parse: probably raw data after the pickles (legacy torch
    // storages, joblib arrays). What it seemed to import is kept but marked untrusted.
    this.trailingAt ??= this.segmentStart;
    for (const imp of this.imports.values()) if (imp.segment === this.segment) imp.trusted = false;
    for (const o of this.oddities) if (o.segment === this.segment) o.trusted = false;
  }

  private segmentStart = 0;
  private opAt = 0;

  private beginSegment(at: number): void {
    this.inSegment = true;
    this.segmentStart = at;
    this.stack = [];
    this.marks = [];
    this.memo = [];
    this.memoStringCount = 0;
    this.memoFar.clear();
    this.memoContiguous = 0;
    this.memoExtra.clear();
    this.memoUnreliable = false;
  }

  private record(module: string, name: string, offset: number, via: PickleImport["via"]): void {
    const key = `${module}\n${name}`;
    if (this.imports.has(key) || this.imports.size >= RECORD_MAX) return;
    this.imports.set(key, { module, name, offset, via, trusted: true, segment: this.segment });
  }

  private oddity(kind: PickleOddity["kind"], offset: number): void {
    if (this.oddities.length < RECORD_MAX)
      this.oddities.push({ kind, offset, trusted: true, segment: this.segment });
  }

  // --- stack helpers (Python keeps marks as a metastack: pops never cross a mark) ---

  private floor(): number {
    const m = this.marks.length;
    return m === 0 ? 0 : (this.marks[m - 1] as number);
  }

  private need(n: number, what: string): void {
    if (this.stack.length - this.floor() < n) throw new Invalid(`stack underflow at ${what}`);
  }

  private push(v: Value): void {
    const s = this.stack;
    if (s.length >= STACK_MAX) throw new Invalid(`stack deeper than ${STACK_MAX} entries`);
    s.push(v !== null && s.length < STACK_STRINGS ? v : null);
  }

  private pop(): Value {
    return this.stack.pop() as Value;
  }

  private popMark(what: string): void {
    const m = this.marks.pop();
    if (m === undefined) throw new Invalid(`${what} without a MARK`);
    this.stack.length = m;
  }

  private memoSet(key: number, v: Value): void {
    if (key < this.memoContiguous || this.memoExtra.has(key)) {
      // overwrite
    } else if (key === this.memoContiguous) {
      this.memoContiguous++;
      while (this.memoExtra.delete(this.memoContiguous)) this.memoContiguous++;
    } else if (this.memoExtra.size < RECORD_MAX * 50) {
      this.memoExtra.add(key);
    } else {
      this.memoUnreliable = true;
    }
    const old = key < MEMO_DENSE ? this.memo[key] : this.memoFar.get(key);
    if (typeof old === "string") this.memoStringCount--;
    const keep = v !== null && this.memoStringCount < MEMO_STRINGS ? v : null;
    if (keep !== null) this.memoStringCount++;
    if (key < MEMO_DENSE) {
      const memo = this.memo;
      while (memo.length < key) memo.push(null); // dense in real pickles; sparse keys cost a slot each
      memo[key] = keep;
    } else if (keep !== null) this.memoFar.set(key, keep);
    else this.memoFar.delete(key);
  }

  private memoGet(key: number): Value {
    if (this.memoUnreliable) return null;
    return (key < MEMO_DENSE ? this.memo[key] : this.memoFar.get(key)) ?? null;
  }

  private str(v: string): Value {
    return v.length <= STR_KEEP ? v : null;
  }

  /**
   * Runs opcodes in b[pos, end) whose first byte is before stopAt. Returns the position after
   * the last complete opcode; sets `incomplete` when the opcode at the returned position needs
   * more bytes, or a skip state when a long argument continues past `end`.
   */
  private run(b: Uint8Array, pos: number, end: number, stopAt: number, base: number): number {
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    while (pos < end && pos < stopAt) {
      const op = b[pos] as number;
      const at = base + pos;
      this.opAt = at;
      if (!this.inSegment) {
        if (!VALID[op]) {
          if (this.pickles === 0)
            throw new Invalid(
              `byte 0x${op.toString(16).padStart(2, "0")} at offset ${at} is not a pickle opcode: not a valid pickle`,
            );
          this.trailingAt = at;
          this.done = true;
          return pos;
        }
        this.segment = this.pickles === 0 && this.segment === 0 ? 0 : this.segment + 1;
        this.beginSegment(at);
      }
      const avail = end - pos - 1; // bytes after the opcode byte
      switch (op) {
        // ---- no argument ----
        case Op.MARK:
          if (this.marks.length >= STACK_MAX) throw new Invalid("too many MARKs");
          this.marks.push(this.stack.length);
          pos += 1;
          break;
        case Op.STOP:
          this.need(1, "STOP");
          this.pickles++;
          this.inSegment = false;
          pos += 1;
          break;
        case Op.POP:
          if (this.stack.length > this.floor()) this.pop();
          else this.popMark("POP");
          pos += 1;
          break;
        case Op.POP_MARK:
          this.popMark("POP_MARK");
          pos += 1;
          break;
        case Op.DUP:
          this.need(1, "DUP");
          this.push(this.stack[this.stack.length - 1] as Value);
          pos += 1;
          break;
        case Op.NONE:
        case Op.NEWTRUE:
        case Op.NEWFALSE:
        case Op.EMPTY_DICT:
        case Op.EMPTY_LIST:
        case Op.EMPTY_TUPLE:
        case Op.EMPTY_SET:
        case Op.NEXT_BUFFER:
          this.push(null);
          pos += 1;
          break;
        case Op.READONLY_BUFFER:
          this.need(1, "READONLY_BUFFER");
          pos += 1;
          break;
        case Op.BINPERSID:
          this.need(1, "BINPERSID");
          this.pop();
          this.push(null);
          pos += 1;
          break;
        case Op.APPEND:
        case Op.BUILD:
          this.need(2, op === Op.APPEND ? "APPEND" : "BUILD");
          this.pop();
          this.stack[this.stack.length - 1] = null;
          if (op === Op.BUILD) this.calls++;
          pos += 1;
          break;
        case Op.SETITEM:
          this.need(3, "SETITEM");
          this.stack.length -= 2;
          pos += 1;
          break;
        case Op.APPENDS:
        case Op.SETITEMS:
        case Op.ADDITEMS:
          this.popMark("APPENDS/SETITEMS/ADDITEMS");
          this.need(1, "APPENDS/SETITEMS/ADDITEMS");
          pos += 1;
          break;
        case Op.LIST:
        case Op.TUPLE:
        case Op.DICT:
        case Op.FROZENSET:
          this.popMark("LIST/TUPLE/DICT/FROZENSET");
          this.push(null);
          pos += 1;
          break;
        case Op.OBJ:
          this.calls++;
          {
            const m = this.marks[this.marks.length - 1];
            if (m === undefined || this.stack.length - m < 1) throw new Invalid("OBJ without a class");
          }
          this.popMark("OBJ");
          this.push(null);
          pos += 1;
          break;
        case Op.TUPLE1:
        case Op.TUPLE2:
        case Op.TUPLE3: {
          const n = op - Op.TUPLE1 + 1;
          this.need(n, "TUPLEn");
          this.stack.length -= n;
          this.push(null);
          pos += 1;
          break;
        }
        case Op.REDUCE:
        case Op.NEWOBJ:
          this.need(2, op === Op.REDUCE ? "REDUCE" : "NEWOBJ");
          this.calls++;
          this.stack.length -= 2;
          this.push(null);
          pos += 1;
          break;
        case Op.NEWOBJ_EX:
          this.need(3, "NEWOBJ_EX");
          this.calls++;
          this.stack.length -= 3;
          this.push(null);
          pos += 1;
          break;
        case Op.STACK_GLOBAL: {
          this.need(2, "STACK_GLOBAL");
          const name = this.pop();
          const module = this.pop();
          if (module !== null && name !== null) this.record(module, name, at, "STACK_GLOBAL");
          else this.oddity("unresolved-stack-global", at);
          this.push(null);
          pos += 1;
          break;
        }
        case Op.MEMOIZE:
          this.need(1, "MEMOIZE");
          this.memoSet(this.memoContiguous + this.memoExtra.size, this.stack[this.stack.length - 1] as Value);
          pos += 1;
          break;

        // ---- fixed-size arguments ----
        case Op.BININT1:
        case Op.BININT2:
        case Op.BININT:
        case Op.BINFLOAT: {
          const n = op === Op.BININT1 ? 1 : op === Op.BININT2 ? 2 : op === Op.BININT ? 4 : 8;
          if (avail < n) return this.more(pos);
          this.push(null);
          pos += 1 + n;
          break;
        }
        case Op.BINGET:
        case Op.LONG_BINGET: {
          const n = op === Op.BINGET ? 1 : 4;
          if (avail < n) return this.more(pos);
          const key = n === 1 ? (b[pos + 1] as number) : dv.getUint32(pos + 1, true);
          this.push(this.memoGet(key));
          pos += 1 + n;
          break;
        }
        case Op.BINPUT:
        case Op.LONG_BINPUT: {
          const n = op === Op.BINPUT ? 1 : 4;
          if (avail < n) return this.more(pos);
          this.need(1, "PUT");
          const key = n === 1 ? (b[pos + 1] as number) : dv.getUint32(pos + 1, true);
          this.memoSet(key, this.stack[this.stack.length - 1] as Value);
          pos += 1 + n;
          break;
        }
        case Op.EXT1:
        case Op.EXT2:
        case Op.EXT4: {
          const n = op === Op.EXT1 ? 1 : op === Op.EXT2 ? 2 : 4;
          if (avail < n) return this.more(pos);
          this.oddity("extension-registry", at);
          this.push(null);
          pos += 1 + n;
          break;
        }
        case Op.PROTO: {
          if (avail < 1) return this.more(pos);
          const v = b[pos + 1] as number;
          if (v > 5) throw new Invalid(`unsupported pickle protocol ${v} at offset ${at}`);
          pos += 2;
          break;
        }
        case Op.FRAME:
          // Frames only group opcodes for buffering; the opcodes inside are read as usual.
          if (avail < 8) return this.more(pos);
          if (dv.getUint32(pos + 5, true) > 0x1fffff)
            throw new Invalid(`FRAME length too large at offset ${at}`);
          pos += 9;
          break;

        // ---- length-prefixed arguments ----
        case Op.SHORT_BINSTRING:
        case Op.SHORT_BINUNICODE:
        case Op.SHORT_BINBYTES:
        case Op.LONG1:
        case Op.BINSTRING:
        case Op.BINUNICODE:
        case Op.BINBYTES:
        case Op.LONG4:
        case Op.BINUNICODE8:
        case Op.BINBYTES8:
        case Op.BYTEARRAY8: {
          const h =
            op === Op.BINUNICODE8 || op === Op.BINBYTES8 || op === Op.BYTEARRAY8
              ? 8
              : op === Op.BINSTRING || op === Op.BINUNICODE || op === Op.BINBYTES || op === Op.LONG4
                ? 4
                : 1;
          if (avail < h) return this.more(pos);
          let len: number;
          if (h === 1) len = b[pos + 1] as number;
          else if (h === 4) {
            len =
              op === Op.BINSTRING || op === Op.LONG4
                ? dv.getInt32(pos + 1, true)
                : dv.getUint32(pos + 1, true);
            if (len < 0) throw new Invalid(`negative length at offset ${at}`);
          } else {
            const hi = dv.getUint32(pos + 5, true);
            if (hi > 0x1fffff) throw new Invalid(`length over 2^53 at offset ${at}`);
            len = hi * 0x100000000 + dv.getUint32(pos + 1, true);
          }
          const start = pos + 1 + h;
          const isText =
            op === Op.SHORT_BINSTRING ||
            op === Op.SHORT_BINUNICODE ||
            op === Op.BINSTRING ||
            op === Op.BINUNICODE ||
            op === Op.BINUNICODE8;
          if (isText && len <= STR_KEEP) {
            if (end - start < len) return this.more(pos);
            const unicode = op === Op.SHORT_BINUNICODE || op === Op.BINUNICODE || op === Op.BINUNICODE8;
            this.push(unicode ? decodeUtf8(b, start, start + len) : latin1(b, start, start + len));
            pos = start + len;
            break;
          }
          this.push(null);
          if (end - start >= len) {
            pos = start + len;
            break;
          }
          this.skipRemaining = len - (end - start);
          return end;
        }

        // ---- newline-terminated arguments ----
        case Op.INT:
        case Op.LONG:
        case Op.FLOAT:
        case Op.STRING:
        case Op.UNICODE:
        case Op.PERSID:
        case Op.GET:
        case Op.PUT: {
          const nl = b.indexOf(10, pos + 1);
          const small = op === Op.GET || op === Op.PUT;
          const cap = small ? 64 : LINE_KEEP;
          if (nl < 0 || nl - pos - 1 > cap) {
            if (nl < 0 && end - pos - 1 <= cap) return this.more(pos);
            if (small) throw new Invalid(`memo key line too long at offset ${at}`);
            if (op === Op.PERSID) this.calls++;
            this.push(null);
            if (nl >= 0) {
              pos = nl + 1;
              break;
            }
            this.skipLine = true;
            return end;
          }
          const line = latin1(b, pos + 1, nl);
          pos = nl + 1;
          if (op === Op.GET || op === Op.PUT) {
            if (!/^\d+$/.test(line))
              throw new Invalid(`memo key ${JSON.stringify(line)} is not a number at offset ${at}`);
            const key = Number(line);
            if (op === Op.GET) this.push(this.memoGet(key));
            else {
              this.need(1, "PUT");
              this.memoSet(key, this.stack[this.stack.length - 1] as Value);
            }
          } else if (op === Op.STRING) {
            const q = line[0];
            if (line.length < 2 || (q !== "'" && q !== '"') || line[line.length - 1] !== q)
              throw new Invalid(`STRING argument is not quoted at offset ${at}`);
            this.push(this.str(unescapeString(line.slice(1, -1))));
          } else if (op === Op.UNICODE) {
            this.push(this.str(unescapeRawUnicode(line)));
          } else {
            if (op === Op.PERSID) this.calls++;
            this.push(null);
          }
          break;
        }
        case Op.GLOBAL:
        case Op.INST: {
          const nl1 = b.indexOf(10, pos + 1);
          const nl2 = nl1 < 0 ? -1 : b.indexOf(10, nl1 + 1);
          if (nl1 < 0 || nl2 < 0) {
            if (end - pos - 1 <= 2 * GLOBAL_LINE_MAX + 2) return this.more(pos);
            throw new Invalid(`import line too long at offset ${at}`);
          }
          if (nl1 - pos - 1 > GLOBAL_LINE_MAX || nl2 - nl1 - 1 > GLOBAL_LINE_MAX)
            throw new Invalid(`import line too long at offset ${at}`);
          const module = decodeUtf8(b, pos + 1, nl1);
          const name = decodeUtf8(b, nl1 + 1, nl2);
          this.record(module, name, at, op === Op.GLOBAL ? "GLOBAL" : "INST");
          if (op === Op.INST) {
            this.calls++;
            this.popMark("INST");
          }
          this.push(null);
          pos = nl2 + 1;
          break;
        }
        default:
          throw new Invalid(
            `byte 0x${op.toString(16).padStart(2, "0")} at offset ${at} is not a pickle opcode: not a valid pickle`,
          );
      }
    }
    return pos;
  }

  private more(pos: number): number {
    this.incomplete = true;
    return pos;
  }
}
