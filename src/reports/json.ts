// The JSON report of SPEC section 6: a public contract, so the key order and shape are fixed
// here rather than left to whatever object the engine happened to build. Absent values are
// null (never missing keys), so consumers can rely on every key being there.
import type { Finding, WaiverRef } from "../core/findings.ts";
import type { GateResult, ModelResult } from "../core/result.ts";
import { sortFindings, sortModels } from "./common.ts";

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
  return {
    manifest: m.manifest,
    name: m.name,
    riskTier: m.riskTier,
    modelDigest: m.modelDigest,
    verdict: m.verdict,
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
export function toJsonReport(result: GateResult) {
  return {
    schemaVersion: 1 as const,
    verdict: result.verdict,
    mode: result.mode,
    ...(result.error !== undefined ? { error: result.error } : {}),
    base: result.base,
    head: result.head,
    policy: { source: result.policy.source, digest: result.policy.digest },
    models: sortModels(result.models).map(modelJson),
    findings: sortFindings(result.findings).map(findingJson),
  };
}

/** SPEC section 6 JSON: stable key order, findings in file/line/rule order, 2 spaces, final newline. */
export function renderJson(result: GateResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}
