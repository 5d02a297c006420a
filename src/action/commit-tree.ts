// One commit (the PR's base, or a head that is not checked out) as a Tree: from git when the
// checkout has the commit or can fetch it (one shallow fetch), else through the GitHub API.
// Either way the files are data: read as blobs, never checked out or executed.

import type { Repo } from "../github/api-errors.ts";
import { createApiTree } from "../github/api-tree.ts";
import type { GitHubClient } from "../github/client.ts";
import { isGitRepo, runGit } from "../repo/git.ts";
import { createGitTree } from "../repo/git-tree.ts";
import type { Tree } from "../repo/tree.ts";

export interface CommitTree extends Tree {
  /** "git" or "api": how the files are read (for the log). */
  readonly via: "git" | "api";
  close(): Promise<void>;
}

export async function openCommitTree(args: {
  workspace: string;
  sha: string;
  label: string;
  gh: GitHubClient;
  repo: Repo;
  log: (line: string) => void;
}): Promise<CommitTree> {
  const { workspace, sha, label } = args;
  if (await hasOrFetches(workspace, sha, args.log)) {
    const tree = await createGitTree(workspace, sha, label);
    return Object.assign(tree, { via: "git" as const });
  }
  args.log(`Commit ${sha.slice(0, 7)} is not in the checkout; reading its files through the GitHub API.`);
  return Object.assign(createApiTree(args.gh, args.repo, sha, label), { via: "api" as const });
}

async function hasOrFetches(workspace: string, sha: string, log: (line: string) => void): Promise<boolean> {
  let repo: boolean;
  try {
    repo = await isGitRepo(workspace);
  } catch {
    return false;
  }
  if (!repo) return false;
  if (await hasCommit(workspace, sha)) return true;
  // actions/checkout clones one commit by default; GitHub serves any reachable sha by id.
  const fetched = await runGit(workspace, [
    "-c",
    "protocol.version=2",
    "fetch",
    "--no-tags",
    "--no-recurse-submodules",
    "--no-write-fetch-head",
    "--depth=1",
    "origin",
    sha,
  ]);
  if (fetched.code !== 0) {
    const lines = fetched.stderr.trim().split("\n");
    const reason = lines.find((l) => l.startsWith("fatal:")) ?? lines.pop() ?? "";
    log(`git fetch of ${sha.slice(0, 7)} failed (${reason.trim()}).`);
    return false;
  }
  return hasCommit(workspace, sha);
}

async function hasCommit(workspace: string, sha: string): Promise<boolean> {
  const r = await runGit(workspace, ["cat-file", "-e", `${sha}^{commit}`]);
  return r.code === 0;
}
