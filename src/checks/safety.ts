// safety/* (SPEC section 9) from the scan's facts: what the scanners found, located on the owning
// model's artifact line; an LFS pointer is not scanned (an error when the tier requires a scan);
// a changed file that holds a model under another name is an unmanifested model file.
import type { NewFinding } from "../core/findings.ts";
import type { RuleId } from "../core/rules.ts";
import type { SafetyIssue, SafetyKind } from "../safety/types.ts";
import { unmanifested } from "./change.ts";
import type { ModelFacts, ScanFact, ScanFacts, SniffFact } from "./facts.ts";

type Where = Pick<NewFinding, "file" | "line" | "model">;

export function checkSafety(facts: ScanFacts): NewFinding[] {
  return [...facts.sniffed.flatMap(checkSniffed), ...facts.scans.flatMap(checkScan)];
}

function checkScan(s: ScanFact): NewFinding[] {
  const where = whereOf(s.path, s.owner);
  const required = s.owner?.tierPolicy.scan?.required === true;
  if (s.result.kind === "lfs-pointer")
    return [
      {
        ruleId: "safety/not-scanned",
        severity: required ? "error" : "note",
        message: `The model file ${s.path} is a Git LFS pointer; its bytes are not in the checkout, so it was not scanned for unsafe content.${required ? " The policy requires a scan: check out with lfs: true." : ""}`,
        ...where,
      },
    ];
  return checkScanIssues(s.result.issues, where, required);
}

const RULE_OF: Record<SafetyKind, RuleId> = {
  "unsafe-pickle": "safety/unsafe-pickle",
  "unsafe-format": "safety/unsafe-format",
  "not-scanned": "safety/not-scanned",
};

/**
 * What the scanners found in one file, as findings at `where`. Content not scanned is an error
 * when the owning model's tier requires a scan (scan.required).
 */
export function checkScanIssues(
  issues: readonly SafetyIssue[],
  where: Where,
  required = false,
): NewFinding[] {
  return issues.map((issue) => ({
    ruleId: RULE_OF[issue.kind],
    severity: issue.kind === "not-scanned" && required ? "error" : issue.severity,
    message: issue.message,
    ...where,
  }));
}

function checkSniffed(s: SniffFact): NewFinding[] {
  if (s.strength === "model")
    return [
      unmanifested(
        s.path,
        `holds a model (${s.kind}) under a name without a model extension, and is changed`,
      ),
    ];
  return [
    {
      ...unmanifested(s.path, `may hold model data (${s.kind}) and is changed`),
      severity: "note",
      message: `The file ${s.path} looks like ${s.kind} data. If it is a model, declare it in a manifest's spec.artifacts; if it is not, add its path to the base policy's ignore list to silence this note.`,
    },
  ];
}

/** The owning model's artifact line, or the file itself when no model owns it. */
function whereOf(path: string, owner: ModelFacts | undefined): Where {
  if (!owner) return { file: path };
  const index = owner.artifacts.findIndex((a) => a.file?.path === path);
  return {
    file: owner.loaded.file,
    line: owner.loaded.source.locate(["spec", "artifacts", Math.max(index, 0), "path"]).line,
    model: owner.name,
  };
}
