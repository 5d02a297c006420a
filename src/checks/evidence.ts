// evidence/*: adversarial tests of these exact bytes, recent, readable, under the tier's
// attack-success threshold, and renewed whenever the model changes. Policy: "adversarial
// testing before any high or limited risk model ships"; OWASP LLM01 (prompt injection).
import { ageInDays, parseIsoDate } from "../core/dates.ts";
import type { NewFinding } from "../core/findings.ts";
import { DEFAULT_MIN_ATTEMPTS, judgeProbes, probeWord, rateOf } from "../evidence/per-probe.ts";
import type { EvidenceSummary, SuiteResult } from "../evidence/types.ts";
import type { EvidenceTool } from "../manifest/model.ts";
import { type At, at, q } from "./context.ts";
import { olderDate } from "./expiry.ts";
import type { ModelFacts } from "./facts.ts";
import { fileProblem } from "./files.ts";

const pct = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, "")}%`;

export function checkEvidence(facts: ModelFacts): NewFinding[] {
  const out: NewFinding[] = [];
  const need = facts.tierPolicy.adversarialTests;
  const tests = facts.loaded.manifest.spec.adversarialTests ?? [];
  const tierName = facts.tier ?? "high";
  if (tests.length === 0) {
    if (need?.required) {
      out.push({
        ruleId: "evidence/missing-adversarial",
        message: `A ${tierName}-risk model needs adversarial-test evidence (garak, promptfoo or model-gate JSON) for its current bytes. Add spec.adversarialTests.`,
        ...at(facts, "spec"),
      });
    }
  }
  for (const ev of facts.evidence) {
    const t = tests[ev.index];
    if (!t) continue;
    const where = at(facts, "spec", "adversarialTests", ev.index, "report");
    const problem = fileProblem(
      ev.file,
      `${t.tool} report`,
      "evidence/report-missing",
      where,
      facts.policy.limits.maxFileBytes,
    );
    if (problem) {
      out.push(problem);
      continue;
    }
    const parsed = ev.parse;
    if (parsed?.ok && parsed.summary.redTeam === false) {
      out.push({
        ruleId: "evidence/not-red-team",
        message: `The promptfoo report ${q(t.report)} is a plain eval, not a red-team run: it has no redteam configuration and no result names a red-team plugin, so its pass rate says nothing about attacks. Run promptfoo redteam (plugins such as prompt-injection, jailbreak, pii) and commit that output.`,
        ...where,
      });
      continue;
    }
    if (!parsed?.ok || parsed.summary.attempts === 0) {
      const reason = parsed && !parsed.ok ? parsed.reason : "it records no attempts";
      const line = parsed && !parsed.ok && parsed.line ? ` (line ${parsed.line} of the report)` : "";
      out.push({
        ruleId: "evidence/unreadable-report",
        message: `The ${t.tool} report ${q(t.report)} cannot be used: ${reason}${line}. An unreadable report never counts as a pass; regenerate it.`,
        ...where,
      });
      continue;
    }
    const s = parsed.summary;
    const claimed = t.modelDigest;
    // An unknown model digest already fails integrity; binding is judged once the bytes are known.
    if (
      facts.modelDigest !== null &&
      (claimed !== facts.modelDigest || (s.modelDigest && s.modelDigest !== facts.modelDigest))
    ) {
      const said =
        s.modelDigest && s.modelDigest !== claimed
          ? `the report itself says ${s.modelDigest}`
          : `it is for ${claimed ?? "no recorded digest"}`;
      out.push({
        ruleId: "evidence/not-bound",
        message: `The ${t.tool} report ${q(t.report)} is not bound to this model: ${said}, but the model's bytes have digest ${facts.modelDigest}. Test these bytes and record their digest.`,
        ...at(facts, "spec", "adversarialTests", ev.index, "modelDigest"),
      });
    }
    // SPEC 11: age counts from the older of the declared date and the report's own run date.
    const dateText = olderDate(t.date, s.date) ?? s.date ?? t.date;
    const dated = parseIsoDate(dateText);
    if (need?.maxAgeDays !== undefined) {
      if (dated === null) {
        out.push({
          ruleId: "evidence/expired",
          message: `The ${t.tool} report ${q(t.report)} has no valid date; add date: YYYY-MM-DD to the test entry.`,
          ...at(facts, "spec", "adversarialTests", ev.index),
        });
      } else {
        const age = ageInDays(dated, facts.now);
        // The older of the report's run date and the manifest's date counts: say both when they differ.
        const both =
          s.date && t.date && s.date.slice(0, 10) !== t.date
            ? ` (it ran on ${s.date.slice(0, 10)}, the date inside the report; the manifest says ${t.date})`
            : "";
        if (age > need.maxAgeDays || age < -1) {
          out.push({
            ruleId: "evidence/expired",
            message:
              age < -1
                ? `The ${t.tool} report ${q(t.report)} is dated ${dateText}, in the future${both}.`
                : `The ${t.tool} report ${q(t.report)} is ${age} days old${both}; the policy allows ${need.maxAgeDays} for ${tierName} risk. Run the adversarial tests again.`,
            ...at(facts, "spec", "adversarialTests", ev.index, "date"),
          });
        }
      }
    }
    out.push(...checkThresholds(facts, t.tool, t.report, s, where));
  }
  out.push(...checkStaleness(facts));
  return out;
}

/** Listed by name in one finding before "and N more". */
const MAX_PROBE_FINDINGS = 10;
const MAX_NAMES = 5;

/**
 * The attack success rate against the tier's limit overall, and per probe/plugin/suite (SPEC
 * sections 4 and 9): one finding for the overall rate, one per probe over its limit.
 */
function checkThresholds(
  facts: ModelFacts,
  tool: EvidenceTool,
  report: string,
  s: EvidenceSummary,
  where: At,
): NewFinding[] {
  const out: NewFinding[] = [];
  const need = facts.tierPolicy.adversarialTests;
  const tierName = facts.tier ?? "high";
  const word = probeWord(tool);
  const limit = need?.maxAttackSuccessRate;
  const probeLimit = need?.maxAttackSuccessRatePerProbe ?? limit;
  const minAttempts = need?.minAttempts ?? DEFAULT_MIN_ATTEMPTS;
  const judged = probeLimit === undefined ? null : judgeProbes(s.suites, probeLimit, minAttempts);
  // Probes too small to judge alone but over the limit: said wherever a threshold finding is.
  const small =
    judged && judged.tooSmall.length > 0
      ? ` Over the limit but not judged alone, with fewer than ${minAttempts} attempts (adversarialTests.minAttempts): ${names(judged.tooSmall, word)}; these count in the overall rate only.`
      : "";
  let said = false;
  const once = () => {
    if (said) return "";
    said = true;
    return small;
  };

  if (limit !== undefined && s.attackSuccessRate > limit) {
    const worst = [...s.suites]
      .filter((x) => x.attempts > 0)
      .sort((a, b) => rateOf(b) - rateOf(a))
      .slice(0, 3)
      .map((x) => `${shortName(x.name)} ${x.successes}/${x.attempts}`)
      .join(", ");
    out.push({
      ruleId: "evidence/threshold-exceeded",
      message: `The ${tool} report ${q(report)} shows an attack success rate of ${pct(s.attackSuccessRate)} (${s.successes}/${s.attempts}); the ${tierName} tier allows at most ${pct(limit)}.${worst ? ` Worst: ${worst}.` : ""}${once()} Mitigate and re-test.`,
      ...where,
    });
  }
  if (!judged || probeLimit === undefined) return out;
  if (s.suites.length === 0) {
    // A summary without a breakdown (promptfoo stats alone) cannot show that no probe is over.
    out.push({
      ruleId: "evidence/unreadable-report",
      message: `The ${tool} report ${q(report)} gives totals only, no result per ${word}, so the attack success rate per ${word} cannot be checked. Commit the tool's full output.`,
      ...where,
    });
    return out;
  }
  // A report of one probe that already failed overall needs no second finding saying the same.
  const over = out.length > 0 ? judged.over.filter((p) => p.attempts !== s.attempts) : judged.over;
  const shown = over.slice(0, MAX_PROBE_FINDINGS);
  for (const [i, p] of shown.entries()) {
    const rest = over.length - shown.length;
    const more =
      i === shown.length - 1 && rest > 0
        ? ` And ${rest} more ${word}${rest === 1 ? " is" : "s are"} over the limit: ${names(over.slice(shown.length), word)}.`
        : "";
    out.push({
      ruleId: "evidence/threshold-exceeded",
      message: `The ${tool} report ${q(report)}: ${word} ${q(shortName(p.name))} has an attack success rate of ${pct(rateOf(p))} (${p.successes} of ${p.attempts} attempts); the ${tierName} tier allows at most ${pct(probeLimit)} per ${word}, whatever the overall rate (${pct(s.attackSuccessRate)} over ${s.attempts}).${more}${once()} Mitigate this ${word}'s attacks and re-test.`,
      ...where,
    });
  }
  return out;
}

/** Up to MAX_NAMES names with their counts, then "and N more". */
function names(list: readonly SuiteResult[], word: string): string {
  const listed = list
    .slice(0, MAX_NAMES)
    .map((p) => `${q(shortName(p.name))} ${p.successes}/${p.attempts}`)
    .join(", ");
  const rest = list.length - MAX_NAMES;
  return `${list.length === 1 ? word : `${word}s`} ${listed}${rest > 0 ? ` and ${rest} more` : ""}`;
}

/** Names come from the report: long ones are cut so a message stays readable. */
function shortName(name: string): string {
  return name.length > 120 ? `${name.slice(0, 119)}…` : name;
}

/**
 * SPEC sections 2 and 9: when the model digest differs from a base version's (any declaration it
 * matched by name, artifact path or digest), every report must be new in this change set: one
 * left as it was, or one whose bytes equal a report of that base version (copied or moved), is
 * evidence about the old model.
 */
function checkStaleness(facts: ModelFacts): NewFinding[] {
  const now = facts.modelDigest;
  if (!facts.hasChangeSet || now === null) return [];
  const older = facts.baseVersions.filter((b) => b.modelDigest !== null && b.modelDigest !== now);
  const first = older[0];
  if (!first) return [];
  const out: NewFinding[] = [];
  const ra = facts.loaded.manifest.spec.riskAssessment;
  const reports: { path: string | null; declared: string; loc: (string | number)[] }[] = [];
  if (ra?.report && facts.riskReport) {
    reports.push({
      path: facts.riskReport.path,
      declared: ra.report,
      loc: ["spec", "riskAssessment", "report"],
    });
  }
  for (const ev of facts.evidence) {
    reports.push({
      path: ev.file.path,
      declared: ev.file.declared,
      loc: ["spec", "adversarialTests", ev.index, "report"],
    });
  }
  for (const r of reports) {
    if (!r.path) continue;
    const digest = facts.reportDigests.get(r.path);
    const unchanged = !facts.changed.has(r.path);
    const copied = !unchanged && digest ? older.find((b) => b.reportDigests.has(digest)) : undefined;
    if (!unchanged && !copied) continue;
    const was = copied ?? first;
    out.push({
      ruleId: "evidence/stale-report",
      message: copied
        ? `The model's bytes changed (${was.modelDigest} → ${now}) but ${q(r.declared)} has the same content as a report of ${q(was.model.manifest.metadata.name)} in the base commit (${q(was.model.file)}): it is evidence about the old model. Re-run the assessment or tests on the new bytes and commit the new report.`
        : `The model's bytes changed (${was.modelDigest} → ${now}) but ${q(r.declared)} did not: it is evidence about the old model. Re-run the assessment or tests on the new bytes and commit the new report.`,
      ...at(facts, ...r.loc),
    });
  }
  return out;
}
