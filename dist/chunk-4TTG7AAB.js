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
  MAX_LISTED_FILES,
  requireTreePath,
  tooManyFiles,
  sortPaths,
  notAFile
};
