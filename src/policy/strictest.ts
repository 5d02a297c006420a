// The strictest of several tiers' requirements (SPEC section 9): a change is judged against the
// base version's tier and the head's together, so a pull request cannot pick its own tier.
// Booleans are OR-ed, maximum ages and rates take the minimum, minimum metrics and approval
// counts the maximum, lists the union.
import { DEFAULT_MIN_ATTEMPTS } from "../evidence/per-probe.ts";
import { type LoadedManifest, RISK_TIERS, type RiskTier } from "../manifest/model.ts";
import type { TierPolicy } from "./types.ts";

export const TIER_ORDER: readonly RiskTier[] = ["minimal", "limited", "high", "unacceptable"];

/** The tier a declaration selects: an unknown or missing tier is judged as high. */
export function tierOf(m: LoadedManifest): RiskTier {
  const t = m.manifest.spec.riskTier;
  return t && RISK_TIERS.includes(t) ? t : "high";
}

/** The higher of two tiers (minimal < limited < high < unacceptable). */
export function higherTier(a: RiskTier, b: RiskTier): RiskTier {
  return TIER_ORDER.indexOf(a) >= TIER_ORDER.indexOf(b) ? a : b;
}

const or = (a?: boolean, b?: boolean) =>
  a === undefined && b === undefined ? undefined : a === true || b === true;
const min = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const max = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
const union = <T>(a?: readonly T[], b?: readonly T[]) =>
  a === undefined && b === undefined ? undefined : [...new Set([...(a ?? []), ...(b ?? [])])];

/** Drops keys whose value is undefined, so merged objects look like written ones. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function merge<T extends object>(a: T | undefined, b: T | undefined, f: (a: T, b: T) => T): T | undefined {
  if (!a) return b;
  if (!b) return a;
  return defined(f(a, b));
}

/** Requirements that hold when both `a` and `b` must be met. */
export function strictestTierPolicy(a: TierPolicy, b: TierPolicy): TierPolicy {
  return defined<TierPolicy>({
    blocked: or(a.blocked, b.blocked),
    // The larger count decides; its approvers are the ones asked (a tie keeps both lists).
    approvals: merge(a.approvals, b.approvals, (x, y) =>
      x.count === y.count
        ? {
            count: x.count,
            ...(x.from || y.from
              ? {
                  from: {
                    teams: union(x.from?.teams, y.from?.teams) ?? [],
                    users: union(x.from?.users, y.from?.users) ?? [],
                  },
                }
              : {}),
          }
        : x.count > y.count
          ? x
          : y,
    ),
    riskAssessment: merge(a.riskAssessment, b.riskAssessment, (x, y) => ({
      required: x.required === false && y.required === false ? false : or(x.required, y.required),
      maxAgeDays: min(x.maxAgeDays, y.maxAgeDays),
      frameworks: union(x.frameworks, y.frameworks),
    })),
    adversarialTests: merge(a.adversarialTests, b.adversarialTests, (x, y) => ({
      ...x,
      ...y,
      required: x.required === false && y.required === false ? false : or(x.required, y.required),
      maxAttackSuccessRate: min(x.maxAttackSuccessRate, y.maxAttackSuccessRate),
      maxAgeDays: min(x.maxAgeDays, y.maxAgeDays),
      // Per probe, each side's effective value (an unset limit is its overall limit, an unset
      // minimum the default): the lower limit, and the lower minimum, which judges more probes.
      maxAttackSuccessRatePerProbe: min(
        x.maxAttackSuccessRatePerProbe ?? x.maxAttackSuccessRate,
        y.maxAttackSuccessRatePerProbe ?? y.maxAttackSuccessRate,
      ),
      minAttempts:
        x.minAttempts === undefined && y.minAttempts === undefined
          ? undefined
          : Math.min(x.minAttempts ?? DEFAULT_MIN_ATTEMPTS, y.minAttempts ?? DEFAULT_MIN_ATTEMPTS),
    })),
    datasets: merge(a.datasets, b.datasets, (x, y) => ({
      required: or(x.required, y.required),
      vetted: or(x.vetted, y.vetted),
      digest: or(x.digest, y.digest),
    })),
    controls: union(a.controls, b.controls),
    evaluation: merge(a.evaluation, b.evaluation, (x, y) => {
      const metrics = { ...(x.minMetrics ?? {}) };
      for (const [k, v] of Object.entries(y.minMetrics ?? {})) metrics[k] = max(metrics[k], v) as number;
      return defined({
        minMetrics: x.minMetrics || y.minMetrics ? metrics : undefined,
        maxAgeDays: min(x.maxAgeDays, y.maxAgeDays),
      });
    }),
    signature: merge(a.signature, b.signature, (x, y) => ({
      required: or(x.required, y.required),
      // Either tier's signers satisfy a required signature only when both allow them.
      signers:
        x.signers?.length && y.signers?.length
          ? x.signers.filter((s) => y.signers?.includes(s))
          : x.signers?.length
            ? x.signers
            : y.signers,
    })),
    scan: merge(a.scan, b.scan, (x, y) => ({ required: or(x.required, y.required) })),
  });
}
