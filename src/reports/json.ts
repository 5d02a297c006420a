// The JSON report of SPEC section 6: a public contract, so the key order and shape are fixed
// here rather than left to whatever object the engine happened to build. Absent values are
// null (never missing keys), so consumers can rely on every key being there.
import type { Finding, WaiverRef } from "../core/findings.ts";
import type { GateResult, ModelResult } from "../core/result.ts";
import { sortFindings } from "../core/verdict.ts";
import { sortModels } from "./common.ts";

function waiverJson(w: WaiverRef) {
  return {
    rule: w.rule,
    model: w.model,
    reason: w.reason,
    owner: w.owner,
    ticket: w.ticket ?? null,
    expires: w.expires,
  };
}

function modelJson(m: ModelResult) {
  const r = m.record;
  return {
    manifest: m.manifest,
    name: m.name,
    riskTier: m.riskTier,
    modelDigest: m.modelDigest,
    verdict: m.verdict,
    // The decision record (issue 12): bytes, evidence and approvals the verdict rested on.
    version: r?.version ?? null,
    artifacts: (r?.artifacts ?? []).map((a) => ({ name: a.name, digest: a.digest })),
    evidence: (r?.evidence ?? []).map((e) => ({
      kind: e.kind,
      tool: e.tool,
      path: e.path,
      digest: e.digest,
      date: e.date,
      reportDate: e.reportDate,
    })),
    approvals: (r?.approvals ?? []).map((a) => ({
      login: a.login,
      commit: a.commit,
      at: a.at,
      pullRequest: a.pullRequest,
    })),
  };
}

function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file ?? null,
    line: f.line ?? null,
    model: f.model ?? null,
    waived: f.waived ? waiverJson(f.waived) : null,
  };
}

/** The report as a plain object with the contract's key order (for callers that embed it). */
function toJsonReport(result: GateResult) {
  return {
    schemaVersion: 1 as const,
    verdict: result.verdict,
    mode: result.mode,
    ...(result.error !== undefined ? { error: result.error } : {}),
    command: result.command ?? "check",
    environment: result.environment ?? null,
    base: result.base,
    head: result.head,
    evaluatedAt: result.evaluatedAt ?? null,
    policy: { source: result.policy.source, digest: result.policy.digest },
    waivers: (result.waivers ?? []).map(waiverJson),
    models: sortModels(result.models).map(modelJson),
    findings: sortFindings(result.findings).map(findingJson),
    ...(result.expiry
      ? {
          expiry: result.expiry.map((i) => ({
            model: i.model,
            item: i.item,
            file: i.file ?? null,
            line: i.line ?? null,
            date: i.date,
            expires: i.expires,
            daysLeft: i.daysLeft,
          })),
        }
      : {}),
  };
}

/** SPEC section 6 JSON: stable key order, findings in file/line/rule order, 2 spaces, final newline. */
export function renderJson(result: GateResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}
