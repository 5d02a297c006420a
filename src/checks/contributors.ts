// Who wrote a pull request's commits, for `approvals.allowContributors: false` (SPEC 9,
// "Approvers did not write the change"; policy-bot's allow_contributor). Pure: the GitHub
// adapter lists the commits, this decides who counts as a contributor.
import type { PullRequestCommit } from "../core/pull-request.ts";

/** GitHub's identity for commits made in the web UI ("Update branch", web edits). */
const WEB_FLOW = "web-flow";

export interface Contributors {
  /** lower-case login -> short shas of the commits they authored or committed. */
  byLogin: Map<string, string[]>;
  /** Commits whose author or committer has no linked GitHub account. */
  unlinked: PullRequestCommit[];
  /** "Update branch" merges, which count as nobody's authorship. */
  updateMerges: PullRequestCommit[];
}

/**
 * An "Update branch" merge of the base branch into the PR, as policy-bot's ignore_update_merges
 * recognises it, with what GitHub's REST commit list gives: exactly two parents, the first in
 * the PR and the second not (the list holds every commit reachable from the head and not from
 * the base, so a parent outside it is on the base branch), committed by web-flow with a
 * signature GitHub verified (GitHub signs what it commits in the web UI; a local commit that
 * only claims web-flow's e-mail is not verified). A merge made locally and pushed counts as its
 * author's and committer's work: its conflict resolution can carry any change.
 */
function isUpdateMerge(c: PullRequestCommit, inPr: ReadonlySet<string>): boolean {
  return (
    c.parents.length === 2 &&
    inPr.has(c.parents[0]!) &&
    !inPr.has(c.parents[1]!) &&
    c.committer?.toLowerCase() === WEB_FLOW &&
    c.verified
  );
}

export function contributorsOf(commits: readonly PullRequestCommit[]): Contributors {
  const inPr = new Set(commits.map((c) => c.sha));
  const byLogin = new Map<string, string[]>();
  const unlinked: PullRequestCommit[] = [];
  const updateMerges: PullRequestCommit[] = [];
  const add = (login: string, sha: string) => {
    const key = login.toLowerCase();
    const shas = byLogin.get(key) ?? [];
    if (!shas.includes(sha)) shas.push(sha);
    byLogin.set(key, shas);
  };
  for (const c of commits) {
    if (isUpdateMerge(c, inPr)) {
      updateMerges.push(c);
      continue;
    }
    const sha = c.sha.slice(0, 7);
    if (c.author) add(c.author, sha);
    if (c.committer) add(c.committer, sha);
    if (!c.author || !c.committer) unlinked.push(c);
  }
  return { byLogin, unlinked, updateMerges };
}
