import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/core/strict-json.ts
var MAX_JSON_DEPTH = 256;
var JsonSyntax = class extends Error {
  constructor(message, pos) {
    super(message);
    this.pos = pos;
  }
  pos;
};
function parseStrictJson(text) {
  try {
    const end = new Scanner(text).document();
    if (end !== text.length) throw new JsonSyntax("unexpected text after the JSON value", end);
  } catch (e) {
    if (e instanceof JsonSyntax) return { ok: false, reason: e.message, line: lineAt(text, e.pos) };
    throw e;
  }
  return { ok: true, value: JSON.parse(text) };
}
function lineAt(text, pos) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < pos; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
var QUOTE = 34;
var BACKSLASH = 92;
var Scanner = class {
  constructor(s) {
    this.s = s;
  }
  s;
  pos = 0;
  document() {
    this.ws();
    if (this.pos >= this.s.length) throw new JsonSyntax("empty document", this.pos);
    this.value(0);
    this.ws();
    return this.pos;
  }
  ws() {
    const s = this.s;
    let p = this.pos;
    for (; ; ) {
      const c = s.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else break;
    }
    this.pos = p;
  }
  fail(what) {
    const c = this.s[this.pos];
    throw new JsonSyntax(
      c === void 0 ? `unexpected end of input, expected ${what}` : `unexpected ${JSON.stringify(c)}, expected ${what}`,
      this.pos
    );
  }
  value(depth) {
    const c = this.s.charCodeAt(this.pos);
    if (c === 123) this.object(depth + 1);
    else if (c === 91) this.array(depth + 1);
    else if (c === QUOTE) this.string();
    else if (c === 45 || c >= 48 && c <= 57) this.number();
    else this.literal(c);
  }
  literal(c) {
    const word = c === 116 ? "true" : c === 102 ? "false" : c === 110 ? "null" : "";
    if (word && this.s.startsWith(word, this.pos)) {
      this.pos += word.length;
      return;
    }
    this.fail("a JSON value");
  }
  enter(depth) {
    if (depth > MAX_JSON_DEPTH)
      throw new JsonSyntax(`nesting deeper than ${MAX_JSON_DEPTH} levels`, this.pos);
    this.pos++;
    this.ws();
  }
  object(depth) {
    this.enter(depth);
    if (this.s.charCodeAt(this.pos) === 125) {
      this.pos++;
      return;
    }
    const keys = [];
    let keySet = null;
    for (; ; ) {
      if (this.s.charCodeAt(this.pos) !== QUOTE) this.fail("a string key");
      const keyAt = this.pos;
      const key = this.string();
      if (keySet ? keySet.has(key) : keys.includes(key)) {
        throw new JsonSyntax(`duplicate key ${JSON.stringify(key)}`, keyAt);
      }
      if (keySet) keySet.add(key);
      else if (keys.push(key) > 16) keySet = new Set(keys);
      this.ws();
      if (this.s.charCodeAt(this.pos) !== 58) this.fail('":"');
      this.pos++;
      this.ws();
      this.value(depth);
      this.ws();
      const c = this.s.charCodeAt(this.pos);
      if (c === 125) {
        this.pos++;
        return;
      }
      if (c !== 44) this.fail('"," or "}"');
      this.pos++;
      this.ws();
    }
  }
  array(depth) {
    this.enter(depth);
    if (this.s.charCodeAt(this.pos) === 93) {
      this.pos++;
      return;
    }
    for (; ; ) {
      this.value(depth);
      this.ws();
      const c = this.s.charCodeAt(this.pos);
      if (c === 93) {
        this.pos++;
        return;
      }
      if (c !== 44) this.fail('"," or "]"');
      this.pos++;
      this.ws();
    }
  }
  /** Validates a string literal; returns its decoded value (only keys need it). */
  string() {
    const s = this.s;
    const start = this.pos;
    let p = start + 1;
    let escaped = false;
    for (; ; ) {
      const c = s.charCodeAt(p);
      if (Number.isNaN(c)) {
        this.pos = p;
        this.fail("the end of a string");
      }
      if (c === QUOTE) break;
      if (c < 32) {
        this.pos = p;
        this.fail("no control character inside a string");
      }
      if (c === BACKSLASH) {
        escaped = true;
        const e = s.charCodeAt(p + 1);
        if (e === 117) {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(p + 2, p + 6))) {
            this.pos = p;
            this.fail("a \\u escape with 4 hex digits");
          }
          p += 6;
          continue;
        }
        if (e !== QUOTE && e !== BACKSLASH && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116) {
          this.pos = p;
          this.fail("a valid escape");
        }
        p += 2;
        continue;
      }
      p++;
    }
    this.pos = p + 1;
    return escaped ? JSON.parse(s.slice(start, p + 1)) : s.slice(start + 1, p);
  }
  number() {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.s);
    if (!m) this.fail("a number");
    this.pos += m[0].length;
  }
};
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
function isJsonObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function own(obj, key) {
  return isJsonObject(obj) && Object.hasOwn(obj, key) ? obj[key] : void 0;
}
function isCount(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}
function show(v) {
  const text = typeof v === "string" ? JSON.stringify(v) : v === void 0 ? "nothing" : JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export {
  parseStrictJson,
  isJsonObject,
  own,
  isCount,
  show
};
