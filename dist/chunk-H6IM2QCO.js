import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  normaliseRepoPath
} from "./chunk-CHNDTHGK.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";

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
  MAX_LISTED_FILES,
  requireTreePath,
  tooManyFiles,
  sortPaths,
  notAFile
};
