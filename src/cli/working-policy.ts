// The policy in the working tree, for the commands that read declarations outside a check
// (validate, digest, init): its declaration patterns, model-file patterns and licence allow-list
// make a file the same thing to them as to `check`. No policy file, or one that does not load,
// gives the baseline (`model-gate validate` on the policy file says what is wrong with it).
import { isUserError } from "../core/errors.ts";
import { DEFAULT_POLICY_FILE } from "../engine/discover.ts";
import { BASELINE } from "../policy/baseline.ts";
import { readPolicy } from "../policy/read.ts";
import type { Policy } from "../policy/types.ts";
import type { Tree } from "../repo/tree.ts";

export async function workingPolicy(tree: Tree): Promise<Policy> {
  try {
    return (await readPolicy(tree, DEFAULT_POLICY_FILE, false)).policy;
  } catch (e) {
    if (isUserError(e)) return BASELINE;
    throw e;
  }
}
