// risk/*: a current risk assessment, for this tier, bound to these bytes, with the required
// framework reviews complete. Policy: "Require risk assessments before deployment", "All
// models undergo OWASP Top 10 checks", "unacceptable tier always blocked" (EU AI Act art. 5).
import { ageInDays, parseIsoDate } from "../core/dates.ts";
import type { NewFinding } from "../core/findings.ts";
import { at, q } from "./context.ts";
import type { ModelFacts } from "./facts.ts";
import { fileProblem } from "./files.ts";
import { FRAMEWORK_ITEMS, requiredFrameworks } from "./frameworks.ts";

export function checkRisk(facts: ModelFacts): NewFinding[] {
  const out: NewFinding[] = [];
  const { tier, tierPolicy } = facts;
  const spec = facts.loaded.manifest.spec;
  if (tier === "unacceptable" || tierPolicy.blocked) {
    out.push({
      ruleId: "risk/unacceptable",
      message: `The model is in the ${tier ?? "unknown"} risk tier, which the policy blocks (EU AI Act prohibited practices). It cannot be merged; remove it or re-assess the tier.`,
      ...at(facts, "spec", "riskTier"),
    });
  }
  const need = tierPolicy.riskAssessment;
  const ra = spec.riskAssessment;
  if (!ra) {
    if (need && need.required !== false) {
      out.push({
        ruleId: "risk/missing-assessment",
        message: `A ${tier ?? "high"}-risk model needs a risk assessment. Add spec.riskAssessment with the report, tier, assessedBy, date and modelDigest ${facts.modelDigest ?? "(the model digest)"}.`,
        ...at(facts, "spec"),
      });
    }
    return out;
  }
  if (ra.report && facts.riskReport) {
    const p = fileProblem(
      facts.riskReport,
      "risk assessment report",
      "risk/report-missing",
      at(facts, "spec", "riskAssessment", "report"),
      facts.policy.limits.maxFileBytes,
    );
    if (p) out.push(p);
  } else {
    out.push({
      ruleId: "risk/report-missing",
      message:
        "The risk assessment names no report file. Set spec.riskAssessment.report to the assessment in the repository.",
      ...at(facts, "spec", "riskAssessment"),
    });
  }
  // Against the tier the head declares: an assessment that re-rates a model is how a tier is
  // lowered (the change is still judged as the stricter one, change/tier-lowered).
  const declared = facts.declaredTier;
  if (declared && ra.tier !== declared) {
    out.push({
      ruleId: "risk/tier-mismatch",
      message: `The risk assessment was made for tier ${q(String(ra.tier ?? "none"))} but the model is ${declared}. Re-assess the model for its tier.`,
      ...at(facts, "spec", "riskAssessment", "tier"),
    });
  }
  const dated = parseIsoDate(ra.date);
  if (dated === null) {
    out.push({
      ruleId: "risk/assessment-expired",
      message: `The risk assessment has no valid date (${q(String(ra.date ?? ""))}); add the ISO date it was made (YYYY-MM-DD).`,
      ...at(facts, "spec", "riskAssessment", "date"),
    });
  } else {
    const age = ageInDays(dated, facts.now);
    if (age < -1) {
      out.push({
        ruleId: "risk/assessment-expired",
        message: `The risk assessment is dated ${ra.date}, in the future. Use the date it was actually made.`,
        ...at(facts, "spec", "riskAssessment", "date"),
      });
    } else if (need?.maxAgeDays !== undefined && age > need.maxAgeDays) {
      out.push({
        ruleId: "risk/assessment-expired",
        message: `The risk assessment is ${age} days old (${ra.date}); the policy allows ${need.maxAgeDays} for ${tier ?? "high"} risk. Re-assess the model.`,
        ...at(facts, "spec", "riskAssessment", "date"),
      });
    }
  }
  // An unknown model digest already fails integrity; binding is judged once the bytes are known.
  if (facts.modelDigest !== null && ra.modelDigest !== facts.modelDigest) {
    out.push({
      ruleId: "risk/assessment-not-bound",
      message: ra.modelDigest
        ? `The risk assessment is for model digest ${ra.modelDigest}, but the model's bytes have digest ${facts.modelDigest}. Assess these bytes and record their digest.`
        : `The risk assessment records no modelDigest. Add modelDigest: ${facts.modelDigest} for the bytes that were assessed.`,
      ...at(facts, "spec", "riskAssessment", "modelDigest"),
    });
  }
  // Every type the change is judged as (base and head): an agent re-typed llm keeps its review.
  const frameworks = [...new Set(facts.types.flatMap((t) => requiredFrameworks(need?.frameworks ?? [], t)))];
  for (const fw of frameworks) {
    const review = ra.frameworks?.[fw];
    const items = FRAMEWORK_ITEMS[fw] ?? [];
    if (!review) {
      out.push({
        ruleId: "risk/framework-incomplete",
        message: `The risk assessment has no ${fw} review. Add frameworks.${fw} with a status (mitigated, accepted, not-applicable or open) for ${items.join(", ") || "each item"}.`,
        ...at(facts, "spec", "riskAssessment", "frameworks"),
      });
      continue;
    }
    const missing = items.filter((i) => !Object.hasOwn(review, i));
    const open = Object.entries(review)
      .filter(([, s]) => s === "open")
      .map(([k]) => k);
    if (missing.length > 0 || open.length > 0) {
      const parts = [
        missing.length ? `no status for ${missing.join(", ")}` : "",
        open.length ? `still open: ${open.join(", ")}` : "",
      ].filter(Boolean);
      out.push({
        ruleId: "risk/framework-incomplete",
        message: `The ${fw} review is incomplete: ${parts.join("; ")}. Mitigate, accept or mark each item not-applicable.`,
        ...at(facts, "spec", "riskAssessment", "frameworks", fw),
      });
    }
  }
  return out;
}
