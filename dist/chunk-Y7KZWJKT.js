import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  createGitTree
} from "./chunk-5N5REAOF.js";
import {
  defaultBranch,
  readPolicy,
  resolveRef,
  topLevel
} from "./chunk-PS6DBKES.js";
import {
  DEFAULT_POLICY_FILE
} from "./chunk-5JGHM2XT.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  errorResult
} from "./chunk-JOZW2F7Z.js";

// src/cli/deploy-shell.ts
import { resolve } from "node:path";
async function openAtRef(args) {
  const repo = await topLevel(resolve(args.repo ?? "."));
  const headSha = await resolveRef(repo, args.ref ?? "HEAD");
  const policySha = await resolveRef(repo, args.policyRef ?? await defaultBranch(repo));
  const head = await createGitTree(repo, headSha, headSha.slice(0, 12), { resolved: true });
  const policyTree = policySha === headSha ? head : await createGitTree(repo, policySha, policySha.slice(0, 12), { resolved: true });
  const close = async () => {
    await Promise.all([head.close(), policyTree !== head && policyTree.close()]).catch(() => {
    });
  };
  try {
    const policy = await readPolicy(policyTree, DEFAULT_POLICY_FILE, false);
    return { repo, headSha, head, policy, close };
  } catch (e) {
    await close();
    throw e;
  }
}
async function judgeAtRef(opened, mode, keys, judge) {
  try {
    return await judge();
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    process.stderr.write(`model-gate: error: ${e.describe()}
`);
    return {
      ...errorResult({
        message: e.describe(),
        mode,
        baseLabel: "none",
        headLabel: opened.headSha,
        policy: { source: opened.policy.source, digest: opened.policy.digest }
      }),
      ...keys
    };
  } finally {
    await opened.close();
  }
}

export {
  openAtRef,
  judgeAtRef
};
