// A small adapter around the `git` CLI. No shell: argument arrays only. Only plumbing that reads
// objects and refs (rev-parse, ls-tree, cat-file, diff between two commits): none of these run
// hooks, clean/smudge filters, textconv or external diff drivers, so a hostile repository's
// config or .gitattributes cannot make the gate execute anything.

import { type ChildProcess, spawn } from "node:child_process";
import type { Change } from "../core/change.ts";
import { UserError } from "../core/errors.ts";

/** Options every git call starts with: raw UTF-8 paths, no pager, no fsmonitor hook. */
const GIT_BASE_ARGS = ["--no-pager", "-c", "core.quotepath=off", "-c", "core.fsmonitor=false"];

const FETCH_HINT = "fetch it (actions/checkout with fetch-depth: 0)";

/** Environment for git: no prompts, no lock files, stable messages, and the repo we name wins. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C",
    LANGUAGE: "C",
  };
  // Set when the CLI runs inside a git hook; they would silently redirect us to another repo.
  for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_NAMESPACE"])
    delete env[name];
  return env;
}

/**
 * Starts git with `args` in `cwd`. Used by git-tree for its long-running cat-file process;
 * `stdin: "ignore"` for a command that reads nothing (one pipe fewer to set up).
 */
export function spawnGit(cwd: string, args: string[], stdin: "pipe" | "ignore" = "pipe"): ChildProcess {
  return spawn("git", [...GIT_BASE_ARGS, ...args], {
    cwd,
    env: gitEnv(),
    stdio: [stdin, "pipe", "pipe"],
    windowsHide: true,
  });
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git to completion. Rejects only when git cannot be started (UserError with a hint). */
export function runGit(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawnGit(cwd, args, "ignore");
    } catch (e) {
      reject(gitStartError(e, cwd));
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let errBytes = 0;
    child.stdout!.on("data", (b: Buffer) => out.push(b));
    child.stderr!.on("data", (b: Buffer) => {
      // Keep the first 64 KiB of stderr for messages; drain the rest.
      if (errBytes < 65536) err.push(b);
      errBytes += b.length;
    });
    child.on("error", (e) => reject(gitStartError(e, cwd)));
    child.on("close", (code) =>
      resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }),
    );
  });
}

/** Runs git and returns trimmed stdout; a failure becomes a UserError naming the command. */
async function gitText(cwd: string, args: string[]): Promise<string> {
  const r = await runGit(cwd, args);
  if (r.code !== 0) throw commandError(cwd, args, r);
  return r.stdout.toString("utf8").trim();
}

export async function isGitRepo(dir: string): Promise<boolean> {
  const r = await runGit(dir, ["rev-parse", "--is-inside-work-tree"]);
  if (r.code === 0) return r.stdout.toString("utf8").trim() === "true";
  if (/dubious ownership/.test(r.stderr)) throw commandError(dir, ["rev-parse"], r);
  return false;
}

/** The top directory of the work tree that contains `dir`. */
export async function topLevel(dir: string): Promise<string> {
  return gitText(dir, ["rev-parse", "--show-toplevel"]);
}

/** The commit sha a ref (branch, tag, sha, HEAD~2…) names. */
export async function resolveRef(repo: string, ref: string): Promise<string> {
  checkRefSyntax(ref);
  const r = await runGit(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  const sha = r.stdout.toString("utf8").trim();
  if (r.code === 0 && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return sha;
  if (/not a git repository|dubious ownership/i.test(r.stderr)) throw commandError(repo, ["rev-parse"], r);
  throw new UserError(`unknown revision ${ref} in ${repo}`, {}, `${FETCH_HINT}, or check the name`);
}

/**
 * The top of the work tree that contains `dir` and the commit each ref names, in ONE git
 * process; null when anything is off (no commit yet, a bad ref, not a repository, a ref that
 * rev-parse would expand to more than one line): the caller then takes the one-question-a-time
 * path, whose error messages are the contract.
 */
export async function resolveTopAndRefs(
  dir: string,
  refs: readonly string[],
): Promise<{ top: string; shas: string[] } | null> {
  const single = (ref: string) =>
    typeof ref === "string" && ref !== "" && !/^[-^]|\.\.|\^[@!-]|[\u0000-\u001f\u007f]/.test(ref);
  if (!refs.every(single)) return null;
  // The trailing "--" makes every argument a revision (never a path); rev-parse echoes it.
  const r = await runGit(dir, [
    "rev-parse",
    "--show-toplevel",
    ...refs.map((ref) => `${ref}^{commit}`),
    "--",
  ]);
  if (r.code !== 0) return null;
  const lines = r.stdout.toString("utf8").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  if (lines.length !== refs.length + 2 || lines[lines.length - 1] !== "--" || !lines[0]) return null;
  const shas = lines.slice(1, -1);
  if (!shas.every((sha) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))) return null;
  return { top: lines[0].trim(), shas };
}

/**
 * The branch pull requests merge into, as a ref name resolveRef accepts: origin/HEAD's target,
 * else init.defaultBranch when that branch exists, else main or master (remote first).
 */
export async function defaultBranch(repo: string): Promise<string> {
  const sym = await runGit(repo, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  const target = sym.stdout.toString("utf8").trim();
  if (sym.code === 0 && target.startsWith("refs/remotes/")) return target.slice("refs/remotes/".length);
  const configured = await runGit(repo, ["config", "--get", "init.defaultBranch"]);
  const names = [configured.stdout.toString("utf8").trim(), "main", "master"].filter(
    (n) => n && !n.startsWith("-"),
  );
  for (const name of names)
    for (const ref of [`refs/remotes/origin/${name}`, `refs/heads/${name}`]) {
      const r = await runGit(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
      if (r.code === 0) return ref.startsWith("refs/remotes/") ? `origin/${name}` : name;
    }
  throw new UserError(
    `cannot tell the default branch of ${repo}`,
    {},
    `pass --base <ref>, or ${FETCH_HINT} so origin/HEAD exists`,
  );
}

/** The best common ancestor of two commits. */
export async function mergeBase(repo: string, a: string, b: string): Promise<string> {
  checkRefSyntax(a);
  checkRefSyntax(b);
  const r = await runGit(repo, ["merge-base", a, b]);
  const sha = r.stdout.toString("utf8").trim();
  if (r.code === 0 && sha) return sha;
  if (r.code === 1 && !r.stderr.trim())
    throw new UserError(
      `${a} and ${b} have no common history`,
      {},
      `the clone may be shallow: ${FETCH_HINT}, or pass --base`,
    );
  throw commandError(repo, ["merge-base", a, b], r);
}

/**
 * `git diff` for a change list: names and statuses, renames detected (git's default 50%
 * similarity), no external diff or text conversion run, submodule pointer moves included.
 */
export const DIFF_NAME_STATUS = [
  "diff",
  "--name-status",
  "-z",
  "-M",
  "--no-ext-diff",
  "--no-textconv",
  "--no-color",
  "--no-relative",
  "--ignore-submodules=none",
];

/** Files that differ between two commits. */
export async function diffChanges(repo: string, base: string, head: string): Promise<Change[]> {
  checkRefSyntax(base);
  checkRefSyntax(head);
  const args = [...DIFF_NAME_STATUS, base, head, "--"];
  const r = await runGit(repo, args);
  if (r.code !== 0) {
    if (/unknown revision|bad revision|bad object/i.test(r.stderr))
      throw new UserError(`unknown revision in ${base}..${head}`, {}, FETCH_HINT);
    throw commandError(repo, ["diff", base, head], r);
  }
  return parseNameStatus(r.stdout.toString("utf8"));
}

/** Parses `git diff --name-status -z` output: STATUS\0path\0 or R<score>\0old\0new\0. */
export function parseNameStatus(out: string): Change[] {
  const fields = out.split("\0");
  if (fields[fields.length - 1] === "") fields.pop();
  const changes: Change[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++]!;
    const letter = status[0];
    const take = (): string => {
      const p = fields[i++];
      if (p === undefined || p === "") throw new Error(`malformed git diff output near status ${status}`);
      return p;
    };
    if (letter === "R") {
      const previousPath = take();
      changes.push({ path: take(), status: "renamed", previousPath });
    } else if (letter === "C") {
      // A copy leaves its source in place: the new path is an addition.
      take();
      changes.push({ path: take(), status: "added" });
    } else if (letter === "A") changes.push({ path: take(), status: "added" });
    else if (letter === "D") changes.push({ path: take(), status: "deleted" });
    else if (letter === "M" || letter === "T" || letter === "U" || letter === "X")
      // T: type change (file <-> symlink); treated as a modification the checks look at.
      changes.push({ path: take(), status: "modified" });
    else throw new Error(`unexpected git diff status ${JSON.stringify(status)}`);
  }
  return changes;
}

/** Refuse refs git could read as options, or that carry control characters. */
function checkRefSyntax(ref: string): void {
  if (typeof ref !== "string" || ref === "" || ref.startsWith("-") || /[\u0000-\u001f\u007f]/.test(ref))
    throw new UserError(`invalid revision ${JSON.stringify(ref)}`, {}, "name a branch, tag or commit sha");
}

/** Why git could not be started, as a UserError with a hint. */
export function gitStartError(e: unknown, cwd: string): UserError {
  const code = typeof e === "object" && e !== null && "code" in e ? e.code : undefined;
  if (code === "ENOENT")
    return new UserError(
      `cannot run git in ${cwd}: git is not installed, not on PATH, or the directory does not exist`,
      {},
      "install git (actions/checkout provides it on GitHub runners) and check --repo",
    );
  return new UserError(`cannot run git in ${cwd}: ${String(e)}`);
}

function commandError(cwd: string, args: string[], r: GitResult): UserError {
  const msg = r.stderr.trim().split("\n").slice(0, 5).join("\n");
  if (/not a git repository/i.test(msg))
    return new UserError(`${cwd} is not a git repository`, {}, "run inside a clone, or pass --repo <dir>");
  if (/dubious ownership/i.test(msg))
    return new UserError(
      `git refuses to read ${cwd}: it is owned by another user`,
      {},
      `run: git config --global --add safe.directory ${cwd}`,
    );
  return new UserError(`git ${args[0] ?? ""} failed (exit ${r.code}) in ${cwd}: ${msg}`);
}
