// Issue 13: `check` resolves the top level and its refs in one git process, and asks git for no
// diff when base and head are one commit. What a user sees must not change: the same messages
// for refs that do not resolve (a bad --head is reported first), the same reports otherwise.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECK_NOW, cli, git, scenario, temp } from "../support/cli-repo.ts";

const POLICY = { ".github/model-gate.yml": "apiVersion: model-gate/v1\nkind: Policy\nextends: baseline\n" };

describe("check: refs", () => {
  const dir = scenario({ ...POLICY, "src/app.js": "1\n" }, { "src/app.js": "2\n" });
  const check = (...args: string[]) => cli(dir, ["check", "--now", CHECK_NOW, "--format", "json", ...args]);

  it.each([
    [["--base", "nope", "--head", "pr"], /unknown revision nope in /],
    [["--base", "main", "--head", "nope"], /unknown revision nope in /],
    [["--base", "nope-base", "--head", "nope-head"], /unknown revision nope-head in /],
    [["--base", "main..pr", "--head", "pr"], /unknown revision main\.\.pr in /],
    [["--base", "pr^@", "--head", "pr"], /unknown revision pr\^@ in /],
    [["--base=-x", "--head", "pr"], /invalid revision "-x"/],
  ])("%j is refused with the same message as before", (args, message) => {
    const r = check(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe("");
  });

  it("one commit on both sides passes with nothing judged; so does a subdirectory as --repo", () => {
    for (const extra of [[], ["--repo", join(dir, "src")]]) {
      const r = check("--base", "main", "--head", "main", ...extra);
      expect(r.code).toBe(0);
      const report = JSON.parse(r.out);
      expect(report).toMatchObject({ verdict: "pass", models: [], findings: [] });
      expect(report.base).toBe(report.head);
    }
  });

  it("is not a git repository: the same message", () => {
    const r = cli(temp("mg-norepo-"), ["check"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is not a git repository/);
  });

  it("--worktree with --head is refused before any ref is resolved", () => {
    const r = check("--worktree", "--head", "nope");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--worktree judges the working tree as the head: drop --head");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});
