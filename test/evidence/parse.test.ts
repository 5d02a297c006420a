import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEvidence } from "../../src/evidence/parse.ts";
import type { EvidenceTool } from "../../src/manifest/model.ts";

const garak = readFileSync(
  new URL(
    "../../../shared/corpus/garak/garak_tests__assets_analyze_test_with_ci.report.jsonl",
    import.meta.url,
  ),
);
const native = new TextEncoder().encode(
  JSON.stringify({ suites: [{ name: "a", attempts: 10, successes: 1 }] }),
);
const TOOLS: EvidenceTool[] = ["garak", "promptfoo", "model-gate"];

describe("parseEvidence", () => {
  it("dispatches on the declared tool", () => {
    expect(parseEvidence("garak", garak)).toMatchObject({
      ok: true,
      summary: { tool: "garak", attempts: 50 },
    });
    expect(parseEvidence("model-gate", native)).toMatchObject({ ok: true, summary: { tool: "model-gate" } });
    // A garak report declared as native evidence is not read as if it were.
    expect(parseEvidence("model-gate", garak).ok).toBe(false);
    expect(parseEvidence("promptfoo", garak).ok).toBe(false);
  });

  it("strips one UTF-8 byte order mark", () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...garak]);
    expect(parseEvidence("garak", bom)).toMatchObject({ ok: true, summary: { successes: 13 } });
    const twice = Uint8Array.from([0xef, 0xbb, 0xbf, ...bom]);
    expect(parseEvidence("garak", twice).ok).toBe(false);
  });

  it("refuses bytes that are not UTF-8", () => {
    for (const bytes of [
      Uint8Array.from([...native.slice(0, 20), 0xff, ...native.slice(20)]),
      Uint8Array.from([
        0xff,
        0xfe,
        ...new Uint8Array(Buffer.from(JSON.stringify({ suites: [] }), "utf16le")),
      ]),
      Uint8Array.from([0xc0, 0xaf]), // overlong "/"
      Uint8Array.from([0xed, 0xa0, 0x80]), // a lone surrogate
    ]) {
      expect(parseEvidence("model-gate", bytes)).toEqual({
        ok: false,
        reason: "the report is not valid UTF-8 text",
      });
    }
  });

  it("refuses a tool it has no reader for", () => {
    expect(parseEvidence("__proto__" as EvidenceTool, native).ok).toBe(false);
    expect(parseEvidence("pyrit" as EvidenceTool, native).ok).toBe(false);
  });

  it("never throws on arbitrary bytes, for any tool", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOOLS), fc.uint8Array({ maxLength: 400 }), (tool, bytes) => {
        const p = parseEvidence(tool, bytes);
        expect(typeof p.ok).toBe("boolean");
      }),
      { numRuns: 3_000 },
    );
  });
});
