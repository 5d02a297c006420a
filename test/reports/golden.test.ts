import { describe, expect, it } from "vitest";
import { renderMarkdown, SUMMARY_MAX_CHARS } from "../../src/reports/markdown.ts";
import { renderSarif } from "../../src/reports/sarif.ts";
import { renderText } from "../../src/reports/text.ts";
import { expectGolden } from "./golden.ts";
import { sampleResult } from "./sample-result.ts";

const golden = (name: string) => new URL(`./golden/${name}`, import.meta.url);

describe("golden reports", () => {
  it("text without colour", () => {
    const text = renderText(sampleResult(), { color: false });
    expect(text).not.toContain("\u001B");
    expectGolden(text, golden("report.txt"));
  });

  it("text with colour", () => {
    const text = renderText(sampleResult(), { color: true });
    expect(text).toContain("\u001B[31m");
    expectGolden(text, golden("report.color.txt"));
  });

  it("markdown comment", () => {
    const md = renderMarkdown(sampleResult(), {
      marker: "<!-- model-gate:comment -->",
      runUrl: "https://github.com/acme/models/actions/runs/42",
    });
    expectGolden(md, golden("comment.md"));
  });

  it("job summary (the same report, without the comment marker, within 1 MiB)", () => {
    const md = renderMarkdown(sampleResult(), {
      maxChars: SUMMARY_MAX_CHARS,
      runUrl: "https://github.com/acme/models/actions/runs/42",
    });
    expectGolden(md, golden("summary.md"));
  });

  it("SARIF: the rules that fired, line 1 on binary files, the tool's version", () => {
    expectGolden(renderSarif(sampleResult(), { toolVersion: "1.2.3" }), golden("report.sarif"));
  });

  it("markdown for a passing change, in warn mode and for an evaluation error", () => {
    const pass = renderMarkdown(
      sampleResult({
        verdict: "pass",
        findings: [],
        models: sampleResult().models.map((m) => ({ ...m, verdict: "pass" })),
      }),
    );
    expectGolden(pass, golden("pass.md"));
    const warn = renderText(sampleResult({ mode: "warn" }), { color: false });
    expect(warn.split("\n")[0]).toBe(
      "Model Gate: FAIL (warn mode, not blocking) — 6 errors, 2 warnings, 1 note in 4 models (2 waived)",
    );
    const error = sampleResult({
      verdict: "error",
      models: [],
      findings: [],
      error: "The pull request lists 3000 files, GitHub's cap: the file list may be truncated.",
    });
    expectGolden(renderMarkdown(error), golden("error.md"));
    expect(renderText(error, { color: false })).toContain(
      "Model Gate: ERROR — the gate could not evaluate: The pull request lists 3000 files",
    );
  });
});
