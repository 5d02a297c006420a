import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  normaliseRepoPath
} from "./chunk-CHNDTHGK.js";

// src/policy/default-file.ts
var DEFAULT_POLICY_FILE = ".github/model-gate.yml";

// src/engine/files.ts
async function statFile(tree, declared, maxBytes) {
  const norm = normaliseRepoPath(declared);
  if (!norm.ok) return { declared, path: null, status: "outside", reason: norm.reason };
  const entry = await tree.stat(norm.path);
  switch (entry.kind) {
    case "file":
      return entry.size > maxBytes ? { declared, path: norm.path, status: "too-large", size: entry.size } : { declared, path: norm.path, status: "ok", size: entry.size };
    case "symlink":
      return { declared, path: norm.path, status: "symlink" };
    case "missing":
      return { declared, path: norm.path, status: "missing" };
    case "submodule":
      return { declared, path: norm.path, status: "submodule", submodule: entry.path };
    default:
      return { declared, path: norm.path, status: "not-a-file" };
  }
}

// src/checks/files.ts
function fileProblem(fact, what, missingRule, at, maxBytes) {
  const shown = JSON.stringify(fact.declared);
  switch (fact.status) {
    case "ok":
      return null;
    case "outside":
      return {
        ruleId: "input/path-outside-repo",
        message: `The ${what} path ${shown} is not usable: ${fact.reason}. Point it at a file inside the repository; it was not read.`,
        ...at
      };
    case "symlink":
      return {
        ruleId: "input/symlink",
        message: `The ${what} ${shown} is a symbolic link (or lies under one). Commit the file itself; links are never followed.`,
        ...at
      };
    case "too-large":
      return {
        ruleId: "input/too-large",
        message: `The ${what} ${shown} is ${fact.size} bytes, over the ${maxBytes}-byte limit (limits.maxFileBytes); it was not read.`,
        ...at
      };
    case "submodule": {
      const inside = fact.submodule === fact.path ? "is" : `lies inside`;
      return {
        ruleId: "input/submodule",
        message: `The ${what} ${shown} ${inside} the git submodule ${JSON.stringify(fact.submodule ?? fact.path)}: its bytes are another repository's, not in this one's history, so they cannot be verified, and moving the submodule pointer would change them unseen. Vendor the file into this repository (Git LFS is fine)${what === "artifact" ? ", or declare it with uri: and its sha256 digest instead of path:" : ""}.`,
        ...at
      };
    }
    case "missing":
    case "not-a-file":
      return {
        ruleId: missingRule,
        message: `The ${what} ${shown} does not exist in the head commit. Commit it or fix the path.`,
        ...at
      };
  }
}
function manifestFileProblem(fact, path, maxBytes) {
  return fileProblem(fact, "manifest", "manifest/parse-error", { file: path }, maxBytes);
}
function policyFileProblem(fact, file, maxBytes) {
  return fileProblem(fact, "policy file", "input/path-outside-repo", { file }, maxBytes);
}

export {
  DEFAULT_POLICY_FILE,
  fileProblem,
  manifestFileProblem,
  policyFileProblem,
  statFile
};
