// The merge queue re-judges approvals (SPEC 9): a merge_group run reads the pull request that
// the queue branch names and gathers its facts as on the pull request itself. A branch that
// names no pull request, or a pull request that cannot be read, leaves approvals unverifiable:
// never pending, never a pass.
import type { PullRequestFacts } from "../core/pull-request.ts";
import type { Policy } from "../policy/types.ts";
import { type Repo, readError } from "./api-errors.ts";
import { apiMessage, type GitHubClient, httpStatus } from "./client.ts";
import type { QueueEntry } from "./event.ts";
import { readPullRequestFacts } from "./pull-request-facts.ts";

export async function readQueuedPullRequest(
  gh: GitHubClient,
  repo: Repo,
  queue: QueueEntry | { unparsable: string },
  groupHead: string,
  policy: Policy,
): Promise<PullRequestFacts> {
  if ("unparsable" in queue) return unverifiable(0, groupHead, queue.unparsable);
  const { number } = queue;
  let data: Awaited<ReturnType<GitHubClient["rest"]["pulls"]["get"]>>["data"];
  try {
    data = (await gh.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (e) {
    const status = httpStatus(e);
    // An outage after retries is verdict error, as every other read; a refusal is the PR's.
    if (status === undefined || status >= 500 || status === 429)
      throw readError(`pull request #${number}`, e);
    return unverifiable(
      number,
      groupHead,
      `pull request #${number}, named by the merge group's head_ref, cannot be read (HTTP ${status}: ${apiMessage(e)}); the token needs "pull-requests: read"`,
    );
  }
  const author = data.user?.login;
  if (!author || !data.head?.sha)
    return unverifiable(number, groupHead, `pull request #${number} has no author or head commit`);
  if (data.base?.ref !== queue.baseRef)
    return unverifiable(
      number,
      groupHead,
      `pull request #${number} targets ${data.base?.ref ?? "no branch"}, not the queue's branch ${queue.baseRef}`,
    );
  return readPullRequestFacts(
    gh,
    repo,
    { number, author, headSha: data.head.sha, commitCount: data.commits ?? null },
    policy,
  );
}

function unverifiable(number: number, headSha: string, why: string): PullRequestFacts {
  return {
    number,
    author: "",
    headSha,
    reviews: [],
    teams: {},
    writers: { members: [] },
    unverifiable: why,
  };
}
