import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, parseStrictJson } from "../../src/core/strict-json.ts";

describe("strict JSON", () => {
  it("reads what JSON.parse reads, to the same value", () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom(0, 2), (text, indent) => {
        const pretty = JSON.stringify(JSON.parse(text), null, indent);
        for (const t of [text, pretty, ` \t\r\n${pretty}\n`]) {
          const p = parseStrictJson(t);
          expect(p).toEqual({ ok: true, value: JSON.parse(t) });
        }
      }),
    );
  });

  it("refuses whatever JSON.parse refuses", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        let native = true;
        try {
          JSON.parse(text);
        } catch {
          native = false;
        }
        if (!native) expect(parseStrictJson(text).ok).toBe(false);
      }),
      { numRuns: 5_000 },
    );
    for (const bad of [
      "",
      "NaN",
      "[1,]",
      "{'a':1}",
      '{"a":1,}',
      "01",
      "1.",
      ".5",
      "+1",
      '"\\x41"',
      '"a\tb"',
      "[1] [2]",
      "\u00a01",
    ]) {
      expect(parseStrictJson(bad).ok, bad).toBe(false);
    }
  });

  it("refuses duplicate keys, also when written with escapes, at any depth", () => {
    for (const text of [
      '{"a":1,"a":2}',
      '{"a":1,"\\u0061":2}',
      '[{"x":{"k":1,"b":0,"k":1}}]',
      '{"__proto__":1,"__proto__":2}',
    ]) {
      const p = parseStrictJson(text);
      expect(p.ok, text).toBe(false);
      if (!p.ok) expect(p.reason).toMatch(/^duplicate key/);
    }
    const many = `{${Array.from({ length: 40 }, (_, i) => `"k${i}":${i}`).join(",")},"k33":0}`;
    expect(parseStrictJson(many).ok).toBe(false);
    expect(parseStrictJson('{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}').ok).toBe(true);
  });

  it("refuses absurd nesting instead of overflowing the stack", () => {
    const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
    expect(parseStrictJson(deep(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(parseStrictJson(deep(MAX_JSON_DEPTH + 1)).ok).toBe(false);
    expect(parseStrictJson(deep(1_000_000)).ok).toBe(false);
  });

  it("reports the line of the error", () => {
    expect(parseStrictJson('{\n  "a": 1,\n  "b": tru\n}')).toMatchObject({ ok: false, line: 3 });
  });
});
