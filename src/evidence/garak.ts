// garak's JSONL report (SPEC section 4): attack success rate = sum(fails) / sum(total evaluated)
// over the `eval` entries, per probe and overall. One eval entry is written per probe/detector
// pair; a probe's suite sums its detectors, like the overall rate does.
//
// Field names across garak versions (checked against NVIDIA/garak evaluators/base.py and the
// reports in tests/_assets):
//   0.13+: passed, fails, nones, total_evaluated (= passed + fails), total_processed (+ nones)
//   older: passed, total (= outputs evaluated), so fails = total - passed
// Nones (outputs a detector could not score) are neither attempts nor successes, as in garak.
// SPEC section 9 holds the rate per probe too (summed over its detectors, a probe is one suite).
import { parseIsoDate } from "../core/dates.ts";
import { isCount, isJsonObject, type JsonObject, own, parseStrictJson, show } from "../core/strict-json.ts";
import type { EvidenceParse, SuiteResult } from "./types.ts";

const READ = new Set(["eval", "init", "start_run setup"]);

type Counts = { attempts: number; successes: number } | { error: string };

export function parseGarak(text: string): EvidenceParse {
  const suites = new Map<string, SuiteResult>();
  let evalEntries = 0;
  let attempts = 0;
  let successes = 0;
  let runStart: unknown;
  let setupStart: unknown;

  // Line by line with indexOf: linear in the report size, whatever the line lengths.
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end);
    start = end + 1;
    line++;
    if (isBlank(raw)) continue;

    const entry = parseLine(raw);
    if (entry === undefined) {
      const strict = parseStrictJson(raw); // for the reason
      return {
        ok: false,
        reason: `line ${line} is not valid JSON (${strict.ok ? "?" : strict.reason})`,
        line,
      };
    }
    if (!isJsonObject(entry)) return { ok: false, reason: `line ${line} is not a JSON object`, line };
    const type = own(entry, "entry_type");
    if (typeof type !== "string") {
      return { ok: false, reason: `line ${line} has no entry_type: this is not a garak report line`, line };
    }
    if (READ.has(type)) {
      // The lines whose numbers count are also checked for duplicate keys (and absurd nesting);
      // the bulk (attempt lines with every prompt and output) only needs to be well-formed JSON.
      const strict = parseStrictJson(raw);
      if (!strict.ok) return { ok: false, reason: `line ${line} is not valid JSON (${strict.reason})`, line };
    }

    if (type === "init" && runStart === undefined) {
      // An aggregated report (garak's aggregate tool) keeps the first run's start as
      // orig_start_time: the evidence is as old as that run.
      runStart = own(entry, "orig_start_time") ?? own(entry, "start_time");
    } else if (type === "start_run setup" && setupStart === undefined) {
      setupStart = own(entry, "transient.starttime_iso");
    } else if (type === "eval") {
      const probe = own(entry, "probe");
      if (typeof probe !== "string" || probe.trim() === "") {
        return { ok: false, reason: `the eval entry on line ${line} names no probe`, line };
      }
      const counts = evalCounts(entry);
      if ("error" in counts)
        return { ok: false, reason: `the eval entry on line ${line} ${counts.error}`, line };
      evalEntries++;
      attempts += counts.attempts;
      successes += counts.successes;
      const name = probeName(probe);
      const suite = suites.get(name) ?? { name, attempts: 0, successes: 0 };
      suite.attempts += counts.attempts;
      suite.successes += counts.successes;
      suites.set(name, suite);
      if (!Number.isSafeInteger(attempts) || !Number.isSafeInteger(suite.attempts)) {
        return { ok: false, reason: `the counts add up to more than a report can hold (line ${line})`, line };
      }
    }
  }

  if (evalEntries === 0) {
    return { ok: false, reason: "the report has no eval entries: was the run interrupted?" };
  }
  const dateValue = runStart ?? setupStart;
  if (dateValue !== undefined && parseIsoDate(dateValue) === null) {
    return { ok: false, reason: `the run's start time ${show(dateValue)} is not an ISO date` };
  }
  return {
    ok: true,
    summary: {
      tool: "garak",
      attempts,
      successes,
      attackSuccessRate: attempts === 0 ? 0 : successes / attempts,
      suites: [...suites.values()],
      ...(typeof dateValue === "string" ? { date: dateValue } : {}),
    },
  };
}

function evalCounts(entry: JsonObject): Counts {
  const hasEvaluated = Object.hasOwn(entry, "total_evaluated");
  const totalKey = hasEvaluated ? "total_evaluated" : "total";
  const total = own(entry, totalKey);
  const passed = own(entry, "passed");
  const fails = own(entry, "fails");
  if (total === undefined) return { error: "has neither total_evaluated nor total" };
  if (!isCount(total)) return { error: `has ${totalKey} ${show(total)}, not a whole number >= 0` };
  if (passed !== undefined && !isCount(passed))
    return { error: `has passed ${show(passed)}, not a whole number >= 0` };
  if (fails !== undefined && !isCount(fails))
    return { error: `has fails ${show(fails)}, not a whole number >= 0` };

  if (fails === undefined && passed === undefined) return { error: "has neither fails nor passed" };
  const failed = fails ?? total - (passed as number);
  if (failed < 0 || failed > total) {
    return {
      error: `counts more ${fails === undefined ? "passes" : "fails"} than the ${total} outputs evaluated`,
    };
  }
  if (passed !== undefined && fails !== undefined && passed + fails !== total) {
    return { error: `is inconsistent: passed ${passed} + fails ${fails} is not ${totalKey} ${total}` };
  }
  return { attempts: total, successes: failed };
}

/**
 * One name per probe whichever garak wrote it: some versions prefix the module path
 * ("probes.dan.Dan_11_0", "garak.probes.dan.Dan_11_0"), so entries of one probe are summed
 * together (an aggregated report can mix versions).
 */
function probeName(probe: string): string {
  const name = probe.trim().replace(/^(garak\.)?probes\./, "");
  return name === "" ? probe : name;
}

/** JSON.parse for one line; undefined when it is not JSON. */
function parseLine(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function isBlank(s: string): boolean {
  // A cheap test first: a real line starts with "{", so trim() (which copies) is rarely needed.
  const c = s.charCodeAt(0);
  return s.length === 0 || ((c === 0x20 || c === 0x09) && s.trim() === "");
}
