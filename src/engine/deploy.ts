// The deployment gate and the scheduled audit (SPEC 10 and 11) on top of the engine: every rule
// of `check --all` at the deployed ref as of today, then what only a deployment asks (the
// environment, the bytes about to ship, the approvals of the change that brought the model),
// and, for the audit, what expires soon. Shells (CLI, Action) supply the trees and lookups.
import { checkApprovals } from "../checks/approval.ts";
import { q } from "../checks/context.ts";
import {
  type AuditedArtifact,
  checkArtifactBinding,
  checkEnvironment,
  checkUnreviewedDeploy,
  deployRequirements,
  inAudit,
  keptAtRef,
} from "../checks/deploy.ts";
import { checkScanIssues } from "../checks/safety.ts";
import { checkWaivers } from "../checks/waivers.ts";
import { UserError } from "../core/errors.ts";
import type { Finding, NewFinding } from "../core/findings.ts";
import type { GateResult, ModelResult } from "../core/result.ts";
import { blocking, decide, type Mode, sortFindings, toFinding } from "../core/verdict.ts";
import type { DeployApprovals, ModelPaths } from "../github/deploy-approvals.ts";
import type { RiskTier } from "../manifest/model.ts";
import type { LoadedPolicy } from "../policy/types.ts";
import { applyWaivers } from "../policy/waivers.ts";
import type { Tree } from "../repo/tree.ts";
import { scanModelFile } from "../safety/index.ts";
import { evaluate } from "./evaluate.ts";
import { approvalRecords } from "./record.ts";
import type { GateInput } from "./types.ts";

/** A file given with --artifact: its bytes are hashed and scanned. */
export interface DeployFile {
  name: string;
  digest: string;
  size: number;
  chunks: () => AsyncIterable<Uint8Array>;
}

/** Reads deploy-time approvals; null when no GitHub API can be reached (why is said). */
export type ApprovalLookup =
  | { lookup: (models: ModelPaths[]) => Promise<Map<string, DeployApprovals>> }
  | { unavailable: string };

export interface VerifyInput {
  policy: LoadedPolicy;
  head: Tree;
  headLabel: string;
  environment: string;
  models: string[];
  artifacts: DeployFile[];
  approvals: ApprovalLookup;
  now: Date;
  mode: Mode;
  /** The manifest parser factory, as for evaluate(). */
  openParser?: GateInput["openParser"];
}

/** Every model at the ref, as `check --all` judges them: no base, no pull request. */
function evaluateAtRef(
  input: Pick<VerifyInput, "policy" | "head" | "headLabel" | "now" | "mode" | "openParser">,
  extra: Pick<GateInput, "expiringWithin"> = {},
): Promise<GateResult> {
  return evaluate({
    policy: input.policy,
    head: input.head,
    base: null,
    changes: "all",
    pullRequest: null,
    now: input.now,
    mode: input.mode,
    ...(input.openParser ? { openParser: input.openParser } : {}),
    baseLabel: "none",
    headLabel: input.headLabel,
    ...extra,
  });
}

export async function verifyDeployment(input: VerifyInput): Promise<GateResult> {
  const { policy } = input.policy;
  const all = await evaluateAtRef(input);
  const wanted = new Set(input.models);
  const unknown = [...wanted].filter((n) => !all.models.some((m) => m.name === n));
  if (unknown.length)
    throw new UserError(
      `No model named ${unknown.map(q).join(", ")} at ${input.headLabel.slice(0, 12)} (models: ${all.models.map((m) => m.name).join(", ") || "none"}).`,
    );
  const models = wanted.size ? all.models.filter((m) => wanted.has(m.name)) : all.models;
  const names = new Set(models.map((m) => m.name));
  // Approvals at deploy time are judged below; the local "pending" notes do not apply.
  const kept = all.findings.filter(
    (f) => keptAtRef(f) && (!f.model || names.has(f.model) || !all.models.some((m) => m.name === f.model)),
  );

  const extra: NewFinding[] = checkEnvironment({
    policy,
    policyFile: input.policy.file,
    environment: input.environment,
    models: models.map((m) => ({
      name: m.name,
      file: m.manifest,
      deployments: m.record?.deployments,
    })),
  });

  const audited: AuditedArtifact[] = models.flatMap((m) =>
    (m.record?.artifacts ?? []).flatMap((a) =>
      a.declaredDigest ? [{ model: m.name, name: a.name, digest: a.declaredDigest }] : [],
    ),
  );
  extra.push(...checkArtifactBinding(input.artifacts, audited));
  for (const f of input.artifacts) {
    const owner = audited.find((a) => a.digest === f.digest);
    const model = owner ? models.find((m) => m.name === owner.model) : undefined;
    const issues = await scanModelFile(f.name, f.chunks, f.size);
    extra.push(...checkScanIssues(issues, model ? { file: model.manifest, model: model.name } : {}));
  }

  const requires = deployRequirements(policy, input.environment);
  if (requires?.has("approvals")) extra.push(...(await approvalsAtDeploy(input, models)));

  const waivers = checkWaivers(policy, input.now, input.policy.file);
  const findings = sortFindings([...kept, ...applyWaivers(extra.map(toFinding), waivers.active)]);
  return {
    ...all,
    command: "verify",
    environment: input.environment,
    verdict: decide(findings),
    models: withVerdicts(models, findings),
    findings,
  };
}

async function approvalsAtDeploy(input: VerifyInput, models: ModelResult[]): Promise<NewFinding[]> {
  const { policy } = input.policy;
  const needing = models.filter((m) => {
    const t = policy.tiers[tierOf(m)];
    return !t?.blocked && (t?.approvals?.count ?? 0) > 0;
  });
  if (needing.length === 0) return [];
  const judge = (m: ModelResult, pr: Parameters<typeof checkApprovals>[0]["pr"]) =>
    checkApprovals({
      models: [{ name: m.name, file: m.manifest, tier: tierOf(m) }],
      policy,
      pr,
      policyChanged: false,
      policyFile: input.policy.file ?? "",
    });
  if ("unavailable" in input.approvals) {
    const why = input.approvals.unavailable;
    return needing.flatMap((m) => judge(m, unverifiable(why)));
  }
  const found = await input.approvals.lookup(
    needing.map((m) => ({ name: m.name, paths: m.record?.files ?? [m.manifest] })),
  );
  const out: NewFinding[] = [];
  for (const m of needing) {
    const a = found.get(m.name) ?? { kind: "none" as const };
    if (a.kind === "pull") {
      out.push(...judge(m, a.facts));
      if (m.record) m.record.approvals = approvalRecords(a.facts);
      continue;
    }
    const count = policy.tiers[tierOf(m)]?.approvals?.count ?? 0;
    out.push(checkUnreviewedDeploy({ name: m.name, file: m.manifest, tier: tierOf(m), count }, a));
  }
  return out;
}

function unverifiable(why: string) {
  return {
    number: 0,
    author: "",
    headSha: "",
    reviews: [],
    teams: {},
    writers: { members: [] },
    unverifiable: why,
  };
}

/** The tier the model is judged as: its declared one, high when unknown (SPEC 9). */
function tierOf(m: ModelResult): RiskTier {
  return m.riskTier ?? "high";
}

function withVerdicts(models: ModelResult[], findings: Finding[]): ModelResult[] {
  return models.map((m) => ({
    ...m,
    verdict: findings.some((f) => blocking(f) && f.model === m.name && f.file === m.manifest)
      ? "fail"
      : "pass",
  }));
}

export interface AuditInput {
  policy: LoadedPolicy;
  head: Tree;
  headLabel: string;
  within: number;
  now: Date;
  mode: Mode;
  /** The manifest parser factory, as for evaluate(). */
  openParser?: GateInput["openParser"];
}

/** SPEC 11: every finding of check --all plus audit/expiring; expiry rules count as errors. */
export async function auditModels(input: AuditInput): Promise<GateResult> {
  const all = await evaluateAtRef(input, { expiringWithin: input.within });
  const findings = all.findings.filter(keptAtRef).map(inAudit);
  return {
    ...all,
    command: "audit",
    verdict: decide(findings),
    models: withVerdicts(all.models, findings),
    findings,
  };
}
