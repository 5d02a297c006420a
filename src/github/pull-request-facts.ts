// Gathers what only GitHub knows about a pull request: its reviews, and for the reviewers
// only, whether they belong to the teams the policy names or may write to the repository.
// Requests are bounded by the number of teams and reviewers, never by the number of manifests.

import { MEMBERSHIP_SCOPE_HINT } from "../checks/approval.ts";
import type { Membership, PullRequestFacts, Review, ReviewState } from "../core/pull-request.ts";
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

export async function gatherPullRequestFacts(
  gh: GitHubClient,
  repo: Repo,
  pr: { number: number; author: string; headSha: string },
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
  return { number: pr.number, author: pr.author, headSha: pr.headSha, reviews, teams, writers };
}

export async function listReviews(gh: GitHubClient, repo: Repo, number: number): Promise<Review[]> {
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
export function namedTeams(policy: Policy): string[] {
  const teams = new Set<string>(policy.owners.teams ?? []);
  for (const tier of Object.values(policy.tiers))
    for (const t of tier?.approvals?.from?.teams ?? []) teams.add(t);
  return [...teams];
}

/** Whether any approval rule falls back to the repository's writers (no teams, no users). */
export function usesWriters(policy: Policy): boolean {
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
  pr: { number: number; author: string; headSha: string },
  policy: Policy,
): Promise<PullRequestFacts> {
  return mustRead(`the reviewers of pull request #${pr.number}`, () =>
    gatherPullRequestFacts(gh, repo, pr, policy),
  );
}
