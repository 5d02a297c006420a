// evaluation/*: recent evaluation results at or above the policy's minimum metrics.
// Policy: "Re-train models quarterly if accuracy drops below 95%"; NIST AI RMF MEASURE 2.
import { ageInDays, parseIsoDate } from "../core/dates.ts";
import type { NewFinding } from "../core/findings.ts";
import { at } from "./context.ts";
import type { ModelFacts } from "./facts.ts";

export function checkEvaluation(facts: ModelFacts): NewFinding[] {
  const need = facts.tierPolicy.evaluation;
  if (!need) return [];
  const out: NewFinding[] = [];
  const ev = facts.loaded.manifest.spec.evaluation;
  const metrics = ev?.metrics ?? {};
  for (const [metric, min] of Object.entries(need.minMetrics ?? {})) {
    const value = Object.hasOwn(metrics, metric) ? metrics[metric] : undefined;
    if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
      out.push({
        ruleId: "evaluation/below-threshold",
        message:
          typeof value === "number"
            ? `The evaluation metric ${metric} is ${value}; the ${facts.tier ?? "high"} tier requires at least ${min}. Improve the model or get a waiver.`
            : `The evaluation reports no ${metric}; the ${facts.tier ?? "high"} tier requires at least ${min}. Add spec.evaluation.metrics.${metric}.`,
        ...at(facts, "spec", "evaluation", "metrics", metric),
      });
    }
  }
  if (need.maxAgeDays !== undefined) {
    const dated = parseIsoDate(ev?.date);
    const age = dated === null ? null : ageInDays(dated, facts.now);
    if (age === null || age > need.maxAgeDays || age < -1) {
      out.push({
        ruleId: "evaluation/expired",
        message:
          age === null
            ? "The evaluation has no valid date; add spec.evaluation.date (YYYY-MM-DD)."
            : age < -1
              ? `The evaluation is dated ${ev?.date}, in the future.`
              : `The evaluation is ${age} days old; the policy allows ${need.maxAgeDays}. Evaluate the model again.`,
        ...at(facts, "spec", "evaluation", "date"),
      });
    }
  }
  return out;
}
