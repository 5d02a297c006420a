// waiver/*: the base policy's waivers. A waiver names one exact rule id and one exact model, says
// why and who owns it, and expires at most 90 days ahead: risk acceptance is revisited, never
// permanent. An invalid waiver waives nothing; an expired one lets its findings count again.
import type { NewFinding } from "../core/findings.ts";
import { isRuleId } from "../core/rules.ts";
import type { Policy, Waiver } from "../policy/types.ts";

const MAX_WAIVER_DAYS = 90;
const DAY_MS = 86_400_000;

export function checkWaivers(
  policy: Policy,
  now: Date,
  file?: string,
): { active: Waiver[]; findings: NewFinding[] } {
  const today = utcDay(now);
  const active: Waiver[] = [];
  const findings: NewFinding[] = [];
  for (const w of policy.waivers) {
    const where = {
      ...(file ? { file } : {}),
      ...(w.line ? { line: w.line } : {}),
      ...(w.model ? { model: w.model } : {}),
    };
    const label = `The waiver for ${w.rule || "(no rule)"} on ${w.model || "(no model)"}`;
    const problem = invalidReason(w, today);
    if (problem) {
      findings.push({
        ruleId: "waiver/invalid",
        message: `${label} is invalid: ${problem}. It waives nothing.`,
        ...where,
      });
      continue;
    }
    if (parseDay(w.expires)! < today) {
      findings.push({
        ruleId: "waiver/expired",
        message: `${label} expired on ${w.expires}; the findings it covered count again. Renew it (at most ${MAX_WAIVER_DAYS} days ahead) or fix them.`,
        ...where,
      });
      continue;
    }
    active.push(w);
  }
  return { active, findings };
}

function invalidReason(w: Waiver, today: number): string | undefined {
  const missing = (["rule", "model", "reason", "owner", "expires"] as const).filter((k) => !w[k]?.trim());
  if (missing.length) return `it has no ${missing.map((k) => `'${k}'`).join(", ")}`;
  if (!isRuleId(w.rule))
    return `'${w.rule}' is not a rule id (write an exact id such as evidence/threshold-exceeded)`;
  if (w.rule.startsWith("waiver/")) return "waiver findings cannot be waived";
  const expires = parseDay(w.expires);
  if (expires === undefined) return `expires '${w.expires}' is not a date written YYYY-MM-DD`;
  if (expires - today > MAX_WAIVER_DAYS * DAY_MS)
    return `it expires ${w.expires}, more than ${MAX_WAIVER_DAYS} days ahead; set an earlier date`;
  return undefined;
}

function utcDay(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** Midnight UTC of a real calendar date YYYY-MM-DD, else undefined (2026-02-30 is not a date). */
function parseDay(s: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return t;
}
