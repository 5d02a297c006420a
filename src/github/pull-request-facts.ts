// Gathers what only GitHub knows about a pull request: its reviews, who wrote its commits, and
// for the reviewers only, whether they belong to the teams the policy names or may write to
// the repository. Requests are bounded by the number of teams and reviewers and by the PR's
// commit list (at most 3 pages), never by the number of manifests.

import { MEMBERSHIP_SCOPE_HINT } from "../checks/approval.ts";
import type {
  CommitList,
  Membership,
  PullRequestCommit,
  PullRequestFacts,
  Review,
  ReviewState,
} from "../core/pull-request.ts";
import type { Policy } from "../policy/types.ts";
import { mustRead, type Repo } from "./api-errors.ts";
import { apiMessage, type GitHubClient, httpStatus } from "./client.ts";

const STATES: ReadonlySet<string> = new Set([
  "APPROVED",
  "CHANGES_REQUESTED",
  "COMMENTED",
  "DISMISSED",
  "PENDING",
]);

/** What the event (or, in the merge queue, the pull request itself) says about the PR. */
export interface PullRequestRef {
  number: number;
  author: string;
  headSha: string;
  /** The PR's commit count when already read from the API (merge queue), for the 250-commit check. */
  commitCount?: number | null;
}

/** GitHub's list of a pull request's commits stops here. */
const PR_COMMITS_CAP = 250;

export async function gatherPullRequestFacts(
  gh: GitHubClient,
  repo: Repo,
  pr: PullRequestRef,
  policy: Policy,
): Promise<PullRequestFacts> {
  const reviews = await listReviews(gh, repo, pr.number);
  // Only a decision (approve or request changes) can matter; commenters need no lookups.
  const deciders = reviews.filter((r) => r.state === "APPROVED" || r.state === "CHANGES_REQUESTED");
  const reviewers = [...new Set(deciders.map((r) => r.user))].filter(
    (u) => u.toLowerCase() !== pr.author.toLowerCase() || policy.approvals.allowAuthor,
  );
  const teams: Record<string, Membership> = Object.create(null);
  for (const team of namedTeams(policy))
    teams[team] = reviewers.length === 0 ? { members: [] } : await teamMembers(gh, team, reviewers);
  const writers: Membership =
    reviewers.length === 0 || !usesWriters(policy)
      ? { members: [] }
      : await writersAmong(gh, repo, reviewers);
  // Who wrote the commits matters only when someone approved whose approval could count.
  const approvers = reviews.some(
    (r) =>
      r.state === "APPROVED" &&
      (r.user.toLowerCase() !== pr.author.toLowerCase() || policy.approvals.allowAuthor),
  );
  const facts: PullRequestFacts = {
    number: pr.number,
    author: pr.author,
    headSha: pr.headSha,
    reviews,
    teams,
    writers,
  };
  if (approvers && !policy.approvals.allowContributors) facts.commits = await listCommits(gh, repo, pr);
  return facts;
}

interface ApiCommit {
  sha: string;
  parents: { sha: string }[];
  author: { login?: string } | null;
  committer: { login?: string } | null;
  commit: { author?: { name?: string } | null; verification?: { verified?: boolean } | null };
}

/**
 * The PR's commits (one paginated list). GitHub returns at most 250: a longer PR cannot show who
 * wrote all of its commits. A list without the head commit is another push's: not this head's.
 */
async function listCommits(gh: GitHubClient, repo: Repo, pr: PullRequestRef): Promise<CommitList> {
  const raw = (await mustRead(`the commits of pull request #${pr.number}`, () =>
    gh.paginate(gh.rest.pulls.listCommits, { ...repo, pull_number: pr.number, per_page: 100 }),
  )) as ApiCommit[];
  let total = pr.commitCount ?? null;
  if (raw.length >= PR_COMMITS_CAP && total === null) total = await commitCountOf(gh, repo, pr.number);
  if (raw.length >= PR_COMMITS_CAP && (total === null || total > raw.length))
    return {
      unreadable: `pull request #${pr.number} has ${total === null ? `at least ${raw.length}` : total} commits and GitHub lists at most ${PR_COMMITS_CAP}, so the gate cannot see who wrote all of them; squash them or split the pull request`,
    };
  const commits: PullRequestCommit[] = raw.map((c) => ({
    sha: c.sha,
    parents: (c.parents ?? []).map((p) => p.sha),
    author: c.author?.login || null,
    committer: c.committer?.login || null,
    authorName: c.commit?.author?.name ?? "",
    verified: c.commit?.verification?.verified === true,
  }));
  if (!commits.some((c) => c.sha === pr.headSha))
    return {
      unreadable: `the commit list of pull request #${pr.number} does not hold its head ${pr.headSha.slice(0, 7)} (the branch moved while the gate ran); re-run the job`,
    };
  return { commits };
}

async function commitCountOf(gh: GitHubClient, repo: Repo, number: number): Promise<number | null> {
  const r = await mustRead(`pull request #${number}`, () =>
    gh.rest.pulls.get({ ...repo, pull_number: number }),
  );
  return typeof r.data.commits === "number" ? r.data.commits : null;
}

async function listReviews(gh: GitHubClient, repo: Repo, number: number): Promise<Review[]> {
  const raw = await mustRead(`the reviews of pull request #${number}`, () =>
    gh.paginate(gh.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 }),
  );
  const out: Review[] = [];
  for (const r of raw) {
    const user = r.user?.login;
    if (!user || !STATES.has(r.state) || !r.commit_id) continue;
    // A PENDING review has no submitted_at; it is the reviewer's draft and counts for nothing.
    out.push({
      user,
      state: r.state as ReviewState,
      commitId: r.commit_id,
      submittedAt: r.submitted_at ?? "",
    });
  }
  return out;
}

/** Every "org/team" the policy names, in the tiers' approvers and the policy owners. */
function namedTeams(policy: Policy): string[] {
  const teams = new Set<string>(policy.owners.teams ?? []);
  for (const tier of Object.values(policy.tiers))
    for (const t of tier?.approvals?.from?.teams ?? []) teams.add(t);
  return [...teams];
}

/** Whether any approval rule falls back to the repository's writers (no teams, no users). */
function usesWriters(policy: Policy): boolean {
  const empty = (a: { teams?: string[]; users?: string[] } | undefined) =>
    (a?.teams?.length ?? 0) + (a?.users?.length ?? 0) === 0;
  if (empty(policy.owners)) return true;
  return Object.values(policy.tiers).some((t) => (t?.approvals?.count ?? 0) > 0 && empty(t?.approvals?.from));
}

/**
 * The reviewers who are active members of `org/team`. One membership request per reviewer:
 * 404 means "not a member" only when the team itself is readable, so the team is read first.
 */
async function teamMembers(gh: GitHubClient, team: string, reviewers: string[]): Promise<Membership> {
  const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+)$/.exec(team);
  if (!m) return { unreadable: `"${team}" is not an org/team-slug name` };
  const [org, team_slug] = [m[1]!, m[2]!];
  try {
    await gh.rest.teams.getByName({ org, team_slug });
  } catch (e) {
    return { unreadable: unreadableTeam(team, e) };
  }
  const members: string[] = [];
  for (const username of reviewers) {
    try {
      const r = await gh.rest.teams.getMembershipForUserInOrg({ org, team_slug, username });
      if (r.data.state === "active") members.push(username);
    } catch (e) {
      if (httpStatus(e) === 404) continue;
      return { unreadable: unreadableTeam(team, e) };
    }
  }
  return { members };
}

function unreadableTeam(team: string, e: unknown): string {
  const status = httpStatus(e);
  if (status === 403 || status === 404 || status === 401)
    return `the membership of team ${team} cannot be read (HTTP ${status}); the action ${MEMBERSHIP_SCOPE_HINT}, and the team must exist`;
  throw e; // 5xx after retries: the caller's mustRead turns it into verdict error
}

/** The reviewers with write, maintain or admin permission on the repository. */
async function writersAmong(gh: GitHubClient, repo: Repo, reviewers: string[]): Promise<Membership> {
  const members: string[] = [];
  for (const username of reviewers) {
    try {
      const r = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
      const perm = r.data.permission;
      const role = r.data.role_name;
      if (perm === "admin" || perm === "write" || role === "maintain" || role === "write" || role === "admin")
        members.push(username);
    } catch (e) {
      const status = httpStatus(e);
      if (status === 404) continue; // not a collaborator
      if (status === 403 || status === 401)
        return {
          unreadable: `the repository permissions of reviewers cannot be read (HTTP ${status}: ${apiMessage(e)}); the token needs "metadata: read" on the repository`,
        };
      throw e;
    }
  }
  return { members };
}

/** gatherPullRequestFacts, with API failures (after retries) turned into verdict error. */
export function readPullRequestFacts(
  gh: GitHubClient,
  repo: Repo,
  pr: PullRequestRef,
  policy: Policy,
): Promise<PullRequestFacts> {
  return mustRead(`the reviewers of pull request #${pr.number}`, () =>
    gatherPullRequestFacts(gh, repo, pr, policy),
  );
}
