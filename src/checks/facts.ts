// Facts are the seam between the engine and the rules (issue 11): the engine, the format readers
// and the scanners gather them, src/checks decides every rule from them. Types only: nothing here
// reads a file or names a rule.
import type { Change } from "../core/change.ts";
import type { EvidenceParse } from "../evidence/types.ts";
import type { SignatureCheck } from "../formats/model-signing.ts";
import type { Environment, LoadedManifest, ModelType, RiskTier } from "../manifest/model.ts";
import type { Policy, TierPolicy } from "../policy/types.ts";
import type { SafetyIssue } from "../safety/types.ts";

type FileStatus =
  | "ok"
  | "missing"
  | "outside"
  | "symlink"
  | "too-large"
  | "not-a-file"
  /** At or under a git submodule: the bytes are not in this repository's history. */
  | "submodule";

export interface FileFact {
  /** The path as written in the manifest. */
  declared: string;
  /** Normalised repo path, when the declared one is acceptable. */
  path: string | null;
  status: FileStatus;
  /** Why the path is outside (for messages). */
  reason?: string;
  size?: number;
  /** The submodule the path lies in (status "submodule"). */
  submodule?: string;
}

export interface ArtifactFact {
  index: number;
  /** path or uri, as declared. */
  key: string;
  declaredDigest: string | null;
  /** For in-repo files: what the bytes (or the LFS pointer) say. */
  computedDigest: string | null;
  file: FileFact | null;
  lfs: boolean;
  /** A file that starts like an LFS pointer but is not a valid one. */
  malformedPointer: boolean;
}

export interface EvidenceFact {
  index: number;
  file: FileFact;
  parse: EvidenceParse | null;
}

/** A base declaration this model is judged against (SPEC section 9, identity). */
export interface BaseVersion {
  model: LoadedManifest;
  /** Its tier; an unknown or missing one counts as high. */
  tier: RiskTier;
  /** The model digest it declared; null when it declared none that is valid. */
  modelDigest: string | null;
  /** sha256 of each of its evidence reports (risk assessment, adversarial tests) that could be read. */
  reportDigests: ReadonlySet<string>;
}

export interface ModelFacts {
  loaded: LoadedManifest;
  name: string;
  /** The tier the head declares; null when unknown or missing. */
  declaredTier: RiskTier | null;
  /**
   * The tier the change is judged as: the highest of the head's (high when unknown) and every
   * base version's. A pull request cannot lower the tier that judges it.
   */
  tier: RiskTier;
  /** The strictest of the head tier's and every base version's requirements. */
  tierPolicy: TierPolicy;
  /** The head's type and every base version's: their frameworks all apply. */
  types: ModelType[];
  /** The union of the head's and every base version's environments. */
  environments: Environment[];
  /** The base declarations this model matched by name, artifact path or digest. */
  baseVersions: BaseVersion[];
  /** Base versions under another name that held this model's artifacts. */
  renamedFrom: LoadedManifest[];
  /** Whether waivers written for this name still apply (same name and artifacts as in base). */
  waivable: boolean;
  policy: Policy;
  artifacts: ArtifactFact[];
  /** The model digest of SPEC section 2, from computed digests; null when any is unknown. */
  modelDigest: string | null;
  riskReport: FileFact | null;
  /** sha256 of the head's report bytes, by normalised path (risk assessment and evidence). */
  reportDigests: ReadonlyMap<string, string>;
  evidence: EvidenceFact[];
  dpias: Map<number, FileFact>;
  /** The model signature file and what verifying it said, when the manifest declares one. */
  signature: { file: FileFact; check: SignatureCheck | null } | null;
  /** Paths changed by this change set (head side), for staleness. */
  changed: ReadonlySet<string>;
  /** True when the change set is known (not an --all audit). */
  hasChangeSet: boolean;
  now: Date;
}

/** A base declaration with no head version: deleted, or moved out of the declaration patterns. */
export interface Departure {
  model: LoadedManifest;
  /** Its in-repo artifacts still in the head tree that no head declaration owns. */
  remaining: string[];
}

/** A model file scanned (or found to be an LFS pointer), with the model that owns it, if any. */
export interface ScanFact {
  path: string;
  owner: ModelFacts | undefined;
  result: { kind: "lfs-pointer" } | { kind: "scanned"; issues: SafetyIssue[] };
}

/** A changed file without a model extension whose content holds a model ("model") or may ("note"). */
export interface SniffFact {
  path: string;
  kind: string;
  strength: "model" | "note";
}

export interface ScanFacts {
  scans: ScanFact[];
  sniffed: SniffFact[];
}

/** Why a model file that no declaration owns is reported. */
export type UnownedReason =
  /** An --all audit: it is in the repository. */
  | { kind: "present" }
  /** The change set added, modified or renamed it. */
  | { kind: "changed"; change: Change }
  /** A base declaration of a model that lives on listed it and no longer does. */
  | { kind: "undeclared"; model: string; file: string };

/** What a change set did beyond the models it touches (src/checks/change.ts judges them). */
export interface ChangeFacts {
  /** Model files (by name or declared) that no head declaration lists as an artifact. */
  unowned: { path: string; reason: UnownedReason }[];
  /** The change set edits the policy file. */
  policyChanged: boolean;
  policyFile: string;
  /** Declarations being evaluated whose model name another declaration also uses. */
  duplicateNames: { model: LoadedManifest; others: string[] }[];
}
