import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  scanModelFile
} from "./chunk-WA4ATLNZ.js";
import {
  applyWaivers,
  approvalRecords,
  checkApprovals,
  checkScanIssues,
  checkWaivers,
  evaluate,
  q
} from "./chunk-VBMURWB2.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  blocking,
  decide,
  sortFindings,
  toFinding
} from "./chunk-JOZW2F7Z.js";

// src/checks/deploy.ts
function declaredEnvironments(policy) {
  return Object.keys(policy.deploy ?? {}).sort();
}
function deployRequirements(policy, environment) {
  const env = policy.deploy && Object.hasOwn(policy.deploy, environment) ? policy.deploy[environment] : void 0;
  return env ? new Set(env.require ?? []) : null;
}
function checkEnvironment(args) {
  const { policy, environment } = args;
  const out = [];
  if (deployRequirements(policy, environment) === null) {
    const known = declaredEnvironments(policy);
    out.push({
      ruleId: "deploy/environment-not-declared",
      message: `The deployment environment ${q(environment)} is not declared by the policy (${known.length ? `it declares ${known.join(", ")}` : "it declares none"}). Deploy to a declared environment, or add deploy.${environment} to the policy on the default branch.`,
      ...args.policyFile ? { file: args.policyFile } : {}
    });
  }
  for (const m of args.models) {
    if (m.deployments === void 0 || m.deployments.includes(environment)) continue;
    out.push({
      ruleId: "deploy/environment-not-declared",
      message: `The model ${q(m.name)} may be deployed to ${m.deployments.length ? m.deployments.join(", ") : "no environment"} (spec.deployments), not ${q(environment)}. Add it to spec.deployments through a reviewed pull request, or deploy it where it is declared.`,
      file: m.file,
      ...m.line ? { line: m.line } : {},
      model: m.name
    });
  }
  return out;
}
function checkArtifactBinding(files, audited) {
  const out = [];
  for (const f of files) {
    if (audited.some((a) => a.digest === f.digest)) continue;
    const models = [...new Set(audited.map((a) => a.model))];
    out.push({
      ruleId: "deploy/unknown-artifact",
      message: `The file ${q(f.name)} (${f.digest}) is not an audited artifact of ${models.length ? models.map(q).join(", ") : "any model judged"}: its bytes differ from every digest the manifests declare. Deploy the audited bytes, or declare these through a pull request with evidence for them.`
    });
  }
  return out;
}
function keptAtRef(f) {
  return f.ruleId !== "approval/pending";
}
function inAudit(f) {
  return f.ruleId === "waiver/expired" ? { ...f, severity: "error" } : f;
}
function checkUnreviewedDeploy(m, source) {
  const needs = `A ${m.tier}-risk model needs ${m.count} approval${m.count === 1 ? "" : "s"} to be deployed`;
  return {
    ruleId: "approval/insufficient",
    message: source.kind === "direct" ? `${needs}, and the last change to ${q(source.path)} (commit ${source.commit.slice(0, 7)}) came in without a pull request, so nobody approved it. Bring the change through a reviewed pull request.` : `${needs}, and no merged pull request changed it. Bring it in through a reviewed pull request.`,
    file: m.file,
    model: m.name
  };
}

// src/engine/deploy.ts
function evaluateAtRef(input, extra = {}) {
  return evaluate({
    policy: input.policy,
    head: input.head,
    base: null,
    changes: "all",
    pullRequest: null,
    now: input.now,
    mode: input.mode,
    ...input.openParser ? { openParser: input.openParser } : {},
    baseLabel: "none",
    headLabel: input.headLabel,
    ...extra
  });
}
async function verifyDeployment(input) {
  const { policy } = input.policy;
  const all = await evaluateAtRef(input);
  const wanted = new Set(input.models);
  const unknown = [...wanted].filter((n) => !all.models.some((m) => m.name === n));
  if (unknown.length)
    throw new UserError(
      `No model named ${unknown.map(q).join(", ")} at ${input.headLabel.slice(0, 12)} (models: ${all.models.map((m) => m.name).join(", ") || "none"}).`
    );
  const models = wanted.size ? all.models.filter((m) => wanted.has(m.name)) : all.models;
  const names = new Set(models.map((m) => m.name));
  const kept = all.findings.filter(
    (f) => keptAtRef(f) && (!f.model || names.has(f.model) || !all.models.some((m) => m.name === f.model))
  );
  const extra = checkEnvironment({
    policy,
    policyFile: input.policy.file,
    environment: input.environment,
    models: models.map((m) => ({
      name: m.name,
      file: m.manifest,
      deployments: m.record?.deployments
    }))
  });
  const audited = models.flatMap(
    (m) => (m.record?.artifacts ?? []).flatMap(
      (a) => a.declaredDigest ? [{ model: m.name, name: a.name, digest: a.declaredDigest }] : []
    )
  );
  extra.push(...checkArtifactBinding(input.artifacts, audited));
  for (const f of input.artifacts) {
    const owner = audited.find((a) => a.digest === f.digest);
    const model = owner ? models.find((m) => m.name === owner.model) : void 0;
    const issues = await scanModelFile(f.name, f.chunks, f.size);
    extra.push(...checkScanIssues(issues, model ? { file: model.manifest, model: model.name } : {}));
  }
  const requires = deployRequirements(policy, input.environment);
  if (requires?.has("approvals")) extra.push(...await approvalsAtDeploy(input, models));
  const waivers = checkWaivers(policy, input.now, input.policy.file);
  const findings = sortFindings([...kept, ...applyWaivers(extra.map(toFinding), waivers.active)]);
  return {
    ...all,
    command: "verify",
    environment: input.environment,
    verdict: decide(findings),
    models: withVerdicts(models, findings),
    findings
  };
}
async function approvalsAtDeploy(input, models) {
  const { policy } = input.policy;
  const needing = models.filter((m) => {
    const t = policy.tiers[tierOf(m)];
    return !t?.blocked && (t?.approvals?.count ?? 0) > 0;
  });
  if (needing.length === 0) return [];
  const judge = (m, pr) => checkApprovals({
    models: [{ name: m.name, file: m.manifest, tier: tierOf(m) }],
    policy,
    pr,
    policyChanged: false,
    policyFile: input.policy.file ?? ""
  });
  if ("unavailable" in input.approvals) {
    const why = input.approvals.unavailable;
    return needing.flatMap((m) => judge(m, unverifiable(why)));
  }
  const found = await input.approvals.lookup(
    needing.map((m) => ({ name: m.name, paths: m.record?.files ?? [m.manifest] }))
  );
  const out = [];
  for (const m of needing) {
    const a = found.get(m.name) ?? { kind: "none" };
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
function unverifiable(why) {
  return {
    number: 0,
    author: "",
    headSha: "",
    reviews: [],
    teams: {},
    writers: { members: [] },
    unverifiable: why
  };
}
function tierOf(m) {
  return m.riskTier ?? "high";
}
function withVerdicts(models, findings) {
  return models.map((m) => ({
    ...m,
    verdict: findings.some((f) => blocking(f) && f.model === m.name && f.file === m.manifest) ? "fail" : "pass"
  }));
}
async function auditModels(input) {
  const all = await evaluateAtRef(input, { expiringWithin: input.within });
  const findings = all.findings.filter(keptAtRef).map(inAudit);
  return {
    ...all,
    command: "audit",
    verdict: decide(findings),
    models: withVerdicts(all.models, findings),
    findings
  };
}

export {
  verifyDeployment,
  auditModels
};
