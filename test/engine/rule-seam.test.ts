// Issue 11, step 1: rules are decided in src/checks; the engine, the format readers and the
// scanners report facts (typed problems with a kind), and a check names the rule. This guard
// counts rule-id string literals outside the places that decide or document rules: there are none,
// and a new one fails here (report a fact and decide the rule in src/checks instead).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/core/rules.ts";

const root = join(import.meta.dirname, "../..");

/** Where rules are decided, registered or documented. */
const DECIDING = [
  /^src\/checks\//,
  /^src\/core\/rules\.ts$/,
  /^src\/reports\/rule-(help|examples|docs)\.ts$/,
  // The "to fix" list names the rules it has a fix command for: it documents rules, decides none.
  /^src\/reports\/fixes\.ts$/,
  // SARIF leaves the local approval/pending note out of code scanning: presentation, not a verdict.
  /^src\/reports\/sarif\.ts$/,
];

/** Files that still decide rules where facts are gathered, with their count (a ratchet: none left). */
const NOT_YET_MOVED: Record<string, number> = {};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

function ruleLiterals(): Record<string, number> {
  const ids = new Set<string>(RULE_IDS);
  const out: Record<string, number> = {};
  for (const file of sources(join(root, "src"))) {
    const rel = relative(root, file).split("\\").join("/");
    if (DECIDING.some((re) => re.test(rel))) continue;
    const text = readFileSync(file, "utf8");
    const n = [...text.matchAll(/["'`]([a-z]+\/[a-z0-9-]+)["'`]/g)].filter((m) => ids.has(m[1]!)).length;
    if (n > 0) out[rel] = n;
  }
  return out;
}

describe("rule ids are decided in src/checks", () => {
  it("no file outside the deciding places names a rule id, beyond today's known exceptions", () => {
    const found = ruleLiterals();
    const grown = Object.entries(found)
      .filter(([file, n]) => n > (NOT_YET_MOVED[file] ?? 0))
      .map(([file, n]) => `${file}: ${n} rule-id literals (allowed ${NOT_YET_MOVED[file] ?? 0})`);
    expect(grown).toEqual([]);
  });
});
