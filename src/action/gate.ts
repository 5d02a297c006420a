// From the triggering event to a GateResult: which commits, which changes, which policy, which
// reviews. The head is the workspace checkout (or, under pull_request_target, the PR head
// commit read as data); the policy and base manifests come from the base commit.
import type { Change } from "../core/change.ts";
import { GateError, UserError } from "../core/errors.ts";
import type { PullRequestFacts } from "../core/pull-request.ts";
import type { GateResult } from "../core/result.ts";
import { parserFromWorkers, runGate } from "../engine/run-gate.ts";
import type { Repo } from "../github/api-errors.ts";
import { compareChanges, pullRequestChanges } from "../github/changed-files.ts";
import type { GitHubClient } from "../github/client.ts";
import type { GateEvent } from "../github/event.ts";
import { readQueuedPullRequest } from "../github/merge-queue.ts";
import { readPullRequestFacts } from "../github/pull-request-facts.ts";
import { readPolicy } from "../policy/read.ts";
import type { Policy } from "../policy/types.ts";
import { createFsTree } from "../repo/fs-tree.ts";
import { diffChanges, runGit } from "../repo/git.ts";
import type { Tree } from "../repo/tree.ts";
import { openCommitTree } from "./commit-tree.ts";
import type { ActionInputs } from "./inputs.ts";

export interface GateContext {
  gh: GitHubClient;
  repo: Repo;
  workspace: string;
  inputs: ActionInputs;
  event: GateEvent;
  now: Date;
  log: (line: string) => void;
}

/** Never throws a UserError: the user's mistakes and API outages become verdict `error`. */
export async function runPullRequestGate(ctx: GateContext): Promise<GateResult> {
  const { event, inputs } = ctx;
  const changeBase = event.kind === "unsupported" ? null : changeBaseOf(event);
  return runGate({
    mode: inputs.mode,
    now: ctx.now,
    baseLabel: changeBase ?? "",
    headLabel: event.kind === "unsupported" ? "" : event.headSha,
    openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS),
    gather: async (track, policyRead) => {
      if (event.kind === "unsupported") throw new UserError(event.reason);
      const open = async (sha: string) =>
        track(
          await openCommitTree({
            workspace: ctx.workspace,
            sha,
            label: sha.slice(0, 7),
            gh: ctx.gh,
            repo: ctx.repo,
            log: ctx.log,
          }),
        );
      // pull_request_target runs with the base branch checked out: the head is read from git.
      const fromGit = event.kind === "pull_request" && event.name === "pull_request_target";
      if (!fromGit) await requireCheckout(ctx.workspace);
      const head: Tree = fromGit ? await open(event.headSha) : createFsTree(ctx.workspace, "workspace");
      const base = changeBase ? await open(changeBase) : null;
      if (base) ctx.log(`Base ${changeBase!.slice(0, 7)} read via ${base.via}.`);
      // In the merge queue the change is judged from the entry's parent (which may hold earlier
      // entries), and the policy is read from the target branch's head, as on the pull request.
      const policyTree =
        event.baseSha && event.baseSha !== changeBase ? await open(event.baseSha) : (base ?? head);

      const policy = await readPolicy(policyTree, inputs.policy.file, inputs.policy.explicit);
      policyRead(policy);
      ctx.log(`Policy: ${policy.source} (${policy.digest.slice(0, 19)}).`);

      const changes = await changesOf(ctx, event, changeBase);

      const pullRequest = await pullRequestOf(ctx, event, policy.policy);
      return { policy, head, base, changes, pullRequest };
    },
  });
}

/** The head files come from the checkout: without one, every changed manifest would look absent. */
async function requireCheckout(workspace: string): Promise<void> {
  const r = await runGit(workspace, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).catch(() => null);
  if (r?.code === 0) return;
  const git = r?.stderr.trim().split("\n")[0];
  throw new UserError(
    `The workspace ${workspace} holds no git checkout${git ? ` (git: ${git})` : ""}.`,
    {},
    "Add `- uses: actions/checkout@v5` before the model-gate step.",
  );
}

type KnownEvent = Exclude<GateEvent, { kind: "unsupported" }>;

/** The commit the change is judged from: a queue entry's parent, else the event's base. */
function changeBaseOf(event: KnownEvent): string | null {
  if (event.kind === "merge_group" && !("unparsable" in event.queue)) return event.queue.parentSha;
  return event.baseSha;
}

/** Reviews and commits of the PR: the event's, the queue entry's, or none (push: pending). */
async function pullRequestOf(
  ctx: GateContext,
  event: KnownEvent,
  policy: Policy,
): Promise<PullRequestFacts | null> {
  if (event.kind === "pull_request") return readPullRequestFacts(ctx.gh, ctx.repo, event, policy);
  if (event.kind !== "merge_group") return null;
  const facts = await readQueuedPullRequest(ctx.gh, ctx.repo, event.queue, event.headSha, policy);
  ctx.log(
    facts.unverifiable !== undefined
      ? `Merge queue: approvals cannot be checked (${facts.unverifiable}).`
      : `Merge queue: judging the approvals of pull request #${facts.number} (head ${facts.headSha.slice(0, 7)}).`,
  );
  return facts;
}

async function changesOf(
  ctx: GateContext,
  event: KnownEvent,
  from: string | null,
): Promise<Change[] | "all"> {
  if (event.kind === "pull_request")
    return pullRequestChanges(ctx.gh, ctx.repo, event.number, event.changedFiles);
  if (!from) return "all"; // a new branch: audit everything in it
  // The base tree was opened (and fetched) already; git can diff when it has both commits.
  try {
    return await diffChanges(ctx.workspace, from, event.headSha);
  } catch (e) {
    if (e instanceof GateError || !(e instanceof UserError)) throw e;
    ctx.log("git cannot compare the commits locally; asking the GitHub compare API.");
    return compareChanges(ctx.gh, ctx.repo, from, event.headSha);
  }
}
