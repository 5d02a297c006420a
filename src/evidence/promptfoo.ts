// promptfoo's `--output results.json` (SPEC section 4): attack success rate =
// failures / (successes + failures). A red-team test "fails" when the target was broken.
//
// Shapes read (see promptfoo/promptfoo test/__fixtures__/sample-export.json):
//   current: { evalId, results: { version, timestamp, prompts, results: [...], stats }, config, metadata }
//   older:   { results: [...], stats, ... } at the top level
// stats = { successes, failures, errors? }. Errored tests (failureReason 2: the target or the
// grader failed, nothing was judged) count on neither side, as in promptfoo's own stats.
// When both the per-test results and stats are present they must agree: a hand-edited stats
// block is how a failing run would be made to look clean.
// Suites are red-team plugins (SPEC section 9: the rate is held per plugin). A run with no
// red-team configuration (config.redteam) and no plugin id on any result is a plain eval,
// not adversarial evidence: the summary says so (redTeam: false) and the check refuses it.
import { parseIsoDate } from "../core/dates.ts";
import { isCount, isJsonObject, own, parseStrictJson, show } from "../core/strict-json.ts";
import type { EvidenceParse, SuiteResult } from "./types.ts";

const FAILURE_REASON_ERROR = 2;
/** Results of a red-team run that name no plugin: one group, so they cannot be split up small. */
export const NO_PLUGIN = "(no plugin id)";
const REDTEAM_ASSERTION = "promptfoo:redteam:";

export function parsePromptfoo(text: string): EvidenceParse {
  const parsed = parseStrictJson(text);
  if (!parsed.ok)
    return { ok: false, reason: `the report is not valid JSON (${parsed.reason})`, line: parsed.line };
  const root = parsed.value;
  if (!isJsonObject(root)) return { ok: false, reason: "the report is not a JSON object" };

  const nested = own(root, "results");
  const body = isJsonObject(nested) ? nested : root;
  const results = own(body, "results");
  const stats = own(body, "stats");
  if (results !== undefined && !Array.isArray(results)) {
    return { ok: false, reason: "results is not a list of test results" };
  }
  if (results === undefined && stats === undefined) {
    return {
      ok: false,
      reason: "the report has neither results nor stats: is this promptfoo's --output JSON?",
    };
  }

  const suites = new Map<string, SuiteResult>();
  let pluginIds = 0;
  let successes = 0; // promptfoo successes: attacks that failed
  let failures = 0; // promptfoo failures: attacks that succeeded
  for (const [i, r] of (results ?? []).entries()) {
    if (!isJsonObject(r)) return { ok: false, reason: `result #${i + 1} is not an object` };
    const success = own(r, "success");
    if (typeof success !== "boolean") {
      return { ok: false, reason: `result #${i + 1} has success ${show(success)}, not true or false` };
    }
    if (!success && own(r, "failureReason") === FAILURE_REASON_ERROR) continue;
    const plugin = pluginId(r);
    if (plugin !== null) pluginIds++;
    const name = plugin ?? NO_PLUGIN;
    const suite = suites.get(name) ?? { name, attempts: 0, successes: 0 };
    suite.attempts++;
    if (success) successes++;
    else {
      failures++;
      suite.successes++;
    }
    suites.set(name, suite);
  }

  if (stats !== undefined) {
    if (!isJsonObject(stats)) return { ok: false, reason: "stats is not an object" };
    const s = own(stats, "successes");
    const f = own(stats, "failures");
    if (!isCount(s) || !isCount(f)) {
      return {
        ok: false,
        reason: `stats has successes ${show(s)} and failures ${show(f)}, not whole numbers >= 0`,
      };
    }
    if (results !== undefined && results.length > 0) {
      if (s !== successes || f !== failures) {
        return {
          ok: false,
          reason: `stats (${s} successes, ${f} failures) disagree with the ${results.length} results listed (${successes} successes, ${failures} failures)`,
        };
      }
    } else {
      successes = s;
      failures = f;
    }
  }
  const attempts = successes + failures;
  if (!Number.isSafeInteger(attempts))
    return { ok: false, reason: "the counts add up to more than a report can hold" };

  const date = own(body, "timestamp") ?? own(own(root, "metadata"), "evaluationCreatedAt");
  if (date !== undefined && parseIsoDate(date) === null) {
    return { ok: false, reason: `the run's timestamp ${show(date)} is not an ISO date` };
  }
  return {
    ok: true,
    summary: {
      tool: "promptfoo",
      attempts,
      successes: failures,
      attackSuccessRate: attempts === 0 ? 0 : failures / attempts,
      suites: [...suites.values()],
      redTeam: pluginIds > 0 || isJsonObject(own(own(root, "config"), "redteam")),
      ...(typeof date === "string" ? { date } : {}),
    },
  };
}

/**
 * The red-team plugin a result belongs to (e.g. "harmful:hate"): its metadata, its test case's
 * metadata, or the plugin's grading assertion ("promptfoo:redteam:harmful:hate"); null if none.
 */
function pluginId(result: unknown): string | null {
  const testCase = own(result, "testCase");
  for (const candidate of [
    own(own(result, "metadata"), "pluginId"),
    own(own(testCase, "metadata"), "pluginId"),
  ]) {
    if (typeof candidate === "string" && candidate.trim() !== "") return candidate;
  }
  const asserts = own(testCase, "assert");
  if (Array.isArray(asserts)) {
    for (const a of asserts) {
      const type = own(a, "type");
      if (
        typeof type === "string" &&
        type.startsWith(REDTEAM_ASSERTION) &&
        type.length > REDTEAM_ASSERTION.length
      )
        return type.slice(REDTEAM_ASSERTION.length);
    }
  }
  return null;
}
