// A streaming pickle opcode walker (protocols 0 to 5). It never builds Python objects: it
// follows the stack only far enough to know which strings STACK_GLOBAL consumes (directly
// or through the memo), and records every import (GLOBAL, INST, STACK_GLOBAL, EXT*).
// Fed chunk by chunk; it buffers at most one small opcode, and skips large byte/string
// arguments without holding them. Memory is bounded by the caps below.
// It walks stream after stream (PROTO optional) up to the first invalid opcode, reading on
// through protocol 4 frames as the C loader does, and records what loaders would read
// differently or only an attack writes (anomalies): an opcode crossing its frame's end, a frame
// past STOP or inside another, PROTO in mid-stream, DUP, object graphs that expand past 2^32
// elements through shared references (billion laughs), absurd memo indices, a set holding
// itself or a dict keyed by itself.

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
  segment: number;
}

export interface PickleOddity {
  kind: "unresolved-stack-global" | "extension-registry";
  offset: number;
  segment: number;
}

/** Bytes that loaders read differently, or that only an attack would write (the walk goes on). */
export interface PickleAnomaly {
  reason: string;
  offset: number;
}

export interface PickleSummary {
  imports: PickleImport[];
  oddities: PickleOddity[];
  /** Why the first pickle is not valid, or null. */
  invalid: string | null;
  /** Where the walk gave up on something a loader would go on reading (always a finding), or null. */
  unfollowed: string | null;
  /** Frame violations, mid-stream PROTO, expansion and memo bombs. */
  anomalies: PickleAnomaly[];
  /** False when nothing was a pickle: no stream completed and no import or call was reached. */
  pickle: boolean;
  /** Completed pickles (STOP reached). */
  pickles: number;
  /** Data after the last complete pickle that is not a pickle (legacy torch storages, joblib arrays). */
  trailingAt: number | null;
  /** Opcodes that call or build objects, for context. */
  calls: number;
  bytes: number;
}

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

/** Bytes of a dotted Python name (ASCII part). */
const IDENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) IDENT[c] = /[A-Za-z0-9_.]/.test(String.fromCharCode(c)) ? 1 : 0;

/** For opcodes that only push one opaque value: 1 + the size of their argument; else 0. */
const PUSHES_OPAQUE = new Uint8Array(256);
for (const op of [
  Op.NONE,
  Op.NEWTRUE,
  Op.NEWFALSE,
  Op.EMPTY_DICT,
  Op.EMPTY_LIST,
  Op.EMPTY_TUPLE,
  Op.EMPTY_SET,
  Op.NEXT_BUFFER,
])
  PUSHES_OPAQUE[op] = 1;
PUSHES_OPAQUE[Op.BININT1] = 2;
PUSHES_OPAQUE[Op.BININT2] = 3;
PUSHES_OPAQUE[Op.BININT] = 5;
PUSHES_OPAQUE[Op.BINFLOAT] = 9;

/** Thrown inside the walker when the stream is not a valid pickle. */
class Invalid extends Error {}

/** Thrown when the walker cannot follow what a loader would still read (a cap, an absurd size). */
class Unfollowable extends Invalid {}

/** DUPs in one stream beyond which it is an expansion attack: no Python pickler writes DUP. */
const DUP_MAX = 64;
/** Memo indices above this, far past the memo's size, make the C loader allocate 16 bytes each. */
const MEMO_INDEX_ABSURD = 1 << 24;
/** Anomalies recorded. */
const ANOMALY_MAX = 100;
/**
 * Elements an object graph holds once shared references are expanded, beyond which it is an
 * expansion (billion laughs) attack: anything that walks it (hashing a key, a copy, a repr, a
 * scanner that expands it) takes that long. No checkpoint comes near it.
 */
const EXPANDED_MAX = 2 ** 32;

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

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Whether a GLOBAL/INST line could name something a loader imports: it decodes them as UTF-8
 * (failing on invalid bytes), and an attribute name (`noNul`) cannot hold a NUL. Raw data that
 * happens to hold a "c" opcode fails this, so it is not judged as an import.
 */
function importable(b: Uint8Array, start: number, end: number, noNul = false): boolean {
  let ascii = true;
  for (let i = start; i < end; i++) {
    const c = b[i] as number;
    if (c === 0 && noNul) return false;
    if (c >= 0x80) ascii = false;
  }
  if (ascii) return true;
  try {
    strictUtf8.decode(b.subarray(start, end));
    return true;
  } catch {
    return false;
  }
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

/** A stack or memo value: 0 when it cannot name an import, else a kept string's handle. */
type Value = number;

/** How a kept string's bytes decode. */
const UTF8 = 0;
const LATIN1 = 1;
const UTF16 = 2;
/**
 * Stack values from CHUNK up name a SHORT_BINUNICODE / SHORT_BINSTRING opcode in the input
 * being run (value - CHUNK = its position): most strings are popped before the chunk ends,
 * so they are only copied (into `loose`) if still on the stack when `run` returns.
 */
const CHUNK = 1 << 30;
const EMPTY = new Uint8Array(0);
/** Initial (and after a reset) string arena size, in 4-byte words. */
const ARENA_MIN = 1 << 14;
/** Below this many live words, the arena grows to keep three quarters free. */
const ARENA_GENEROUS = 1 << 22;
/** Arrays larger than this are dropped, not zeroed, when a new pickle starts. */
const KEEP_BETWEEN_PICKLES = 1 << 20;

/**
 * Strings kept for STACK_GLOBAL, copied out of the input (chunks are reused by the caller).
 * 4-byte aligned entries: a header word (byte length << 2 | kind), then the bytes. A ref is
 * the header's word index + 1. Nothing is ever freed one by one: when full, the arena is
 * compacted, copying the entries its owner still refers to and renumbering those refs.
 */
class StringArena {
  words = new Int32Array(ARENA_MIN);
  bytes = new Uint8Array(this.words.buffer);
  top = 0;

  reset(): void {
    if (this.words.length > KEEP_BETWEEN_PICKLES) {
      this.words = new Int32Array(ARENA_MIN);
      this.bytes = new Uint8Array(this.words.buffer);
    }
    this.top = 0;
  }

  /** Ref of a new entry holding b[start, start + len), or 0 when there is no room. */
  add(kind: number, b: Uint8Array, start: number, len: number): number {
    const w = this.top;
    const size = 1 + ((len + 3) >> 2);
    if (w + size > this.words.length) return 0;
    this.words[w] = (len << 2) | kind;
    const a = this.bytes;
    const o = 4 * w + 4;
    if (len <= 16) for (let i = 0; i < len; i++) a[o + i] = b[start + i] as number;
    else a.set(b.subarray(start, start + len), o);
    this.top = w + size;
    return w + 1;
  }

  /** Ref of a new copy of `from`'s entry `ref`, or 0 when there is no room. */
  copy(from: StringArena, ref: number): number {
    const head = from.words[ref - 1] as number;
    return this.add(head & 3, from.bytes, 4 * ref, head >> 2);
  }

  /** Words an entry of len bytes takes. */
  static size(len: number): number {
    return 1 + ((len + 3) >> 2);
  }

  string(ref: number): string {
    const head = this.words[ref - 1] as number;
    const start = 4 * ref;
    const end = start + (head >> 2);
    const a = this.bytes;
    switch (head & 3) {
      case UTF8:
        return decodeUtf8(a, start, end);
      case LATIN1:
        return latin1(a, start, end);
      default: {
        let s = "";
        for (let i = start; i < end; i += 2)
          s += String.fromCharCode((a[i] as number) | ((a[i + 1] as number) << 8));
        return s;
      }
    }
  }

  /**
   * Like `compact` when the only roots are refs[0, n) and their positive refs never decrease
   * (the stack, where each push allocates after everything before it): slides the live
   * entries down in place, so the arena's memory stays the same (and in cache).
   */
  slide(need: number, refs: Int32Array, n: number): void {
    const w = this.words;
    let top = 0;
    let lastOld = 0;
    let lastNew = 0;
    for (let i = 0; i < n; i++) {
      const ref = refs[i] as number;
      if (ref <= 0 || ref >= CHUNK) continue;
      if (ref !== lastOld) {
        const size = StringArena.size((w[ref - 1] as number) >> 2);
        for (let k = 0; k < size; k++) w[top + k] = w[ref - 1 + k] as number; // top <= ref - 1
        lastOld = ref;
        lastNew = top + 1;
        top += size;
      }
      refs[i] = lastNew;
    }
    this.top = top;
    this.ensure(need);
  }

  /** Grows the arena (keeping its entries) unless `need` more words leave enough free. */
  ensure(need: number): void {
    const top = this.top;
    const slack = top + need < ARENA_GENEROUS ? 4 : 2;
    if (slack * (top + need) <= this.words.length) return;
    const next = new Int32Array(Math.max(2 * this.words.length, slack * (top + need)));
    next.set(this.words.subarray(0, top));
    this.words = next;
    this.bytes = new Uint8Array(next.buffer);
  }

  /**
   * Keeps only the entries `roots` passes to `move` (storing the new refs it returns) and
   * makes room for `need` more words, growing so that at least half stays free (three
   * quarters while small): copies stay below one per string added.
   */
  compact(need: number, roots: (move: (ref: number) => number) => void): void {
    const old = this.words;
    const fresh = new Int32Array(old.length);
    let top = 0;
    // A moved entry's header becomes -(new ref): an entry several roots share is copied once.
    roots((ref) => {
      const head = old[ref - 1] as number;
      if (head < 0) return -head;
      const size = StringArena.size(head >> 2);
      for (let k = 0; k < size; k++) fresh[top + k] = old[ref - 1 + k] as number;
      old[ref - 1] = -(top + 1);
      top += size;
      return top - size + 1;
    });
    this.words = fresh;
    this.bytes = new Uint8Array(fresh.buffer);
    this.top = top;
    this.ensure(need);
  }
}

export class PickleWalker {
  // The stack, marks and memo are typed arrays of int values: the walk allocates nothing per
  // opcode. A string is a value naming its bytes: first in the input being run (CHUNK), copied
  // into `loose` if still on the stack when the input goes, into `kept` when memoised. It is
  // decoded only when STACK_GLOBAL consumes it. Arenas are compacted (live strings copied,
  // values renumbered) when full, so their size follows what the stack and memo can still
  // reach, which the caps bound.
  private stk = new Int32Array(256);
  /**
   * Expansion (billion laughs) tracking. A value's size is its elements with shared references
   * expanded; most values are 1 and cost nothing. The stack slots whose value is larger are kept
   * here, by slot ascending (slot, size - 1), and never at or above sp once an opcode is done.
   * So are values read from the memo, with their key (hKey), to catch a set or dict key that
   * is the container itself.
   */
  private hSlot = new Int32Array(64);
  private hEx = new Float64Array(64);
  private hKey = new Int32Array(64);
  private hTop = 0;
  /** Per stack slot: the memo key its value was last stored under or read from, or -1. */
  private slotKey = new Int32Array(256).fill(-1);
  private sp = 0;
  private marks = new Int32Array(64);
  private mp = 0;
  /** Stack height at the innermost MARK: pops never go below it. */
  private fl = 0;
  /** Memo values of keys below MEMO_DENSE (0 for unset); keys below memoHigh may be non-zero. */
  private memo = new Int32Array(0);
  private memoHigh = 0;
  private memoStringCount = 0;
  private memoFar = new Map<number, number>();
  /** len(memo) bookkeeping without storing every key: keys 0..contiguous-1 plus sparse extras. */
  private memoContiguous = 0;
  private memoExtra = new Set<number>();
  /** memoExtra.size, as a plain field (read on every MEMOIZE). */
  private memoExtras = 0;
  private memoUnreliable = false;
  /** Expanded size of memo values whose size is over 1, by key (0 = 1), and of far keys. */
  private memoEx = new Float64Array(0);
  private memoExHigh = 0;
  private readonly memoExFar = new Map<number, number>();
  private expansionReported = false;
  /** Strings only the stack refers to (values > 0): most die young, so compacting is cheap. */
  private readonly loose = new StringArena();
  /** Strings the memo refers to (values < 0 are -ref), copied there by PUT and MEMOIZE. */
  private readonly kept = new StringArena();
  /**
   * Words of `kept` that may be garbage (entries of overwritten memo slots, perhaps still
   * shared): while it is under half, a full `kept` grows instead of being compacted.
   */
  private keptGarbage = 0;
  /** The input `run` is walking (what CHUNK values point into). */
  private input: Uint8Array = EMPTY;
  /** Lowest stack index that may hold a CHUNK value. */
  private chunkLow = STACK_STRINGS;

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
  private unfollowed: string | null = null;
  private readonly anomalies: PickleAnomaly[] = [];
  /** Absolute offset where the current protocol 4 frame ends, or -1 outside frames. */
  private frameEnd = -1;
  /** DUP opcodes in the current stream (expansion attacks). */
  private dups = 0;
  private pickles = 0;
  private trailingAt: number | null = null;
  private calls = 0;

  /** True once the walker needs no more input. */
  get finished(): boolean {
    return this.done;
  }

  /** Consumes one chunk. The chunk may be reused by the caller afterwards. */
  feed(input: Uint8Array): void {
    // A plain Uint8Array view (not a Buffer subclass) keeps the byte loads in `run` monomorphic.
    const chunk = new Uint8Array(input.buffer, input.byteOffset, input.length);
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
            if (this.frameEnd >= 0) this.endOfOpcode(this.base + off);
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
      this.fail(e.message, e instanceof Unfollowable);
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
        this.fail(`truncated at byte ${this.base}: the stream ends inside a pickle (no STOP opcode)`, false);
      } else if (this.pickles === 0) {
        this.fail("empty: no pickle opcodes", false);
      }
      this.done = true;
    }
    if (this.inSegment) this.endOfStream();
    return {
      imports: [...this.imports.values()],
      oddities: this.oddities,
      invalid: this.invalid,
      unfollowed: this.unfollowed,
      anomalies: this.anomalies,
      pickle:
        this.pickles > 0 ||
        this.imports.size > 0 ||
        this.oddities.length > 0 ||
        this.calls > 0 ||
        this.unfollowed !== null ||
        this.anomalies.length > 0,
      pickles: this.pickles,
      trailingAt: this.trailingAt,
      calls: this.calls,
      bytes: this.base,
    };
  }

  /**
   * The walk stops here. Imports and calls reached so far are all judged: a loader runs them
   * before it meets the error. `unfollowable`: a loader would go on reading (always a finding).
   */
  private fail(reason: string, unfollowable: boolean): void {
    this.done = true;
    if (this.imports.has("joblib.numpy_pickle\nNumpyArrayWrapper")) {
      // joblib writes raw array bytes inside the pickle stream: the walk cannot go further.
      this.trailingAt ??= this.opAt;
      return;
    }
    if (unfollowable) {
      this.unfollowed ??= reason;
      return;
    }
    if (this.segment === 0 || (this.pickles === 0 && this.inSegment)) {
      this.invalid ??= reason;
      return;
    }
    // A later stream that does not parse: the data after the pickles (legacy torch storages).
    this.trailingAt ??= this.segmentStart;
  }

  private anomaly(reason: string, offset: number): void {
    if (this.anomalies.length < ANOMALY_MAX) this.anomalies.push({ reason, offset });
  }

  /** An opcode ended at absolute offset `at` while a frame was open: it must not cross its end. */
  private endOfOpcode(at: number): void {
    if (at < this.frameEnd) return;
    if (at > this.frameEnd)
      this.anomaly(
        `an opcode crosses the end of its protocol 4 frame at byte ${this.frameEnd} (no pickler writes this; loaders that enforce frames read it differently or refuse it)`,
        this.frameEnd,
      );
    this.frameEnd = -1;
  }

  /** Checks made once per stream: DUP, which no Python pickler writes. */
  private endOfStream(): void {
    if (this.dups > DUP_MAX)
      this.anomaly(
        `${this.dups} DUP opcodes in one stream: no Python pickler writes DUP; it is how expansion (billion laughs) attacks grow an object graph`,
        this.segmentStart,
      );
  }

  private segmentStart = 0;
  /** Offset of the last opcode run looked at (set when `run` returns or throws). */
  private opAt = 0;

  private beginSegment(at: number): void {
    this.inSegment = true;
    this.frameEnd = -1;
    this.dups = 0;
    this.segmentStart = at;
    this.sp = 0;
    this.mp = 0;
    this.fl = 0;
    if (this.stk.length > KEEP_BETWEEN_PICKLES) {
      this.stk = new Int32Array(256);
      this.hSlot = new Int32Array(64);
      this.hEx = new Float64Array(64);
      this.hKey = new Int32Array(64);
      this.slotKey = new Int32Array(256);
    }
    this.slotKey.fill(-1);
    this.hTop = 0;
    if (this.marks.length > KEEP_BETWEEN_PICKLES) this.marks = new Int32Array(64);
    if (this.memo.length > KEEP_BETWEEN_PICKLES) this.memo = new Int32Array(0);
    else this.memo.fill(0, 0, this.memoHigh);
    this.memoHigh = 0;
    this.loose.reset();
    this.kept.reset();
    this.keptGarbage = 0;
    this.memoStringCount = 0;
    this.memoFar.clear();
    this.memoContiguous = 0;
    this.memoExtra.clear();
    this.memoExtras = 0;
    this.memoUnreliable = false;
    if (this.memoEx.length > KEEP_BETWEEN_PICKLES) this.memoEx = new Float64Array(0);
    else this.memoEx.fill(0, 0, this.memoExHigh);
    this.memoExHigh = 0;
    this.memoExFar.clear();
    this.expansionReported = false;
  }

  private record(module: string, name: string, offset: number, via: PickleImport["via"]): void {
    const key = `${module}\n${name}`;
    if (this.imports.has(key) || this.imports.size >= RECORD_MAX) return;
    this.imports.set(key, { module, name, offset, via, segment: this.segment });
  }

  private oddity(kind: PickleOddity["kind"], offset: number): void {
    if (this.oddities.length < RECORD_MAX) this.oddities.push({ kind, offset, segment: this.segment });
  }

  // --- stack helpers (Python keeps marks as a metastack: pops never cross a mark) ---

  private need(n: number, what: string): void {
    if (this.sp - this.fl < n) throw new Invalid(`stack underflow at ${what}`);
  }

  private push(v: Value, excess = 0, key = -1): void {
    const sp = this.sp;
    if (sp === this.stk.length) this.growStack();
    this.stk[sp] = sp < STACK_STRINGS ? v : 0;
    this.hCut(sp);
    if (excess > 0 || key >= 0) this.hPush(sp, excess, this.opAt, key);
    this.slotKey[sp] = key;
    this.sp = sp + 1;
  }

  private growStack(): void {
    if (this.sp >= STACK_MAX) throw new Unfollowable(`stack deeper than ${STACK_MAX} entries`);
    const size = Math.min(STACK_MAX, this.stk.length * 2);
    const n = new Int32Array(size);
    n.set(this.stk);
    this.stk = n;
    const k = new Int32Array(size).fill(-1);
    k.set(this.slotKey);
    this.slotKey = k;
  }

  // --- expansion (billion laughs) tracking: sizes with shared references expanded ---

  /** The memo key `key` now holds the value at the top slot `slot`. */
  private noteMemo(key: number, slot: number): void {
    this.slotKey[slot] = key;
    this.setMemoExcess(key, this.excessOf(slot));
  }

  private setMemoExcess(key: number, ex: number): void {
    if (key >= MEMO_DENSE) {
      // Capped like the memo's strings: past it, far keys count as plain values.
      if (ex > 0 && (this.memoExFar.size < MEMO_STRINGS || this.memoExFar.has(key)))
        this.memoExFar.set(key, ex);
      else this.memoExFar.delete(key);
      return;
    }
    if (ex <= 0) {
      if (key < this.memoExHigh) this.memoEx[key] = 0;
      return;
    }
    if (key >= this.memoEx.length) {
      const n = new Float64Array(Math.min(MEMO_DENSE, Math.max(key + 1, this.memoEx.length * 2, 1024)));
      n.set(this.memoEx);
      this.memoEx = n;
    }
    if (key >= this.memoExHigh) this.memoExHigh = key + 1;
    this.memoEx[key] = ex;
  }

  private memoExcess(key: number): number {
    if (key >= MEMO_DENSE) return this.memoExFar.get(key) ?? 0;
    return key < this.memoExHigh ? (this.memoEx[key] as number) : 0;
  }

  /**
   * A set that holds itself, or a dict keyed by itself, cannot be built (it is unhashable): the
   * items in [from, top) read from the memo key that also holds the container at from - 1.
   * `keysOnly`: only the dict keys (every other item from `from`) count.
   */
  private selfContained(from: number, keysOnly: boolean, at: number): void {
    const ck = this.slotKey[from - 1] as number;
    if (ck < 0) return;
    for (let t = this.hTop - 1; t >= 0 && (this.hSlot[t] as number) >= from; t--) {
      if (this.hKey[t] !== ck || (keysOnly && ((this.hSlot[t] as number) - from) % 2 !== 0)) continue;
      this.anomaly(
        `${keysOnly ? "a dict keyed by itself" : "a set that contains itself"} at byte ${at}: no loader can build it (it is unhashable), so only a stream made to crash or mislead a reader holds it`,
        at,
      );
      return;
    }
  }

  /** The memo key the value at the top slot `slot` was read from, or -1. */
  private entryKeyOf(slot: number): number {
    const t = this.hTop;
    return t > 0 && this.hSlot[t - 1] === slot ? (this.hKey[t - 1] as number) : -1;
  }

  /** Size - 1 of the value at the top slot `slot`. */
  private excessOf(slot: number): number {
    const t = this.hTop;
    return t > 0 && this.hSlot[t - 1] === slot ? (this.hEx[t - 1] as number) : 0;
  }

  /** Drops the entries at or above `from` (values popped); returns the excess they held. */
  private hCut(from: number): number {
    let t = this.hTop;
    let ex = 0;
    while (t > 0 && (this.hSlot[t - 1] as number) >= from) {
      t--;
      ex += this.hEx[t] as number;
    }
    this.hTop = t;
    return ex;
  }

  /** Records the excess of a value pushed at `slot`, above every entry. */
  private hPush(slot: number, ex: number, at: number, key = -1): void {
    const t = this.hTop;
    if (t === this.hSlot.length) {
      const s = new Int32Array(t * 2);
      s.set(this.hSlot);
      this.hSlot = s;
      const e = new Float64Array(t * 2);
      e.set(this.hEx);
      this.hEx = e;
      const k = new Int32Array(t * 2);
      k.set(this.hKey);
      this.hKey = k;
    }
    this.hSlot[t] = slot;
    this.hEx[t] = ex;
    this.hKey[t] = key;
    this.hTop = t + 1;
    if (ex >= EXPANDED_MAX) this.expanded(ex + 1, at);
  }

  /**
   * The container at the top slot `slot` took in the items that were above it, which held
   * `items` elements with their excess `cut` (from hCut); the memo may hold it too.
   */
  private absorb(slot: number, add: number, at: number): void {
    const t = this.hTop;
    let ex: number;
    if (t > 0 && this.hSlot[t - 1] === slot) {
      ex = (this.hEx[t - 1] as number) + add;
      this.hEx[t - 1] = ex;
      if (ex >= EXPANDED_MAX) this.expanded(ex + 1, at);
    } else {
      ex = add;
      this.hPush(slot, ex, at, -1);
    }
    const key = this.slotKey[slot] as number;
    if (key >= 0) this.setMemoExcess(key, ex);
  }

  private expanded(w: number, at: number): void {
    if (this.expansionReported) return;
    this.expansionReported = true;
    this.anomaly(
      `an object graph of ${w.toExponential(1)} elements once shared references are expanded, built by byte ${at}: an expansion (billion laughs) attack through the memo or DUP`,
      at,
    );
  }

  private top(): Value {
    return this.stk[this.sp - 1] as Value;
  }

  private mark(): void {
    const mp = this.mp;
    if (mp === this.marks.length) {
      if (mp >= STACK_MAX) throw new Unfollowable("too many MARKs");
      const n = new Int32Array(Math.min(STACK_MAX, mp * 2));
      n.set(this.marks);
      this.marks = n;
    }
    this.marks[mp] = this.sp;
    this.mp = mp + 1;
    this.fl = this.sp;
  }

  private popMark(what: string): void {
    if (this.mp === 0) throw new Invalid(`${what} without a MARK`);
    const mp = --this.mp;
    this.sp = this.marks[mp] as number;
    this.fl = mp === 0 ? 0 : (this.marks[mp - 1] as number);
  }

  // --- kept strings ---

  /** Pushes a string given as bytes (at most 2 * STR_KEEP of them); opaque when too deep to keep. */
  private pushBytes(kind: number, b: Uint8Array, start: number, len: number): void {
    if (this.sp >= STACK_STRINGS) {
      this.push(0);
      return;
    }
    let ref = this.loose.add(kind, b, start, len);
    if (ref === 0) {
      this.compactLoose(StringArena.size(len));
      ref = this.loose.add(kind, b, start, len);
    }
    this.push(ref);
  }

  private compactLoose(need: number): void {
    const stk = this.stk;
    const n = Math.min(this.sp, STACK_STRINGS);
    let prev = 0;
    let sorted = true;
    for (let i = 0; i < n && sorted; i++) {
      const v = stk[i] as number;
      if (v > 0 && v < CHUNK) {
        sorted = v >= prev;
        prev = v;
      }
    }
    if (sorted) {
      this.loose.slide(need, stk, n);
      return;
    }
    this.loose.compact(need, (move) => {
      for (let i = 0; i < n; i++) {
        const v = stk[i] as number;
        if (v > 0 && v < CHUNK) stk[i] = move(v);
      }
    });
  }

  /** The value the memo stores for stack value v (a string kept for good: a negative ref). */
  private toKept(v: Value): Value {
    if (v <= 0) return v;
    let ref = this.copyToKept(v);
    if (ref === 0 && 2 * this.keptGarbage < this.kept.top) {
      this.kept.ensure(StringArena.size(this.lengthOf(v)));
      ref = this.copyToKept(v);
    }
    if (ref === 0) {
      this.keptGarbage = 0;
      const stk = this.stk;
      const memo = this.memo;
      const n = Math.min(this.sp, STACK_STRINGS);
      const high = this.memoHigh;
      const far = this.memoFar;
      const need = StringArena.size(this.lengthOf(v));
      this.kept.compact(need, (move) => {
        for (let i = 0; i < n; i++) {
          const x = stk[i] as number;
          if (x < 0) stk[i] = -move(-x);
        }
        for (let i = 0; i < high; i++) {
          const x = memo[i] as number;
          if (x < 0) memo[i] = -move(-x);
        }
        for (const [k, x] of far) far.set(k, -move(-x));
      });
      ref = this.copyToKept(v);
    }
    return -ref;
  }

  /** Byte length of the string of a positive value. */
  private lengthOf(v: Value): number {
    return v >= CHUNK ? (this.input[v - CHUNK + 1] as number) : (this.loose.words[v - 1] as number) >> 2;
  }

  /** Counts a memo value about to be overwritten as possible garbage in `kept`. */
  private dropKept(v: Value): void {
    if (v < 0) this.keptGarbage += StringArena.size((this.kept.words[-v - 1] as number) >> 2);
  }

  private copyToKept(v: Value): number {
    if (v < CHUNK) return this.kept.copy(this.loose, v);
    const p = v - CHUNK;
    const b = this.input;
    return this.kept.add(b[p] === Op.SHORT_BINUNICODE ? UTF8 : LATIN1, b, p + 2, b[p + 1] as number);
  }

  /** Copies the strings still named by CHUNK values into `loose`: the input is about to go. */
  private detachChunk(): void {
    const stk = this.stk;
    const b = this.input;
    for (let i = this.chunkLow, n = Math.min(this.sp, STACK_STRINGS); i < n; i++) {
      const v = stk[i] as number;
      if (v < CHUNK) continue;
      const p = v - CHUNK;
      const kind = b[p] === Op.SHORT_BINUNICODE ? UTF8 : LATIN1;
      const len = b[p + 1] as number;
      let ref = this.loose.add(kind, b, p + 2, len);
      if (ref === 0) {
        this.compactLoose(StringArena.size(len));
        ref = this.loose.add(kind, b, p + 2, len);
      }
      stk[i] = ref;
    }
    this.chunkLow = STACK_STRINGS;
  }

  /** Pushes a decoded protocol 0 string (kept as UTF-16 code units when short enough). */
  private pushText(s: string): void {
    if (s.length > STR_KEEP) {
      this.push(0);
      return;
    }
    const u = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      u[2 * i] = c & 0xff;
      u[2 * i + 1] = c >>> 8;
    }
    this.pushBytes(UTF16, u, 0, u.length);
  }

  private stringOf(v: Value): string {
    if (v >= CHUNK) {
      const p = v - CHUNK;
      const b = this.input;
      const end = p + 2 + (b[p + 1] as number);
      return b[p] === Op.SHORT_BINUNICODE ? decodeUtf8(b, p + 2, end) : latin1(b, p + 2, end);
    }
    return v > 0 ? this.loose.string(v) : this.kept.string(-v);
  }

  // --- memo ---

  private memoSet(key: number, v: Value): void {
    if (key === this.memoContiguous && this.memoExtras === 0 && key >= this.memoHigh && key < MEMO_DENSE) {
      // The common case: the next key, where nothing is stored yet.
      this.memoContiguous = key + 1;
      if (v === 0 || this.memoStringCount >= MEMO_STRINGS) return;
      const ref = this.toKept(v);
      this.memoStringCount++;
      if (key >= this.memo.length) this.growMemo(key);
      this.memo[key] = ref;
      this.memoHigh = key + 1;
      return;
    }
    if (key === this.memoContiguous) {
      this.memoContiguous++;
      if (this.memoExtras > 0) {
        while (this.memoExtra.delete(this.memoContiguous)) this.memoContiguous++;
        this.memoExtras = this.memoExtra.size;
      }
    } else if (key < this.memoContiguous || this.memoExtra.has(key)) {
      // overwrite
    } else if (this.memoExtras < RECORD_MAX * 50) {
      this.memoExtra.add(key);
      this.memoExtras = this.memoExtra.size;
    } else {
      this.memoUnreliable = true;
    }
    if (key < MEMO_DENSE) {
      // Keys at or past memoHigh hold nothing: the array only grows to store a string.
      if (key < this.memoHigh && this.memo[key] !== 0) {
        this.memoStringCount--;
        this.dropKept(this.memo[key] as number);
      }
      const keep = v !== 0 && this.memoStringCount < MEMO_STRINGS ? this.toKept(v) : 0;
      if (keep !== 0) {
        this.memoStringCount++;
        if (key >= this.memo.length) this.growMemo(key);
        if (key >= this.memoHigh) this.memoHigh = key + 1;
        this.memo[key] = keep;
      } else if (key < this.memoHigh) this.memo[key] = 0;
      return;
    }
    const old = this.memoFar.get(key);
    if (old !== undefined) {
      this.memoStringCount--;
      this.dropKept(old);
    }
    const keep = v !== 0 && this.memoStringCount < MEMO_STRINGS ? this.toKept(v) : 0;
    if (keep !== 0) {
      this.memoStringCount++;
      this.memoFar.set(key, keep);
    } else this.memoFar.delete(key);
  }

  private growMemo(key: number): void {
    const n = new Int32Array(Math.min(MEMO_DENSE, Math.max(key + 1, this.memo.length * 2, 1024)));
    n.set(this.memo);
    this.memo = n;
  }

  private memoGet(key: number): Value {
    if (this.memoUnreliable) return 0;
    if (key < MEMO_DENSE) return key < this.memoHigh ? (this.memo[key] as number) : 0;
    return this.memoFar.get(key) ?? 0;
  }

  /**
   * Runs opcodes in b[pos, end) whose first byte is before stopAt. Returns the position after
   * the last complete opcode; sets `incomplete` when the opcode at the returned position needs
   * more bytes, or a skip state when a long argument continues past `end`.
   *
   * The common opcodes of large pickles (numbers, short strings, memo, containers) are handled
   * here with the stack top in locals; the rest go through `step`, which uses the fields.
   */
  private run(b: Uint8Array, pos: number, end: number, stopAt: number, base: number): number {
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    let limit = Math.min(end, stopAt);
    // Inside a frame, stop at its end to check that no opcode crosses it.
    if (this.frameEnd >= 0 && this.frameEnd - base < limit) limit = Math.max(pos, this.frameEnd - base);
    let at = -1;
    let sp = this.sp;
    let stk = this.stk;
    let fl = this.fl;
    let inSegment = this.inSegment;
    const pushesOpaque = PUSHES_OPAQUE;
    let chunkLow = this.chunkLow;
    this.input = b;
    // No try/finally (it slows the loop down): every exit breaks out of `loop`, and anything
    // that can throw first records the opcode's offset in opAt.
    loop: while (pos < limit) {
      const op = b[pos] as number;
      at = pos;
      if (!inSegment) {
        if (!VALID[op]) {
          this.opAt = base + pos;
          if (this.pickles === 0)
            throw new Invalid(
              `byte 0x${op.toString(16).padStart(2, "0")} at offset ${base + pos} is not a pickle opcode: not a valid pickle`,
            );
          this.trailingAt = base + pos;
          this.done = true;
          break;
        }
        this.segment = this.pickles === 0 && this.segment === 0 ? 0 : this.segment + 1;
        this.beginSegment(base + pos);
        inSegment = true;
        sp = 0;
        fl = 0;
        stk = this.stk;
      }
      const avail = end - pos - 1; // bytes after the opcode byte
      const push = pushesOpaque[op] as number;
      if (push !== 0) {
        // A number or an empty container: one opaque value, a fixed-size argument.
        if (avail < push - 1) {
          this.incomplete = true;
          break;
        }
        if (sp === stk.length) {
          this.sp = sp;
          this.opAt = base + pos;
          this.growStack();
          stk = this.stk;
        }
        stk[sp] = 0;
        sp++;
        pos += push;
        continue;
      }
      if (op === Op.SHORT_BINUNICODE || op === Op.SHORT_BINSTRING) {
        if (avail < 1) {
          this.incomplete = true;
          break;
        }
        const len = b[pos + 1] as number;
        if (avail - 1 < len) {
          this.incomplete = true; // (len <= 255 < STR_KEEP: always kept)
          break;
        }
        // Most strings are popped before the input ends: only note where they are.
        let v = 0;
        if (sp < STACK_STRINGS && pos < CHUNK) {
          v = CHUNK + pos;
          if (sp < chunkLow) chunkLow = sp;
        } else if (sp < STACK_STRINGS) {
          const loose = this.loose;
          v = loose.add(op === Op.SHORT_BINUNICODE ? UTF8 : LATIN1, b, pos + 2, len);
          if (v === 0) {
            this.sp = sp;
            this.compactLoose(StringArena.size(len));
            v = loose.add(op === Op.SHORT_BINUNICODE ? UTF8 : LATIN1, b, pos + 2, len);
          }
        }
        if (sp === stk.length) {
          this.sp = sp;
          this.opAt = base + pos;
          this.growStack();
          stk = this.stk;
        }
        stk[sp] = v;
        sp++;
        pos += 2 + len;
        continue;
      }
      if (op === Op.MEMOIZE) {
        if (sp - fl < 1) throw this.underflow("MEMOIZE", base + pos);
        const key = this.memoContiguous;
        const v = stk[sp - 1] as number;
        if (
          this.memoExtras === 0 &&
          key >= this.memoHigh &&
          key < MEMO_DENSE &&
          (v === 0 || this.memoStringCount >= MEMO_STRINGS)
        ) {
          // memoSet's common case, inlined (memoSet is too large to be): nothing to store.
          this.memoContiguous = key + 1;
          if (v === 0) this.noteMemo(key, sp - 1);
        } else {
          this.sp = sp; // a memo string may compact the arenas, which walks the stack
          const k = key + this.memoExtras;
          this.memoSet(k, v);
          this.noteMemo(k, sp - 1);
        }
        pos += 1;
        continue;
      }
      switch (op) {
        case Op.BINPUT:
          if (avail < 1) {
            this.incomplete = true;
            break loop;
          }
          if (sp - fl < 1) throw this.underflow("PUT", base + pos);
          this.sp = sp;
          this.memoSet(b[pos + 1] as number, stk[sp - 1] as number);
          this.noteMemo(b[pos + 1] as number, sp - 1);
          pos += 2;
          continue;
        case Op.BINGET: {
          if (avail < 1) {
            this.incomplete = true;
            break loop;
          }
          const key = b[pos + 1] as number;
          const v = this.memoGet(key);
          if (sp === stk.length) {
            this.sp = sp;
            this.opAt = base + pos;
            this.growStack();
            stk = this.stk;
          }
          stk[sp] = sp < STACK_STRINGS ? v : 0;
          // A string is never the set or dict it goes into: only other values need their key.
          const ex = key < this.memoExHigh ? (this.memoEx[key] as number) : 0;
          if (v === 0) {
            this.slotKey[sp] = key;
            this.hPush(sp, ex, base + pos, key);
          } else if (ex !== 0) this.hPush(sp, ex, base + pos, -1);
          sp++;
          pos += 2;
          continue;
        }
        case Op.APPEND:
          if (sp - fl < 2) throw this.underflow("APPEND", base + pos);
          sp--;
          stk[sp - 1] = 0;
          this.absorb(sp - 1, 1 + this.hCut(sp), base + pos);
          pos += 1;
          continue;
        case Op.SETITEM:
          if (sp - fl < 3) throw this.underflow("SETITEM", base + pos);
          sp -= 2;
          if (this.hTop > 0 && (this.hSlot[this.hTop - 1] as number) >= sp)
            this.selfContained(sp, true, base + pos);
          this.absorb(sp - 1, 2 + this.hCut(sp), base + pos);
          pos += 1;
          continue;
        case Op.TUPLE1:
        case Op.TUPLE2:
        case Op.TUPLE3: {
          const k = op - Op.TUPLE1 + 1;
          if (sp - fl < k) throw this.underflow("TUPLEn", base + pos);
          sp -= k - 1;
          stk[sp - 1] = 0;
          this.slotKey[sp - 1] = -1;
          this.hPush(sp - 1, k + this.hCut(sp - 1), base + pos);
          pos += 1;
          continue;
        }
        case Op.MARK:
          this.sp = sp;
          this.opAt = base + pos;
          this.mark();
          fl = sp;
          pos += 1;
          continue;
        case Op.APPENDS:
        case Op.SETITEMS:
        case Op.ADDITEMS: {
          this.sp = sp;
          this.opAt = base + pos;
          const top = sp;
          this.popMark("APPENDS/SETITEMS/ADDITEMS");
          sp = this.sp;
          fl = this.fl;
          if (sp - fl < 1) throw this.underflow("APPENDS/SETITEMS/ADDITEMS", base + pos);
          if (op !== Op.APPENDS && this.hTop > 0 && (this.hSlot[this.hTop - 1] as number) >= sp)
            this.selfContained(sp, op === Op.SETITEMS, base + pos);
          this.absorb(sp - 1, top - sp + this.hCut(sp), base + pos);
          pos += 1;
          continue;
        }
        default:
          this.sp = sp;
          this.fl = fl;
          this.opAt = base + pos;
          pos = this.step(op, b, pos, end, base, dv);
          sp = this.sp;
          stk = this.stk;
          this.hCut(sp);
          fl = this.fl;
          inSegment = this.inSegment;
          if (this.frameEnd >= 0 && this.frameEnd - base < limit) limit = Math.max(pos, this.frameEnd - base);
          if (this.halt) {
            this.halt = false;
            break loop;
          }
          continue;
      }
    }
    this.sp = sp;
    this.fl = fl;
    this.chunkLow = chunkLow;
    this.detachChunk();
    this.input = EMPTY;
    if (at >= 0) this.opAt = base + at;
    if (this.frameEnd >= 0 && !this.incomplete && !this.done) {
      // The last opcode run ends at pos, or past a long argument being skipped.
      if (this.skipLine) {
        if (base + end >= this.frameEnd) this.endOfOpcode(this.frameEnd + 1);
      } else this.endOfOpcode(base + pos + this.skipRemaining);
    }
    return pos;
  }

  private underflow(what: string, at: number): Invalid {
    this.opAt = at;
    return new Invalid(`stack underflow at ${what}`);
  }

  /** Set by `step` when `run` must return the position it gave (more input or a skip needed). */
  private halt = false;

  /** The less common opcodes: runs the one at pos and returns the position after it. */
  private step(op: number, b: Uint8Array, pos: number, end: number, base: number, dv: DataView): number {
    const avail = end - pos - 1;
    switch (op) {
      // ---- other opcodes without an argument ----
      case Op.STOP:
        this.need(1, "STOP");
        if (this.frameEnd > base + pos + 1) {
          this.anomaly(
            `the protocol 4 frame goes on ${this.frameEnd - base - pos - 1} bytes past STOP at byte ${base + pos} (loaders disagree on where the next pickle starts)`,
            base + pos,
          );
          this.frameEnd = -1;
        }
        this.endOfStream();
        this.pickles++;
        this.inSegment = false;
        pos += 1;
        return pos;
      case Op.POP:
        if (this.sp > this.fl) this.sp--;
        else this.popMark("POP");
        pos += 1;
        return pos;
      case Op.POP_MARK:
        this.popMark("POP_MARK");
        pos += 1;
        return pos;
      case Op.DUP:
        this.need(1, "DUP");
        this.dups++;
        this.push(this.top(), this.excessOf(this.sp - 1), this.entryKeyOf(this.sp - 1));
        pos += 1;
        return pos;
      case Op.BUILD:
        this.need(2, "BUILD");
        this.sp--;
        this.stk[this.sp - 1] = 0;
        this.absorb(this.sp - 1, 1 + this.hCut(this.sp), base + pos);
        this.calls++;
        return pos + 1;
      case Op.READONLY_BUFFER:
        this.need(1, "READONLY_BUFFER");
        pos += 1;
        return pos;
      case Op.BINPERSID:
        this.need(1, "BINPERSID");
        this.stk[this.sp - 1] = 0;
        this.slotKey[this.sp - 1] = -1;
        pos += 1;
        return pos;
      case Op.LIST:
      case Op.TUPLE:
      case Op.DICT:
      case Op.FROZENSET:
      case Op.OBJ: {
        if (op === Op.OBJ) {
          this.calls++;
          if (this.mp === 0 || this.sp - this.fl < 1) throw new Invalid("OBJ without a class");
        }
        const top = this.sp;
        this.popMark(op === Op.OBJ ? "OBJ" : "LIST/TUPLE/DICT/FROZENSET");
        this.push(0, top - this.sp + this.hCut(this.sp));
        pos += 1;
        return pos;
      }
      case Op.REDUCE:
      case Op.NEWOBJ:
        this.need(2, op === Op.REDUCE ? "REDUCE" : "NEWOBJ");
        this.calls++;
        this.sp -= 2;
        this.push(0, 1 + this.hCut(this.sp));
        pos += 1;
        return pos;
      case Op.NEWOBJ_EX:
        this.need(3, "NEWOBJ_EX");
        this.calls++;
        this.sp -= 3;
        this.push(0, 2 + this.hCut(this.sp));
        pos += 1;
        return pos;
      case Op.STACK_GLOBAL: {
        this.need(2, "STACK_GLOBAL");
        const name = this.stk[this.sp - 1] as number;
        const module = this.stk[this.sp - 2] as number;
        this.sp -= 2;
        if (module !== 0 && name !== 0)
          this.record(this.stringOf(module), this.stringOf(name), base + pos, "STACK_GLOBAL");
        else this.oddity("unresolved-stack-global", base + pos);
        this.push(0);
        pos += 1;
        return pos;
      }

      // ---- other fixed-size arguments ----
      case Op.LONG_BINGET:
        if (avail < 4) return this.haltAt(this.more(pos));
        {
          const key = dv.getUint32(pos + 1, true);
          {
            const v = this.memoGet(key);
            this.push(v, this.memoExcess(key), v === 0 ? key : -1);
          }
        }
        pos += 5;
        return pos;
      case Op.LONG_BINPUT: {
        if (avail < 4) return this.haltAt(this.more(pos));
        this.need(1, "PUT");
        const key = dv.getUint32(pos + 1, true);
        this.checkMemoIndex(key, base + pos);
        this.memoSet(key, this.top());
        this.noteMemo(key, this.sp - 1);
        pos += 5;
        return pos;
      }
      case Op.EXT1:
      case Op.EXT2:
      case Op.EXT4: {
        const n = op === Op.EXT1 ? 1 : op === Op.EXT2 ? 2 : 4;
        if (avail < n) return this.haltAt(this.more(pos));
        this.oddity("extension-registry", base + pos);
        this.push(0);
        pos += 1 + n;
        return pos;
      }
      case Op.PROTO: {
        if (avail < 1) return this.haltAt(this.more(pos));
        const v = b[pos + 1] as number;
        if (v > 5) throw new Invalid(`unsupported pickle protocol ${v} at offset ${base + pos}`);
        if (base + pos !== this.segmentStart)
          this.anomaly(
            `a PROTO opcode in mid-stream at byte ${base + pos}: picklers write it first only; scanners built on pickletools stop there`,
            base + pos,
          );
        pos += 2;
        return pos;
      }
      case Op.FRAME: {
        // Opcodes are read on through frames as the C loader did before it enforced them; an
        // opcode crossing a frame's end, or a frame opened inside another, is an anomaly.
        if (avail < 8) return this.haltAt(this.more(pos));
        if (dv.getUint32(pos + 5, true) > 0x1fffff)
          throw new Invalid(`FRAME length too large at offset ${base + pos}`);
        if (this.frameEnd > base + pos)
          this.anomaly(
            `a FRAME at byte ${base + pos} starts before the frame that ends at byte ${this.frameEnd} is over (loaders that enforce frames refuse it)`,
            base + pos,
          );
        const len = dv.getUint32(pos + 5, true) * 0x100000000 + dv.getUint32(pos + 1, true);
        pos += 9;
        this.frameEnd = base + pos + len;
        return pos;
      }

      // ---- length-prefixed arguments ----
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
        if (avail < h) return this.haltAt(this.more(pos));
        let len: number;
        if (h === 1) len = b[pos + 1] as number;
        else if (h === 4) {
          len =
            op === Op.BINSTRING || op === Op.LONG4 ? dv.getInt32(pos + 1, true) : dv.getUint32(pos + 1, true);
          if (len < 0) throw new Invalid(`negative length at offset ${base + pos}`);
        } else {
          const hi = dv.getUint32(pos + 5, true);
          if (hi > 0x1fffff) throw new Invalid(`length over 2^53 at offset ${base + pos}`);
          len = hi * 0x100000000 + dv.getUint32(pos + 1, true);
        }
        const start = pos + 1 + h;
        const isText = op === Op.BINSTRING || op === Op.BINUNICODE || op === Op.BINUNICODE8;
        if (isText && len <= STR_KEEP) {
          if (end - start < len) return this.haltAt(this.more(pos));
          this.pushBytes(op === Op.BINSTRING ? LATIN1 : UTF8, b, start, len);
          pos = start + len;
          return pos;
        }
        this.push(0);
        if (end - start >= len) {
          pos = start + len;
          return pos;
        }
        this.skipRemaining = len - (end - start);
        return this.haltAt(end);
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
          if (nl < 0 && end - pos - 1 <= cap) return this.haltAt(this.more(pos));
          if (small) {
            const digits = /^\d+$/.test(latin1(b, pos + 1, pos + 1 + cap));
            if (digits)
              throw new Unfollowable(`an absurd memo index (over ${cap} digits) at offset ${base + pos}`);
            throw new Invalid(`memo key is not a number at offset ${base + pos}`);
          }
          if (op === Op.PERSID) this.calls++;
          this.push(0);
          if (nl >= 0) {
            pos = nl + 1;
            return pos;
          }
          this.skipLine = true;
          return this.haltAt(end);
        }
        const line = latin1(b, pos + 1, nl);
        const opAt = base + pos;
        pos = nl + 1;
        if (op === Op.GET || op === Op.PUT) {
          if (!/^\d+$/.test(line))
            throw new Invalid(`memo key ${JSON.stringify(line)} is not a number at offset ${opAt}`);
          const key = Number(line);
          if (!Number.isSafeInteger(key))
            throw new Unfollowable(`an absurd memo index ${line.slice(0, 24)}... at offset ${opAt}`);
          if (op === Op.GET) {
            const v = this.memoGet(key);
            this.push(v, this.memoExcess(key), v === 0 ? key : -1);
          } else {
            this.need(1, "PUT");
            this.checkMemoIndex(key, opAt);
            this.memoSet(key, this.top());
            this.noteMemo(key, this.sp - 1);
          }
        } else if (op === Op.STRING) {
          const q = line[0];
          if (line.length < 2 || (q !== "'" && q !== '"') || line[line.length - 1] !== q)
            throw new Invalid(`STRING argument is not quoted at offset ${opAt}`);
          this.pushText(unescapeString(line.slice(1, -1)));
        } else if (op === Op.UNICODE) {
          this.pushText(unescapeRawUnicode(line));
        } else {
          if (op === Op.PERSID) this.calls++;
          this.push(0);
        }
        return pos;
      }
      case Op.GLOBAL:
      case Op.INST: {
        const nl1 = b.indexOf(10, pos + 1);
        const nl2 = nl1 < 0 ? -1 : b.indexOf(10, nl1 + 1);
        if (nl1 < 0 || nl2 < 0) {
          if (end - pos - 1 <= 2 * GLOBAL_LINE_MAX + 2) return this.haltAt(this.more(pos));
          throw this.longImport(b, pos, end, base);
        }
        if (nl1 - pos - 1 > GLOBAL_LINE_MAX || nl2 - nl1 - 1 > GLOBAL_LINE_MAX)
          throw this.longImport(b, pos, end, base);
        // The loader imports a module name up to a NUL ("os\0x" is os); a NUL in the attribute
        // name, an empty module or invalid UTF-8 make it fail (raw data after the pickles).
        let modEnd = b.indexOf(0, pos + 1);
        if (modEnd < 0 || modEnd > nl1) modEnd = nl1;
        if (modEnd === pos + 1 || !importable(b, pos + 1, nl1) || !importable(b, nl1 + 1, nl2, true))
          throw new Invalid(`an import at offset ${base + pos} names nothing a loader can import`);
        const module = decodeUtf8(b, pos + 1, modEnd);
        const name = decodeUtf8(b, nl1 + 1, nl2);
        this.record(module, name, base + pos, op === Op.GLOBAL ? "GLOBAL" : "INST");
        let ex = 0;
        if (op === Op.INST) {
          this.calls++;
          const top = this.sp;
          this.popMark("INST");
          ex = top - this.sp + this.hCut(this.sp);
        }
        this.push(0, ex);
        pos = nl2 + 1;
        return pos;
      }
      default:
        throw new Invalid(
          `byte 0x${op.toString(16).padStart(2, "0")} at offset ${base + pos} is not a pickle opcode: not a valid pickle`,
        );
    }
  }

  /**
   * An import line over the cap: a loader fails on bytes no module path holds (raw data after
   * the pickles), but would import a long dotted path, which the walker cannot follow.
   */
  private longImport(b: Uint8Array, pos: number, end: number, base: number): Invalid {
    const stop = Math.min(end, pos + 1 + 2 * GLOBAL_LINE_MAX + 2);
    for (let i = pos + 1; i < stop; i++) {
      const c = b[i] as number;
      if (c !== 10 && c < 0x80 && !IDENT[c])
        return new Invalid(`an import line at offset ${base + pos} holds bytes no module path has`);
    }
    return new Unfollowable(`an import line longer than ${GLOBAL_LINE_MAX} bytes at offset ${base + pos}`);
  }

  /** A memo index far past the memo's size: the C loader allocates memory for every index below it. */
  private checkMemoIndex(key: number, at: number): void {
    if (key > MEMO_INDEX_ABSURD && key > 2 * (this.memoContiguous + this.memoExtras))
      this.anomaly(
        `memo index ${key} at byte ${at} is far past the ${this.memoContiguous + this.memoExtras} entries stored (the C loader allocates 16 bytes for every index below it: a memory bomb)`,
        at,
      );
  }

  private haltAt(pos: number): number {
    this.halt = true;
    return pos;
  }

  private more(pos: number): number {
    this.incomplete = true;
    return pos;
  }
}
