import { describe, expect, it } from "vitest";
import { renderJson } from "../../src/reports/json.ts";
import { sampleResult } from "./sample-result.ts";

describe("renderJson", () => {
  it("has exactly the SPEC section 6 keys, in order, plus mode", () => {
    const text = renderJson(sampleResult());
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "schemaVersion": 1,');
    const report = JSON.parse(text);
    expect(Object.keys(report)).toEqual([
      "schemaVersion",
      "verdict",
      "mode",
      "command",
      "environment",
      "base",
      "head",
      "evaluatedAt",
      "policy",
      "waivers",
      "models",
      "findings",
    ]);
    expect(report.verdict).toBe("fail");
    expect(Object.keys(report.policy)).toEqual(["source", "digest"]);
    expect(Object.keys(report.models[0])).toEqual([
      "manifest",
      "name",
      "riskTier",
      "modelDigest",
      "verdict",
      "version",
      "artifacts",
      "evidence",
      "approvals",
    ]);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(["ruleId", "severity", "message", "file", "line", "model", "waived"]);
    }
  });

  it("uses null for what a finding does not have, and the waiver when one covers it", () => {
    const report = JSON.parse(renderJson(sampleResult()));
    const pending = report.findings.find((f: { ruleId: string }) => f.ruleId === "approval/pending");
    expect(pending).toMatchObject({ file: null, line: null, model: "fraud-detector", waived: null });
    const policy = report.findings.find((f: { ruleId: string }) => f.ruleId === "policy/changed");
    expect(policy.model).toBeNull();
    const waived = report.findings.find((f: { ruleId: string }) => f.ruleId === "risk/assessment-expired");
    expect(waived.waived).toEqual({
      rule: "risk/assessment-expired",
      model: "support-assistant",
      reason: "re-assessment booked for 2026-11-15; no new use cases since the last one",
      owner: "alice",
      ticket: "SEC-1234",
      expires: "2026-12-31",
    });
    const noTicket = report.findings.find(
      (f: { ruleId: string }) => f.ruleId === "provenance/unvetted-dataset",
    );
    expect(noTicket.waived.ticket).toBeNull();
  });

  it("is deterministic: the engine's finding and model order does not matter", () => {
    const a = sampleResult();
    const b = sampleResult({ findings: [...a.findings].reverse(), models: [...a.models].reverse() });
    expect(renderJson(b)).toBe(renderJson(a));
    const files = JSON.parse(renderJson(a)).findings.map((f: { file: string | null }) => f.file);
    const withFile = files.filter((f: string | null) => f !== null);
    expect(withFile).toEqual([...withFile].sort());
    expect(files.slice(withFile.length).every((f: string | null) => f === null)).toBe(true);
  });

  it("reports the error when the gate could not evaluate", () => {
    const report = JSON.parse(
      renderJson(
        sampleResult({ verdict: "error", error: "GitHub API unreachable", findings: [], models: [] }),
      ),
    );
    expect(report.verdict).toBe("error");
    expect(report.error).toBe("GitHub API unreachable");
    expect(Object.keys(report).indexOf("error")).toBe(3);
  });

  it("keeps hostile strings as data: JSON escaping, no loss", () => {
    const message = '"},"verdict":"pass","x":{"\u2028\u0000';
    const result = sampleResult({ findings: [{ ...sampleResult().findings[0]!, message }] });
    const report = JSON.parse(renderJson(result));
    expect(report.verdict).toBe("fail");
    expect(report.findings[0].message).toBe(message);
  });
});
