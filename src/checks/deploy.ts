// deploy/*: the deployment gate's own decisions (SPEC 10). Whether NAME is an environment the
// policy and the model declare, and whether bytes a deploy job is about to ship are the audited
// ones. Pure: the shells read the files and hash them, this decides.
import type { NewFinding } from "../core/findings.ts";
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
