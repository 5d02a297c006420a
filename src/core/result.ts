// What one evaluation produces: the JSON report of SPEC section 6, before serialisation.

import type { Finding, Verdict, WaiverRef } from "./findings.ts";
import type { RiskTier } from "./tier.ts";
import type { Mode } from "./verdict.ts";

/** One evidence item the decision rested on: what, which file, its bytes' digest, its dates. */
export interface EvidenceRecord {
  kind: "riskAssessment" | "adversarialTest";
  /** garak | promptfoo | model-gate for tests; null for the risk assessment. */
  tool: string | null;
  path: string;
  /** sha256 of the report bytes at the judged commit; null when the file could not be read. */
  digest: string | null;
  /** The date the declaration gives. */
  date: string | null;
  /** The run date the report itself records (adversarial tests), when it records one. */
  reportDate: string | null;
}

/** An approval of the pull request that brought the change: who, on which commit, when. */
export interface ApprovalRecord {
  login: string;
  commit: string;
  at: string;
  /** The pull request it was given on. */
  pullRequest: number;
}

/** What an auditor needs to replay the decision about one model (issue 12, decision records). */
export interface ModelRecord {
  version: string | null;
  /** Every artifact: path or uri, and the digest the gate bound (computed, else declared). */
  artifacts: { name: string; digest: string | null; declaredDigest: string | null }[];
  evidence: EvidenceRecord[];
  approvals: ApprovalRecord[];
  /** spec.deployments, when the model restricts where it may be deployed. */
  deployments?: string[];
  /** The declaration and the in-repo files it references (for deploy-time approvals). */
  files: string[];
}

export interface ModelResult {
  manifest: string;
  name: string;
  riskTier: RiskTier | null;
  modelDigest: string | null;
  verdict: Exclude<Verdict, "error">;
  record?: ModelRecord;
}

type GateCommand = "check" | "verify" | "audit";

export interface GateResult {
  schemaVersion: 1;
  verdict: Verdict;
  mode: Mode;
  base: string;
  head: string;
  policy: { source: string; digest: string };
  models: ModelResult[];
  findings: Finding[];
  /** Set when verdict is "error": why the gate could not evaluate. */
  error?: string;
  /** Which command produced it (check when absent). */
  command?: GateCommand;
  /** verify: the deployment environment. */
  environment?: string;
  /** The date the gate judged as of (ISO date-time). */
  evaluatedAt?: string;
  /** The policy's waivers that were in force (applied or not), with their expiry. */
  waivers?: WaiverRef[];
  /** audit: every dated item and when it stops being current. */
  expiry?: ExpiryItem[];
}

/** One dated item and when it stops being current. */
export interface ExpiryItem {
  model: string;
  /** What it is, in words: "risk assessment", "adversarial test evidence/x.jsonl (garak)". */
  item: string;
  file?: string;
  line?: number;
  /** The date its age counts from (YYYY-MM-DD, or as written). */
  date: string;
  /** The last day it is current (YYYY-MM-DD). */
  expires: string;
  /** Days from today to `expires`; negative once expired. */
  daysLeft: number;
}
