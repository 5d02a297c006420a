// The PR comment and job summary body, and the annotations: what a reviewer sees on GitHub.
// Every untrusted string goes through escapeMarkdown; the body stays within a size budget by
// dropping the least important findings first and saying how many were left out.
import type { Finding, Severity } from "../core/findings.ts";
import type { GateResult, ModelResult } from "../core/result.ts";
import { DOCS_BASE_URL, isRuleId, ruleDocUrl } from "../core/rules.ts";
import {
  compareByImportance,
  countFindings,
  describeCounts,
  groupByModel,
  location,
  plural,
  ruleFamily,
  TABLE_FAMILIES,
  type TableFamily,
  waiversInEffect,
} from "./common.ts";
import { escapeMarkdown, showInvisible, truncate } from "./escape.ts";
import { commandLabel } from "./text.ts";

/** GitHub rejects comments over 65,536 characters; a little room is kept for the caller. */
export const COMMENT_MAX_CHARS = 65_000;
/** GitHub rejects a step summary over 1 MiB. */
export const SUMMARY_MAX_CHARS = 1_000_000;

export interface MarkdownOptions {
  /**
   * Size budget. It is enforced on UTF-8 bytes, which are never fewer than characters, so the
   * same number also keeps a summary under GitHub's 1 MiB byte limit. Default COMMENT_MAX_CHARS.
   */
  maxChars?: number;
  /** Hidden marker put on the first line (e.g. `<!-- model-gate:comment -->`) to find the comment again. */
  marker?: string;
  /** Link to the workflow run (only https URLs are shown). */
  runUrl?: string;
}

const size = (s: string): number => Buffer.byteLength(s, "utf8");

const MORE_FINDINGS = (n: number) =>
  `_…and ${plural(n, "more finding")}; see the full report (the JSON/SARIF artifact or the job summary)._`;

type CellState = "pass" | "fail" | "warn" | "note" | "waived";
const CELL: Record<CellState, string> = {
  pass: "✅ pass",
  fail: "❌ fail",
  warn: "⚠️ warn",
  note: "ℹ️ note",
  waived: "🔕 waived",
};
const SEVERITY_ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", note: "ℹ️" };
const FAMILY_TITLE: Record<TableFamily, string> = {
  risk: "Risk",
  evidence: "Evidence",
  provenance: "Provenance",
  controls: "Controls",
  integrity: "Integrity",
  approval: "Approval",
  safety: "Safety",
};

/** Worst state of the findings: an unwaived error fails, then warnings, notes, then waived. */
function cellState(findings: readonly Finding[]): CellState {
  let state: CellState = "pass";
  const rank: Record<CellState, number> = { pass: 0, waived: 1, note: 2, warn: 3, fail: 4 };
  for (const f of findings) {
    const s: CellState = f.waived
      ? "waived"
      : f.severity === "error"
        ? "fail"
        : f.severity === "warning"
          ? "warn"
          : "note";
    if (rank[s] > rank[state]) state = s;
  }
  return state;
}

function safeRunUrl(runUrl: string | undefined): string | null {
  if (!runUrl) return null;
  try {
    const url = new URL(runUrl);
    if (url.protocol !== "https:") return null;
    return url.href.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20");
  } catch {
    return null;
  }
}

function heading(result: GateResult): string {
  const warn = result.mode === "warn" && result.verdict !== "pass" ? " (warn mode, not blocking)" : "";
  if (result.verdict === "pass") return "## ✅ Model Gate: passed";
  if (result.verdict === "fail") return `## ${warn ? "⚠️" : "❌"} Model Gate: failed${warn}`;
  return `## ⚠️ Model Gate: could not evaluate${warn}`;
}

function summary(result: GateResult): string[] {
  const counts = countFindings(result.findings);
  const lines: string[] = [];
  if (result.verdict === "error") {
    lines.push(
      `The gate could not evaluate this change, so it fails closed: ${escapeMarkdown(result.error ?? "unknown error", 2000)}`,
      "",
    );
  }
  const waived = counts.waived > 0 ? ` · ${counts.waived} waived` : "";
  const evaluated = result.verdict !== "error" || result.models.length > 0 || result.findings.length > 0;
  if (evaluated) {
    lines.push(
      `**${describeCounts(counts)}** in ${plural(result.models.length, "model")}${waived} · mode ${result.mode}`,
      "",
    );
  }
  lines.push(
    `<sub>${commandLabel(result, escapeMarkdown)} · policy ${escapeMarkdown(result.policy.source, 200)}</sub>`,
  );
  return lines;
}

function tableRow(model: ModelResult, findings: readonly Finding[]): string {
  const cells = TABLE_FAMILIES.map((family) =>
    cellState(findings.filter((f) => ruleFamily(f.ruleId) === family)),
  );
  const verdict = model.verdict === "pass" ? CELL.pass : CELL.fail;
  const name = `**${escapeMarkdown(model.name, 100)}**<br>${escapeMarkdown(model.manifest, 200)}`;
  const tier = model.riskTier ?? "—";
  return `| ${name} | ${tier} | ${verdict} | ${cells.map((c) => CELL[c]).join(" | ")} |`;
}

function findingLine(f: Finding): string {
  const where = location(f);
  const icon = f.waived ? "🔕" : SEVERITY_ICON[f.severity];
  const label = f.waived ? `**waived** ${f.severity}` : `**${f.severity}**`;
  const parts = [`- ${icon} ${label} [${f.ruleId}](${ruleDocUrl(f.ruleId)})`];
  if (where) parts.push(` · ${escapeMarkdown(where, 300)}`);
  parts.push(` — ${escapeMarkdown(f.message, 1000)}`);
  if (f.waived) {
    const w = f.waived;
    const ticket = w.ticket ? `${escapeMarkdown(w.ticket, 60)}, ` : "";
    parts.push(
      ` _(waived by ${escapeMarkdown(w.owner, 60)}: ${ticket}expires ${escapeMarkdown(w.expires, 30)})_`,
    );
  }
  return parts.join("");
}

function groupTitle(name: string | null, evaluated: boolean): string {
  if (name === null) return "#### Not tied to a model";
  return `#### ${escapeMarkdown(name, 100)}${evaluated ? "" : " (not evaluated)"}`;
}

/** Keeps leading lines while they fit in `budget` bytes (each line costs its size plus a newline). */
function fitLines(lines: readonly string[], budget: number): { kept: string[]; dropped: number } {
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const cost = size(line) + 1;
    if (used + cost > budget) break;
    kept.push(line);
    used += cost;
  }
  return { kept, dropped: lines.length - kept.length };
}

/** The findings section: most important findings first until the budget is spent, shown by model. */
function findingsSection(result: GateResult, budget: number): { lines: string[]; dropped: number } {
  const groups = groupByModel(result, compareByImportance).filter((g) => g.findings.length > 0);
  if (groups.length === 0) return { lines: [], dropped: 0 };
  const title = ["### Findings"];
  let used = size(title[0]!) + 2;
  const groupOf = new Map<Finding, number>();
  groups.forEach((g, i) => {
    for (const f of g.findings) groupOf.set(f, i);
  });
  const chosen = new Set<Finding>();
  const opened = new Set<number>();
  const byImportance = [...result.findings].sort(compareByImportance);
  for (const f of byImportance) {
    const gi = groupOf.get(f)!;
    const g = groups[gi]!;
    const headCost = opened.has(gi) ? 0 : size(groupTitle(g.name, g.model !== null)) + 3;
    const cost = size(findingLine(f)) + 1 + headCost;
    if (used + cost > budget) break;
    used += cost;
    chosen.add(f);
    opened.add(gi);
  }
  const lines: string[] = chosen.size > 0 ? [...title] : [];
  groups.forEach((g, gi) => {
    if (!opened.has(gi)) return;
    lines.push("", groupTitle(g.name, g.model !== null), "");
    for (const f of g.findings) if (chosen.has(f)) lines.push(findingLine(f));
  });
  return { lines, dropped: result.findings.length - chosen.size };
}

function waiversSection(result: GateResult): string[] {
  const waivers = waiversInEffect(result.findings);
  if (waivers.length === 0) return [];
  const rows = waivers.map(({ waiver: w, count }) => {
    const cells = [
      isRuleId(w.rule) ? `[${w.rule}](${ruleDocUrl(w.rule)})` : escapeMarkdown(w.rule, 80),
      escapeMarkdown(w.model, 100),
      escapeMarkdown(w.owner, 60),
      w.ticket ? escapeMarkdown(w.ticket, 60) : "—",
      escapeMarkdown(w.expires, 30),
      String(count),
      escapeMarkdown(w.reason, 300),
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return [
    "### Waivers in effect",
    "",
    "| Rule | Model | Owner | Ticket | Expires | Findings | Reason |",
    "| --- | --- | --- | --- | --- | ---: | --- |",
    ...rows,
  ];
}

/**
 * The markdown report: marker, verdict, a per-model table of control families, the findings
 * by model (rule ids linked to their docs), the waivers in effect and a footer. Never longer
 * than `opts.maxChars` (see MarkdownOptions); what did not fit is counted in a closing note.
 */
export function renderMarkdown(result: GateResult, opts: MarkdownOptions = {}): string {
  const maxChars = opts.maxChars ?? COMMENT_MAX_CHARS;
  const head = [...(opts.marker ? [opts.marker] : []), heading(result), "", ...summary(result)];

  const runUrl = safeRunUrl(opts.runUrl);
  const footer = [
    "---",
    `<sub>Model Gate${runUrl ? ` · [workflow run](${runUrl})` : ""} · [rule documentation](${DOCS_BASE_URL}README.md)</sub>`,
  ];
  const reserve = 600; // truncation notices and blank lines between sections
  let available = maxChars - size(head.join("\n")) - size(footer.join("\n")) - reserve;

  const sections: string[][] = [];
  const notices: string[] = [];

  // Per-model table: at most 40% of the budget, so findings always get room.
  const models = groupByModel(result).filter((g) => g.model !== null);
  if (models.length > 0) {
    const header = [
      `| Model | Tier | Verdict | ${TABLE_FAMILIES.map((f) => FAMILY_TITLE[f]).join(" | ")} |`,
      `| --- | --- | --- | ${TABLE_FAMILIES.map(() => "---").join(" | ")} |`,
    ];
    const rows = models.map((g) => tableRow(g.model!, g.findings));
    const fitted = fitLines(rows, Math.floor(available * 0.4) - size(header.join("\n")) - 2);
    if (fitted.kept.length > 0) {
      const table = [...header, ...fitted.kept];
      if (fitted.dropped > 0)
        table.push("", `_…and ${plural(fitted.dropped, "more model")} in the full report._`);
      sections.push(table);
      available -= size(table.join("\n")) + 2;
    } else {
      notices.push(`_The table of ${plural(models.length, "model")} did not fit; see the full report._`);
    }
  } else if (result.verdict !== "error") {
    sections.push(["No model manifests were evaluated in this change."]);
  }

  // Waivers: small in practice; capped at 15% so a flood of them cannot crowd out findings.
  const waivers = waiversSection(result);
  let waiverLines: string[] = [];
  if (waivers.length > 0) {
    const header = 4; // title, blank line, table header, separator
    const fitted = fitLines(waivers, Math.floor(available * 0.15));
    const shown = Math.max(0, fitted.kept.length - header);
    const total = waivers.length - header;
    waiverLines = shown > 0 ? fitted.kept : [];
    if (shown < total) {
      const what = plural(total - shown, shown > 0 ? "more waiver" : "waiver");
      notices.push(`_…and ${what} in effect; see the full report._`);
    }
    available -= size(waiverLines.join("\n")) + 2;
  }

  const findings = findingsSection(result, available);
  if (findings.lines.length > 0) sections.push(findings.lines);
  if (findings.dropped > 0) notices.unshift(MORE_FINDINGS(findings.dropped));
  if (waiverLines.length > 0) sections.push(waiverLines);
  if (notices.length > 0) sections.push(notices.flatMap((n, i) => (i === 0 ? [n] : ["", n])));

  const body = [head.join("\n"), ...sections.map((s) => s.join("\n")), footer.join("\n")].join("\n\n");
  return `${fitBody(body, maxChars)}\n`;
}

/** Last resort for absurdly small budgets: cut the body (never inside a surrogate pair). */
function fitBody(body: string, maxChars: number): string {
  if (size(body) + 1 <= maxChars) return body;
  const note = "\n\n_…report cut to fit; see the full report._";
  let end = Math.min(body.length, maxChars);
  let cut = "";
  while (end > 0) {
    if (/[\uD800-\uDBFF]/.test(body.charAt(end - 1))) end--;
    cut = body.slice(0, end);
    if (size(cut) + size(note) + 1 <= maxChars) return cut + note;
    end = Math.floor(end * 0.9);
  }
  return "";
}

// ---------------------------------------------------------------------------------------------
// Annotations

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  title: string;
  file?: string;
  startLine?: number;
}

export interface AnnotationLimits {
  maxErrors: number;
  maxWarnings: number;
}

/**
 * The annotations to attach to the step (the caller passes them to @actions/core). GitHub shows
 * at most 10 error and 10 warning annotations per step, so the most important ones go first and
 * one notice says how many more the job summary holds. Waived findings are not annotated: they
 * are accepted and listed in the summary. Messages are plain text (the caller escapes for the
 * workflow command); control characters are already made visible here.
 */
export function renderAnnotations(
  result: GateResult,
  limits: AnnotationLimits = { maxErrors: 10, maxWarnings: 10 },
): Annotation[] {
  const annotations: Annotation[] = [];
  let errors = 0;
  let warnings = 0;
  let more = 0;
  const unwaived = result.findings.filter((f) => !f.waived).sort(compareByImportance);
  for (const f of unwaived) {
    // Notes (e.g. approvals pending on a local run) are informational: summary only.
    if (f.severity === "note") continue;
    const isError = f.severity === "error";
    if (isError ? errors >= limits.maxErrors : warnings >= limits.maxWarnings) {
      more++;
      continue;
    }
    if (isError) errors++;
    else warnings++;
    const annotation: Annotation = {
      level: isError ? "error" : "warning",
      message: `${plainText(f.message, 2000)}\nSee ${ruleDocUrl(f.ruleId)}`,
      title: `Model Gate: ${f.ruleId}${f.model ? ` (${plainText(f.model, 100)})` : ""}`,
    };
    if (f.file !== undefined) annotation.file = f.file;
    if (f.file !== undefined && f.line !== undefined && f.line >= 1) annotation.startLine = f.line;
    annotations.push(annotation);
  }
  if (more > 0) {
    annotations.push({
      level: "notice",
      title: "Model Gate",
      message: `${more} more ${more === 1 ? "finding is" : "findings are"} in the job summary.`,
    });
  }
  return annotations;
}

/** Untrusted text for an annotation: one line, invisible characters shown, bounded. */
function plainText(s: string, max: number): string {
  return showInvisible(truncate(String(s).replace(/[\r\n\t]+/g, " "), max));
}
