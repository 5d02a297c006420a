// The Action's deployment gate and scheduled audit (SPEC 10, 11): `environment` set runs verify
// on the deployed commit; schedule or workflow_dispatch without it runs the audit and keeps the
// tracking issue. The policy comes from the default branch's tip, read as data like the PR
// gate's base.
import path from "node:path";
import * as core from "@actions/core";
import { EXPIRED_RULES } from "../checks/expiry.ts";
import { fileChunks, fileDigest } from "../cli/deploy-shell.ts";
import { UserError } from "../core/errors.ts";
import type { GateResult } from "../core/result.ts";
import { blockingCount, errorResult } from "../core/verdict.ts";
import { auditModels, type DeployFile, verifyDeployment } from "../engine/deploy.ts";
import { parserFromWorkers } from "../engine/run-gate.ts";
import { mustRead, type Repo } from "../github/api-errors.ts";
import { apiMessage, type GitHubClient, httpStatus } from "../github/client.ts";
import { deployApprovals } from "../github/deploy-approvals.ts";
import { issueBody, issueRows, upsertTrackingIssue } from "../github/tracking-issue.ts";
import { readPolicy } from "../policy/read.ts";
import type { LoadedPolicy } from "../policy/types.ts";
import { createFsTree } from "../repo/fs-tree.ts";
import { writeAttestation } from "../reports/attestation.ts";
import { safeLogLine } from "../reports/escape.ts";
import { type CommitTree, openCommitTree } from "./commit-tree.ts";
import type { ActionInputs } from "./inputs.ts";
import { setOutput } from "./io.ts";

/** Events on which `environment` runs verify (SPEC 10). */
const DEPLOY_EVENTS = ["push", "deployment", "workflow_dispatch", "release", "schedule"];

export interface DeployContext {
  gh: GitHubClient;
  repo: Repo;
  workspace: string;
  inputs: ActionInputs;
  eventName: string;
  payload: Record<string, unknown>;
  /** GITHUB_SHA: the commit checked out and deployed. */
  sha: string;
  tempDir: string;
  now: Date;
  log: (line: string) => void;
}

/** The commit being deployed: the deployment's sha, else GITHUB_SHA. */
function deployedSha(eventName: string, payload: Record<string, unknown>, fallback: string): string {
  const d = payload.deployment as { sha?: unknown } | undefined;
  if (eventName === "deployment" && typeof d?.sha === "string" && /^[0-9a-f]{40}$/.test(d.sha)) return d.sha;
  return fallback;
}

async function withPolicy<T>(
  ctx: DeployContext,
  headSha: string,
  run: (policy: LoadedPolicy) => Promise<T>,
): Promise<T> {
  const trees: CommitTree[] = [];
  try {
    const repoInfo = payloadRepo(ctx.payload);
    const branch =
      repoInfo ??
      (await mustRead("the repository", () => ctx.gh.rest.repos.get({ ...ctx.repo }))).data.default_branch;
    const tip = (
      await mustRead(`the default branch ${branch}`, () =>
        ctx.gh.rest.repos.getBranch({ ...ctx.repo, branch }),
      )
    ).data.commit.sha;
    const tree = await openCommitTree({
      workspace: ctx.workspace,
      sha: tip,
      label: tip.slice(0, 7),
      gh: ctx.gh,
      repo: ctx.repo,
      log: ctx.log,
    });
    trees.push(tree);
    const policy = await readPolicy(tree, ctx.inputs.policy.file, ctx.inputs.policy.explicit);
    ctx.log(
      `Policy: ${policy.source} (the default branch ${branch}; judging commit ${headSha.slice(0, 7)}).`,
    );
    return await run(policy);
  } finally {
    for (const t of trees) await t.close().catch(() => {});
  }
}

function payloadRepo(payload: Record<string, unknown>): string | null {
  const r = payload.repository as { default_branch?: unknown } | undefined;
  return typeof r?.default_branch === "string" && /^[A-Za-z0-9._/-]{1,255}$/.test(r.default_branch)
    ? r.default_branch
    : null;
}

/** verify on the deployed commit; writes the attestation and sets the `attestation` output. */
export async function runVerifyAction(ctx: DeployContext): Promise<GateResult> {
  const { inputs } = ctx;
  const environment = inputs.environment;
  const sha = deployedSha(ctx.eventName, ctx.payload, ctx.sha);
  let result: GateResult;
  try {
    if (!DEPLOY_EVENTS.includes(ctx.eventName))
      throw new UserError(
        /^pull_request|^merge_group$/.test(ctx.eventName)
          ? `input environment runs the deployment gate; on ${ctx.eventName} it would silently replace the pull request gate. Remove environment from this workflow, and run verify in the deploy job.`
          : `input environment runs the deployment gate on ${DEPLOY_EVENTS.join(", ")}; it was triggered by "${ctx.eventName}"`,
      );
    const artifacts = await deployFiles(ctx.workspace, inputs.artifacts);
    result = await withPolicy(ctx, sha, (policy) =>
      verifyDeployment({
        policy,
        head: createFsTree(ctx.workspace, "workspace"),
        headLabel: sha,
        environment,
        models: [],
        artifacts,
        approvals: { lookup: (models) => deployApprovals(ctx.gh, ctx.repo, sha, models, policy.policy) },
        now: ctx.now,
        mode: inputs.mode,
        openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS),
      }),
    );
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    result = {
      ...errorResult({ message: e.describe(), mode: inputs.mode, baseLabel: "none", headLabel: sha }),
      command: "verify",
      environment,
    };
  }
  // Written whatever the verdict: the predicate records it, and a deploy job signs only a pass.
  const file = path.join(ctx.tempDir, "model-gate", "model-gate.intoto.json");
  await writeAttestation(file, result, sha);
  setOutput("attestation", file);
  return result;
}

/** The files of input artifacts (relative to the workspace), hashed and read as data. */
async function deployFiles(workspace: string, names: string[]): Promise<DeployFile[]> {
  return Promise.all(
    names.map(async (name) => {
      const abs = path.resolve(workspace, name);
      return { name, ...(await fileDigest(abs)), chunks: () => fileChunks(abs) };
    }),
  );
}

/** The audit on the default branch's checkout; keeps the tracking issue. */
export async function runAuditAction(ctx: DeployContext, runUrl: string | undefined): Promise<GateResult> {
  let result: GateResult;
  try {
    result = await withPolicy(ctx, ctx.sha, (policy) =>
      auditModels({
        policy,
        head: createFsTree(ctx.workspace, "workspace"),
        headLabel: ctx.sha,
        within: ctx.inputs.within,
        now: ctx.now,
        mode: ctx.inputs.mode,
        openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS),
      }),
    );
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    // The verdict is error and the issue is left as it was: an outage says nothing about expiry.
    return {
      ...errorResult({ message: e.describe(), mode: ctx.inputs.mode, baseLabel: "none", headLabel: ctx.sha }),
      command: "audit",
    };
  }
  const rows = issueRows(result, ctx.inputs.within);
  const otherErrors = blockingCount(result.findings, (f) => EXPIRED_RULES.has(f.ruleId));
  try {
    const outcome = await upsertTrackingIssue(
      ctx.gh,
      ctx.repo,
      rows,
      issueBody(rows, { runUrl, otherErrors }),
    );
    if (outcome !== "none") core.info(`Tracking issue ${outcome}.`);
  } catch (e) {
    const status = httpStatus(e);
    core.warning(
      `Could not keep the audit's tracking issue: ${safeLogLine(status === 403 || status === 404 ? `the token may not write issues (HTTP ${status}: ${apiMessage(e)}); grant "issues: write"` : apiMessage(e))}. The verdict is not affected.`,
    );
  }
  return result;
}
