// What reading a declaration found (manifest/*, input/too-large, and the card and BOM fields that
// the readers check as they map them: provenance/license-unknown, integrity/missing-digest), and
// manifest/merged-declaration: a card or BOM that declares a manifest's artifacts is judged as one
// model with it (engine/merge-declarations.ts merges them); the note says so, and which of the two
// gave the stricter tier, type or environments.
import type { NewFinding } from "../core/findings.ts";
import type { RuleId } from "../core/rules.ts";
import type { DeclarationProblem, DeclarationProblemKind, LoadedManifest } from "../manifest/model.ts";
import { tierOf } from "../policy/strictest.ts";

const RULE_OF: Record<DeclarationProblemKind, RuleId> = {
  "too-large": "input/too-large",
  "parse-error": "manifest/parse-error",
  schema: "manifest/schema",
  "not-a-model": "manifest/not-a-model",
  "license-unknown": "provenance/license-unknown",
  "missing-digest": "integrity/missing-digest",
};

/** The findings for what a reader found wrong with a declaration file. */
export function checkDeclaration(problems: readonly DeclarationProblem[]): NewFinding[] {
  return problems.map(({ kind, ...p }) => ({ ruleId: RULE_OF[kind], ...p }));
}

export function checkMergedDeclaration(native: LoadedManifest, other: LoadedManifest): NewFinding {
  const a = native.manifest.spec;
  const b = other.manifest.spec;
  const differs: string[] = [];
  if (b.riskTier && tierOf(native) !== tierOf(other))
    differs.push(`risk tier ${a.riskTier ?? "?"} / ${b.riskTier ?? "?"}`);
  if (a.type !== b.type) differs.push(`type ${a.type} / ${b.type}`);
  const envs = (x?: string[]) => [...(x ?? [])].sort().join(",");
  if (envs(a.environments) !== envs(b.environments))
    differs.push(`environments [${envs(a.environments)}] / [${envs(b.environments)}]`);
  const pos = native.source.locate(["metadata", "name"]);
  return {
    ruleId: "manifest/merged-declaration",
    message: `${other.file} also declares this model's artifacts; the two are judged as one model with this manifest's fields${differs.length ? `, and the stricter of ${differs.join(", ")} (manifest / ${other.format === "hf-model-card" ? "card" : "BOM"})` : ""}.`,
    file: native.file,
    line: pos.line,
    column: pos.column,
    model: native.manifest.metadata.name,
  };
}
