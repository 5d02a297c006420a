// controls/missing: the deployment controls the model's tier and environments require.
// Policy: "encryption at rest and in transit", "Log all inferences for audits" (EU AI Act
// art. 12 record keeping), "input validation, output sanitization, query budgets" for APIs
// (OWASP LLM01, LLM05, LLM10), "Isolate via containers. Monitor for drift" for internal apps.
import type { NewFinding } from "../core/findings.ts";
import type { ControlName, Controls } from "../manifest/model.ts";
import { at } from "./context.ts";
import type { ModelFacts } from "./facts.ts";

/** Is the control in place, and if not, what is missing. */
const CONTROL_TESTS: Record<ControlName, (c: Controls) => string | null> = {
  encryption: (c) =>
    c.encryption?.atRest === true && c.encryption?.inTransit === true
      ? null
      : "encryption: { atRest: true, inTransit: true }",
  inferenceLogging: (c) =>
    c.inferenceLogging?.enabled === true && (c.inferenceLogging.retentionDays ?? 0) > 0
      ? null
      : "inferenceLogging: { enabled: true, retentionDays: <days> }",
  monitoring: (c) =>
    c.monitoring?.anomalyAlerts === true && c.monitoring?.driftDetection === true
      ? null
      : "monitoring: { anomalyAlerts: true, driftDetection: true }",
  inputValidation: (c) => (c.inputValidation === true ? null : "inputValidation: true"),
  outputSanitization: (c) => (c.outputSanitization === true ? null : "outputSanitization: true"),
  rateLimit: (c) =>
    (c.rateLimit?.requestsPerMinute ?? 0) > 0 ? null : "rateLimit: { requestsPerMinute: <n> }",
  isolation: (c) =>
    c.isolation === "container" || c.isolation === "vm" ? null : "isolation: container (or vm)",
};

export function checkControls(facts: ModelFacts): NewFinding[] {
  const spec = facts.loaded.manifest.spec;
  const why = new Map<ControlName, string[]>();
  const add = (c: ControlName, reason: string) => why.set(c, [...(why.get(c) ?? []), reason]);
  for (const c of facts.tierPolicy.controls ?? []) add(c, `the ${facts.tier ?? "high"} tier`);
  // Base and head environments together: dropping one in the change does not drop its controls.
  for (const env of facts.environments) {
    for (const c of facts.policy.environments[env]?.controls ?? []) add(c, `the ${env} environment`);
  }
  const out: NewFinding[] = [];
  const have = spec.controls ?? {};
  for (const [control, reasons] of why) {
    const test = CONTROL_TESTS[control];
    const missing = test ? test(have) : `${control}`;
    if (missing === null) continue;
    out.push({
      ruleId: "controls/missing",
      message: `The control ${control} is required by ${reasons.join(" and ")} but is not in place. Add under spec.controls: ${missing}.`,
      ...at(facts, "spec", "controls", control),
    });
  }
  return out;
}
