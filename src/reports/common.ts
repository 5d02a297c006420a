// What every reporter needs the same way: a deterministic order, grouping by model, counts, and
// which control family a rule belongs to. Keeping it here keeps the four formats consistent.
import type { Finding, WaiverRef } from "../core/findings.ts";
import type { GateResult, ModelResult } from "../core/result.ts";
import type { RuleId } from "../core/rules.ts";
import { compareFindings } from "../core/verdict.ts";

/** Rule families of SPEC section 5. */
export type Family =
  | "manifest"
  | "change"
  | "integrity"
  | "risk"
  | "evidence"
  | "provenance"
  | "controls"
  | "approval"
  | "waiver"
  | "deploy"
  | "safety"
  | "input";

const PREFIX_FAMILY: Record<string, Family> = {
  manifest: "manifest",
  change: "change",
  policy: "change",
  integrity: "integrity",
  risk: "risk",
  evidence: "evidence",
  provenance: "provenance",
  controls: "controls",
  evaluation: "controls",
  agent: "controls",
  approval: "approval",
  waiver: "waiver",
  // SPEC 10 and 11: the deployment gate and the scheduled audit.
  deploy: "deploy",
  audit: "deploy",
  safety: "safety",
  input: "input",
};

export function ruleFamily(id: RuleId): Family {
  const prefix = id.slice(0, id.indexOf("/"));
  return Object.hasOwn(PREFIX_FAMILY, prefix) ? PREFIX_FAMILY[prefix]! : "manifest";
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortModels(models: readonly ModelResult[]): ModelResult[] {
  return [...models].sort((a, b) => cmp(a.manifest, b.manifest) || cmp(a.name, b.name));
}

export interface FindingGroup {
  /** The model's name, or null for findings not tied to a model. */
  name: string | null;
  /** The evaluated model, when the name belongs to one. */
  model: ModelResult | null;
  findings: Finding[];
}

/**
 * Findings grouped by model: every evaluated model (in manifest order, with or without
 * findings; two manifests with the same name are two groups), then models named only by
 * findings, then the findings not tied to a model. Within a group, the order of `compare`.
 */
export function groupByModel(
  result: GateResult,
  compare: (a: Finding, b: Finding) => number = compareFindings,
): FindingGroup[] {
  const evaluated: FindingGroup[] = [];
  const byName = new Map<string, FindingGroup[]>();
  for (const model of sortModels(result.models)) {
    const group: FindingGroup = { name: model.name, model, findings: [] };
    evaluated.push(group);
    const same = byName.get(model.name);
    if (same) same.push(group);
    else byName.set(model.name, [group]);
  }
  const orphans = new Map<string, FindingGroup>();
  const unowned: FindingGroup = { name: null, model: null, findings: [] };
  for (const finding of result.findings) {
    if (finding.model === undefined || finding.model === "") {
      unowned.findings.push(finding);
      continue;
    }
    let group = ownerOf(finding, byName.get(finding.model)) ?? orphans.get(finding.model);
    if (!group) {
      group = { name: finding.model, model: null, findings: [] };
      orphans.set(finding.model, group);
    }
    group.findings.push(finding);
  }
  const ordered = [
    ...evaluated,
    ...[...orphans.values()].sort((a, b) => cmp(a.name ?? "", b.name ?? "")),
    ...(unowned.findings.length > 0 ? [unowned] : []),
  ];
  for (const group of ordered) group.findings.sort(compare);
  return ordered;
}

/** Among models of one name, the one whose manifest is the finding's file or holds it nearest. */
function ownerOf(f: Finding, candidates: FindingGroup[] | undefined): FindingGroup | undefined {
  if (!candidates || candidates.length < 2) return candidates?.[0];
  const file = f.file ?? "";
  const exact = candidates.find((g) => g.model!.manifest === file);
  if (exact) return exact;
  let best = candidates[0]!;
  let bestLength = -1;
  for (const g of candidates) {
    const dir = g.model!.manifest.replace(/[^/]*$/, "");
    if (file.startsWith(dir) && dir.length > bestLength) {
      best = g;
      bestLength = dir.length;
    }
  }
  return best;
}

export interface Counts {
  errors: number;
  warnings: number;
  notes: number;
  waived: number;
}

/** Unwaived findings by severity, and how many were waived. */
export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, notes: 0, waived: 0 };
  for (const f of findings) {
    if (f.waived) counts.waived++;
    else if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.notes++;
  }
  return counts;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "3 errors, 1 warning" (notes only when there are some); "no findings" when all are zero. */
export function describeCounts(c: Counts): string {
  const parts = [plural(c.errors, "error"), plural(c.warnings, "warning")];
  if (c.notes > 0) parts.push(plural(c.notes, "note"));
  if (c.errors + c.warnings + c.notes === 0) return c.waived > 0 ? "no unwaived findings" : "no findings";
  return parts.join(", ");
}

/** The distinct waivers that cover at least one finding, with how many each covers. */
export function waiversInEffect(findings: readonly Finding[]): { waiver: WaiverRef; count: number }[] {
  const byKey = new Map<string, { waiver: WaiverRef; count: number }>();
  for (const f of findings) {
    if (!f.waived) continue;
    const w = f.waived;
    const key = JSON.stringify([w.rule, w.model, w.owner, w.expires, w.ticket ?? "", w.reason]);
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { waiver: w, count: 1 });
  }
  return [...byKey.values()].sort(
    (a, b) =>
      cmp(a.waiver.model, b.waiver.model) ||
      cmp(a.waiver.rule, b.waiver.rule) ||
      cmp(a.waiver.expires, b.waiver.expires),
  );
}

export function location(f: Pick<Finding, "file" | "line">): string {
  if (f.file === undefined) return "";
  return f.line !== undefined && f.line >= 1 ? `${f.file}:${f.line}` : f.file;
}
