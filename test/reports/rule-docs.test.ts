import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS, ruleDocUrl } from "../../src/core/rules.ts";
import { renderAllRuleDocs, renderRuleDoc, ruleDocPath } from "../../src/reports/rule-docs.ts";
import { RULE_HELP } from "../../src/reports/rule-help.ts";
import { expectGolden } from "./golden.ts";

const repoRoot = new URL("../../", import.meta.url).pathname;

function listMarkdown(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listMarkdown(path) : name.endsWith(".md") ? [path] : [];
  });
}

describe("rule documentation", () => {
  it("every rule id has its documentation file, matching the generator (UPDATE_GOLDEN=1 rewrites)", () => {
    for (const [path, content] of renderAllRuleDocs()) expectGolden(content, join(repoRoot, path));
    for (const id of RULE_IDS) expect(existsSync(join(repoRoot, ruleDocPath(id))), id).toBe(true);
  });

  it("has no page for a rule that does not exist", () => {
    const expected = new Set([...renderAllRuleDocs().keys()]);
    const actual = listMarkdown(join(repoRoot, "docs/rules")).map((p) => relative(repoRoot, p));
    expect(actual.filter((p) => !expected.has(p))).toEqual([]);
  });

  it("the help URL of every rule points at its page", () => {
    for (const id of RULE_IDS) expect(ruleDocUrl(id).endsWith(`/${ruleDocPath(id)}`)).toBe(true);
  });

  it("each page is specific to its rule and has every section", () => {
    const checks = new Set<string>();
    for (const id of RULE_IDS) {
      const doc = renderRuleDoc(id);
      for (const heading of ["## What it checks", "## Why", "## How to fix", "## Example", "## Waiving it"]) {
        expect(doc, `${id}: ${heading}`).toContain(heading);
      }
      expect(doc).toContain("Fails");
      expect(doc).toContain("Passes");
      expect(RULE_HELP[id].refs.length, id).toBeGreaterThan(0);
      expect(checks.has(RULE_HELP[id].checks), `${id} repeats another rule's text`).toBe(false);
      checks.add(RULE_HELP[id].checks);
    }
  });

  it("waiver advice matches the engine: waiver findings are never waivable", () => {
    expect(renderRuleDoc("waiver/expired")).toContain("cannot themselves be waived");
    expect(renderRuleDoc("evidence/threshold-exceeded")).toContain("  - rule: evidence/threshold-exceeded");
  });
});
