// The black-box harness of the hostile tests: scenario git repositories (base on main, head on
// branch pr) and the built CLI (dist/cli.js) run on them.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

export const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
export const NOW = "2026-11-25"; // the engine helpers' fixtures are dated relative to this day

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A temporary directory removed after the test file. */
export function temp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync(
    "git",
    ["-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args],
    { cwd: dir, encoding: "utf8" },
  ).trim();
}

export type Entry = string | Uint8Array | { symlink: string };

export function write(dir: string, files: Record<string, Entry>): void {
  for (const [rel, v] of Object.entries(files)) {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    rmSync(abs, { force: true });
    if (typeof v === "object" && !(v instanceof Uint8Array)) symlinkSync(v.symlink, abs);
    else writeFileSync(abs, v);
  }
}

/** A repository with `base` on main and `head` on branch pr. */
export function repo(base: Record<string, Entry>, head: Record<string, Entry>): string {
  const dir = temp("mg-hostile-");
  git(dir, "init", "-q", "-b", "main");
  write(dir, base);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "base");
  git(dir, "checkout", "-q", "-b", "pr");
  write(dir, head);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "pr");
  return dir;
}

export function cli(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", GITHUB_ACTIONS: "" },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export const ruleIds = (json: { findings: { ruleId: string }[] }) => json.findings.map((f) => f.ruleId);
