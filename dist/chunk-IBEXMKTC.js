import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  createFsTree
} from "./chunk-EZSKWDCS.js";
import {
  DIFF_NAME_STATUS,
  parseNameStatus,
  runGit
} from "./chunk-PS6DBKES.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";

// src/repo/worktree.ts
async function gitZ(repo, args) {
  const r = await runGit(repo, args);
  if (r.code !== 0)
    throw new UserError(
      `git ${args[0]} failed: ${r.stderr.trim().split("\n")[0] ?? ""}`,
      {},
      "run inside a clone, or pass --repo <dir>"
    );
  return r.stdout.toString("utf8").split("\0").filter(Boolean);
}
async function hasCommit(repo) {
  const r = await runGit(repo, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  return r.code === 0;
}
async function untracked(repo) {
  return gitZ(repo, ["ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--", ":/"]);
}
function createWorktree(repo) {
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
        ":/"
      ]);
      const present = [];
      for (const p of [...new Set(paths)].sort()) if ((await fs.stat(p)).kind === "file") present.push(p);
      return present;
    }
  };
}
async function worktreeChanges(repo, base) {
  const r = await runGit(repo, [...DIFF_NAME_STATUS, base, "--"]);
  if (r.code !== 0) throw new UserError(`git diff ${base} failed: ${r.stderr.trim().split("\n")[0] ?? ""}`);
  const changes = parseNameStatus(r.stdout.toString("utf8"));
  const seen = new Set(changes.map((c) => c.path));
  for (const p of await untracked(repo)) if (!seen.has(p)) changes.push({ path: p, status: "added" });
  return changes;
}
async function uncommittedFiles(repo, committed) {
  if (!(committed ?? await hasCommit(repo))) return createWorktree(repo).list();
  return (await worktreeChanges(repo, "HEAD")).filter((c) => c.status !== "deleted").map((c) => c.path);
}

export {
  hasCommit,
  createWorktree,
  worktreeChanges,
  uncommittedFiles
};
