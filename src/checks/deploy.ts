// deploy/*: the deployment gate's own decisions (SPEC 10). Whether NAME is an environment the
// policy and the model declare, and whether bytes a deploy job is about to ship are the audited
// ones. Pure: the shells read the files and hash them, this decides.
import type { Finding, NewFinding } from "../core/findings.ts";
import type { RiskTier } from "../manifest/model.ts";
import type { DeployRequirement, Policy } from "../policy/types.ts";
import { q } from "./context.ts";

export interface DeployModel {
  name: string;
  file: string;
  /** spec.deployments; undefined when the model does not restrict where it goes. */
  deployments: readonly string[] | undefined;
  line?: number;
}

/** The environments the policy declares (the baseline's staging and production included). */
function declaredEnvironments(policy: Policy): string[] {
  return Object.keys(policy.deploy ?? {}).sort();
}

/** What NAME requires to be present and current today; null when the policy does not declare it. */
export function deployRequirements(policy: Policy, environment: string): Set<DeployRequirement> | null {
  const env =
    policy.deploy && Object.hasOwn(policy.deploy, environment) ? policy.deploy[environment] : undefined;
  return env ? new Set(env.require ?? []) : null;
}

export function checkEnvironment(args: {
  policy: Policy;
  policyFile: string | undefined;
  environment: string;
  models: readonly DeployModel[];
}): NewFinding[] {
  const { policy, environment } = args;
  const out: NewFinding[] = [];
  if (deployRequirements(policy, environment) === null) {
    const known = declaredEnvironments(policy);
    out.push({
      ruleId: "deploy/environment-not-declared",
      message: `The deployment environment ${q(environment)} is not declared by the policy (${known.length ? `it declares ${known.join(", ")}` : "it declares none"}). Deploy to a declared environment, or add deploy.${environment} to the policy on the default branch.`,
      ...(args.policyFile ? { file: args.policyFile } : {}),
    });
  }
  for (const m of args.models) {
    if (m.deployments === undefined || m.deployments.includes(environment)) continue;
    out.push({
      ruleId: "deploy/environment-not-declared",
      message: `The model ${q(m.name)} may be deployed to ${m.deployments.length ? m.deployments.join(", ") : "no environment"} (spec.deployments), not ${q(environment)}. Add it to spec.deployments through a reviewed pull request, or deploy it where it is declared.`,
      file: m.file,
      ...(m.line ? { line: m.line } : {}),
      model: m.name,
    });
  }
  return out;
}

/** An artifact of a judged model, by the digest its manifest declares. */
export interface AuditedArtifact {
  model: string;
  name: string;
  digest: string;
}

/** A file given with --artifact: its name as given and the sha256 of its bytes. */
export interface DeployedFile {
  name: string;
  digest: string;
}

/** deploy/unknown-artifact for each deployed file whose bytes are no audited artifact's. */
export function checkArtifactBinding(
  files: readonly DeployedFile[],
  audited: readonly AuditedArtifact[],
): NewFinding[] {
  const out: NewFinding[] = [];
  for (const f of files) {
    if (audited.some((a) => a.digest === f.digest)) continue;
    const models = [...new Set(audited.map((a) => a.model))];
    out.push({
      ruleId: "deploy/unknown-artifact",
      message: `The file ${q(f.name)} (${f.digest}) is not an audited artifact of ${models.length ? models.map(q).join(", ") : "any model judged"}: its bytes differ from every digest the manifests declare. Deploy the audited bytes, or declare these through a pull request with evidence for them.`,
    });
  }
  return out;
}

/**
 * What a deployment and an audit keep of `check --all`'s findings at the ref: approvals are
 * judged at deploy time (and not at all by an audit), so the local "pending" note goes.
 */
export function keptAtRef(f: Finding): boolean {
  return f.ruleId !== "approval/pending";
}

/** SPEC 11: an audit counts an expired waiver as an error (a deployment would be refused). */
export function inAudit(f: Finding): Finding {
  return f.ruleId === "waiver/expired" ? { ...f, severity: "error" } : f;
}

/** Where the change that brought a model in came from, when it was no merged pull request. */
type UnreviewedSource = { kind: "direct"; path: string; commit: string } | { kind: "none" };

/** approval/insufficient at deploy time: the model's last change came in without a reviewed pull request. */
export function checkUnreviewedDeploy(
  m: { name: string; file: string; tier: RiskTier; count: number },
  source: UnreviewedSource,
): NewFinding {
  const needs = `A ${m.tier}-risk model needs ${m.count} approval${m.count === 1 ? "" : "s"} to be deployed`;
  return {
    ruleId: "approval/insufficient",
    message:
      source.kind === "direct"
        ? `${needs}, and the last change to ${q(source.path)} (commit ${source.commit.slice(0, 7)}) came in without a pull request, so nobody approved it. Bring the change through a reviewed pull request.`
        : `${needs}, and no merged pull request changed it. Bring it in through a reviewed pull request.`,
    file: m.file,
    model: m.name,
  };
}
