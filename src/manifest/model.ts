// The internal model of a model manifest (SPEC section 1). Native manifests, Hugging Face
// model cards and CycloneDX ML-BOMs are all read into this shape by their adapters. Only the
// schema-valid shape reaches the checks; anything else became a finding on the way.
import type { NewFinding } from "../core/findings.ts";
import type { RiskTier } from "../core/tier.ts";

export type { RiskTier };

export type ModelType = "llm" | "agent" | "classifier" | "regression" | "embedding" | "other";
export type Environment = "cloud" | "api" | "internal";
type FrameworkStatus = "mitigated" | "accepted" | "not-applicable" | "open";
export type EvidenceTool = "garak" | "promptfoo" | "model-gate";
type ToolScope = "read" | "write" | "execute" | "network";

export const RISK_TIERS: readonly RiskTier[] = ["minimal", "limited", "high", "unacceptable"];
export const MODEL_TYPES: readonly ModelType[] = [
  "llm",
  "agent",
  "classifier",
  "regression",
  "embedding",
  "other",
];
export const ENVIRONMENTS: readonly Environment[] = ["cloud", "api", "internal"];
const CONTROL_NAMES = [
  "encryption",
  "inferenceLogging",
  "monitoring",
  "inputValidation",
  "outputSanitization",
  "rateLimit",
  "isolation",
] as const;
export type ControlName = (typeof CONTROL_NAMES)[number];

export interface Artifact {
  path?: string;
  uri?: string;
  digest?: string;
}

export interface RiskAssessment {
  report?: string;
  tier?: RiskTier;
  assessedBy?: string;
  date?: string;
  modelDigest?: string;
  frameworks?: Record<string, Record<string, FrameworkStatus>>;
}

export interface AdversarialTest {
  tool: EvidenceTool;
  report: string;
  modelDigest?: string;
  date?: string;
}

export interface Dataset {
  name: string;
  role?: "training" | "fine-tuning" | "evaluation";
  source?: string;
  license?: string;
  digest?: string;
  vetted?: { by: string; date: string };
  personalData?: boolean;
  dpia?: string;
}

export interface Controls {
  encryption?: { atRest?: boolean; inTransit?: boolean };
  inferenceLogging?: { enabled?: boolean; retentionDays?: number };
  monitoring?: { anomalyAlerts?: boolean; driftDetection?: boolean };
  inputValidation?: boolean;
  outputSanitization?: boolean;
  rateLimit?: { requestsPerMinute?: number };
  isolation?: "container" | "vm" | "none";
}

interface AgentTool {
  name: string;
  scopes: ToolScope[];
  humanApproval?: boolean;
}

export interface ModelManifest {
  apiVersion: "model-gate/v1";
  kind: "ModelManifest";
  metadata: { name: string; version?: string; owner?: string };
  spec: {
    type: ModelType;
    riskTier?: RiskTier;
    environments?: Environment[];
    /** SPEC 10: deployment environments (staging, production) this model may go to. */
    deployments?: string[];
    /** The model's own license (SPDX expression), e.g. from a model card. */
    license?: string;
    /** Models this one was fine-tuned or merged from. */
    baseModels?: string[];
    artifacts: Artifact[];
    riskAssessment?: RiskAssessment;
    adversarialTests?: AdversarialTest[];
    datasets?: Dataset[];
    controls?: Controls;
    evaluation?: { date?: string; metrics?: Record<string, number> };
    agent?: { tools?: AgentTool[] };
    /** Issue 4: a model signature (OpenSSF Model Signing bundle) in the repo. */
    signature?: { path: string };
  };
}

export type PathSegment = string | number;

/** Where a value sits in its source file. Falls back to the nearest ancestor that has a position. */
export interface SourceMap {
  locate(path: readonly PathSegment[]): { line: number; column: number };
}

export type ManifestFormat = "model-gate" | "hf-model-card" | "cyclonedx";

export interface LoadedManifest {
  /** Repo-relative path of the manifest file. */
  file: string;
  format: ManifestFormat;
  manifest: ModelManifest;
  source: SourceMap;
}

/**
 * What reading a declaration (manifest, card, BOM) found wrong with it, as a fact; the rule is
 * named in src/checks/declarations.ts. "too-large": over the reader's cap; "parse-error": not
 * text, YAML or JSON it can read; "schema": a field is missing or invalid; "not-a-model": a BOM
 * with no model component; "license-unknown": a card licence with no SPDX id; "missing-digest":
 * an artifact without a usable sha256.
 */
export type DeclarationProblemKind =
  | "too-large"
  | "parse-error"
  | "schema"
  | "not-a-model"
  | "license-unknown"
  | "missing-digest";

/** One problem and where it is: a finding without its rule. */
export type DeclarationProblem = Omit<NewFinding, "ruleId"> & { kind: DeclarationProblemKind };
