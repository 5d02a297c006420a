import { assertNoPoisoning } from "@fast-check/poisoning";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseDocument } from "../../src/manifest/yaml.ts";

// Characters that make YAML parsers work hard: indicators, anchors, tags, quotes, breaks.
const yamlish = fc
  .array(
    fc.constantFrom(
      "a",
      "1",
      ".",
      ":",
      " ",
      "  ",
      "\n",
      "- ",
      "[",
      "]",
      "{",
      "}",
      ",",
      "&x ",
      "*x",
      "!!",
      "!t ",
      "'",
      '"',
      "#",
      "---\n",
      "...\n",
      "? ",
      "|",
      ">",
      "%YAML 1.1\n",
      "__proto__",
      "\t",
      "\\",
      "\u0000",
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

const CHECK_ONLY_BUILTINS =
  /^(?!(Object|Array|Function|String|Number|Boolean|Symbol|JSON|Map|Set|Reflect|Promise)$)/;

describe("parseDocument properties", () => {
  it("never throws, and every error has a 1-based line and column", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), yamlish), (text) => {
        const r = parseDocument(text, "x.yaml");
        if (!r.ok) {
          expect(r.line).toBeGreaterThanOrEqual(1);
          expect(r.column).toBeGreaterThanOrEqual(1);
          expect(r.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips JSON-able values written as YAML and as JSON", () => {
    // JSON has no -0; YAML writes it as -0. Compare through JSON.
    const value = fc.jsonValue({ maxDepth: 5 });
    fc.assert(
      fc.property(value, (v) => {
        const expected = JSON.parse(JSON.stringify(v));
        const asYaml = parseDocument(stringify(v), "x.yaml");
        expect(asYaml.ok && JSON.parse(JSON.stringify(asYaml.value))).toEqual(expected);
        const asJson = parseDocument(JSON.stringify(v, null, 1), "x.json");
        expect(asJson.ok && JSON.parse(JSON.stringify(asJson.value))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("never pollutes prototypes, whatever keys the document uses", () => {
    const key = fc.constantFrom(
      "__proto__",
      "constructor",
      "prototype",
      "toString",
      "valueOf",
      "a",
      "hasOwnProperty",
    );
    const tree: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.constantFrom("polluted", 1, true, null),
        fc.array(tie("node"), { maxLength: 3 }),
        fc.array(fc.tuple(key, tie("node")), { maxLength: 4 }).map((entries) => {
          const o: Record<string, unknown> = {};
          for (const [k, v] of entries)
            Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
          return o;
        }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, fc.boolean(), (v, asJson) => {
        const text = asJson ? JSON.stringify(v) : stringify(v);
        const r = parseDocument(text, "x.yaml");
        expect(r.ok).toBe(true);
        // The language built-ins a prototype-pollution would reach must be untouched (Node defines
        // some other globals lazily, e.g. AbortController, which is not our doing).
        assertNoPoisoning({ ignoredRootRegex: CHECK_ONLY_BUILTINS });
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
        const walk = (x: unknown): void => {
          if (Array.isArray(x)) {
            x.forEach(walk);
            return;
          }
          if (x && typeof x === "object") {
            expect([Object.prototype, null]).toContain(Object.getPrototypeOf(x));
            Object.values(x).forEach(walk);
          }
        };
        if (r.ok) {
          walk(r.value);
          expect(JSON.stringify(r.value)).toBe(JSON.stringify(v));
        }
      }),
      { numRuns: 500 },
    );
  });
});
