// approval/*: the approvals a change needs, judged from pull-request reviews only (never from
// anything written in the PR). Pure: the GitHub adapter gathers the facts, this decides.
// Policy: "committee approval (2 reviewers) for high risk, 1 for limited"; the author never
// approves their own change, nor does anyone who wrote one of its commits (unless
// approvals.allowContributors); a change to the policy file needs its owners' approval.
import type { NewFinding } from "../core/findings.ts";
import type { Membership, PullRequestFacts, Review } from "../core/pull-request.ts";
import type { RiskTier } from "../manifest/model.ts";
import type { Approvers, Policy } from "../policy/types.ts";
import { type Contributors, contributorsOf } from "./contributors.ts";

export interface ApprovalModel {
  name: string;
  file: string;
  tier: RiskTier | null;
  line?: number;
}

export interface ApprovalArgs {
  models: ApprovalModel[];
  policy: Policy;
  pr: PullRequestFacts | null;
  policyChanged: boolean;
  policyFile: string;
}

type Eligibility = "yes" | "no" | { unknown: string };

interface Standing {
  user: string;
  state: "APPROVED" | "CHANGES_REQUESTED";
  commitId: string;
}

export function checkApprovals(args: ApprovalArgs): NewFinding[] {
  const { policy, pr } = args;
  const out: NewFinding[] = [];
  const needs = args.models.flatMap((m) => {
    const need = requirementOf(policy, m.tier);
    return need ? [{ model: m, ...need }] : [];
  });

  if (!pr) {
    for (const { model, count, from } of needs)
      out.push({
        ruleId: "approval/pending",
        message: `Approvals are checked on the pull request; ${count} required from ${describe(from)}.`,
        file: model.file,
        line: model.line,
        model: model.name,
      });
    if (args.policyChanged)
      out.push({
        ruleId: "approval/pending",
        message: `Approvals are checked on the pull request; a change to the policy needs 1 approval from ${describeOwners(policy.owners)}.`,
        file: args.policyFile,
      });
    return out;
  }

  const needsApproval = needs.length > 0 || args.policyChanged;
  if (pr.unverifiable !== undefined) {
    // No pull request to judge (merge queue): never pending, never a pass.
    const finding = (count: number, from: Approvers, who: string): Omit<NewFinding, "file"> => ({
      ruleId: "approval/unverifiable",
      message: `${who} needs ${count} approval${count === 1 ? "" : "s"} from ${describe(from)}, and they cannot be checked: ${pr.unverifiable}.`,
    });
    for (const { model, count, from } of needs)
      out.push({
        ...finding(count, from, `A ${model.tier}-risk model`),
        file: model.file,
        line: model.line,
        model: model.name,
      });
    if (args.policyChanged)
      out.push({ ...finding(1, policy.owners, "A change to the policy file"), file: args.policyFile });
    return out;
  }

  const standings = latestStandings(pr.reviews);
  const writers = authorship(pr, policy);
  const judge = (from: Approvers, count: number, who: string) =>
    judgeApprovals(pr, policy, standings, writers, from, count, who);

  for (const { model, count, from } of needs) {
    for (const problem of judge(from, count, `A ${model.tier}-risk model`))
      out.push({ ...problem, file: model.file, line: model.line, model: model.name });
  }
  if (args.policyChanged) {
    for (const problem of judge(policy.owners, 1, "A change to the policy file"))
      out.push({ ...problem, file: args.policyFile });
  }
  if (needsApproval && writers.kind === "known" && writers.contributors.unlinked.length > 0)
    out.push(unlinkedNote(pr.number, writers.contributors));
  return out;
}

/** Who wrote the PR's commits: known, not needed (allowContributors), or unknown and why. */
type Authorship =
  | { kind: "known"; contributors: Contributors }
  | { kind: "ignored" }
  | { kind: "unknown"; why: string };

function authorship(pr: PullRequestFacts, policy: Policy): Authorship {
  if (policy.approvals.allowContributors) return { kind: "ignored" };
  if (!pr.commits) return { kind: "unknown", why: `the commits of pull request #${pr.number} were not read` };
  if ("unreadable" in pr.commits) return { kind: "unknown", why: pr.commits.unreadable };
  return { kind: "known", contributors: contributorsOf(pr.commits.commits) };
}

const UNLINKED_SHOWN = 10;

/** Commits with no linked account may be an approver's under another e-mail: say so (a note). */
function unlinkedNote(number: number, c: Contributors): NewFinding {
  const shown = c.unlinked
    .slice(0, UNLINKED_SHOWN)
    .map((x) => `${x.sha.slice(0, 7)} (author "${x.authorName.slice(0, 60)}")`);
  const more = c.unlinked.length - shown.length;
  return {
    ruleId: "approval/unverifiable",
    severity: "note",
    message: `${c.unlinked.length} commit${c.unlinked.length === 1 ? "" : "s"} of pull request #${number} ha${c.unlinked.length === 1 ? "s" : "ve"} an author or committer with no linked GitHub account, so the gate cannot tell whether an approver wrote ${c.unlinked.length === 1 ? "it" : "them"}: ${shown.join(", ")}${more > 0 ? `, and ${more} more` : ""}. Check them before merging, or ask the authors to link their commit e-mail to their account.`,
  };
}

function requirementOf(policy: Policy, tier: RiskTier | null): { count: number; from: Approvers } | null {
  if (!tier) return null;
  const t = policy.tiers[tier];
  // A blocked tier cannot be approved into the repo; risk/unacceptable says so.
  if (!t || t.blocked) return null;
  const count = t.approvals?.count ?? 0;
  if (!(count > 0)) return null;
  return { count, from: t.approvals?.from ?? { teams: [], users: [] } };
}

/** Each reviewer's standing: the latest APPROVED / CHANGES_REQUESTED, reset by DISMISSED. */
export function latestStandings(reviews: readonly Review[]): Map<string, Standing> {
  // Drafts (PENDING) have no time and decide nothing; a stable sort keeps GitHub's order on ties.
  const time = (r: Review) => Date.parse(r.submittedAt) || 0;
  const sorted = reviews.filter((r) => r.state !== "PENDING").sort((a, b) => time(a) - time(b));
  const byUser = new Map<string, Standing>();
  for (const r of sorted) {
    const key = r.user.toLowerCase();
    if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED")
      byUser.set(key, { user: r.user, state: r.state, commitId: r.commitId });
    else if (r.state === "DISMISSED") byUser.delete(key);
    // COMMENTED and PENDING leave an earlier decision as it was (as GitHub does).
  }
  return byUser;
}

function judgeApprovals(
  pr: PullRequestFacts,
  policy: Policy,
  standings: Map<string, Standing>,
  writers: Authorship,
  from: Approvers,
  count: number,
  who: string,
): Omit<NewFinding, "file">[] {
  const author = pr.author.toLowerCase();
  const counted: string[] = [];
  const unknown: { user: string; why: string }[] = [];
  const ignored: string[] = [];
  const blockers: string[] = [];
  const unknownBlockers: { user: string; why: string }[] = [];

  for (const s of standings.values()) {
    const isAuthor = s.user.toLowerCase() === author;
    if (s.state === "CHANGES_REQUESTED") {
      if (isAuthor) continue;
      const e = eligibility(s.user, from, pr);
      if (e === "yes") blockers.push(s.user);
      else if (e !== "no") unknownBlockers.push({ user: s.user, why: e.unknown });
      continue;
    }
    if (isAuthor && !policy.approvals.allowAuthor) {
      ignored.push(`${s.user} is the author and cannot approve their own change`);
      continue;
    }
    const wrote =
      writers.kind === "known" ? writers.contributors.byLogin.get(s.user.toLowerCase()) : undefined;
    if (wrote) {
      ignored.push(
        `${s.user} authored or committed ${wrote.length === 1 ? "commit" : "commits"} ${wrote.slice(0, 5).join(", ")}${wrote.length > 5 ? ", ..." : ""} of this pull request, and approvals.allowContributors is false`,
      );
      continue;
    }
    if (policy.approvals.latestCommitOnly && s.commitId !== pr.headSha) {
      ignored.push(
        `${s.user} approved an older commit (${short(s.commitId)}), not the head ${short(pr.headSha)}`,
      );
      continue;
    }
    const e = eligibility(s.user, from, pr);
    if (e === "yes") counted.push(s.user);
    else if (e === "no") ignored.push(`${s.user} is not one of ${describe(from)}`);
    else unknown.push({ user: s.user, why: e.unknown });
  }

  const out: Omit<NewFinding, "file">[] = [];
  if (blockers.length > 0)
    out.push({
      ruleId: "approval/changes-requested",
      message: `${list(blockers)} requested changes. ${who} cannot merge until they approve or their review is dismissed.`,
    });
  if (writers.kind === "unknown" && counted.length > 0) {
    // No approval can be shown to come from someone who wrote none of the commits.
    out.push({
      ruleId: "approval/unverifiable",
      message: `${who} needs ${count} approval${count === 1 ? "" : "s"} from ${describe(from)} by reviewers who wrote none of its commits; ${list(counted)} approved, but the gate cannot tell who wrote the commits: ${writers.why}.`,
    });
    return out;
  }
  if (counted.length >= count) {
    if (unknownBlockers.length > 0) out.push(unverifiable(unknownBlockers, "requested changes"));
    return out;
  }
  if (unknown.length > 0 || unknownBlockers.length > 0) {
    out.push(unverifiable([...unknown, ...unknownBlockers], "reviewed"));
    return out;
  }
  const has = counted.length === 0 ? "none" : `${counted.length} (${list(counted)})`;
  const notes = ignored.length > 0 ? ` Not counted: ${ignored.join("; ")}.` : "";
  // Said only when the commits were read and cannot be judged (over 250): not when they were
  // not needed because no one approved.
  const cannot =
    writers.kind === "unknown" && pr.commits ? ` Approvals cannot be counted either: ${writers.why}.` : "";
  out.push({
    ruleId: "approval/insufficient",
    message: `${who} needs ${count} approval${count === 1 ? "" : "s"} from ${describe(from)} on the head commit ${short(pr.headSha)}; it has ${has}.${notes}${cannot}`,
  });
  return out;
}

function unverifiable(users: { user: string; why: string }[], did: string): Omit<NewFinding, "file"> {
  const whys = [...new Set(users.map((u) => u.why))];
  return {
    ruleId: "approval/unverifiable",
    message: `Cannot tell whether ${list(users.map((u) => u.user))} (who ${did}) may approve: ${whys.join("; ")}.`,
  };
}

function eligibility(user: string, from: Approvers, pr: PullRequestFacts): Eligibility {
  const login = user.toLowerCase();
  const teams = from.teams ?? [];
  const users = from.users ?? [];
  if (teams.length === 0 && users.length === 0)
    return memberOf(login, pr.writers, "the repository's writers");
  if (users.some((u) => u.toLowerCase() === login)) return "yes";
  let unknown: { unknown: string } | null = null;
  for (const team of teams) {
    const m = Object.hasOwn(pr.teams, team) ? pr.teams[team] : undefined;
    const e = m ? memberOf(login, m, `team ${team}`) : { unknown: `team ${team} was not looked up` };
    if (e === "yes") return "yes";
    if (e !== "no") unknown ??= e;
  }
  return unknown ?? "no";
}

function memberOf(login: string, m: Membership, what: string): Eligibility {
  if ("unreadable" in m) return { unknown: `${what}: ${m.unreadable}` };
  return m.members.some((u) => u.toLowerCase() === login) ? "yes" : "no";
}

function describe(from: Approvers): string {
  const teams = from.teams ?? [];
  const users = from.users ?? [];
  if (teams.length === 0 && users.length === 0) return "the repository's collaborators with write access";
  return [...teams.map((t) => `team ${t}`), ...users].join(", ");
}

function describeOwners(owners: Approvers): string {
  return owners.teams.length + owners.users.length === 0
    ? "the repository's collaborators with write access"
    : `the policy owners (${describe(owners)})`;
}

function list(users: string[]): string {
  return users.join(", ");
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
