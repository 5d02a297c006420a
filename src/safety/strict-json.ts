// A strict JSON parser (RFC 8259) that refuses duplicate object keys, which JSON.parse
// silently accepts (last one wins) and which readers of the same file may resolve
// differently. Objects come back as null-prototype records: `__proto__` is just a key.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export class JsonError extends Error {}

const MAX_DEPTH = 64;

export function parseStrictJson(text: string): Json {
  let i = 0;
  const n = text.length;
  const fail = (what: string): never => {
    throw new JsonError(`${what} at character ${i}`);
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const str = (): string => {
    i++; // opening quote
    let out = "";
    let start = i;
    for (;;) {
      if (i >= n) fail("unterminated string");
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(start, i);
        i++;
        return out;
      }
      if (c < 0x20) fail("control character in string");
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += text.slice(start, i);
      const e = text[i + 1];
      i += 2;
      if (e === "u") {
        const hex = text.slice(i, i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("bad \\u escape");
        out += String.fromCharCode(Number.parseInt(hex, 16));
        i += 4;
      } else {
        const map: Record<string, string> = {
          '"': '"',
          "\\": "\\",
          "/": "/",
          b: "\b",
          f: "\f",
          n: "\n",
          r: "\r",
          t: "\t",
        };
        if (e === undefined || !Object.hasOwn(map, e)) fail("bad escape");
        out += map[e as string];
      }
      start = i;
    }
  };
  const value = (depth: number): Json => {
    if (depth > MAX_DEPTH) fail("nesting too deep");
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      const obj = Object.create(null) as { [k: string]: Json };
      ws();
      if (text[i] === "}") {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail("expected a key");
        const k = str();
        if (Object.hasOwn(obj, k)) fail(`duplicate key ${JSON.stringify(k)}`);
        ws();
        if (text[i] !== ":") fail("expected ':'");
        i++;
        obj[k] = value(depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return obj;
        }
        fail("expected ',' or '}'");
      }
    }
    if (c === "[") {
      i++;
      const arr: Json[] = [];
      ws();
      if (text[i] === "]") {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(depth + 1));
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return arr;
        }
        fail("expected ',' or ']'");
      }
    }
    if (c === '"') return str();
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (!lit) return fail("unexpected token");
    i += lit[0].length;
    if (lit[0] === "true") return true;
    if (lit[0] === "false") return false;
    if (lit[0] === "null") return null;
    return Number(lit[0]);
  };
  const v = value(0);
  ws();
  if (i !== n) fail("trailing characters");
  return v;
}
