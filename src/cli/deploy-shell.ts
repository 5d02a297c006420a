// What `verify` and `audit` share: the ref judged, the policy from the default branch's tip (a
// branch being deployed cannot relax it), the clock, and the report written as `check` does.
import { createReadStream } from "node:fs";
import { stat, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { UserError } from "../core/errors.ts";
import type { GateResult } from "../core/result.ts";
import { errorResult, exitCode, type Mode } from "../core/verdict.ts";
import { DEFAULT_POLICY_FILE } from "../engine/discover.ts";
import { readPolicy } from "../policy/read.ts";
import type { LoadedPolicy } from "../policy/types.ts";
import { defaultBranch, resolveRef, topLevel } from "../repo/git.ts";
import { createGitTree, type GitTree } from "../repo/git-tree.ts";
import { type ReportFormat, renderReport } from "../reports/render.ts";

export function parseNow(value: string | undefined): Date {
  const now = value ? new Date(`${value}${value.length === 10 ? "T12:00:00Z" : ""}`) : new Date();
  if (Number.isNaN(now.getTime()))
    throw new UserError(`--now must be an ISO date (got ${JSON.stringify(value)})`);
  return now;
}

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

export async function fileDigest(path: string): Promise<{ digest: string; size: number }> {
  const { createHash } = await import("node:crypto");
  const st = await stat(path).catch(() => null);
  if (!st?.isFile()) throw new UserError(`--artifact ${path}: not a readable file`);
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { digest: `sha256:${hash.digest("hex")}`, size: st.size };
}

export async function* fileChunks(path: string): AsyncIterable<Uint8Array> {
  for await (const chunk of createReadStream(path)) yield chunk as Buffer;
}

export async function emit(
  result: GateResult,
  format: ReportFormat,
  output: string | undefined,
): Promise<number> {
  const color = !output && format === "text" && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const report = await renderReport(result, format, { color });
  if (output) {
    await writeFile(output, report);
    process.stderr.write(`model-gate: ${result.verdict} (${format} report written to ${output})\n`);
  } else {
    process.stdout.write(report);
  }
  return exitCode(result);
}
