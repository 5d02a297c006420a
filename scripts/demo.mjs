// `npm run demo`: builds the demo repository in a temp folder and runs the built CLI on its
// two pull requests, printing the human report. Exits 0 when the compliant change passes and
// the unaudited one fails, as they should.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDemoRepo } from "./lib/demo-repo.mjs";

const dir = mkdtempSync(join(tmpdir(), "model-gate-demo-"));
const cli = new URL("../dist/cli.js", import.meta.url).pathname;
let ok = true;
try {
  buildDemoRepo(dir);
  for (const [branch, expected] of [
    ["compliant", 0],
    ["unaudited", 1],
  ]) {
    console.log(
      `\n━━━ Pull request '${branch}' → main ━━━\n$ model-gate check --base main --head ${branch}\n`,
    );
    const run = spawnSync(
      process.execPath,
      [cli, "check", "--repo", dir, "--base", "main", "--head", branch],
      {
        stdio: "inherit",
        env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? "1" : "0" },
      },
    );
    console.log(`(exit code ${run.status}; expected ${expected})`);
    if (run.status !== expected) ok = false;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  ok ? "\nDemo: both pull requests were judged as expected." : "\nDemo: a verdict was not the expected one.",
);
process.exit(ok ? 0 : 1);
