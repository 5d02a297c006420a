// The fast path of parseDocument (yaml.ts) for the YAML manifests are written in: block maps
// and sequences, one-line flow collections, plain and simply quoted scalars, comments. It builds
// the plain value and the position table (every key's and item's line and column) in one pass
// over the text, where the `yaml` package builds tokens, a CST, an AST and then our copy of it.
//
// It is a subset, not a second YAML parser: anything outside it (tabs, CR, anchors, aliases, tags,
// block scalars, escapes, multi-line scalars or flow collections, directives, document markers,
// duplicate keys, odd characters, odd keys, deep nesting) returns undefined and the caller parses
// the text with the `yaml` package as before, which gives the finding. Where it does answer, the
// value and the table are exactly the full path's (test/manifest/yaml-fast.test.ts compares the
// two on real manifests and on fuzzed ones).
import type { PositionNode, PositionTable } from "./yaml.ts";

export interface FastParse {
  value: Record<string, unknown>;
  /** Null unless asked for. */
  table: PositionTable | null;
}

/** Shallower than the full path's default limit: anything deeper takes the full path. */
const MAX_DEPTH = 32;
/** Keys longer than this take the full path (YAML caps implicit keys at 1,024 characters). */
const MAX_KEY = 256;

/** Characters outside the subset: controls, tab, CR, DEL, C1, BOM, line/paragraph separators,
 * surrogates (astral characters), non-characters. */
const UNSUPPORTED_CHAR = /[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;

class Bail extends Error {}
const bail = (): never => {
  throw BAIL;
};
const BAIL = new Bail();

/** One non-blank, non-comment line. */
interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its end (the LF, or the end of the text). */
  end: number;
  /** Leading spaces. */
  indent: number;
  /** 1-based line number. */
  no: number;
}

/** The fast parse of `text`, or undefined when the full path must decide. */
export function parseFast(
  text: string,
  limits: { maxNodes: number; maxDepth: number },
  positions = true,
): FastParse | undefined {
  if (text.length === 0 || UNSUPPORTED_CHAR.test(text)) return undefined;
  try {
    const depth = Math.min(MAX_DEPTH, limits.maxDepth - 1);
    return new FastParser(text, limits.maxNodes, depth, positions).document();
  } catch (e) {
    if (e === BAIL) return undefined;
    // A bug in the subset must not decide: the full path does (and a stack overflow lands here).
    return undefined;
  }
}

class FastParser {
  private readonly lines: Line[] = [];
  private i = 0;
  private nodes = 0;

  constructor(
    private readonly s: string,
    private readonly maxNodes: number,
    private readonly maxDepth: number,
    /** Whether to build the position table (not needed until a finding wants a line). */
    private readonly positions: boolean,
  ) {
    let no = 0;
    for (let start = 0; start <= s.length; ) {
      let end = s.indexOf("\n", start);
      if (end === -1) end = s.length;
      no++;
      let p = start;
      while (p < end && s.charCodeAt(p) === 0x20) p++;
      const c = s.charCodeAt(p);
      if (p < end && c !== 0x23 /* # */) {
        // Document markers and directives start at column 0.
        if (p === start && (c === 0x25 /* % */ || s.startsWith("---", p) || s.startsWith("...", p))) bail();
        this.lines.push({ start, end, indent: p - start, no });
      }
      start = end + 1;
    }
  }

  document(): FastParse {
    const first = this.lines[0];
    if (!first) bail();
    const root = first as Line;
    const node = this.blockMap(root.indent, root.start + root.indent, 1);
    if (this.i !== this.lines.length) bail();
    return {
      value: node.value,
      table: this.positions ? { root: [root.no, root.indent + 1], node: node.table } : null,
    };
  }

  private count(): void {
    if (++this.nodes > this.maxNodes) bail();
  }

  /** A position node for a mapping or a sequence; null when positions are not wanted. */
  private node(isMap: boolean): PositionNode | null {
    if (!this.positions) return null;
    return isMap ? { keys: [], pos: [], children: [] } : { pos: [], children: [] };
  }

  private get line(): Line | undefined {
    return this.lines[this.i];
  }

  /**
   * A block mapping whose keys sit at column `indent`; its first key starts at `at` on the
   * current line (after "- " when the mapping is a sequence item).
   */
  private blockMap(
    indent: number,
    at: number,
    depth: number,
  ): { value: Record<string, unknown>; table: PositionNode | null } {
    if (depth > this.maxDepth) bail();
    this.count();
    const value: Record<string, unknown> = {};
    const table = this.node(true);
    let first = true;
    for (;;) {
      const line = this.line;
      if (!line) break;
      let p: number;
      if (first) {
        p = at;
        first = false;
      } else {
        if (line.indent < indent) break;
        if (line.indent > indent) bail();
        p = line.start + line.indent;
      }
      const key = this.blockKey(p, line.end);
      if (Object.hasOwn(value, key.name)) bail();
      this.count(); // the key
      if (table) {
        (table.keys as string[]).push(key.name);
        table.pos.push(line.no, p - line.start + 1);
      }
      let v = skipSpaces(this.s, key.next, line.end);
      let child: unknown;
      let childTable: PositionNode | null = null;
      if (v === line.end || this.s.charCodeAt(v) === 0x23) {
        // `key:` alone (a comment may follow): a nested block, or null.
        if (v < line.end && v === key.next) bail(); // "key:#" is not a comment
        this.i++;
        const next = this.line;
        if (next && next.indent >= indent && this.isSeqItem(next)) {
          const seq = this.blockSeq(next.indent, depth + 1);
          child = seq.value;
          childTable = seq.table;
        } else if (next && next.indent > indent) {
          const map = this.blockMap(next.indent, next.start + next.indent, depth + 1);
          child = map.value;
          childTable = map.table;
        } else {
          this.count();
          child = null;
        }
      } else {
        if (v === key.next) bail(); // the caller checked ": " or ":" at the end
        const inline = this.inline(v, line.end, line.no, line.start, depth + 1);
        child = inline.value;
        childTable = inline.table;
        v = this.lineRest(inline.next, line.end);
        this.i++;
        const next = this.line;
        if (next && next.indent > indent) bail(); // a continuation: multi-line scalar, or worse
      }
      define(value, key.name, child);
      table?.children.push(childTable);
    }
    return { value, table };
  }

  /** A block sequence whose dashes sit at column `indent`. */
  private blockSeq(indent: number, depth: number): { value: unknown[]; table: PositionNode | null } {
    if (depth > this.maxDepth) bail();
    this.count();
    const value: unknown[] = [];
    const table = this.node(false);
    for (;;) {
      const line = this.line;
      if (!line || line.indent < indent) break;
      if (line.indent > indent || !this.isSeqItem(line)) break;
      const dash = line.start + line.indent;
      const p = skipSpaces(this.s, dash + 1, line.end);
      if (p === line.end || p === dash + 1) bail(); // "-" alone: an empty or nested item
      const c = this.s.charCodeAt(p);
      if (c === 0x23 || (c === 0x2d && isSpaceOrEnd(this.s, p + 1, line.end))) bail();
      table?.pos.push(line.no, p - line.start + 1);
      if (this.startsKey(p, line.end)) {
        const map = this.blockMap(p - line.start, p, depth + 1);
        value.push(map.value);
        table?.children.push(map.table);
      } else {
        const inline = this.inline(p, line.end, line.no, line.start, depth + 1);
        this.lineRest(inline.next, line.end);
        value.push(inline.value);
        table?.children.push(inline.table);
        this.i++;
        const next = this.line;
        if (next && next.indent > indent) bail();
      }
      const next = this.line;
      // Nothing may follow the sequence at its own column but another item (in a mapping the
      // sequence sits at the key's column, so the mapping's next key ends it).
      if (!next || next.indent < indent) break;
      if (next.indent === indent && !this.isSeqItem(next)) break;
    }
    return { value, table };
  }

  private isSeqItem(line: Line): boolean {
    const p = line.start + line.indent;
    return this.s.charCodeAt(p) === 0x2d && isSpaceOrEnd(this.s, p + 1, line.end);
  }

  /** Whether a block mapping entry ("key:" then a space or the end of the line) starts at p. */
  private startsKey(p: number, end: number): boolean {
    try {
      this.blockKey(p, end);
      return true;
    } catch (e) {
      if (e === BAIL) return false;
      throw e;
    }
  }

  /** A key and the ":" after it; `next` is just past the colon. */
  private blockKey(p: number, end: number): { name: string; next: number } {
    const s = this.s;
    const c = s.charCodeAt(p);
    let name: string;
    let q: number;
    if (c === 0x22 || c === 0x27) {
      const quoted = this.quoted(p, end);
      name = quoted.value;
      q = quoted.next;
    } else {
      q = p;
      while (q < end && isKeyChar(s.charCodeAt(q))) q++;
      name = s.slice(p, q);
      if (!PLAIN_KEY.test(name) || isNullWord(name)) bail();
    }
    if (q - p > MAX_KEY || s.charCodeAt(q) !== 0x3a /* : */ || !isSpaceOrEnd(s, q + 1, end)) bail();
    return { name, next: q + 1 };
  }

  /** After a value: spaces, then the end of the line or a comment. */
  private lineRest(p: number, end: number): number {
    const q = skipSpaces(this.s, p, end);
    if (q === end) return q;
    if (this.s.charCodeAt(q) === 0x23 && q > p) return end;
    return bail();
  }

  /** A scalar or a one-line flow collection in block context. */
  private inline(
    p: number,
    end: number,
    no: number,
    lineStart: number,
    depth: number,
  ): { value: unknown; table: PositionNode | null; next: number } {
    const c = this.s.charCodeAt(p);
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) return this.flow(p, end, no, lineStart, depth);
    this.count();
    if (c === 0x22 || c === 0x27) {
      const q = this.quoted(p, end);
      return { value: q.value, table: null, next: q.next };
    }
    if (!plainStart(this.s, p, end)) bail();
    // A plain scalar runs to a comment or the end of the line; ": " inside it is a nested
    // mapping (an error), a trailing ":" too.
    const s = this.s;
    let q = p;
    let last = p; // just past the last non-space
    while (q < end) {
      const ch = s.charCodeAt(q);
      if (ch === 0x20) {
        if (s.charCodeAt(q + 1) === 0x23) break;
      } else {
        if (ch === 0x3a && isSpaceOrEnd(s, q + 1, end)) bail();
        last = q + 1;
      }
      q++;
    }
    return { value: resolvePlain(s.slice(p, last)), table: null, next: last };
  }

  /** A flow sequence or mapping that closes on the same line. */
  private flow(
    p: number,
    end: number,
    no: number,
    lineStart: number,
    depth: number,
  ): { value: unknown; table: PositionNode | null; next: number } {
    if (depth > this.maxDepth) bail();
    this.count();
    const s = this.s;
    const isMap = s.charCodeAt(p) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    const table = this.node(isMap);
    const map: Record<string, unknown> = {};
    const seq: unknown[] = [];
    let q = skipSpaces(s, p + 1, end);
    if (s.charCodeAt(q) === close) return { value: isMap ? map : seq, table, next: q + 1 };
    for (;;) {
      if (q >= end) bail();
      let itemStart = q;
      let name = "";
      if (isMap) {
        const c = s.charCodeAt(q);
        if (c === 0x22 || c === 0x27) {
          const quoted = this.quoted(q, end);
          name = quoted.value;
          q = quoted.next;
        } else {
          const k = q;
          while (q < end && isKeyChar(s.charCodeAt(q))) q++;
          name = s.slice(k, q);
          if (!PLAIN_KEY.test(name) || isNullWord(name)) bail();
        }
        if (q - itemStart > MAX_KEY || s.charCodeAt(q) !== 0x3a || s.charCodeAt(q + 1) !== 0x20) bail();
        if (Object.hasOwn(map, name)) bail();
        this.count();
        if (table) {
          (table.keys as string[]).push(name);
          table.pos.push(no, itemStart - lineStart + 1);
        }
        q = skipSpaces(s, q + 1, end);
        itemStart = q;
      }
      let item: unknown;
      let itemTable: PositionNode | null = null;
      const c = s.charCodeAt(q);
      if (c === 0x5b || c === 0x7b) {
        const inner = this.flow(q, end, no, lineStart, depth + 1);
        item = inner.value;
        itemTable = inner.table;
        q = inner.next;
      } else if (c === 0x22 || c === 0x27) {
        this.count();
        const quoted = this.quoted(q, end);
        item = quoted.value;
        q = quoted.next;
      } else {
        if (!plainStart(s, q, end)) bail();
        this.count();
        let last = q;
        while (q < end) {
          const ch = s.charCodeAt(q);
          if (ch === 0x2c || ch === 0x5d || ch === 0x7d) break;
          if (ch === 0x5b || ch === 0x7b) bail();
          if (ch === 0x20) {
            if (s.charCodeAt(q + 1) === 0x23) bail(); // a comment inside a flow collection
          } else {
            if (ch === 0x3a) {
              const n = s.charCodeAt(q + 1);
              if (q + 1 >= end || n === 0x20 || n === 0x2c || n === 0x5d || n === 0x7d) bail();
            }
            last = q + 1;
          }
          q++;
        }
        item = resolvePlain(s.slice(itemStart, last));
      }
      if (isMap) define(map, name, item);
      else {
        seq.push(item);
        table?.pos.push(no, itemStart - lineStart + 1);
      }
      table?.children.push(itemTable);
      q = skipSpaces(s, q, end);
      const sep = s.charCodeAt(q);
      if (sep === close) return { value: isMap ? map : seq, table, next: q + 1 };
      if (sep !== 0x2c) bail();
      q = skipSpaces(s, q + 1, end);
      if (s.charCodeAt(q) === close || s.charCodeAt(q) === 0x2c) bail(); // a trailing or empty entry
    }
  }

  /** A quoted scalar on one line: no escapes in double quotes, '' in single quotes. */
  private quoted(p: number, end: number): { value: string; next: number } {
    const s = this.s;
    const quote = s.charCodeAt(p);
    if (quote === 0x22) {
      const q = s.indexOf('"', p + 1);
      if (q === -1 || q >= end) bail();
      const value = s.slice(p + 1, q);
      if (value.includes("\\")) bail();
      return { value, next: afterQuote(s, q + 1, end) };
    }
    let out = "";
    let from = p + 1;
    for (;;) {
      const q = s.indexOf("'", from);
      if (q === -1 || q >= end) bail();
      out += s.slice(from, q);
      if (s.charCodeAt(q + 1) === 0x27) {
        out += "'";
        from = q + 2;
        continue;
      }
      return { value: out, next: afterQuote(s, q + 1, end) };
    }
  }
}

/** Right after a closing quote: a space, a flow indicator, a colon or the end of the line. */
function afterQuote(s: string, p: number, end: number): number {
  if (p >= end) return p;
  const c = s.charCodeAt(p);
  if (c === 0x20 || c === 0x2c || c === 0x5d || c === 0x7d || c === 0x3a) return p;
  return bail();
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // As the full path does: `__proto__` (or any name the prototype chain knows) becomes an
  // ordinary own data property; other names are plain assignments, the fast way to the same.
  if (key in target)
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function skipSpaces(s: string, p: number, end: number): number {
  while (p < end && s.charCodeAt(p) === 0x20) p++;
  return p;
}

function isSpaceOrEnd(s: string, p: number, end: number): boolean {
  return p >= end || s.charCodeAt(p) === 0x20;
}

function isKeyChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2e ||
    c === 0x2d ||
    c === 0x2f
  );
}

function isNullWord(s: string): boolean {
  return s === "null" || s === "Null" || s === "NULL";
}

/**
 * Whether a plain scalar may start at p: not an indicator (a dash only before a digit or a
 * dot, as in -1 or -.5).
 */
function plainStart(s: string, p: number, end: number): boolean {
  if (p >= end) return false;
  const c = s.charCodeAt(p);
  if (c === 0x2d) {
    const n = s.charCodeAt(p + 1);
    return (n >= 0x30 && n <= 0x39) || n === 0x2e;
  }
  // - ? : , [ ] { } # & * ! | > ' " % @ `
  return !"-?:,[]{}#&*!|>'\"%@`".includes(s[p] as string) && c !== 0x20;
}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The YAML 1.2 core schema's reading of a plain scalar, test for test as the `yaml` package. */
function resolvePlain(text: string): string | number | boolean | null {
  const c = text.charCodeAt(0);
  // Most scalars are words: none of the patterns below can match a letter other than these.
  const maybe = (c >= 0x30 && c <= 0x39) || "~nNtTfF-+.".includes(text[0] as string);
  if (!maybe) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return c === 0x74 || c === 0x54;
  let n: number | undefined;
  if (INT_OCT.test(text)) n = parseInt(text.substring(2), 8);
  else if (INT.test(text)) n = parseInt(text.substring(0), 10);
  else if (INT_HEX.test(text)) n = parseInt(text.substring(2), 16);
  else if (FLOAT_NAN.test(text))
    bail(); // the full path refuses it, with its message
  else if (FLOAT_EXP.test(text) || FLOAT.test(text)) n = parseFloat(text);
  if (n === undefined) return text;
  if (!Number.isFinite(n)) bail();
  return n;
}
