// Waivers: a finding accepted for a time, written in the base policy (so a PR cannot waive its
// own findings). Which waivers are valid and current is decided in src/checks/waivers.ts; this
// marks the findings the active ones cover.
import type { Finding, WaiverRef } from "../core/findings.ts";
import type { Waiver } from "./types.ts";

/**
 * Marks each finding that an active waiver covers (same rule id, same model, and `eligible`:
 * the model is still the one the waiver was written for). Returns new objects.
 */
export function applyWaivers(
  findings: Finding[],
  active: Waiver[],
  eligible: (f: Finding) => boolean = () => true,
): Finding[] {
  return findings.map((f) => {
    if (f.waived || f.ruleId.startsWith("waiver/") || !f.model || !eligible(f)) return f;
    const w = active.find((a) => a.rule === f.ruleId && a.model === f.model);
    return w ? { ...f, waived: toRef(w) } : f;
  });
}

function toRef(w: Waiver): WaiverRef {
  return {
    rule: w.rule,
    model: w.model,
    reason: w.reason,
    owner: w.owner,
    ...(w.ticket ? { ticket: w.ticket } : {}),
    expires: w.expires,
  };
}
