// Property tests of the report writers with arbitrary (hostile) strings in every field: the SARIF
// writer round-trips (valid JSON, one result per finding, paths and messages recoverable), the
// markdown stays inert and within its budget, the text report never yields a workflow command.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/findings.ts";
import type { GateResult } from "../../src/core/result.ts";
import { RULE_IDS } from "../../src/core/rules.ts";
import { sortFindings } from "../../src/core/verdict.ts";
import { showInvisible, wellFormed } from "../../src/reports/escape.ts";
import { renderMarkdown } from "../../src/reports/markdown.ts";
import { renderSarif } from "../../src/reports/sarif.ts";
import { renderText } from "../../src/reports/text.ts";
import { noPoisoningAfterEach, settings } from "./settings.ts";

noPoisoningAfterEach();

/** Strings biased towards what breaks sinks: markup, mentions, commands, controls, astral chars. */
const hostile = fc.oneof(
  fc.string({ maxLength: 40, unit: "grapheme" }),
  fc.string({ maxLength: 40, unit: "binary" }),
  fc
    .array(
      fc.constantFrom(
        "<!--",
        "-->",
        "<",
        ">",
        "&",
        "@",
        "octocat",
        "[",
        "](",
        ")",
        "`",
        "*",
        "|",
        "\n",
        "\r",
        "::",
        "error",
        "add-mask",
        "##[",
        "\u202E",
        "\u200B",
        "\u001B[31m",
        "\uD800",
        "😀",
        "#",
        "1.",
        " ",
        "\\",
        "%0A",
      ),
      { maxLength: 30 },
    )
    .map((p) => p.join("")),
);
// Repository paths are "/"-separated; a backslash is read as a separator by the SARIF writer.
const segment = hostile.filter((s) => s.length > 0 && !s.includes("/") && !s.includes("\\"));
const repoPath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join("/"));
const waiver = fc.record({
  rule: fc.constantFrom(...RULE_IDS),
  model: hostile,
  reason: hostile,
  owner: hostile,
  ticket: fc.option(hostile, { nil: undefined }),
  expires: hostile,
});
const finding: fc.Arbitrary<Finding> = fc.record({
  ruleId: fc.constantFrom(...RULE_IDS),
  severity: fc.constantFrom("error", "warning", "note"),
  message: hostile,
  file: fc.option(repoPath, { nil: undefined }),
  line: fc.option(fc.integer({ min: -2, max: 100_000 }), { nil: undefined }),
  column: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
  model: fc.option(hostile, { nil: undefined }),
  waived: fc.option(waiver, { nil: null }),
});
const result: fc.Arbitrary<GateResult> = fc.record({
  schemaVersion: fc.constant(1 as const),
  verdict: fc.constantFrom("pass", "fail", "error"),
  mode: fc.constantFrom("enforce", "warn"),
  base: hostile,
  head: hostile,
  policy: fc.record({ source: hostile, digest: hostile }),
  models: fc.array(
    fc.record({
      manifest: repoPath,
      name: hostile,
      riskTier: fc.constantFrom("minimal", "limited", "high", "unacceptable", null),
      modelDigest: fc.constant(null),
      verdict: fc.constantFrom("pass", "fail"),
    }),
    { maxLength: 4 },
  ),
  findings: fc.array(finding, { maxLength: 12 }),
  error: fc.option(hostile, { nil: undefined }),
});

describe("SARIF writer", () => {
  it("round-trips: one result per finding, rule ids, messages and file paths recoverable", () => {
    fc.assert(
      fc.property(result, (r) => {
        const sarif = JSON.parse(renderSarif(r));
        expect(sarif.version).toBe("2.1.0");
        const results = sarif.runs[0].results;
        const rules = sarif.runs[0].tool.driver.rules;
        // A local run's pending-approval notes are not code-scanning alerts.
        const alerts = sortFindings(r.findings).filter(
          (f) => !(f.ruleId === "approval/pending" && f.severity === "note"),
        );
        expect(results).toHaveLength(alerts.length);
        alerts.forEach((f, i) => {
          const res = results[i];
          expect(res.ruleId).toBe(f.ruleId);
          expect(rules[res.ruleIndex].id).toBe(f.ruleId);
          expect(res.message.text).toBe(showInvisible(f.message));
          if (f.file !== undefined) {
            const uri: string = res.locations[0].physicalLocation.artifactLocation.uri;
            // Lone surrogates come back as U+FFFD (they cannot be encoded); all else exactly.
            expect(uri.split("/").map(decodeURIComponent).join("/")).toBe(wellFormed(f.file));
          }
          expect(Boolean(res.suppressions)).toBe(f.waived !== null);
        });
      }),
      settings(2101, 300),
    );
  });
});

describe("markdown writer", () => {
  it("stays within the budget, keeps one marker, pings nobody and opens no HTML", () => {
    const marker = "<!-- model-gate:comment -->";
    fc.assert(
      fc.property(result, fc.integer({ min: 2000, max: 70_000 }), (r, maxChars) => {
        const md = renderMarkdown(r, { marker, maxChars });
        expect(Buffer.byteLength(md)).toBeLessThanOrEqual(maxChars);
        expect(md.split(marker).length - 1).toBeLessThanOrEqual(1);
        expect(md).not.toMatch(/@[A-Za-z0-9]/);
        for (const t of md.match(/<\/?[a-zA-Z!][^>]*>/g) ?? [])
          expect([
            "<sub>",
            "</sub>",
            "<br>",
            "<details>",
            "<summary>",
            "</summary>",
            "</details>",
            marker,
          ]).toContain(t);
        expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u001B]/);
      }),
      settings(2201, 300),
    );
  });
});

describe("text writer", () => {
  it("no line is a workflow command and no terminal control survives", () => {
    fc.assert(
      fc.property(result, (r) => {
        const text = renderText(r, { color: false });
        for (const line of text.split(/\r?\n/)) {
          expect(line).not.toMatch(/^[\s\uFEFF]*::/);
          expect(line).not.toContain("##[");
        }
        expect(text).not.toMatch(/[\u001B\u009B\u202E]/);
        expect(text).not.toContain("\r");
      }),
      settings(2301, 300),
    );
  });
});
