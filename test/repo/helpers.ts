// Builds real temporary git repositories for the repo adapter tests.

import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type FixtureFile = string | Uint8Array | { symlink: string } | { exec: string };

const made: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "model-gate-repo-"));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs git for fixture building: fixed identity, no user or system config, no signing. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    "git",
    [
      "-c",
      "user.name=Fixture",
      "-c",
      "user.email=fixture@example.com",
      "-c",
      "commit.gpgsign=false",
      // No background "git maintenance run --auto" after each fixture commit.
      "-c",
      "maintenance.auto=false",
      "-c",
      "init.defaultBranch=main",
      "-c",
      "core.autocrlf=false",
      ...args,
    ],
    {
      cwd,
      encoding: "utf8",
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", LC_ALL: "C" },
      maxBuffer: 64 * 1024 * 1024,
    },
  ).trim();
}

export function initRepo(): string {
  const dir = tempDir();
  git(dir, "init", "-q");
  return dir;
}

export function writeFiles(dir: string, files: Record<string, FixtureFile>): void {
  for (const [rel, value] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    rmSync(abs, { force: true });
    if (typeof value === "string" || value instanceof Uint8Array) writeFileSync(abs, value);
    else if ("symlink" in value) symlinkSync(value.symlink, abs);
    else {
      writeFileSync(abs, value.exec);
      chmodSync(abs, 0o755);
    }
  }
}

/** Stages everything (additions, edits, deletions) and commits; returns the new sha. */
export function commitAll(dir: string, message = "change"): string {
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--no-verify", "--allow-empty", "-m", message);
  return git(dir, "rev-parse", "HEAD");
}

/**
 * Makes a repository holding `files` and adds it as a real submodule at `at` in `dir` (staged,
 * not committed); returns the submodule's commit sha.
 */
export function addSubmodule(dir: string, at: string, files: Record<string, FixtureFile>): string {
  const sub = initRepo();
  writeFiles(sub, files);
  const sha = commitAll(sub, "submodule content");
  git(dir, "-c", "protocol.file.allow=always", "submodule", "add", "-q", sub, at);
  return sha;
}

export function pattern(bytes: number, seed = 1): Buffer {
  const block = Buffer.alloc(4096);
  let x = seed;
  for (let i = 0; i < block.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    block[i] = x >>> 24;
  }
  const out = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at += block.length) block.copy(out, at, 0, Math.min(block.length, bytes - at));
  // Make every 4 KiB block distinct so a misplaced chunk changes the hash.
  for (let at = 0; at + 4 <= bytes; at += 4096) out.writeUInt32BE(at >>> 12, at);
  return out;
}
