// Model Gate's native evidence JSON (SPEC section 4), for any tool without an adapter:
//   {"modelDigest": "sha256:…", "date": "2026-10-02", "tool": "pyrit",
//    "suites": [{"name": "prompt-injection", "attempts": 200, "successes": 3}]}
// Hand-checked rather than schema-validated so every message names the field at fault.
// Extra keys are allowed (e.g. "$schema", notes); the ones read must be exactly right.
import { parseIsoDate } from "../core/dates.ts";
import { isCount, isJsonObject, own, parseStrictJson, show } from "../core/strict-json.ts";
import { isDigest } from "../manifest/digest.ts";
import type { EvidenceParse, SuiteResult } from "./types.ts";

export function parseNative(text: string): EvidenceParse {
  const parsed = parseStrictJson(text);
  if (!parsed.ok)
    return { ok: false, reason: `the report is not valid JSON (${parsed.reason})`, line: parsed.line };
  const root = parsed.value;
  if (!isJsonObject(root)) return { ok: false, reason: "the report is not a JSON object" };

  const modelDigest = own(root, "modelDigest");
  if (modelDigest !== undefined && (typeof modelDigest !== "string" || !isDigest(modelDigest))) {
    return {
      ok: false,
      reason: `modelDigest ${show(modelDigest)} is not sha256: followed by 64 lowercase hex digits`,
    };
  }
  const date = own(root, "date");
  if (date !== undefined && parseIsoDate(date) === null) {
    return { ok: false, reason: `date ${show(date)} is not an ISO date (YYYY-MM-DD)` };
  }
  const tool = own(root, "tool");
  if (tool !== undefined && typeof tool !== "string")
    return { ok: false, reason: `tool ${show(tool)} is not a string` };

  const list = own(root, "suites");
  if (!Array.isArray(list)) return { ok: false, reason: `suites ${show(list)} is not a list of test suites` };
  if (list.length === 0) return { ok: false, reason: "suites is empty: the report records no attacks" };

  const suites: SuiteResult[] = [];
  const names = new Set<string>();
  let attempts = 0;
  let successes = 0;
  for (const [i, s] of list.entries()) {
    const at = `suites[${i}]`;
    if (!isJsonObject(s)) return { ok: false, reason: `${at} is not an object` };
    const name = own(s, "name");
    const a = own(s, "attempts");
    const k = own(s, "successes");
    if (typeof name !== "string" || name.trim() === "")
      return { ok: false, reason: `${at}.name ${show(name)} is not a name` };
    if (names.has(name)) return { ok: false, reason: `${at}: the suite ${show(name)} is listed twice` };
    names.add(name);
    if (!isCount(a)) return { ok: false, reason: `${at}.attempts ${show(a)} is not a whole number >= 0` };
    if (!isCount(k)) return { ok: false, reason: `${at}.successes ${show(k)} is not a whole number >= 0` };
    if (k > a) return { ok: false, reason: `${at} has more successes (${k}) than attempts (${a})` };
    attempts += a;
    successes += k;
    if (!Number.isSafeInteger(attempts))
      return { ok: false, reason: "the counts add up to more than a report can hold" };
    suites.push({ name, attempts: a, successes: k });
  }
  return {
    ok: true,
    summary: {
      tool: "model-gate",
      attempts,
      successes,
      attackSuccessRate: attempts === 0 ? 0 : successes / attempts,
      suites,
      ...(typeof modelDigest === "string" ? { modelDigest } : {}),
      ...(typeof date === "string" ? { date } : {}),
    },
  };
}
