// Scenario git repositories for black-box tests of the built CLI (dist/cli.js): a base commit on
// main, a head commit on branch pr, and the CLI run on them as a user would run it.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
/** The engine helpers' fixtures are dated relative to this day. */
export const NOW = "2026-11-25";

const temps: string[] = [];

/** Removes every directory temp() made; call from afterAll. */
export function removeTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function temp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}

/** git with a fixed identity and no signing; local submodules allowed (file protocol). */
export function git(dir: string, ...args: string[]): string {
  return execFileSync(
    "git",
    [
      "-c",
      "user.name=T",
      "-c",
      "user.email=t@example.com",
      "-c",
      "commit.gpgsign=false",
      "-c",
      "protocol.file.allow=always",
      ...args,
    ],
    { cwd: dir, encoding: "utf8" },
  ).trim();
}

/** What a test file holds; the same shape as the engine's memory trees (MemoryFile). */
export type Entry = string | Uint8Array | { symlink: string } | { submodule: string };

export function write(dir: string, files: Record<string, Entry>): void {
  for (const [rel, v] of Object.entries(files)) {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    rmSync(abs, { force: true });
    if (typeof v === "string" || v instanceof Uint8Array) writeFileSync(abs, v);
    else if ("symlink" in v) symlinkSync(v.symlink, abs);
    else throw new Error(`${rel}: add real submodules with addSubmodule()`);
  }
}

/** A repository with `base` on main and `head` on branch pr. */
export function repo(base: Record<string, Entry>, head: Record<string, Entry>): string {
  const dir = temp("mg-scenario-");
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

/**
 * Makes a repository holding `files` and adds it as a real submodule at `at` in `dir` (staged,
 * not committed). Returns the submodule repository, for new commits to point at later.
 */
export function addSubmodule(dir: string, at: string, files: Record<string, Entry>): string {
  const sub = temp("mg-submodule-");
  git(sub, "init", "-q", "-b", "main");
  write(sub, files);
  git(sub, "add", "-A");
  git(sub, "commit", "-q", "-m", "submodule content");
  git(dir, "submodule", "add", "-q", sub, at);
  return sub;
}

/** Commits `files` in the submodule's own repository and moves the pointer at `at` to it (staged). */
export function moveSubmodule(dir: string, at: string, sub: string, files: Record<string, Entry>): void {
  write(sub, files);
  git(sub, "add", "-A");
  git(sub, "commit", "-q", "-m", "new submodule content");
  const checkout = join(dir, at);
  git(checkout, "fetch", "-q", "origin");
  git(checkout, "checkout", "-q", git(sub, "rev-parse", "HEAD"));
  git(dir, "add", at);
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

export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file?: string;
  line?: number;
  model?: string;
  waived: unknown;
}

/** `check --base main --head pr --now NOW --format json`: exit code and the parsed report. */
export function checkJson(dir: string, extra: string[] = []) {
  const r = cli(dir, ["check", "--base", "main", "--head", "pr", "--now", NOW, "--format", "json", ...extra]);
  let json: { verdict: string; findings: JsonFinding[] };
  try {
    json = JSON.parse(r.out);
  } catch {
    throw new Error(`no JSON report (exit ${r.code}): ${r.err.slice(0, 2000)}`);
  }
  return { code: r.code, json, err: r.err };
}

export const ruleIds = (json: { findings: { ruleId: string }[] }) => json.findings.map((f) => f.ruleId);

/** The findings of one rule. */
export const findingsOf = (json: { findings: JsonFinding[] }, ruleId: string) =>
  json.findings.filter((f) => f.ruleId === ruleId);
