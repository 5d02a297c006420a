// Shared by the rule families: where in the manifest a finding lands.
import type { NewFinding } from "../core/findings.ts";
import type { PathSegment } from "../manifest/model.ts";
import type { ModelFacts } from "./facts.ts";

export type At = Pick<NewFinding, "file" | "line" | "column" | "model">;

/** The manifest line that declares the value at `path` (or its nearest ancestor). */
export function at(facts: ModelFacts, ...path: PathSegment[]): At {
  const pos = facts.loaded.source.locate(path);
  return { file: facts.loaded.file, line: pos.line, column: pos.column, model: facts.name };
}

export type Check = (facts: ModelFacts) => NewFinding[];

export function q(s: string): string {
  return JSON.stringify(s);
}
