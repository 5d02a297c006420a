import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNative } from "../../src/evidence/native.ts";
import type { EvidenceParse } from "../../src/evidence/types.ts";

const DIGEST = `sha256:${"ab".repeat(32)}`;
const report = {
  modelDigest: DIGEST,
  date: "2026-10-02",
  tool: "pyrit",
  suites: [
    { name: "prompt-injection", attempts: 200, successes: 3 },
    { name: "jailbreak", attempts: 100, successes: 7 },
  ],
};

function summary(p: EvidenceParse) {
  if (!p.ok) throw new Error(`expected ok, got: ${p.reason}`);
  return p.summary;
}
function reason(p: EvidenceParse): string {
  if (p.ok) throw new Error("expected a failure");
  return p.reason;
}
const withChange = (change: Record<string, unknown>) => JSON.stringify({ ...report, ...change });
const withSuite = (suite: unknown) => withChange({ suites: [suite] });

describe("native model-gate evidence", () => {
  it("reads the SPEC example: suites, totals, digest and date", () => {
    const s = summary(parseNative(JSON.stringify(report)));
    expect(s).toEqual({
      tool: "model-gate",
      attempts: 300,
      successes: 10,
      attackSuccessRate: 10 / 300,
      suites: report.suites,
      modelDigest: DIGEST,
      date: "2026-10-02",
    });
  });

  it("modelDigest, date and tool are optional; extra keys are allowed", () => {
    const s = summary(
      parseNative(JSON.stringify({ $schema: "x", suites: [{ name: "a", attempts: 4, successes: 0 }] })),
    );
    expect(s).toMatchObject({ attempts: 4, successes: 0, attackSuccessRate: 0 });
    expect(s.modelDigest).toBeUndefined();
    expect(s.date).toBeUndefined();
  });

  it.each([
    ["a modelDigest in upper case", withChange({ modelDigest: DIGEST.toUpperCase() })],
    ["a short modelDigest", withChange({ modelDigest: "sha256:abc" })],
    ["a modelDigest that is a number", withChange({ modelDigest: 1 })],
    ["a date that is not a date", withChange({ date: "2026-02-30" })],
    ["a date that is a number", withChange({ date: 20261002 })],
    ["a tool that is a list", withChange({ tool: ["pyrit"] })],
    ["no suites", withChange({ suites: undefined })],
    ["an empty suites list", withChange({ suites: [] })],
    ["suites as an object", withChange({ suites: { a: 1 } })],
    ["a suite that is a string", withSuite("prompt-injection")],
    ["a suite without a name", withSuite({ attempts: 1, successes: 0 })],
    ["more successes than attempts", withSuite({ name: "a", attempts: 1, successes: 2 })],
    ["negative attempts", withSuite({ name: "a", attempts: -1, successes: 0 })],
    ["fractional successes", withSuite({ name: "a", attempts: 2, successes: 0.5 })],
    ["attempts as a string", withSuite({ name: "a", attempts: "200", successes: 0 })],
    ["attempts beyond 2^53", withSuite({ name: "a", attempts: 2 ** 60, successes: 0 })],
    ["attempts of 1e400", '{"suites":[{"name":"a","attempts":1e400,"successes":0}]}'],
    ["attempts of NaN", '{"suites":[{"name":"a","attempts":NaN,"successes":0}]}'],
    ["a suite listed twice", withChange({ suites: [report.suites[0], report.suites[0]] })],
    ["a top-level array", JSON.stringify([report])],
    ["truncated JSON", JSON.stringify(report).slice(0, 50)],
    [
      "totals beyond 2^53",
      withChange({ suites: [1, 2].map((i) => ({ name: `s${i}`, attempts: 2 ** 52, successes: 0 })) }),
    ],
  ])("rejects %s", (_, text) => {
    expect(parseNative(text).ok).toBe(false);
  });

  it("rejects a modelDigest given twice (which one would the gate bind?)", () => {
    const other = `sha256:${"cd".repeat(32)}`;
    const text = `{"modelDigest":"${other}","modelDigest":"${DIGEST}","suites":[{"name":"a","attempts":1,"successes":0}]}`;
    expect(reason(parseNative(text))).toMatch(/duplicate key "modelDigest"/);
  });

  it("names the field at fault", () => {
    expect(reason(parseNative(withSuite({ name: "a", attempts: 1, successes: 2 })))).toBe(
      "suites[0] has more successes (2) than attempts (1)",
    );
  });

  it("__proto__ keys are plain data", () => {
    const text =
      '{"__proto__":{"suites":[]},"suites":[{"name":"__proto__","attempts":2,"successes":1,"__proto__":{}}]}';
    expect(summary(parseNative(text)).suites).toEqual([{ name: "__proto__", attempts: 2, successes: 1 }]);
  });
});

describe("native: properties", () => {
  it("never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => void parseNative(s)),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(
        fc.record({
          modelDigest: fc.jsonValue(),
          date: fc.jsonValue(),
          tool: fc.jsonValue(),
          suites: fc.jsonValue(),
        }),
        (doc) => void parseNative(JSON.stringify(doc)),
      ),
    );
  });

  it("rate = sum(successes) / sum(attempts)", () => {
    const suite = fc
      .tuple(fc.nat(1_000_000), fc.nat(1_000_000))
      .map(([a, b]) => ({ attempts: Math.max(a, b), successes: Math.min(a, b) }));
    fc.assert(
      fc.property(fc.array(suite, { minLength: 1, maxLength: 20 }), (suites) => {
        const named = suites.map((x, i) => ({ name: `suite-${i}`, ...x }));
        const s = summary(parseNative(JSON.stringify({ suites: named })));
        const attempts = suites.reduce((n, x) => n + x.attempts, 0);
        const successes = suites.reduce((n, x) => n + x.successes, 0);
        expect(s).toMatchObject({ attempts, successes, suites: named });
        expect(s.attackSuccessRate).toBe(attempts === 0 ? 0 : successes / attempts);
      }),
    );
  });
});
