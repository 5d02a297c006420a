// Reads the policy file from a tree (the base commit) through the same safe file access as
// everything else. A missing default file means the baseline; a missing file that the user
// named explicitly is an error.

import { policyFileProblem } from "../checks/files.ts";
import { UserError } from "../core/errors.ts";
import { statFile } from "../engine/files.ts";
import type { Tree } from "../repo/tree.ts";
import { BASELINE } from "./baseline.ts";
import { loadPolicy } from "./load.ts";
import type { LoadedPolicy } from "./types.ts";

const POLICY_MAX_BYTES = 1024 * 1024;

export async function readPolicy(tree: Tree, file: string, explicit: boolean): Promise<LoadedPolicy> {
  const fact = await statFile(tree, file, Math.max(POLICY_MAX_BYTES, BASELINE.limits.maxFileBytes));
  if (fact.status === "missing") {
    if (explicit) {
      throw new UserError(
        `the policy file ${file} is not in ${tree.label}`,
        { file },
        "The policy is read from the base commit: commit it there first, or omit --policy to use the baseline.",
      );
    }
    return loadPolicy({ bytes: null, file, label: tree.label });
  }
  const problem = policyFileProblem(fact, file, POLICY_MAX_BYTES);
  if (problem || !fact.path)
    throw new UserError(problem?.message ?? `the policy path ${file} is not usable`, { file });
  const loaded = loadPolicy({ bytes: await tree.read(fact.path), file: fact.path, label: tree.label });
  return { ...loaded, file: fact.path };
}
