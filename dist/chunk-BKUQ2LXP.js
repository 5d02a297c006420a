import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  modelFolders
} from "./chunk-CXMFJBLL.js";
import {
  readPolicy
} from "./chunk-PS6DBKES.js";
import {
  DEFAULT_POLICY_FILE
} from "./chunk-5JGHM2XT.js";
import {
  BASELINE
} from "./chunk-QTQMBYTJ.js";
import {
  isUserError
} from "./chunk-DFUNPAS7.js";
import {
  dirOf
} from "./chunk-CHNDTHGK.js";

// src/cli/working-tree.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
async function workingPolicy(tree) {
  try {
    return (await readPolicy(tree, DEFAULT_POLICY_FILE, false)).policy;
  } catch (e) {
    if (isUserError(e)) return BASELINE;
    throw e;
  }
}
async function modelFolderOf(root, file, policy) {
  const folder = dirOf(file);
  const siblings = (await readdir(join(root, folder), { withFileTypes: true }).catch(() => [])).filter((e) => e.isFile()).map((e) => folder ? `${folder}/${e.name}` : e.name);
  return modelFolders(siblings, policy);
}

export {
  workingPolicy,
  modelFolderOf
};
