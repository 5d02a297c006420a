import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  sortModels
} from "./chunk-7LIN5H2E.js";
import {
  sortFindings
} from "./chunk-JOZW2F7Z.js";
import "./chunk-YMPWKLZV.js";

// src/reports/json.ts
function waiverJson(w) {
  return {
    rule: w.rule,
    model: w.model,
    reason: w.reason,
    owner: w.owner,
    ticket: w.ticket ?? null,
    expires: w.expires
  };
}
function modelJson(m) {
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
      reportDate: e.reportDate
    })),
    approvals: (r?.approvals ?? []).map((a) => ({
      login: a.login,
      commit: a.commit,
      at: a.at,
      pullRequest: a.pullRequest
    }))
  };
}
function findingJson(f) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file ?? null,
    line: f.line ?? null,
    model: f.model ?? null,
    waived: f.waived ? waiverJson(f.waived) : null
  };
}
function toJsonReport(result) {
  return {
    schemaVersion: 1,
    verdict: result.verdict,
    mode: result.mode,
    ...result.error !== void 0 ? { error: result.error } : {},
    command: result.command ?? "check",
    environment: result.environment ?? null,
    base: result.base,
    head: result.head,
    evaluatedAt: result.evaluatedAt ?? null,
    policy: { source: result.policy.source, digest: result.policy.digest },
    waivers: (result.waivers ?? []).map(waiverJson),
    models: sortModels(result.models).map(modelJson),
    findings: sortFindings(result.findings).map(findingJson),
    ...result.expiry ? {
      expiry: result.expiry.map((i) => ({
        model: i.model,
        item: i.item,
        file: i.file ?? null,
        line: i.line ?? null,
        date: i.date,
        expires: i.expires,
        daysLeft: i.daysLeft
      }))
    } : {}
  };
}
function renderJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}
export {
  renderJson
};
