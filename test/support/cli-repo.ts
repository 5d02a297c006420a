// Scenario git repositories for black-box tests of the built CLI (dist/cli.js): a base commit
// on main, a pull request's head on branch pr, and `model-gate check` run on them as a user
// would. Temporary folders are removed after the test file.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

// MODEL_GATE_CLI runs the same scenarios against another build (to show a test fails on an older one).
export const CLI = process.env.MODEL_GATE_CLI ?? new URL("../../dist/cli.js", import.meta.url).pathname;
/** The engine helpers' fixtures are dated relative to this day. */
export const CHECK_NOW = "2026-11-25";

const temps: string[] = [];
afterAll(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

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

/**
 * A file's content, a symbolic link, or null to delete the path. `{ submodule }` (the engine's
 * memory-tree gitlink) is refused: add real submodules with addSubmodule().
 */
export type Entry = string | Uint8Array | { symlink: string } | { submodule: string } | null;

export function write(dir: string, files: Record<string, Entry>): void {
  for (const [rel, v] of Object.entries(files)) {
    const abs = join(dir, rel);
    rmSync(abs, { force: true, recursive: true });
    if (v === null) continue;
    mkdirSync(dirname(abs), { recursive: true });
    if (typeof v === "string" || v instanceof Uint8Array) writeFileSync(abs, v);
    else if ("symlink" in v) symlinkSync(v.symlink, abs);
    else throw new Error(`${rel}: add real submodules with addSubmodule()`);
  }
}

/**
 * A repository with `base` committed on main and branch pr made from it by applying `head`
 * (files to write over the base; null deletes one). With `replace`, head is the whole tree.
 */
export function scenario(
  base: Record<string, Entry>,
  head: Record<string, Entry>,
  opts: { replace?: boolean } = {},
): string {
  const dir = temp("mg-scenario-");
  git(dir, "init", "-q", "-b", "main");
  write(dir, base);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "base");
  git(dir, "checkout", "-q", "-b", "pr");
  if (opts.replace) for (const p of Object.keys(base)) if (!(p in head)) write(dir, { [p]: null });
  write(dir, head);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "pr");
  return dir;
}

/**
 * Makes a repository holding `files` and adds it as a real submodule at `at` in `dir` (staged,
 * not committed). Returns the submodule's repository, for moveSubmodule().
 */
export function addSubmodule(dir: string, at: string, files: Record<string, Entry>): string {
  const sub = temp("mg-submodule-");
  git(sub, "init", "-q", "-b", "main");
  write(sub, files);
  git(sub, "add", "-A");
  git(sub, "commit", "-q", "-m", "submodule content");
  git(dir, "-c", "protocol.file.allow=always", "submodule", "add", "-q", sub, at);
  return sub;
}

/** Commits `files` in the submodule's repository and moves the pointer at `at` to it (staged). */
export function moveSubmodule(dir: string, at: string, sub: string, files: Record<string, Entry>): void {
  write(sub, files);
  git(sub, "add", "-A");
  git(sub, "commit", "-q", "-m", "new submodule content");
  const checkout = join(dir, at);
  git(checkout, "-c", "protocol.file.allow=always", "fetch", "-q", "origin");
  git(checkout, "checkout", "-q", git(sub, "rev-parse", "HEAD"));
  git(dir, "add", at);
}

export function cli(dir: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", GITHUB_ACTIONS: "", ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export const ruleIds = (json: { findings: { ruleId: string }[] }) => json.findings.map((f) => f.ruleId);

/** `model-gate check` on a scenario: base main, head pr, as of the fixtures' day. */
export const CHECK_ARGS = ["check", "--base", "main", "--head", "pr", "--now", CHECK_NOW];

interface CheckFinding {
  ruleId: string;
  severity: string;
  message: string;
  file?: string;
  model?: string;
  waived: unknown;
}

/** `model-gate check --base main --head pr` in JSON, with the exit code and the report. */
export function check(dir: string, extra: string[] = []) {
  const r = cli(dir, [...CHECK_ARGS, "--format", "json", ...extra]);
  if (r.code === 2 || !r.out.trim()) throw new Error(`check failed to run (exit ${r.code}): ${r.err}`);
  const report = JSON.parse(r.out) as {
    verdict: string;
    findings: CheckFinding[];
    models: { name: string }[];
  };
  const errors = report.findings
    .filter((f) => f.severity === "error" && !f.waived)
    .map((f) => f.ruleId)
    .sort();
  return { code: r.code, report, errors, rules: report.findings.map((f) => f.ruleId).sort(), stderr: r.err };
}
