// evidence/*: adversarial tests of these exact bytes, recent, readable, under the tier's
// attack-success threshold, and renewed whenever the model changes. Policy: "adversarial
// testing before any high or limited risk model ships"; OWASP LLM01 (prompt injection).
import { ageInDays, parseIsoDate } from "../core/dates.ts";
import type { NewFinding } from "../core/findings.ts";
import type { ModelFacts } from "../engine/collect.ts";
import { fileProblem } from "../engine/files.ts";
import { at, q } from "./context.ts";
import { olderDate } from "./expiry.ts";

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
        if (age > need.maxAgeDays || age < -1) {
          out.push({
            ruleId: "evidence/expired",
            message:
              age < -1
                ? `The ${t.tool} report ${q(t.report)} is dated ${dateText}, in the future.`
                : `The ${t.tool} report ${q(t.report)} is ${age} days old; the policy allows ${need.maxAgeDays} for ${tierName} risk. Run the adversarial tests again.`,
            ...at(facts, "spec", "adversarialTests", ev.index, "date"),
          });
        }
      }
    }
    const limit = need?.maxAttackSuccessRate;
    if (limit !== undefined && s.attackSuccessRate > limit) {
      const worst = [...s.suites]
        .filter((x) => x.attempts > 0)
        .sort((a, b) => b.successes / b.attempts - a.successes / a.attempts)
        .slice(0, 3)
        .map((x) => `${x.name} ${x.successes}/${x.attempts}`)
        .join(", ");
      out.push({
        ruleId: "evidence/threshold-exceeded",
        message: `The ${t.tool} report ${q(t.report)} shows an attack success rate of ${pct(s.attackSuccessRate)} (${s.successes}/${s.attempts}); the ${tierName} tier allows at most ${pct(limit)}.${worst ? ` Worst: ${worst}.` : ""} Mitigate and re-test.`,
        ...where,
      });
    }
  }
  out.push(...checkStaleness(facts));
  return out;
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
    const copied = digest ? older.find((b) => b.reportDigests.has(digest)) : undefined;
    if (facts.changed.has(r.path) && !copied) continue;
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
