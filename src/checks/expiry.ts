// audit/expiring (SPEC 11) and the ages every dated rule shares: when each dated item a model's
// tier requires stops being current, so a scheduled audit can warn before a model that merged
// with 90-day evidence quietly becomes undeployable. An item's age counts from the older of the
// date the declaration gives and the run date the report itself records: a report cannot be made
// younger by editing the manifest, nor the manifest by re-dating the report.
import { ageInDays, parseIsoDate } from "../core/dates.ts";
import type { NewFinding } from "../core/findings.ts";
import type { ExpiryItem } from "../core/result.ts";
import type { RuleId } from "../core/rules.ts";
import type { Policy } from "../policy/types.ts";
import { at, q } from "./context.ts";
import type { ModelFacts } from "./facts.ts";

const DAY = 86_400_000;

/** The older of two dates; either may be absent or invalid. */
export function olderDate(a: string | undefined | null, b: string | undefined | null): string | null {
  const [ma, mb] = [parseIsoDate(a), parseIsoDate(b)];
  if (ma === null) return mb === null ? null : (b as string);
  if (mb === null) return a as string;
  return mb < ma ? (b as string) : (a as string);
}

/** Every dated item of the model whose tier sets a maximum age. */
export function expiryItems(facts: ModelFacts): ExpiryItem[] {
  const spec = facts.loaded.manifest.spec;
  const tp = facts.tierPolicy;
  const out: ExpiryItem[] = [];
  const add = (
    item: string,
    date: string | null | undefined,
    maxAge: number | undefined,
    loc: (string | number)[],
  ) => {
    if (maxAge === undefined || !date) return;
    const ms = parseIsoDate(date);
    if (ms === null) return; // an invalid date is already an error of its own rule
    const { file, line } = at(facts, ...loc);
    const expiresMs = Date.UTC(...utcYmd(ms)) + maxAge * DAY;
    out.push({
      model: facts.name,
      item,
      file,
      ...(line ? { line } : {}),
      date,
      expires: new Date(expiresMs).toISOString().slice(0, 10),
      daysLeft: maxAge - ageInDays(ms, facts.now),
    });
  };
  const ra = spec.riskAssessment;
  if (ra) add("risk assessment", ra.date, tp.riskAssessment?.maxAgeDays, ["spec", "riskAssessment", "date"]);
  for (const ev of facts.evidence) {
    const t = spec.adversarialTests?.[ev.index];
    if (!t) continue;
    const run = ev.parse?.ok ? ev.parse.summary.date : undefined;
    add(`adversarial test ${t.report} (${t.tool})`, olderDate(t.date, run), tp.adversarialTests?.maxAgeDays, [
      "spec",
      "adversarialTests",
      ev.index,
      "date",
    ]);
  }
  if (spec.evaluation)
    add("evaluation", spec.evaluation.date, tp.evaluation?.maxAgeDays, ["spec", "evaluation", "date"]);
  for (const [i, d] of (spec.datasets ?? []).entries())
    add(`vetting of dataset ${d.name}`, d.vetted?.date, tp.datasets?.vettedMaxAgeDays, [
      "spec",
      "datasets",
      i,
      "vetted",
      "date",
    ]);
  return out;
}

/** The policy's waivers with a valid expiry date. */
export function waiverExpiryItems(policy: Policy, now: Date, file?: string): ExpiryItem[] {
  const out: ExpiryItem[] = [];
  for (const w of policy.waivers) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(w.expires.trim())) continue;
    const ms = parseIsoDate(w.expires.trim());
    if (ms === null || !w.rule || !w.model) continue;
    out.push({
      model: w.model,
      item: `waiver of ${w.rule}${w.ticket ? ` (${w.ticket})` : ""}`,
      ...(file ? { file } : {}),
      ...(w.line ? { line: w.line } : {}),
      date: w.expires.trim(),
      expires: w.expires.trim(),
      daysLeft: -ageInDays(ms, now),
    });
  }
  return out;
}

/** The rules that say a dated item has expired: the audit lists them in its tracking issue. */
export const EXPIRED_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  "risk/assessment-expired",
  "evidence/expired",
  "evaluation/expired",
  "waiver/expired",
]);

/** audit/expiring: one warning per item still current that stops being so within `within` days. */
export function checkExpiring(items: readonly ExpiryItem[], within: number): NewFinding[] {
  return items
    .filter((i) => i.daysLeft >= 0 && i.daysLeft <= within)
    .map((i) => ({
      ruleId: "audit/expiring" as const,
      message: `The ${i.item} of ${q(i.model)} is current until ${i.expires} (${i.daysLeft === 0 ? "today is its last day" : `${i.daysLeft} day${i.daysLeft === 1 ? "" : "s"} left`}; dated ${i.date}). Renew it before then, or deployments of this model will be refused.`,
      ...(i.file ? { file: i.file } : {}),
      ...(i.line ? { line: i.line } : {}),
      model: i.model,
    }));
}

/** provenance/unvetted-dataset when the policy sets datasets.vettedMaxAgeDays and a vetting is older. */
export function checkVettingAge(facts: ModelFacts): NewFinding[] {
  const max = facts.tierPolicy.datasets?.vettedMaxAgeDays;
  if (max === undefined) return [];
  const out: NewFinding[] = [];
  for (const [i, d] of (facts.loaded.manifest.spec.datasets ?? []).entries()) {
    if (!d.vetted) continue; // unvetted is its own finding
    const ms = parseIsoDate(d.vetted.date);
    const age = ms === null ? null : ageInDays(ms, facts.now);
    if (age !== null && age <= max && age >= -1) continue;
    out.push({
      ruleId: "provenance/unvetted-dataset",
      message:
        age === null
          ? `The vetting of dataset ${q(d.name)} has no valid date; record vetted.date (YYYY-MM-DD).`
          : age < -1
            ? `The vetting of dataset ${q(d.name)} is dated ${d.vetted.date}, in the future.`
            : `The vetting of dataset ${q(d.name)} is ${age} days old (${d.vetted.date}); the policy allows ${max} for ${facts.tier} risk. Have it vetted again.`,
      ...at(facts, "spec", "datasets", i, "vetted", "date"),
    });
  }
  return out;
}

function utcYmd(ms: number): [number, number, number] {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}
