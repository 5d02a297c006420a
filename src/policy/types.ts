// The resolved policy (SPEC section 3): the base commit's file merged over the baseline.
import type { ControlName, Environment, RiskTier } from "../manifest/model.ts";

export interface Approvers {
  teams: string[];
  users: string[];
}

export interface TierPolicy {
  blocked?: boolean;
  approvals?: { count: number; from?: Approvers };
  riskAssessment?: { required?: boolean; maxAgeDays?: number; frameworks?: string[] };
  adversarialTests?: {
    required?: boolean;
    maxAttackSuccessRate?: number;
    /** Limit for each probe/plugin/suite (SPEC 9); default maxAttackSuccessRate. */
    maxAttackSuccessRatePerProbe?: number;
    /** Probes with fewer attempts are not judged alone (default 20). */
    minAttempts?: number;
    maxAgeDays?: number;
  };
  /** vettedMaxAgeDays (SPEC 11): how long a dataset's vetting stays current; none by default. */
  datasets?: { required?: boolean; vetted?: boolean; digest?: boolean; vettedMaxAgeDays?: number };
  controls?: ControlName[];
  evaluation?: { minMetrics?: Record<string, number>; maxAgeDays?: number };
  /** Issue 4: require a model signature from one of these signers. */
  signature?: { required?: boolean; signers?: string[] };
  /** Issue 4: an unscannable (LFS pointer) model file is an error, not a note. */
  scan?: { required?: boolean };
}

export interface Waiver {
  rule: string;
  model: string;
  reason: string;
  owner: string;
  ticket?: string;
  expires: string;
  /** Line of the waiver in the policy file, for findings about it. */
  line?: number;
}

/** What a deployment environment requires to be present and current today (SPEC 10). */
export type DeployRequirement =
  | "riskAssessment"
  | "adversarialTests"
  | "evaluation"
  | "datasets"
  | "approvals";

interface DeployEnvironment {
  require?: DeployRequirement[];
}

export interface Policy {
  manifests: string[];
  artifacts: string[];
  /** Which README.md files count as Hugging Face model cards (issue 4). */
  modelCards: string[];
  /** CycloneDX ML-BOM file patterns (issue 4). */
  mlBoms: string[];
  owners: Approvers;
  tiers: Record<RiskTier, TierPolicy>;
  environments: Partial<Record<Environment, { controls: ControlName[] }>>;
  licenses: { deny?: string[]; allow?: string[] };
  approvals: {
    allowAuthor: boolean;
    latestCommitOnly: boolean;
    /** Whether approvals from reviewers who authored or committed a commit of the PR count (SPEC 9). */
    allowContributors?: boolean;
  };
  agent: { riskyScopes: string[] };
  /** Trust anchors for offline model-signature verification (issue 4). */
  signing?: { keys?: { name: string; pem: string }[]; certificates?: string[] };
  /** SPEC 10: deployment environments `model-gate verify --environment` accepts. */
  deploy?: Record<string, DeployEnvironment>;
  waivers: Waiver[];
  limits: { maxFileBytes: number };
  /** SPEC section 9: globs of paths that are never model files (test fixtures). */
  ignore?: string[];
  /** Pickle globals the team trusts beyond the built-in allow list (SPEC 9); deny entries still win. */
  scan?: { allowGlobals?: string[] };
}

export interface LoadedPolicy {
  policy: Policy;
  /** ".github/model-gate.yml@<base>" or "baseline". */
  source: string;
  /** sha256 of the policy file bytes ("sha256:..."), or of the baseline's canonical JSON. */
  digest: string;
  /** Repo path of the policy file, when one was read. */
  file?: string;
}
