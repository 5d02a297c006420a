import { resolve } from "node:path";
import { UserError } from "../core/errors.ts";
import type { GateResult } from "../core/result.ts";
import { errorResult, type Mode } from "../core/verdict.ts";
import { DEFAULT_POLICY_FILE } from "../engine/discover.ts";
import { readPolicy } from "../engine/read-policy.ts";
import type { LoadedPolicy } from "../policy/types.ts";
import { defaultBranch, resolveRef, topLevel } from "../repo/git.ts";
import { createGitTree, type GitTree } from "../repo/git-tree.ts";

export interface Opened {
  repo: string;
  headSha: string;
  head: GitTree;
  policy: LoadedPolicy;
  close: () => Promise<void>;
}

/** The tree at REF and the policy from the default branch's tip (or --policy-ref). */
export async function openAtRef(args: { repo?: string; ref?: string; policyRef?: string }): Promise<Opened> {
  const repo = await topLevel(resolve(args.repo ?? "."));
  const headSha = await resolveRef(repo, args.ref ?? "HEAD");
  const policySha = await resolveRef(repo, args.policyRef ?? (await defaultBranch(repo)));
  const head = await createGitTree(repo, headSha, headSha.slice(0, 12), { resolved: true });
  const policyTree =
    policySha === headSha
      ? head
      : await createGitTree(repo, policySha, policySha.slice(0, 12), { resolved: true });
  // As runGate closes its trees: awaited, and a failure to close is no part of the verdict.
  const close = async () => {
    await Promise.all([head.close(), policyTree !== head && policyTree.close()]).catch(() => {});
  };
  try {
    const policy = await readPolicy(policyTree, DEFAULT_POLICY_FILE, false);
    return { repo, headSha, head, policy, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** sha256 and size of a local file, streamed (weights can be gigabytes). */
/**
 * Judges the models at an opened ref: a user's mistake becomes an `error` result (fail closed)
 * stamped with the command's report keys, a bug propagates; the ref's tree is closed either way.
 */
export async function judgeAtRef(
  opened: Opened,
  mode: Mode,
  keys: Pick<GateResult, "command"> & Partial<Pick<GateResult, "environment">>,
  judge: () => Promise<GateResult>,
): Promise<GateResult> {
  try {
    return await judge();
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    process.stderr.write(`model-gate: error: ${e.describe()}\n`);
    return {
      ...errorResult({
        message: e.describe(),
        mode,
        baseLabel: "none",
        headLabel: opened.headSha,
        policy: { source: opened.policy.source, digest: opened.policy.digest },
      }),
      ...keys,
    };
  } finally {
    await opened.close();
  }
}
