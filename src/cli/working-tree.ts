// The working tree as the commands that read declarations outside a check (validate, digest,
// init) see it: its policy's declaration patterns, model-file patterns and licence allow-list,
// and the model files beside a README, make a file the same thing to them as to `check`.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { isUserError } from "../core/errors.ts";
import { modelFolders } from "../engine/declarations.ts";
import { DEFAULT_POLICY_FILE } from "../engine/discover.ts";
import { BASELINE } from "../policy/baseline.ts";
import { readPolicy } from "../policy/read.ts";
import type { Policy } from "../policy/types.ts";
import { dirOf } from "../repo/paths.ts";
import type { Tree } from "../repo/tree.ts";

/**
 * The working tree's policy. No policy file, or one that does not load, gives the baseline
 * (`model-gate validate` on the policy file says what is wrong with it).
 */
export async function workingPolicy(tree: Tree): Promise<Policy> {
  try {
    return (await readPolicy(tree, DEFAULT_POLICY_FILE, false)).policy;
  } catch (e) {
    if (isUserError(e)) return BASELINE;
    throw e;
  }
}

/** The file's folder, when it holds a model file (a README there is its model's card); else none. */
export async function modelFolderOf(root: string, file: string, policy: Policy): Promise<Set<string>> {
  const folder = dirOf(file);
  const siblings = (await readdir(join(root, folder), { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isFile())
    .map((e) => (folder ? `${folder}/${e.name}` : e.name));
  return modelFolders(siblings, policy);
}
