// The decision record of one model (issue 12): what an auditor needs to replay the decision
// from the report alone: the bytes (artifact and model digests), the evidence it rested on
// (report digests and dates) and the approvals that counted toward it.
import { latestStandings } from "../checks/approval.ts";
import type { ModelFacts } from "../checks/facts.ts";
import type { PullRequestFacts } from "../core/pull-request.ts";
import type { ApprovalRecord, EvidenceRecord, ModelRecord } from "../core/result.ts";

export function modelRecord(facts: ModelFacts, pr: PullRequestFacts | null): ModelRecord {
  const spec = facts.loaded.manifest.spec;
  const digestOf = (path: string | null) => {
    const hex = path ? facts.reportDigests.get(path) : undefined;
    return hex ? `sha256:${hex}` : null;
  };
  const evidence: EvidenceRecord[] = [];
  const ra = spec.riskAssessment;
  if (ra?.report)
    evidence.push({
      kind: "riskAssessment",
      tool: null,
      path: ra.report,
      digest: digestOf(facts.riskReport?.path ?? null),
      date: typeof ra.date === "string" ? ra.date : null,
      reportDate: null,
    });
  for (const ev of facts.evidence) {
    const t = spec.adversarialTests?.[ev.index];
    if (!t) continue;
    evidence.push({
      kind: "adversarialTest",
      tool: t.tool,
      path: t.report,
      digest: digestOf(ev.file.path),
      date: typeof t.date === "string" ? t.date : null,
      reportDate: ev.parse?.ok ? (ev.parse.summary.date ?? null) : null,
    });
  }
  return {
    version: facts.loaded.manifest.metadata.version ?? null,
    artifacts: facts.artifacts.map((a) => ({
      name: a.key,
      digest: (a.file ? a.computedDigest : null) ?? a.declaredDigest,
      declaredDigest: a.declaredDigest,
    })),
    evidence,
    approvals: pr ? approvalRecords(pr) : [],
    ...(Array.isArray(spec.deployments) ? { deployments: [...spec.deployments] } : {}),
    files: [
      ...new Set(
        [
          facts.loaded.file,
          ...facts.artifacts.map((a) => a.file?.path),
          facts.riskReport?.path,
          ...facts.evidence.map((e) => e.file.path),
          ...[...facts.dpias.values()].map((d) => d.path),
          facts.signature?.file.path,
        ].filter((p): p is string => typeof p === "string" && p !== ""),
      ),
    ],
  };
}

/** Each reviewer's standing approval (latest decision, not dismissed), with commit and time. */
export function approvalRecords(pr: PullRequestFacts): ApprovalRecord[] {
  const out: ApprovalRecord[] = [];
  for (const s of latestStandings(pr.reviews).values()) {
    if (s.state !== "APPROVED") continue;
    const at = [...pr.reviews]
      .reverse()
      .find((r) => r.user === s.user && r.state === "APPROVED" && r.commitId === s.commitId)?.submittedAt;
    out.push({ login: s.user, commit: s.commitId, at: at ?? "", pullRequest: pr.number });
  }
  return out.sort((a, b) => (a.login < b.login ? -1 : a.login > b.login ? 1 : 0));
}
