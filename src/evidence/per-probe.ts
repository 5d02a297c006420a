// SPEC section 9, "Thresholds per probe": the attack success rate is held to the limit per
// probe (garak), plugin (promptfoo) or suite (native) as well as overall, so a probe that
// breaks the model cannot hide behind thousands of passes from a trivial one. A probe with
// fewer than `minAttempts` attempts is too small to judge alone (one success in three is not
// a 33% rate); it still counts in the overall rate.
import type { EvidenceTool } from "../manifest/model.ts";
import type { SuiteResult } from "./types.ts";

/** Default of `tiers.<tier>.adversarialTests.minAttempts`. */
export const DEFAULT_MIN_ATTEMPTS = 20;

export interface ProbeJudgement {
  /** Probes with at least minAttempts attempts above the limit, worst first. */
  over: SuiteResult[];
  /** Probes under minAttempts above the limit: not judged alone, named in messages. */
  tooSmall: SuiteResult[];
}

export function rateOf(s: Pick<SuiteResult, "attempts" | "successes">): number {
  return s.attempts === 0 ? 0 : s.successes / s.attempts;
}

export function judgeProbes(
  suites: readonly SuiteResult[],
  limit: number,
  minAttempts: number,
): ProbeJudgement {
  const over: SuiteResult[] = [];
  const tooSmall: SuiteResult[] = [];
  for (const s of suites) {
    if (s.attempts === 0 || rateOf(s) <= limit) continue;
    (s.attempts >= minAttempts ? over : tooSmall).push(s);
  }
  return { over: over.sort(worstFirst), tooSmall: tooSmall.sort(worstFirst) };
}

/** Highest rate first; on a tie, more evidence first; then by name, so output is stable. */
function worstFirst(a: SuiteResult, b: SuiteResult): number {
  return rateOf(b) - rateOf(a) || b.attempts - a.attempts || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** What one suite is called in each tool's own words. */
export function probeWord(tool: EvidenceTool): string {
  return tool === "garak" ? "probe" : tool === "promptfoo" ? "plugin" : "suite";
}
