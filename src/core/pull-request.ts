// Facts about a pull request that only GitHub knows: who reviewed what, on which commit,
// and who belongs to which team. Gathered by the GitHub adapter, judged by checks/approval.ts.

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

export interface PullRequestFacts {
  number: number;
  author: string;
  headSha: string;
  reviews: Review[];
  /** "org/team-slug" -> members, for every team the policy names. */
  teams: Record<string, Membership>;
  /** Users with write access (baseline approvers), when the policy names no one. */
  writers: Membership;
}
