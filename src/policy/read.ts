// Reads the policy file from a tree (the base commit) through the same safe file access as
// everything else. A missing default file means the baseline; a missing file that the user
// named explicitly is an error.

import { policyFileProblem } from "../checks/files.ts";
import { UserError } from "../core/errors.ts";
import { statFile } from "../engine/files.ts";
import { normaliseRepoPath } from "../repo/paths.ts";
import type { Tree } from "../repo/tree.ts";
import { BASELINE } from "./baseline.ts";
import type { LoadedPolicy } from "./types.ts";

const POLICY_MAX_BYTES = 1024 * 1024;

/** The policy file's bytes (null: absent, the baseline applies), before any parsing. */
export interface PolicyFile {
  bytes: Uint8Array | null;
  file: string;
  label: string;
}

/**
 * Finds and reads the policy file; throws the UserError readPolicy would. The I/O half of
 * readPolicy, which `check` starts before the parser is loaded (issue 13).
 */
export async function fetchPolicyFile(tree: Tree, file: string, explicit: boolean): Promise<PolicyFile> {
  // The policy may be all a run reads from this tree: look it up without listing the tree.
  const norm = normaliseRepoPath(file);
  if (norm.ok) await tree.peek?.(norm.path);
  const fact = await statFile(tree, file, Math.max(POLICY_MAX_BYTES, BASELINE.limits.maxFileBytes));
  if (fact.status === "missing") {
    if (explicit) {
      throw new UserError(
        `the policy file ${file} is not in ${tree.label}`,
        { file },
        "The policy is read from the base commit: commit it there first, or omit --policy to use the baseline.",
      );
    }
    return { bytes: null, file, label: tree.label };
  }
  const problem = policyFileProblem(fact, file, POLICY_MAX_BYTES);
  if (problem || !fact.path)
    throw new UserError(problem?.message ?? `the policy path ${file} is not usable`, { file });
  return { bytes: await tree.read(fact.path), file: fact.path, label: tree.label };
}

/** `fetched`: the fetchPolicyFile() of the same tree and file, already under way. */
export async function readPolicy(
  tree: Tree,
  file: string,
  explicit: boolean,
  fetched?: Promise<PolicyFile>,
): Promise<LoadedPolicy> {
  const f = await (fetched ?? fetchPolicyFile(tree, file, explicit));
  // The YAML parser and the policy schema: loaded when a policy is to be parsed.
  const { loadPolicy } = await import("./load.ts");
  const loaded = loadPolicy(f);
  return f.bytes === null ? loaded : { ...loaded, file: f.file };
}
