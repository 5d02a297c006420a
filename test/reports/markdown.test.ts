import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/findings.ts";
import { RULE_IDS, RULES } from "../../src/core/rules.ts";
import { COMMENT_MAX_CHARS, renderAnnotations, renderMarkdown } from "../../src/reports/markdown.ts";
import { renderText } from "../../src/reports/text.ts";
import { HOSTILE, sampleResult } from "./sample-result.ts";

const MARKER = "<!-- model-gate:comment -->";

function manyFindings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => {
    const ruleId = RULE_IDS[i % RULE_IDS.length]!;
    return {
      ruleId,
      severity: RULES[ruleId].severity,
      message: `Finding ${i}: ${"the dataset or artifact that is at fault, and what to do about it. ".repeat(3)}`,
      file: `models/m${i % 40}.model.yaml`,
      line: (i % 300) + 1,
      model: `model-${i % 40}`,
      waived: null,
    };
  });
}

function bigResult(n: number) {
  const models = Array.from({ length: 40 }, (_, i) => ({
    manifest: `models/m${i}.model.yaml`,
    name: `model-${i}`,
    riskTier: "high" as const,
    modelDigest: null,
    verdict: "fail" as const,
  }));
  return sampleResult({ models, findings: manyFindings(n) });
}

describe("renderMarkdown", () => {
  it("puts the hidden marker on the first line only when asked", () => {
    expect(renderMarkdown(sampleResult(), { marker: MARKER }).split("\n")[0]).toBe(MARKER);
    expect(renderMarkdown(sampleResult())).not.toContain("<!--");
  });

  it("stays under GitHub's 65,536-character comment limit with 10,000 findings and says what it left out", () => {
    const md = renderMarkdown(bigResult(10_000), { marker: MARKER });
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    const shown = md.split("\n").filter((l) => l.startsWith("- ")).length;
    expect(shown).toBeGreaterThan(50);
    expect(md).toContain(
      `…and ${10_000 - shown} more findings; see the full report (the JSON/SARIF artifact or the job summary).`,
    );
    // all 40 models still get their table row (15 open, the rest folded)
    expect(md.split("\n").filter((l) => l.startsWith("| ❌ | **model\\-")).length).toBe(40);
  });

  it("shows the most important findings when it must leave some out", () => {
    const findings = manyFindings(3000).map((f, i) => ({
      ...f,
      severity: i === 2999 ? ("error" as const) : ("warning" as const),
      message: i === 2999 ? "THE ONE ERROR" : f.message,
    }));
    const md = renderMarkdown(sampleResult({ findings }), { maxChars: 20_000 });
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(md).toContain("THE ONE ERROR");
  });

  it("a summary budget of 1,000,000 holds all 10,000 findings when they fit, and never more than the budget", () => {
    const md = renderMarkdown(bigResult(10_000), { maxChars: 1_000_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1_000_000);
    const shown = md.split("\n").filter((l) => l.startsWith("- ")).length;
    expect(shown + Number(/…and (\d+) more findings/.exec(md)?.[1] ?? 0)).toBe(10_000);
  });

  it("respects absurdly small budgets", () => {
    for (const max of [0, 50, 300, 2000]) {
      expect(renderMarkdown(bigResult(100), { maxChars: max, marker: MARKER }).length).toBeLessThanOrEqual(
        Math.max(max, 1),
      );
    }
  });

  it("the table has at most six columns, a row per file at fault, worst first", () => {
    const md = renderMarkdown(sampleResult());
    const tables = md.split("\n").filter((l) => l.startsWith("| "));
    for (const r of tables) expect(r.split(" | ").length).toBeLessThanOrEqual(6);
    const body = tables.filter((r) => /^\| (❌|⚠️|✅) \|/.test(r));
    expect(body.map((r) => r.split(" | ")[0])).toEqual([
      "| ❌",
      "| ❌",
      "| ❌",
      "| ⚠️",
      "| ⚠️",
      "| ✅",
      "| ✅",
    ]);
    // the worst finding ranks first: ops-agent's unsafe pickle; families worst first
    expect(body[0]).toBe(
      "| ❌ | **ops\\-agent**<br>agents/ops\\-agent.model.yaml | high | sha256:4f2a0c5e4f2a… | safety, controls | 2 errors |",
    );
    expect(body[1]).toBe(
      "| ❌ | **support\\-assistant**<br>models/support.model.yaml | high | sha256:4f2a0c5e4f2a… | evidence, approval, controls | 3 errors · 1 waived |",
    );
    // a file that no model owns gets its own row
    expect(body.some((r) => r.startsWith("| ❌ | models/new/model.onnx<br>_not tied to a model_ |"))).toBe(
      true,
    );
  });

  it("an unsafe pickle not tied to a model has its own failing row, and models named alike keep theirs", () => {
    const base = sampleResult();
    const pickle = {
      ruleId: "safety/unsafe-pickle" as const,
      severity: "error" as const,
      message: "The model file models/ops/extra.pkl imports os.system when loaded.",
      file: "models/ops/extra.pkl",
      waived: null,
    };
    const twins = [
      {
        manifest: "a/m.model.yaml",
        name: "twin",
        riskTier: "high" as const,
        modelDigest: null,
        verdict: "fail" as const,
      },
      {
        manifest: "b/m.model.yaml",
        name: "twin",
        riskTier: "minimal" as const,
        modelDigest: null,
        verdict: "pass" as const,
      },
    ];
    const finding = { ...pickle, ruleId: "controls/missing" as const, file: "a/m.model.yaml", model: "twin" };
    const md = renderMarkdown(
      sampleResult({ models: [...base.models, ...twins], findings: [pickle, finding] }),
    );
    const rows = md.split("\n").filter((l) => l.startsWith("| "));
    expect(rows.find((r) => r.includes("models/ops/extra.pkl"))).toMatch(
      /^\| ❌ \|.*\| safety \| 1 error \|$/,
    );
    expect(rows.filter((r) => r.includes("**twin**"))).toHaveLength(2);
    expect(rows.find((r) => r.includes("a/m.model.yaml"))).toMatch(/^\| ❌ /);
    expect(rows.find((r) => r.includes("b/m.model.yaml"))).toMatch(/^\| ✅ /);
  });

  it("shortens digests and commits, lists the commands to run, and folds the long tail", () => {
    const digest = `sha256:${"ab".repeat(32)}`;
    const f = {
      ruleId: "integrity/digest-mismatch" as const,
      severity: "error" as const,
      message: `The artifact's bytes hash to ${digest}, but the manifest says ${digest}.`,
      file: "models/support.model.yaml",
      line: 12,
      model: "support-assistant",
      waived: null,
    };
    const md = renderMarkdown(sampleResult({ findings: [f, ...sampleResult().findings] }));
    expect(md).not.toMatch(/[0-9a-f]{13}/);
    expect(md).toContain("sha256:abababababab…");
    expect(md).toContain(
      "2. **support\\-assistant**: `model-gate digest --write models/support.model.yaml` — Updates the artifact digests",
    );
    expect(md).toContain(
      "<details><summary>7 more findings: 2 errors, 2 warnings, 1 note, 2 waived</summary>",
    );
  });

  it("lists the waivers in effect, folded", () => {
    const md = renderMarkdown(sampleResult());
    const section = md.slice(md.indexOf("<details><summary>2 waivers in effect</summary>"));
    expect(section).toContain("| support\\-assistant | alice (SEC\\-1234) | 2026\\-12\\-31 | 1 |");
    expect(section).toContain("| fraud\\-detector | bob | 2026\\-11\\-30 | 1 |");
  });

  it("escapes hostile manifest content: no forged marker, HTML, link, mention or bidi", () => {
    const base = sampleResult();
    const findings = HOSTILE.map((s, i) => ({
      ...base.findings[i % base.findings.length]!,
      message: s,
      file: s,
      model: s,
      waived: null,
    }));
    const models = base.models.map((m, i) => ({ ...m, name: HOSTILE[i]!, manifest: HOSTILE[i + 4]! }));
    const md = renderMarkdown(
      sampleResult({ findings, models, base: "<!-- model-gate:comment -->", error: "<b>x</b>" }),
      { marker: MARKER, runUrl: "javascript:alert(1)" },
    );
    expect(md.split(MARKER)).toHaveLength(2); // only our own marker
    expect(md.indexOf(MARKER)).toBe(0);
    const body = md.slice(MARKER.length);
    // our own <sub>, <br>, <details> and <summary> are the only tags
    expect(body).not.toMatch(/<(?!sub>|\/sub>|br>|details>|\/details>|summary>|\/summary>)/);
    expect(md).not.toContain("](javascript:");
    expect(md).not.toMatch(/@[A-Za-z0-9]/);
    expect(md).not.toMatch(/[\u202A-\u202E\u001B]/);
    expect(md).not.toContain("workflow run");
  });
});

describe("renderText with hostile content", () => {
  it("prints no workflow command, no foreign escape sequence and no bidi control", () => {
    const base = sampleResult();
    const findings = HOSTILE.map((s, i) => ({
      ...base.findings[i % base.findings.length]!,
      message: s,
      file: s,
      waived: null,
    }));
    const models = base.models.map((m, i) => ({ ...m, manifest: HOSTILE[i]! }));
    for (const color of [false, true]) {
      const text = renderText(sampleResult({ findings, models }), { color });
      for (const line of text.split("\n")) {
        expect(line).not.toMatch(/^\s*::/);
        expect(line).not.toContain("##[");
      }
      expect(text).not.toMatch(/[\u202A-\u202E\u0007]/);
      expect(text).not.toContain("\u001B]8");
      if (!color) expect(text).not.toContain("\u001B");
    }
  });
});

describe("renderAnnotations", () => {
  it("leaves room for the step's own failure message: 9 finding errors + the failure = GitHub's 10", () => {
    const findings = manyFindings(50).map((f) => ({ ...f, severity: "error" as const }));
    const fail = renderAnnotations(sampleResult({ findings }));
    expect(fail.filter((a) => a.level === "error")).toHaveLength(9);
    const error = renderAnnotations(sampleResult({ findings, verdict: "error", error: "x" }));
    expect(error.filter((a) => a.level === "error")).toHaveLength(8);
    const warn = renderAnnotations(sampleResult({ findings, mode: "warn" }));
    expect(warn.filter((a) => a.level === "error")).toHaveLength(10);
    const warnings = manyFindings(50).map((f) => ({ ...f, severity: "warning" as const }));
    expect(
      renderAnnotations(sampleResult({ findings: warnings, mode: "warn" })).filter(
        (a) => a.level === "warning",
      ),
    ).toHaveLength(9);
  });

  it("caps at 10 errors and 10 warnings plus one notice that counts the rest", () => {
    const findings = manyFindings(500).map((f, i) => ({
      ...f,
      severity: i % 2 ? ("warning" as const) : ("error" as const),
    }));
    const annotations = renderAnnotations(sampleResult({ findings }), { maxErrors: 10, maxWarnings: 10 });
    expect(annotations).toHaveLength(21);
    expect(annotations.filter((a) => a.level === "error")).toHaveLength(10);
    expect(annotations.filter((a) => a.level === "warning")).toHaveLength(10);
    expect(annotations[20]).toEqual({
      level: "notice",
      title: "Model Gate",
      message: "480 more findings are in the job summary.",
    });
  });

  it("annotates unwaived errors and warnings at their manifest line, and skips waived findings and notes", () => {
    const annotations = renderAnnotations(sampleResult());
    expect(annotations.map((a) => a.level)).toEqual([
      "error",
      "error",
      "error",
      "error",
      "error",
      "error",
      "warning",
      "warning",
    ]);
    const threshold = annotations.find((a) => a.title.includes("evidence/threshold-exceeded"))!;
    expect(threshold).toMatchObject({ file: "models/support.model.yaml", startLine: 31 });
    expect(threshold.title).toBe("Model Gate: evidence/threshold-exceeded (support-assistant)");
    expect(threshold.message).toContain("docs/rules/evidence/threshold-exceeded.md");
    const pickle = annotations.find((a) => a.title.includes("safety/unsafe-pickle"))!;
    expect(pickle.startLine).toBeUndefined();
    expect(annotations.some((a) => a.title.includes("risk/assessment-expired"))).toBe(false);
  });

  it("no notice when everything fits; hostile messages become one visible line", () => {
    const f = { ...sampleResult().findings[0]!, message: "a\n::error::x\u202E" };
    const [a, ...rest] = renderAnnotations(sampleResult({ findings: [f] }));
    expect(rest).toEqual([]);
    expect(a!.message.split("\n")[0]).toBe("a ::error::x\\u202E");
  });
});
