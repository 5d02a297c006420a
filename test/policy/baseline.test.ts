import { describe, expect, it } from "vitest";
import { validatePolicy } from "../../src/manifest/schema.ts";
import { parseDocument } from "../../src/manifest/yaml.ts";
import { BASELINE } from "../../src/policy/baseline.ts";

describe("BASELINE", () => {
  it("validates against the published policy schema", () => {
    const doc = { apiVersion: "model-gate/v1", kind: "Policy", ...BASELINE };
    const parsed = parseDocument(JSON.stringify(doc, null, 2), "baseline.json");
    if (!parsed.ok) throw new Error(parsed.message);
    expect(validatePolicy(parsed.value, parsed.source)).toEqual([]);
  });

  it("has SPEC section 3's numbers", () => {
    expect(BASELINE.tiers.high.approvals?.count).toBe(2);
    expect(BASELINE.tiers.high.riskAssessment?.maxAgeDays).toBe(365);
    expect(BASELINE.tiers.high.adversarialTests).toEqual({
      required: true,
      maxAttackSuccessRate: 0.05,
      maxAgeDays: 90,
    });
    expect(BASELINE.tiers.high.evaluation).toEqual({ minMetrics: { accuracy: 0.95 }, maxAgeDays: 90 });
    expect(BASELINE.tiers.high.datasets).toEqual({ required: true, vetted: true, digest: true });
    expect(BASELINE.tiers.high.controls).toEqual(["encryption", "inferenceLogging", "monitoring"]);
    expect(BASELINE.tiers.limited.approvals?.count).toBe(1);
    expect(BASELINE.tiers.limited.adversarialTests?.maxAttackSuccessRate).toBe(0.1);
    expect(BASELINE.tiers.limited.riskAssessment?.frameworks).toContain("owasp-llm-2025");
    expect(BASELINE.tiers.unacceptable.blocked).toBe(true);
    expect(BASELINE.tiers.minimal.approvals).toBeUndefined();
    expect(BASELINE.tiers.minimal.adversarialTests?.required).toBe(false);
    expect(BASELINE.environments.api?.controls).toEqual([
      "inputValidation",
      "outputSanitization",
      "rateLimit",
    ]);
    expect(BASELINE.environments.internal?.controls).toEqual(["isolation", "monitoring"]);
    expect(BASELINE.environments.cloud?.controls).toEqual(["encryption"]);
    expect(BASELINE.licenses.deny).toEqual(["CC-BY-NC-4.0", "CC-BY-NC-SA-4.0"]);
    expect(BASELINE.approvals).toEqual({
      allowAuthor: false,
      latestCommitOnly: true,
      allowContributors: false,
    });
    expect(BASELINE.agent.riskyScopes).toEqual(["write", "execute", "network"]);
    expect(BASELINE.limits.maxFileBytes).toBe(10 * 1024 * 1024);
    expect(BASELINE.owners).toEqual({ teams: [], users: [] });
    expect(BASELINE.waivers).toEqual([]);
  });

  it("cannot be modified by a consumer", () => {
    expect(() => {
      (BASELINE.tiers.high.approvals as { count: number }).count = 0;
    }).toThrow(TypeError);
    expect(BASELINE.tiers.high.approvals?.count).toBe(2);
  });
});
