// The working tree as the head of a change (`model-gate check --worktree`), and what is not
// committed yet, for the note plain `check` prints. Paths come from git (tracked files plus
// untracked ones that are not ignored), so build output and node_modules are left alone;
// bytes are read through the fs tree, which never follows a symlink.

import type { Change } from "../core/change.ts";
import { UserError } from "../core/errors.ts";
import { createFsTree } from "./fs-tree.ts";
import { DIFF_NAME_STATUS, parseNameStatus, runGit } from "./git.ts";
import type { Tree } from "./tree.ts";

async function gitZ(repo: string, args: string[]): Promise<string[]> {
  const r = await runGit(repo, args);
  if (r.code !== 0)
    throw new UserError(
      `git ${args[0]} failed: ${r.stderr.trim().split("\n")[0] ?? ""}`,
      {},
      "run inside a clone, or pass --repo <dir>",
    );
  return r.stdout.toString("utf8").split("\0").filter(Boolean);
}

/** Whether the repository has a commit at HEAD (a fresh `git init` has none). */
export async function hasCommit(repo: string): Promise<boolean> {
  const r = await runGit(repo, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  return r.code === 0;
}

/** Untracked files that are not ignored. */
async function untracked(repo: string): Promise<string[]> {
  return gitZ(repo, ["ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--", ":/"]);
}

/** The working tree, listing what git would commit with `git add -A`. */
export function createWorktree(repo: string): Tree {
  const fs = createFsTree(repo, "working tree");
  return {
    ...fs,
    async list() {
      const paths = await gitZ(repo, [
        "ls-files",
        "-z",
        "--cached",
        "--others",
        "--exclude-standard",
        "--full-name",
        "--",
        ":/",
      ]);
      const present: string[] = [];
      for (const p of [...new Set(paths)].sort()) if ((await fs.stat(p)).kind === "file") present.push(p);
      return present;
    },
  };
}

/** What differs between `base` (a commit) and the working tree, untracked files included. */
export async function worktreeChanges(repo: string, base: string): Promise<Change[]> {
  const r = await runGit(repo, [...DIFF_NAME_STATUS, base, "--"]);
  if (r.code !== 0) throw new UserError(`git diff ${base} failed: ${r.stderr.trim().split("\n")[0] ?? ""}`);
  const changes = parseNameStatus(r.stdout.toString("utf8"));
  const seen = new Set(changes.map((c) => c.path));
  for (const p of await untracked(repo)) if (!seen.has(p)) changes.push({ path: p, status: "added" });
  return changes;
}

/**
 * Files changed in the working tree against HEAD (staged, unstaged, untracked); all files without
 * a commit. `committed`: whether HEAD names a commit, when the caller knows.
 */
export async function uncommittedFiles(repo: string, committed?: boolean): Promise<string[]> {
  if (!(committed ?? (await hasCommit(repo)))) return createWorktree(repo).list();
  return (await worktreeChanges(repo, "HEAD")).filter((c) => c.status !== "deleted").map((c) => c.path);
}
