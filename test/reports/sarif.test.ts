import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { RULE_IDS, RULES, ruleDocUrl } from "../../src/core/rules.ts";
import { FINGERPRINT_KEY, pathToUri, renderSarif } from "../../src/reports/sarif.ts";
import { HOSTILE, sampleResult } from "./sample-result.ts";

// The SARIF 2.1.0 (rtm.5) schema, as published on SchemaStore, copied from the MIT-licensed
// @microsoft/jest-sarif package. It is draft-04; Ajv 8 reads it once the draft-04 keywords go.
function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(new URL("./fixtures/sarif-2.1.0-rtm.5.json", import.meta.url), "utf8"),
  );
  delete schema.$schema;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv.compile(schema);
}

const validate = sarifValidator();

describe("renderSarif", () => {
  it("is valid SARIF 2.1.0", () => {
    const log = JSON.parse(renderSarif(sampleResult(), { toolVersion: "1.2.3" }));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0].tool.driver).toMatchObject({
      name: "Model Gate",
      version: "1.2.3",
      semanticVersion: "1.2.3",
    });
  });

  it("the validator really rejects what the schema forbids", () => {
    const bad = {
      version: "2.1.0",
      runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "fatal" }] }],
    };
    expect(validate(bad)).toBe(false);
  });

  it("is still valid with hostile strings, an error verdict and no findings", () => {
    const base = sampleResult();
    const hostile = sampleResult({
      findings: HOSTILE.map((s, i) => ({
        ...base.findings[i % base.findings.length]!,
        message: s,
        file: `dir/${s}`,
      })),
    });
    expect(validate(JSON.parse(renderSarif(hostile)))).toBe(true);
    const error = JSON.parse(renderSarif(sampleResult({ verdict: "error", error: "boom", findings: [] })));
    expect(validate(error)).toBe(true);
    expect(error.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(error.runs[0].results).toEqual([]);
  });

  it("sets the tool's version by default, the one package.json has", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    const driver = JSON.parse(renderSarif(sampleResult())).runs[0].tool.driver;
    expect(driver.version).toBe(pkg.version);
    expect(driver.semanticVersion).toBe(pkg.version);
  });

  it("embeds only the rules that fired, and leaves a local run's pending approvals out", () => {
    const run = JSON.parse(renderSarif(sampleResult())).runs[0];
    const fired = [...new Set(sampleResult().findings.map((f) => f.ruleId))].filter(
      (id) => id !== "approval/pending",
    );
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id).sort()).toEqual(fired.sort());
    expect(run.results.some((r: { ruleId: string }) => r.ruleId === "approval/pending")).toBe(false);
    expect(JSON.parse(renderSarif(sampleResult({ findings: [] }))).runs[0].tool.driver.rules).toEqual([]);
  });

  it("describes every rule, with a string security-severity GitHub can read", () => {
    const all = RULE_IDS.map((ruleId) => ({
      ...sampleResult().findings[0]!,
      ruleId,
      severity: RULES[ruleId].severity,
    })).filter((f) => f.ruleId !== "approval/pending");
    const rules = JSON.parse(renderSarif(sampleResult({ findings: all }))).runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(
      RULE_IDS.filter((id) => id !== "approval/pending"),
    );
    for (const r of rules) {
      const info = RULES[r.id as keyof typeof RULES];
      expect(r.properties["security-severity"]).toBe(info.securitySeverity.toFixed(1));
      expect(Number(r.properties["security-severity"])).toBeGreaterThanOrEqual(0);
      expect(Number(r.properties["security-severity"])).toBeLessThanOrEqual(10);
      expect(r.properties.tags[0]).toBe("security");
      expect(r.helpUri).toBe(ruleDocUrl(r.id));
      expect(r.shortDescription.text).toBe(info.title);
      expect(r.fullDescription.text.length).toBeGreaterThan(20);
      expect(r.help.markdown).toContain(ruleDocUrl(r.id));
      expect(r.defaultConfiguration.level).toBe(info.severity);
      expect(r.name).toMatch(/^[A-Z][A-Za-z]+$/);
    }
  });

  it("maps findings to results with rule index, level, location and fingerprint", () => {
    const run = JSON.parse(renderSarif(sampleResult())).runs[0];
    expect(run.results).toHaveLength(sampleResult().findings.length - 1); // less approval/pending
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(["error", "warning", "note"]).toContain(r.level);
      expect(r.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
      for (const loc of r.locations ?? []) {
        const region = loc.physicalLocation.region;
        if (region) expect(region.startLine).toBeGreaterThanOrEqual(1);
      }
    }
    const threshold = run.results.find((r: { ruleId: string }) => r.ruleId === "evidence/threshold-exceeded");
    expect(threshold.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "models/support.model.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 31 },
    });
    // no line (a binary model file): line 1, so code scanning can place the alert
    const pickle = run.results.find((r: { ruleId: string }) => r.ruleId === "safety/unsafe-pickle");
    expect(pickle.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    // no file: falls back to the model's manifest so code scanning can show it
    const noFile = sampleResult({
      findings: [
        { ...sampleResult().findings[0]!, file: undefined, line: undefined, model: "fraud-detector" },
      ],
    });
    const [fallback] = JSON.parse(renderSarif(noFile)).runs[0].results;
    expect(fallback.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: "models/fraud.model.yaml" },
      region: { startLine: 1 },
    });
  });

  it("marks waived findings as accepted external suppressions", () => {
    const run = JSON.parse(renderSarif(sampleResult())).runs[0];
    const waived = run.results.find((r: { ruleId: string }) => r.ruleId === "risk/assessment-expired");
    expect(waived.suppressions).toEqual([
      {
        kind: "external",
        status: "accepted",
        justification:
          "Waived by alice until 2026-12-31 (SEC-1234): re-assessment booked for 2026-11-15; no new use cases since the last one",
      },
    ]);
    const open = run.results.find((r: { ruleId: string }) => r.ruleId === "evidence/threshold-exceeded");
    expect(open.suppressions).toBeUndefined();
  });

  it("fingerprints survive line moves and ageing, and differ between findings", () => {
    const result = sampleResult();
    const moved = sampleResult({
      findings: result.findings.map((f) => ({
        ...f,
        line: f.line === undefined ? undefined : f.line + 5,
        message: f.message.replace("400 days", "401 days"),
      })),
    });
    const prints = (r: typeof result) =>
      JSON.parse(renderSarif(r))
        .runs[0].results.map(
          (x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints[FINGERPRINT_KEY],
        )
        .sort();
    expect(prints(moved)).toEqual(prints(result));
    expect(new Set(prints(result)).size).toBe(result.findings.length - 1);
  });

  it("writes repository paths as relative URI references", () => {
    expect(pathToUri("models/my model#1.yaml")).toBe("models/my%20model%231.yaml");
    expect(pathToUri("/abs/x")).toBe("abs/x");
  });
});
