// The engine's input: everything it judges, as data. Shells (CLI, Action) build it from
// git, the filesystem and the GitHub API; tests build it in memory.
import type { Change } from "../core/change.ts";
import type { PullRequestFacts } from "../core/pull-request.ts";
import type { Mode } from "../core/verdict.ts";
import type { LoadedPolicy } from "../policy/types.ts";
import type { Tree } from "../repo/tree.ts";
import type { Parser } from "./parse-pool.ts";

export interface GateInput {
  /** The policy from the base commit (or the baseline). */
  policy: LoadedPolicy;
  /** The version being judged. */
  head: Tree;
  /** The version it is compared with; null when there is none (audit of a single tree). */
  base: Tree | null;
  /** What changed between base and head, or "all" to evaluate every manifest (`check --all`). */
  changes: Change[] | "all";
  /** Reviews and memberships from GitHub; null when run locally (approvals are then pending). */
  pullRequest: PullRequestFacts | null;
  now: Date;
  mode: Mode;
  /** Labels for the report: shas or refs. */
  baseLabel: string;
  headLabel: string;
  /** Opens the manifest parser once the number of manifests is known; in-thread when absent. */
  openParser?: (manifests: number) => Parser;
  /** Issue 12 (audit): report audit/expiring for items that expire within this many days. */
  expiringWithin?: number;
  /**
   * Diagnostics: judge an empty change list the long way, parsing every declaration (the CLI
   * sets it from MODEL_GATE_NO_FAST_PATH=1; a test compares both paths' reports).
   */
  noFastPath?: boolean;
}
