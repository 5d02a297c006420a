import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_PLUGIN, parsePromptfoo } from "../../src/evidence/promptfoo.ts";
import type { EvidenceParse } from "../../src/evidence/types.ts";

// Provenance of the fixtures: test/evidence/fixtures/README.md.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const REDTEAM = "promptfoo-redteam.json";
const SAMPLE = "promptfoo-sample-export.trimmed.json";

function summary(p: EvidenceParse) {
  if (!p.ok) throw new Error(`expected ok, got: ${p.reason}`);
  return p.summary;
}
function reason(p: EvidenceParse): string {
  if (p.ok) throw new Error("expected a failure");
  return p.reason;
}
/** The red-team export as data, to derive hostile variants from. */
const redteam = () => JSON.parse(fixture(REDTEAM));

describe("promptfoo --output JSON", () => {
  it("red-team export: failures / (successes + failures), errored tests left out, suites by plugin", () => {
    const s = summary(parsePromptfoo(fixture(REDTEAM)));
    expect(s).toMatchObject({
      tool: "promptfoo",
      attempts: 8,
      successes: 3,
      date: "2026-09-30T14:02:11.412Z",
    });
    expect(s.attackSuccessRate).toBe(3 / 8);
    expect(s.suites).toEqual([
      { name: "harmful:hate", attempts: 3, successes: 1 },
      { name: "pii:direct", attempts: 2, successes: 0 },
      { name: "prompt-extraction", attempts: 2, successes: 2 },
      { name: "hijacking", attempts: 1, successes: 0 },
    ]);
  });

  it("promptfoo's own sample export: a plain eval (no redteam config, no plugin ids), not red-team", () => {
    const s = summary(parsePromptfoo(fixture(SAMPLE)));
    expect(s).toMatchObject({
      attempts: 4,
      successes: 4,
      attackSuccessRate: 1,
      redTeam: false,
      date: "2025-10-01T20:08:11.168Z",
    });
    expect(s.suites).toEqual([{ name: NO_PLUGIN, attempts: 4, successes: 4 }]);
  });

  it("the red-team export is red-team: by its config, and by its plugin ids alone", () => {
    expect(summary(parsePromptfoo(fixture(REDTEAM))).redTeam).toBe(true);
    const noConfig = redteam();
    delete noConfig.config.redteam;
    expect(summary(parsePromptfoo(JSON.stringify(noConfig))).redTeam).toBe(true);
    const configOnly = redteam();
    for (const r of configOnly.results.results) {
      delete r.metadata;
      delete r.testCase.metadata;
      delete r.testCase.assert;
    }
    const s = summary(parsePromptfoo(JSON.stringify(configOnly)));
    expect(s.redTeam).toBe(true);
    expect(s.suites).toEqual([{ name: NO_PLUGIN, attempts: 8, successes: 3 }]);
  });

  it("the plugin from the red-team grading assertion when metadata names none", () => {
    const doc = redteam();
    delete doc.config.redteam;
    for (const r of doc.results.results) {
      delete r.metadata;
      delete r.testCase.metadata;
    }
    const s = summary(parsePromptfoo(JSON.stringify(doc)));
    expect(s.redTeam).toBe(true);
    expect(s.suites.map((x) => x.name)).toContain("harmful:hate");
  });

  it("the older shape with results and stats at the top level; plugin id from testCase.metadata", () => {
    const doc = redteam();
    const older = {
      version: 2,
      timestamp: doc.results.timestamp,
      results: doc.results.results.map((r: Record<string, unknown>) => ({ ...r, metadata: undefined })),
      stats: { successes: 5, failures: 3 },
      table: { head: { prompts: [], vars: [] }, body: [] },
    };
    const s = summary(parsePromptfoo(JSON.stringify(older)));
    expect(s).toMatchObject({ attempts: 8, successes: 3 });
    expect(s.suites.map((x) => x.name)).toEqual([
      "harmful:hate",
      "pii:direct",
      "prompt-extraction",
      "hijacking",
    ]);
  });

  it("test descriptions are not plugins: a plain eval stays one group and is not red-team", () => {
    const text = JSON.stringify({
      results: [
        { success: true, testCase: { description: "refuses SQL injection" } },
        { success: false, testCase: { description: "refuses SQL injection" } },
        { success: false, testCase: { description: "keeps the system prompt" } },
      ],
      stats: { successes: 1, failures: 2 },
    });
    const s = summary(parsePromptfoo(text));
    expect(s.suites).toEqual([{ name: NO_PLUGIN, attempts: 3, successes: 2 }]);
    expect(s.redTeam).toBe(false);
  });

  it("stats alone (an export without per-test results)", () => {
    const s = summary(
      parsePromptfoo(JSON.stringify({ results: { stats: { successes: 95, failures: 5, errors: 2 } } })),
    );
    expect(s).toMatchObject({ attempts: 100, successes: 5, attackSuccessRate: 0.05, suites: [] });
  });
});

describe("promptfoo: what is not a readable report", () => {
  it("stats that disagree with the listed results (a hand-edited summary)", () => {
    const doc = redteam();
    doc.results.stats = { successes: 8, failures: 0, errors: 1 };
    expect(reason(parsePromptfoo(JSON.stringify(doc)))).toMatch(/stats \(8 successes, 0 failures\) disagree/);
  });

  it("a result whose success is not a boolean", () => {
    for (const bad of ["true", 1, null, undefined]) {
      const doc = redteam();
      doc.results.results[4].success = bad;
      expect(reason(parsePromptfoo(JSON.stringify(doc)))).toMatch(/^result #5 has success/);
    }
  });

  it.each([
    ["truncated JSON", () => fixture(REDTEAM).slice(0, 5_000)],
    ["an empty file", () => ""],
    ["a JSON array", () => "[]"],
    ["JSON with neither results nor stats", () => JSON.stringify({ evalId: "x", config: {} })],
    ["results that are a string", () => JSON.stringify({ results: "all good" })],
    [
      "a result that is a number",
      () => JSON.stringify({ results: [1], stats: { successes: 1, failures: 0 } }),
    ],
    ["stats with strings", () => JSON.stringify({ results: { stats: { successes: "95", failures: "5" } } })],
    [
      "stats with negative counts",
      () => JSON.stringify({ results: { stats: { successes: 10, failures: -1 } } }),
    ],
    ["stats with 1e400", () => '{"results":{"stats":{"successes":1e400,"failures":0}}}'],
    ["stats with NaN", () => '{"results":{"stats":{"successes":NaN,"failures":0}}}'],
    ["stats beyond 2^53", () => JSON.stringify({ stats: { successes: 2 ** 53 - 1, failures: 2 ** 53 - 1 } })],
    [
      "a bad timestamp",
      () => JSON.stringify({ results: { timestamp: "last week", stats: { successes: 1, failures: 0 } } }),
    ],
    ["a duplicated failures key", () => '{"results":{"stats":{"successes":9,"failures":5,"failures":0}}}'],
    ["trailing garbage", () => `${fixture(SAMPLE)}\n{}`],
  ])("%s", (_, text) => {
    expect(parsePromptfoo(text()).ok).toBe(false);
  });

  it("reports the line of a syntax error", () => {
    const text = fixture(SAMPLE).replace('"success": false', '"success": false,,');
    const p = parsePromptfoo(text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(text.split("\n")[p.line! - 1]).toContain('"success": false,,');
  });

  it("__proto__ keys are plain data", () => {
    const text =
      '{"__proto__":{"results":[]},"results":[{"success":false,"metadata":{"pluginId":"__proto__"},"__proto__":{"success":true}}],"stats":{"successes":0,"failures":1}}';
    expect(summary(parsePromptfoo(text)).suites).toEqual([{ name: "__proto__", attempts: 1, successes: 1 }]);
    expect(({} as Record<string, unknown>).results).toBeUndefined();
  });
});

describe("promptfoo: properties", () => {
  it("never throws, whatever the text or JSON", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => void parsePromptfoo(s)),
      {
        numRuns: 2_000,
      },
    );
    fc.assert(fc.property(fc.json(), (s) => void parsePromptfoo(s)));
    fc.assert(
      fc.property(
        fc.record(
          { results: fc.jsonValue(), stats: fc.jsonValue(), timestamp: fc.jsonValue() },
          { requiredKeys: [] },
        ),
        (doc) => void parsePromptfoo(JSON.stringify({ results: doc })),
      ),
    );
  });

  it("rate = failures / (successes + failures) over generated results", () => {
    const result = fc.record({
      outcome: fc.constantFrom("pass", "fail", "error"),
      plugin: fc.constantFrom("harmful:hate", "pii:direct", "hijacking", "excessive-agency"),
    });
    fc.assert(
      fc.property(fc.array(result, { maxLength: 60 }), fc.boolean(), (rows, nested) => {
        const results = rows.map((r) => ({
          success: r.outcome === "pass",
          failureReason: r.outcome === "pass" ? 0 : r.outcome === "fail" ? 1 : 2,
          metadata: { pluginId: r.plugin },
        }));
        const successes = rows.filter((r) => r.outcome === "pass").length;
        const failures = rows.filter((r) => r.outcome === "fail").length;
        const stats = { successes, failures, errors: rows.length - successes - failures };
        const body = { version: 3, results, stats };
        const s = summary(parsePromptfoo(JSON.stringify(nested ? { evalId: "e", results: body } : body)));
        expect(s.attempts).toBe(successes + failures);
        expect(s.successes).toBe(failures);
        expect(s.attackSuccessRate).toBe(successes + failures === 0 ? 0 : failures / (successes + failures));
        expect(s.suites.reduce((n, x) => n + x.successes, 0)).toBe(failures);
      }),
    );
  });
});
