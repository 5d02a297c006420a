// The unit project runs without dist/ and starts no process; the end-to-end project
// (files named *.e2e.test.ts) builds dist/ once and may run git, the CLI and the Action. This
// keeps a file from landing in the wrong one: a unit test file that reaches child_process, a
// process-starting harness or the bundle, through its own imports or its helpers', fails here
// with the file to rename. (test/support/no-spawn.ts also stops any process at run time.)
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { E2E_SUFFIX, importsOf, ROOT, spawnReason, testFiles } from "./support/project-guard.ts";

describe("the unit project", () => {
  const all = testFiles(path.join(ROOT, "test"));

  it("holds every test file not named *.e2e.test.ts, and none reaches a process or dist/", () => {
    // This file names child_process in its own samples; it imports none.
    const unit = all.filter((f) => !f.endsWith(E2E_SUFFIX) && f !== fileURLToPath(import.meta.url));
    expect(unit.length).toBeGreaterThan(20);
    const offenders = unit
      .map((f) => ({ file: path.relative(ROOT, f), why: spawnReason(f) }))
      .filter((o) => o.why !== null)
      .map((o) => `${o.file}: ${o.why}; rename it to *${E2E_SUFFIX}`);
    expect(offenders).toEqual([]);
  });

  it("sees a process wherever a file reaches one", () => {
    // The guard itself: each end-to-end harness is found, directly or through a helper.
    for (const f of [
      "test/hostile/cli.e2e.test.ts",
      "test/action/limits.e2e.test.ts",
      "test/repo/git.e2e.test.ts",
    ])
      expect(spawnReason(path.join(ROOT, f)), f).not.toBeNull();
    expect(importsOf('import { spawn } from "node:child_process";\nimport x from "./a.ts";')).toEqual([
      "node:child_process",
      "./a.ts",
    ]);
    expect(importsOf('const cp = await import("child_process");')).toEqual(["child_process"]);
    expect(importsOf('const { spawnSync } = require("node:child_process");')).toEqual(["node:child_process"]);
  });

  it("stops a process started at run time, however it is imported", async () => {
    const cp = await import("node:child_process");
    expect(() => cp.execFileSync("git", ["--version"])).toThrow(/unit tests start no process/);
    expect(() => cp.spawn(process.execPath, ["-e", "0"])).toThrow(/unit tests start no process/);
    const { createRequire } = await import("node:module");
    const required = createRequire(import.meta.url)("node:child_process") as typeof cp;
    expect(() => required.spawnSync("sh", ["-c", "true"])).toThrow(/\*\.e2e\.test\.ts/);
  });
});
