import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  policyFileProblem,
  statFile
} from "./chunk-5JGHM2XT.js";
import {
  BASELINE
} from "./chunk-QTQMBYTJ.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  normaliseRepoPath
} from "./chunk-CHNDTHGK.js";

// src/engine/read-policy.ts
var POLICY_MAX_BYTES = 1024 * 1024;
async function fetchPolicyFile(tree, file, explicit) {
  const norm = normaliseRepoPath(file);
  if (norm.ok) await tree.peek?.(norm.path);
  const fact = await statFile(tree, file, Math.max(POLICY_MAX_BYTES, BASELINE.limits.maxFileBytes));
  if (fact.status === "missing") {
    if (explicit) {
      throw new UserError(
        `the policy file ${file} is not in ${tree.label}`,
        { file },
        "The policy is read from the base commit: commit it there first, or omit --policy to use the baseline."
      );
    }
    return { bytes: null, file, label: tree.label };
  }
  const problem = policyFileProblem(fact, file, POLICY_MAX_BYTES);
  if (problem || !fact.path)
    throw new UserError(problem?.message ?? `the policy path ${file} is not usable`, { file });
  return { bytes: await tree.read(fact.path), file: fact.path, label: tree.label };
}
async function readPolicy(tree, file, explicit, fetched) {
  const f = await (fetched ?? fetchPolicyFile(tree, file, explicit));
  const { loadPolicy } = await import("./chunk-57L2FTVH.js");
  const loaded = loadPolicy(f);
  return f.bytes === null ? loaded : { ...loaded, file: f.file };
}

// src/repo/git.ts
import { spawn } from "node:child_process";
var GIT_BASE_ARGS = ["--no-pager", "-c", "core.quotepath=off", "-c", "core.fsmonitor=false"];
var FETCH_HINT = "fetch it (actions/checkout with fetch-depth: 0)";
function gitEnv() {
  const env = {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C",
    LANGUAGE: "C"
  };
  for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_NAMESPACE"])
    delete env[name];
  return env;
}
function spawnGit(cwd, args, stdin = "pipe") {
  return spawn("git", [...GIT_BASE_ARGS, ...args], {
    cwd,
    env: gitEnv(),
    stdio: [stdin, "pipe", "pipe"],
    windowsHide: true
  });
}
function runGit(cwd, args) {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawnGit(cwd, args, "ignore");
    } catch (e) {
      reject(gitStartError(e, cwd));
      return;
    }
    const out = [];
    const err = [];
    let errBytes = 0;
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => {
      if (errBytes < 65536) err.push(b);
      errBytes += b.length;
    });
    child.on("error", (e) => reject(gitStartError(e, cwd)));
    child.on(
      "close",
      (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") })
    );
  });
}
async function gitText(cwd, args) {
  const r = await runGit(cwd, args);
  if (r.code !== 0) throw commandError(cwd, args, r);
  return r.stdout.toString("utf8").trim();
}
async function isGitRepo(dir) {
  const r = await runGit(dir, ["rev-parse", "--is-inside-work-tree"]);
  if (r.code === 0) return r.stdout.toString("utf8").trim() === "true";
  if (/dubious ownership/.test(r.stderr)) throw commandError(dir, ["rev-parse"], r);
  return false;
}
async function topLevel(dir) {
  return gitText(dir, ["rev-parse", "--show-toplevel"]);
}
async function resolveRef(repo, ref) {
  checkRefSyntax(ref);
  const r = await runGit(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  const sha = r.stdout.toString("utf8").trim();
  if (r.code === 0 && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return sha;
  if (/not a git repository|dubious ownership/i.test(r.stderr)) throw commandError(repo, ["rev-parse"], r);
  throw new UserError(`unknown revision ${ref} in ${repo}`, {}, `${FETCH_HINT}, or check the name`);
}
async function resolveTopAndRefs(dir, refs) {
  const single = (ref) => typeof ref === "string" && ref !== "" && !/^[-^]|\.\.|\^[@!-]|[\u0000-\u001f\u007f]/.test(ref);
  if (!refs.every(single)) return null;
  const r = await runGit(dir, [
    "rev-parse",
    "--show-toplevel",
    ...refs.map((ref) => `${ref}^{commit}`),
    "--"
  ]);
  if (r.code !== 0) return null;
  const lines = r.stdout.toString("utf8").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  if (lines.length !== refs.length + 2 || lines[lines.length - 1] !== "--" || !lines[0]) return null;
  const shas = lines.slice(1, -1);
  if (!shas.every((sha) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))) return null;
  return { top: lines[0].trim(), shas };
}
async function defaultBranch(repo) {
  const sym = await runGit(repo, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  const target = sym.stdout.toString("utf8").trim();
  if (sym.code === 0 && target.startsWith("refs/remotes/")) return target.slice("refs/remotes/".length);
  const configured = await runGit(repo, ["config", "--get", "init.defaultBranch"]);
  const names = [configured.stdout.toString("utf8").trim(), "main", "master"].filter(
    (n) => n && !n.startsWith("-")
  );
  for (const name of names)
    for (const ref of [`refs/remotes/origin/${name}`, `refs/heads/${name}`]) {
      const r = await runGit(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
      if (r.code === 0) return ref.startsWith("refs/remotes/") ? `origin/${name}` : name;
    }
  throw new UserError(
    `cannot tell the default branch of ${repo}`,
    {},
    `pass --base <ref>, or ${FETCH_HINT} so origin/HEAD exists`
  );
}
async function mergeBase(repo, a, b) {
  checkRefSyntax(a);
  checkRefSyntax(b);
  const r = await runGit(repo, ["merge-base", a, b]);
  const sha = r.stdout.toString("utf8").trim();
  if (r.code === 0 && sha) return sha;
  if (r.code === 1 && !r.stderr.trim())
    throw new UserError(
      `${a} and ${b} have no common history`,
      {},
      `the clone may be shallow: ${FETCH_HINT}, or pass --base`
    );
  throw commandError(repo, ["merge-base", a, b], r);
}
var DIFF_NAME_STATUS = [
  "diff",
  "--name-status",
  "-z",
  "-M",
  "--no-ext-diff",
  "--no-textconv",
  "--no-color",
  "--no-relative",
  "--ignore-submodules=none"
];
async function diffChanges(repo, base, head) {
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
function parseNameStatus(out) {
  const fields = out.split("\0");
  if (fields[fields.length - 1] === "") fields.pop();
  const changes = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++];
    const letter = status[0];
    const take = () => {
      const p = fields[i++];
      if (p === void 0 || p === "") throw new Error(`malformed git diff output near status ${status}`);
      return p;
    };
    if (letter === "R") {
      const previousPath = take();
      changes.push({ path: take(), status: "renamed", previousPath });
    } else if (letter === "C") {
      take();
      changes.push({ path: take(), status: "added" });
    } else if (letter === "A") changes.push({ path: take(), status: "added" });
    else if (letter === "D") changes.push({ path: take(), status: "deleted" });
    else if (letter === "M" || letter === "T" || letter === "U" || letter === "X")
      changes.push({ path: take(), status: "modified" });
    else throw new Error(`unexpected git diff status ${JSON.stringify(status)}`);
  }
  return changes;
}
function checkRefSyntax(ref) {
  if (typeof ref !== "string" || ref === "" || ref.startsWith("-") || /[\u0000-\u001f\u007f]/.test(ref))
    throw new UserError(`invalid revision ${JSON.stringify(ref)}`, {}, "name a branch, tag or commit sha");
}
function gitStartError(e, cwd) {
  const code = typeof e === "object" && e !== null && "code" in e ? e.code : void 0;
  if (code === "ENOENT")
    return new UserError(
      `cannot run git in ${cwd}: git is not installed, not on PATH, or the directory does not exist`,
      {},
      "install git (actions/checkout provides it on GitHub runners) and check --repo"
    );
  return new UserError(`cannot run git in ${cwd}: ${String(e)}`);
}
function commandError(cwd, args, r) {
  const msg = r.stderr.trim().split("\n").slice(0, 5).join("\n");
  if (/not a git repository/i.test(msg))
    return new UserError(`${cwd} is not a git repository`, {}, "run inside a clone, or pass --repo <dir>");
  if (/dubious ownership/i.test(msg))
    return new UserError(
      `git refuses to read ${cwd}: it is owned by another user`,
      {},
      `run: git config --global --add safe.directory ${cwd}`
    );
  return new UserError(`git ${args[0] ?? ""} failed (exit ${r.code}) in ${cwd}: ${msg}`);
}

// src/repo/memory-tree.ts
var MAX_LISTED_FILES = 2e5;
function requireTreePath(path) {
  const check = normaliseRepoPath(path);
  if (!check.ok) throw new Error(`refusing path ${JSON.stringify(path)}: ${check.reason}`);
  return check.path;
}
function tooManyFiles(label) {
  return new UserError(
    `${label} holds more than ${MAX_LISTED_FILES} files; refusing to list them all`,
    {},
    "run the gate on the changed files only (without --all), or on a smaller checkout"
  );
}
function sortPaths(paths) {
  return paths.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function notAFile(label, path, entry) {
  return new UserError(`${path} is not a regular file in ${label} (it is ${describe(entry)})`, {
    file: path
  });
}
function describe(entry) {
  return entry.kind === "missing" ? "missing" : `a ${entry.kind}`;
}
var MEMORY_CHUNK = 64 * 1024;

export {
  fetchPolicyFile,
  readPolicy,
  spawnGit,
  runGit,
  isGitRepo,
  topLevel,
  resolveRef,
  resolveTopAndRefs,
  defaultBranch,
  mergeBase,
  DIFF_NAME_STATUS,
  diffChanges,
  parseNameStatus,
  gitStartError,
  MAX_LISTED_FILES,
  requireTreePath,
  tooManyFiles,
  sortPaths,
  notAFile
};
