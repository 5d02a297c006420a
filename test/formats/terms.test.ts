import { describe, expect, it } from "vitest";
import { inFormatTerms } from "../../src/formats/terms.ts";

describe("findings in the declaring format's own terms", () => {
  const controls =
    "The control rateLimit is required by the api environment but is not in place. Add under spec.controls: rateLimit: { requestsPerMinute: <n> }.";

  it("a model card is told about its model-gate block", () => {
    expect(inFormatTerms(controls, "hf-model-card")).toBe(
      "The control rateLimit is required by the api environment but is not in place. Add under model-gate.controls: rateLimit: { requestsPerMinute: <n> }.",
    );
  });

  it("an ML-BOM is told about its references and model-gate:* properties, or the manifest that completes it", () => {
    expect(inFormatTerms("Set spec.riskAssessment.report to the assessment.", "cyclonedx")).toBe(
      'Set the component\'s "risk-assessment" external reference to the assessment.',
    );
    expect(inFormatTerms("Add spec.adversarialTests.", "cyclonedx")).toBe(
      'Add a "pentest-report" external reference with model-gate:adversarialTests.* properties.',
    );
    const bom = inFormatTerms(controls, "cyclonedx");
    expect(bom).toContain("spec.controls in a model-gate manifest for this model");
    expect(inFormatTerms("Add spec.datasets.", "cyclonedx")).not.toMatch(/\bspec\./);
  });

  it("a native manifest keeps its words", () => {
    expect(inFormatTerms(controls, "model-gate")).toBe(controls);
  });
});
