// change/*: what a change was, judged against the base declarations the model matched (SPEC
// section 9). A pull request cannot pick its own tier: lowering a tier, dropping an
// environment or changing a type is reported, and the stricter requirements still apply (the
// facts carry them). A model that takes over another model's artifacts is a rename, and a
// declaration that leaves the gate needs the approvals of the tier it had. A model file no
// declaration lists, an edited policy and a model name used twice are reported from the change facts.
import type { NewFinding } from "../core/findings.ts";
import { TIER_ORDER, tierOf } from "../policy/strictest.ts";
import { at, q } from "./context.ts";
import type { ChangeFacts, Departure, ModelFacts, UnownedReason } from "./facts.ts";

export function checkModelChange(facts: ModelFacts): NewFinding[] {
  const out: NewFinding[] = [];
  const spec = facts.loaded.manifest.spec;
  const headTier = tierOf(facts.loaded);
  const headEnvs = new Set(spec.environments ?? []);
  for (const b of facts.baseVersions) {
    const was = b.model.manifest.spec;
    const lost: string[] = [];
    if (TIER_ORDER.indexOf(b.tier) > TIER_ORDER.indexOf(headTier))
      lost.push(
        `the risk tier from ${b.tier} to ${facts.declaredTier ?? "an unknown tier (judged as high)"}`,
      );
    const dropped = (was.environments ?? []).filter((e) => !headEnvs.has(e));
    if (dropped.length) lost.push(`the environment${dropped.length > 1 ? "s" : ""} ${dropped.join(", ")}`);
    if (was.type !== spec.type) lost.push(`the type from ${was.type} to ${spec.type}`);
    if (lost.length === 0) continue;
    out.push({
      ruleId: "change/tier-lowered",
      message: `This change lowers ${lost.join(", ")} compared with ${q(b.model.manifest.metadata.name)} in the base commit (${q(b.model.file)}). It is judged as ${facts.tier} with the union of both versions' environments and types, so it needs everything the stricter version needs, its approvals included; the lower requirements apply from the next change on.`,
      ...at(facts, "spec", "riskTier"),
    });
  }
  if (facts.renamedFrom.length > 0) {
    const from = facts.renamedFrom.map((m) => `${q(m.manifest.metadata.name)} (${q(m.file)})`).join(", ");
    out.push({
      ruleId: "change/renamed",
      message: `${q(facts.name)} declares artifacts that belonged to ${from} in the base commit. It is judged against every matching base version, the strictest applies${facts.waivable ? "" : `, and no waiver written for ${q(facts.name)} covers it, since its artifacts are not those the waiver was written for`}. If this is a rename, keep the name; if models swapped files, review both.`,
      ...at(facts, "metadata", "name"),
    });
  } else if (!facts.waivable) {
    out.push({
      ruleId: "change/renamed",
      message: `${q(facts.name)} shares no artifact path or digest with the model of that name in the base commit, so no waiver written for ${q(facts.name)} covers it: a waiver applies to the bytes it was written for.`,
      ...at(facts, "spec", "artifacts"),
    });
  }
  return out;
}

/** A base declaration with no head version: deleted, or moved out of the declaration patterns. */
export function checkDeparture(d: Departure): NewFinding[] {
  const name = d.model.manifest.metadata.name;
  const tier = tierOf(d.model);
  const where = { file: d.model.file, line: d.model.source.locate(["metadata", "name"]).line, model: name };
  if (d.remaining.length > 0) {
    return [
      {
        ruleId: "change/manifest-deleted",
        severity: "error",
        message: `The declaration of ${q(name)} (${tier} tier) is deleted or moved out of the declaration patterns, but its model file${d.remaining.length > 1 ? "s" : ""} ${d.remaining.map(q).join(", ")} stay${d.remaining.length > 1 ? "" : "s"} with no declaration: the weights would leave the gate. Delete the weights too if the model is retired, or keep a declaration (a moved manifest must still match the policy's manifest patterns). Either way the change needs the approvals of the ${tier} tier.`,
        ...where,
      },
    ];
  }
  return [
    {
      ruleId: "change/manifest-deleted",
      message: `The declaration of ${q(name)} (${tier} tier) is deleted, and so are its in-repository model files. Retiring a model needs the approvals of its ${tier} tier.`,
      ...where,
    },
  ];
}

/** What the change set did beyond its models: unowned model files, the policy, duplicate names. */
export function checkChangeSet(facts: ChangeFacts): NewFinding[] {
  const out = facts.unowned.map((u) => unmanifested(u.path, how(u.reason)));
  if (facts.policyChanged)
    out.push({
      ruleId: "policy/changed",
      message: `This change edits the gate's policy (${facts.policyFile}). It is judged by the base commit's policy, and the new policy needs approval from the policy owners.`,
      file: facts.policyFile,
    });
  for (const { model: m, others } of facts.duplicateNames) {
    const name = m.manifest.metadata.name;
    const pos = m.source.locate(["metadata", "name"]);
    out.push({
      ruleId: "manifest/duplicate-name",
      message: `The model name ${JSON.stringify(name)} is also declared in ${others.join(", ")}. Names must be unique in the repository: waivers and approvals are keyed by name.`,
      file: m.file,
      line: pos.line,
      column: pos.column,
      model: name,
    });
  }
  return out;
}

function how(r: UnownedReason): string {
  switch (r.kind) {
    case "present":
      return "is in the repository";
    case "changed":
      return r.change.status === "renamed"
        ? `was renamed from ${r.change.previousPath}`
        : `is ${r.change.status}`;
    case "undeclared":
      return `was declared by ${JSON.stringify(r.model)} in the base commit (${r.file}) and stays in the repository`;
  }
}

/** change/unmanifested-artifact: a model file no declaration lists; `how` says what it is or was. */
export function unmanifested(path: string, how: string): NewFinding {
  return {
    ruleId: "change/unmanifested-artifact",
    message: `The model file ${path} ${how}, but no manifest lists it as an artifact. Add it to the model's manifest (spec.artifacts) with its digest, or remove it.`,
    file: path,
  };
}
