// Facts about a pull request that only GitHub knows: who reviewed what, on which commit,
// who wrote its commits, and who belongs to which team. Gathered by the GitHub adapter,
// judged by checks/approval.ts.

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

export interface Review {
  user: string;
  state: ReviewState;
  /** The commit the review was made on. */
  commitId: string;
  submittedAt: string;
}

/** A membership list, or why the token could not read it (which scope is missing). */
export type Membership = { members: string[] } | { unreadable: string };

/** One commit of the pull request, as GitHub's commit list gives it. */
export interface PullRequestCommit {
  sha: string;
  parents: string[];
  /** GitHub login linked to the author / committer email, or null when no account is linked. */
  author: string | null;
  committer: string | null;
  /** The git author name, for the note about commits with no linked account (untrusted text). */
  authorName: string;
  /** Whether GitHub verified the commit's signature (web-flow commits are signed by GitHub). */
  verified: boolean;
}

/** The PR's commits, or why they cannot be judged (over GitHub's 250-commit list, unreadable). */
export type CommitList = { commits: PullRequestCommit[] } | { unreadable: string };

export interface PullRequestFacts {
  number: number;
  author: string;
  headSha: string;
  reviews: Review[];
  /** "org/team-slug" -> members, for every team the policy names. */
  teams: Record<string, Membership>;
  /** Users with write access (baseline approvers), when the policy names no one. */
  writers: Membership;
  /**
   * The PR's commits, for `approvals.allowContributors: false`. Absent when they were not read
   * (no reviewer whose approval could count); an approval is then never counted unseen.
   */
  commits?: CommitList;
  /**
   * Set when no pull request can be judged at all (a merge-queue branch that names none, or a
   * PR that cannot be read): every approval requirement is approval/unverifiable, never pending.
   */
  unverifiable?: string;
}

/** What GitHub says when a team or permission cannot be read: the scope the token lacks. */
export const MEMBERSHIP_SCOPE_HINT =
  "needs a token with read:org / members:read (a GitHub App token, or a personal access token with read:org)";

/** A model as the deployment gate looks up its last change: its name and its files. */
export interface ModelPaths {
  name: string;
  /** The declaration and every in-repo file it references. */
  paths: string[];
}

/** What checks/approval.ts judges for one model at deploy time. */
export type DeployApprovals =
  | { kind: "pull"; facts: PullRequestFacts; mergedAt: string }
  | { kind: "direct"; commit: string; path: string }
  | { kind: "none" };
