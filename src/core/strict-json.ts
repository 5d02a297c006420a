// Strict JSON for untrusted data (evidence reports, safetensors headers). JSON.parse keeps the
// last of two equal keys, so a report could say `"fails": 9, "fails": 0` and mean one thing to
// a reviewer and another to the gate: a validating pass first rejects duplicate keys (after
// unescaping), bad syntax and deep nesting, then JSON.parse builds plain data. Both passes
// are linear in the input.

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string; line: number };

/** Deeper nesting than any real report; bounds the recursion of the validating pass. */
export const MAX_JSON_DEPTH = 256;

class JsonSyntax extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

export function parseStrictJson(text: string): JsonParse {
  try {
    const end = new Scanner(text).document();
    if (end !== text.length) throw new JsonSyntax("unexpected text after the JSON value", end);
  } catch (e) {
    if (e instanceof JsonSyntax) return { ok: false, reason: e.message, line: lineAt(text, e.pos) };
    throw e;
  }
  // The scanner accepted exactly RFC 8259 JSON, so this cannot throw.
  return { ok: true, value: JSON.parse(text) as unknown };
}

function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < pos; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

class Scanner {
  private pos = 0;
  constructor(private readonly s: string) {}

  document(): number {
    this.ws();
    if (this.pos >= this.s.length) throw new JsonSyntax("empty document", this.pos);
    this.value(0);
    this.ws();
    return this.pos;
  }

  private ws(): void {
    const s = this.s;
    let p = this.pos;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
      else break;
    }
    this.pos = p;
  }

  private fail(what: string): never {
    const c = this.s[this.pos];
    throw new JsonSyntax(
      c === undefined
        ? `unexpected end of input, expected ${what}`
        : `unexpected ${JSON.stringify(c)}, expected ${what}`,
      this.pos,
    );
  }

  private value(depth: number): void {
    const c = this.s.charCodeAt(this.pos);
    if (c === 0x7b) this.object(depth + 1);
    else if (c === 0x5b) this.array(depth + 1);
    else if (c === QUOTE) this.string();
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) this.number();
    else this.literal(c);
  }

  private literal(c: number): void {
    const word = c === 0x74 ? "true" : c === 0x66 ? "false" : c === 0x6e ? "null" : "";
    if (word && this.s.startsWith(word, this.pos)) {
      this.pos += word.length;
      return;
    }
    this.fail("a JSON value");
  }

  private enter(depth: number): void {
    if (depth > MAX_JSON_DEPTH)
      throw new JsonSyntax(`nesting deeper than ${MAX_JSON_DEPTH} levels`, this.pos);
    this.pos++;
    this.ws();
  }

  private object(depth: number): void {
    this.enter(depth);
    if (this.s.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return;
    }
    // Most objects have a few keys: a list is cheaper than a Set until it grows.
    const keys: string[] = [];
    let keySet: Set<string> | null = null;
    for (;;) {
      if (this.s.charCodeAt(this.pos) !== QUOTE) this.fail("a string key");
      const keyAt = this.pos;
      const key = this.string();
      if (keySet ? keySet.has(key) : keys.includes(key)) {
        throw new JsonSyntax(`duplicate key ${JSON.stringify(key)}`, keyAt);
      }
      if (keySet) keySet.add(key);
      else if (keys.push(key) > 16) keySet = new Set(keys);
      this.ws();
      if (this.s.charCodeAt(this.pos) !== 0x3a) this.fail('":"');
      this.pos++;
      this.ws();
      this.value(depth);
      this.ws();
      const c = this.s.charCodeAt(this.pos);
      if (c === 0x7d) {
        this.pos++;
        return;
      }
      if (c !== 0x2c) this.fail('"," or "}"');
      this.pos++;
      this.ws();
    }
  }

  private array(depth: number): void {
    this.enter(depth);
    if (this.s.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return;
    }
    for (;;) {
      this.value(depth);
      this.ws();
      const c = this.s.charCodeAt(this.pos);
      if (c === 0x5d) {
        this.pos++;
        return;
      }
      if (c !== 0x2c) this.fail('"," or "]"');
      this.pos++;
      this.ws();
    }
  }

  /** Validates a string literal; returns its decoded value (only keys need it). */
  private string(): string {
    const s = this.s;
    const start = this.pos;
    let p = start + 1;
    let escaped = false;
    for (;;) {
      const c = s.charCodeAt(p);
      if (Number.isNaN(c)) {
        this.pos = p;
        this.fail("the end of a string");
      }
      if (c === QUOTE) break;
      if (c < 0x20) {
        this.pos = p;
        this.fail("no control character inside a string");
      }
      if (c === BACKSLASH) {
        escaped = true;
        const e = s.charCodeAt(p + 1);
        if (e === 0x75) {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(p + 2, p + 6))) {
            this.pos = p;
            this.fail("a \\u escape with 4 hex digits");
          }
          p += 6;
          continue;
        }
        // " \ / b f n r t
        if (
          e !== QUOTE &&
          e !== BACKSLASH &&
          e !== 0x2f &&
          e !== 0x62 &&
          e !== 0x66 &&
          e !== 0x6e &&
          e !== 0x72 &&
          e !== 0x74
        ) {
          this.pos = p;
          this.fail("a valid escape");
        }
        p += 2;
        continue;
      }
      p++;
    }
    this.pos = p + 1;
    return escaped ? (JSON.parse(s.slice(start, p + 1)) as string) : s.slice(start + 1, p);
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.s);
    if (!m) this.fail("a number");
    this.pos += m[0].length;
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

// Accessors for parsed, untrusted data: own properties only, so "__proto__" or "constructor"
// keys are just data and never reach Object.prototype.

export type JsonObject = { readonly [key: string]: unknown };

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function own(obj: unknown, key: string): unknown {
  return isJsonObject(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** A count: a non-negative integer that doubles represent exactly. */
export function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

/** A short, quoted rendering of an untrusted value for messages. */
export function show(v: unknown): string {
  const text = typeof v === "string" ? JSON.stringify(v) : v === undefined ? "nothing" : JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
