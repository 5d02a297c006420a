// The "to fix" list: one command per thing to do, most urgent first, so a reviewer (or the
// author) can act without reading every finding. Commands name only paths made of plain
// characters; any other path is shown as text beside `model-gate explain RULE`.
import type { Finding } from "../core/findings.ts";
import type { GateResult } from "../core/result.ts";
import { RULES, type RuleId } from "../core/rules.ts";

export interface FixStep {
  /** The command to run: `model-gate …` with only plain path characters. */
  command: string;
  /** What the command does for these findings, in a few words (plain text). */
  text: string;
  /** The rule ids, and the models (or, for findings of no model, files) the step addresses. */
  rules: RuleId[];
  where: string[];
  count: number;
  severity: Finding["severity"];
}

const PLAIN_PATH = /^[A-Za-z0-9._/+=,-]{1,200}$/;

/** Paths safe to put in a shell command and a code span as they are. */
function isPlainPath(p: string): boolean {
  return PLAIN_PATH.test(p) && !p.startsWith("-") && !p.split("/").includes("..");
}

const DIGEST_RULES = new Set<RuleId>(["integrity/digest-mismatch", "integrity/missing-digest"]);
/** After new weights, evidence made for the old bytes: `digest --write` lists what to regenerate. */
const BINDING_RULES = new Set<RuleId>([
  "evidence/not-bound",
  "evidence/stale-report",
  "risk/assessment-not-bound",
]);
const VALIDATE_RULES = new Set<RuleId>([
  "manifest/schema",
  "manifest/parse-error",
  "manifest/duplicate-name",
]);

function manifestOf(f: Finding, result: GateResult): string | undefined {
  const models = result.models.filter((m) => m.name === f.model);
  return (models.find((m) => m.manifest === f.file) ?? models[0])?.manifest;
}

function stepFor(
  f: Finding,
  result: GateResult,
  retrained: ReadonlySet<string>,
): Pick<FixStep, "command" | "text"> {
  if (DIGEST_RULES.has(f.ruleId) || (BINDING_RULES.has(f.ruleId) && f.model && retrained.has(f.model))) {
    const manifest = manifestOf(f, result) ?? f.file;
    if (manifest && isPlainPath(manifest))
      return {
        command: `model-gate digest --write ${manifest}`,
        text: "Updates the artifact digests and lists the evidence to regenerate",
      };
  }
  if (VALIDATE_RULES.has(f.ruleId) && f.file && isPlainPath(f.file))
    return { command: `model-gate validate ${f.file}`, text: "Shows each field at fault with its line" };
  if (f.ruleId === "change/unmanifested-artifact")
    return {
      command: "model-gate init",
      text: "Writes a manifest with real digests for each undeclared model file; then choose its riskTier",
    };
  return { command: `model-gate explain ${f.ruleId}`, text: RULES[f.ruleId].title };
}

const RANK = { error: 0, warning: 1, note: 2 } as const;
const weight = (s: FixStep) => Math.max(...s.rules.map((r) => RULES[r].securitySeverity));

/**
 * One step per distinct command for what blocks the merge: the unwaived errors (or, when there
 * are none, the unwaived warnings), most findings first.
 */
export function fixSteps(result: GateResult): FixStep[] {
  const steps = new Map<string, FixStep>();
  const unwaived = result.findings.filter((f) => !f.waived && f.severity !== "note");
  const blocking = unwaived.some((f) => f.severity === "error")
    ? unwaived.filter((f) => f.severity === "error")
    : unwaived;
  // Models whose bytes no longer match their digests: their evidence findings follow from that.
  const retrained = new Set(
    blocking.filter((f) => DIGEST_RULES.has(f.ruleId) && f.model).map((f) => f.model!),
  );
  for (const f of blocking) {
    const { command, text } = stepFor(f, result, retrained);
    const where = f.model ?? f.file ?? "";
    const step = steps.get(command);
    if (!step) {
      const at = where ? [where] : [];
      steps.set(command, { command, text, rules: [f.ruleId], where: at, count: 1, severity: f.severity });
      continue;
    }
    step.count++;
    if (!step.rules.includes(f.ruleId)) step.rules.push(f.ruleId);
    if (where && !step.where.includes(where)) step.where.push(where);
    if (RANK[f.severity] < RANK[step.severity]) step.severity = f.severity;
  }
  return [...steps.values()].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      weight(b) - weight(a) ||
      b.count - a.count ||
      (a.command < b.command ? -1 : a.command > b.command ? 1 : 0),
  );
}
