// The PR comment and job summary body, and the annotations: what a reviewer sees on GitHub.
// Every untrusted string goes through escapeMarkdown; the body stays within a size budget by
// dropping the least important findings first and saying how many were left out.
import type { Finding, Severity } from "../core/findings.ts";
import type { GateResult } from "../core/result.ts";
import { DOCS_BASE_URL, isRuleId, RULES, ruleDocUrl } from "../core/rules.ts";
import { compareByImportance, outcome } from "../core/verdict.ts";
import {
  countFindings,
  describeCounts,
  groupByModel,
  location,
  plural,
  ruleFamily,
  waiversInEffect,
} from "./common.ts";
import { escapeMarkdown, showInvisible, truncate } from "./escape.ts";
import { fixSteps } from "./fixes.ts";
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

/** Findings shown open before the rest is folded into `<details>`. */
const OPEN_FINDINGS = 5;
/** Table rows (worst finding first, then most errors) shown open before the rest is folded into `<details>`. */
const OPEN_ROWS = 15;
/** Steps of the "to fix" list. */
const MAX_FIX_STEPS = 8;

const SEVERITY_ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", note: "ℹ️" };

/** `sha256:` + 64 hex, or a bare 40/64-hex commit or digest, cut to 12 hex digits. */
function shortHashes(s: string): string {
  return s.replace(
    /\b(sha256:)?([0-9a-f]{40}(?:[0-9a-f]{24})?)\b/gi,
    (_, prefix: string | undefined, hex: string) => `${prefix ?? ""}${hex.slice(0, 12)}${prefix ? "…" : ""}`,
  );
}

/** Untrusted text for markdown: digests shortened, then escaped. */
const md = (s: string, max: number) => escapeMarkdown(shortHashes(s), max);

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
  const warn = outcome(result) === "warned" ? " (warn mode, not blocking)" : "";
  if (result.verdict === "pass") return "## ✅ Model Gate: passed";
  if (result.verdict === "fail") return `## ${warn ? "⚠️" : "❌"} Model Gate: failed${warn}`;
  return `## ⚠️ Model Gate: could not evaluate${warn}`;
}

function summary(result: GateResult): string[] {
  const counts = countFindings(result.findings);
  const lines: string[] = [];
  if (result.verdict === "error") {
    lines.push(
      `The gate could not evaluate this change, so it fails closed: ${md(result.error ?? "unknown error", 2000)}`,
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
  lines.push(`<sub>${commandLabel(result, md)} · policy ${md(result.policy.source, 200)}</sub>`);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// The table: one row per model and per file at fault that no model owns, worst first.

interface Row {
  status: "fail" | "warn" | "pass";
  cells: string[];
  errors: number;
  warnings: number;
  /** Security severity of the worst unwaived finding (see RULES). */
  worst: number;
  order: string;
}

const STATUS_ICON: Record<Row["status"], string> = { fail: "❌", warn: "⚠️", pass: "✅" };
const TABLE_HEADER = [
  "| | Model or file | Tier | Digest | Failing checks | Findings |",
  "| --- | --- | --- | --- | --- | --- |",
];

function compactCounts(findings: readonly Finding[]): string {
  const c = countFindings(findings);
  const parts: string[] = [];
  if (c.errors) parts.push(plural(c.errors, "error"));
  if (c.warnings) parts.push(plural(c.warnings, "warning"));
  if (c.notes) parts.push(plural(c.notes, "note"));
  if (c.waived) parts.push(`${c.waived} waived`);
  return parts.length > 0 ? parts.join(" · ") : "—";
}

/** The rule families at fault, worst first. */
function failingChecks(findings: readonly Finding[]): string {
  const families: string[] = [];
  for (const f of [...findings].sort(compareByImportance)) {
    if (f.waived || f.severity === "note") continue;
    const family = ruleFamily(f.ruleId);
    if (!families.includes(family)) families.push(family);
  }
  return families.length > 0 ? families.join(", ") : "—";
}

function makeRow(
  label: string,
  tier: string,
  digest: string,
  findings: readonly Finding[],
  order: string,
  failed = false,
): Row {
  const c = countFindings(findings);
  const status: Row["status"] = failed || c.errors > 0 ? "fail" : c.warnings > 0 ? "warn" : "pass";
  const blocking = findings.filter((f) => !f.waived && f.severity === (c.errors > 0 ? "error" : "warning"));
  return {
    status,
    errors: c.errors,
    warnings: c.warnings,
    worst: Math.max(0, ...blocking.map((f) => RULES[f.ruleId]?.securitySeverity ?? 0)),
    order,
    cells: [STATUS_ICON[status], label, tier, digest, failingChecks(findings), compactCounts(findings)],
  };
}

function tableRows(result: GateResult): Row[] {
  const rows: Row[] = [];
  for (const g of groupByModel(result)) {
    if (g.model) {
      const m = g.model;
      rows.push(
        makeRow(
          `**${md(m.name, 100)}**<br>${md(m.manifest, 200)}`,
          m.riskTier ?? "—",
          m.modelDigest ? md(m.modelDigest, 80) : "—",
          g.findings,
          m.manifest,
          m.verdict === "fail",
        ),
      );
    } else if (g.name !== null) {
      rows.push(makeRow(`**${md(g.name, 100)}** (not evaluated)`, "—", "—", g.findings, `~${g.name}`));
    } else {
      // Not tied to a model: one row per file, so an unsafe file is never hidden.
      const byFile = new Map<string, Finding[]>();
      for (const f of g.findings) {
        const key = f.file ?? "";
        byFile.set(key, [...(byFile.get(key) ?? []), f]);
      }
      for (const [file, findings] of byFile) {
        const label = file ? `${md(file, 200)}<br>_not tied to a model_` : "_the change as a whole_";
        rows.push(makeRow(label, "—", "—", findings, `~~${file}`));
      }
    }
  }
  const rank = { fail: 0, warn: 1, pass: 2 } as const;
  return rows.sort(
    (a, b) =>
      rank[a.status] - rank[b.status] ||
      b.worst - a.worst ||
      b.errors - a.errors ||
      b.warnings - a.warnings ||
      (a.order < b.order ? -1 : a.order > b.order ? 1 : 0),
  );
}

const rowLine = (r: Row) => `| ${r.cells.join(" | ")} |`;

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

function details(summaryText: string, body: readonly string[]): string[] {
  return [`<details><summary>${summaryText}</summary>`, "", ...body, "", "</details>"];
}

function tableSection(result: GateResult, budget: number): { lines: string[]; notice: string | null } {
  const rows = tableRows(result);
  if (rows.length === 0) return { lines: [], notice: null };
  const atFault = rows.filter((r) => r.status !== "pass").length;
  const openCount = Math.max(Math.min(atFault, OPEN_ROWS), rows.length <= OPEN_ROWS ? rows.length : 0);
  const headerCost = size(TABLE_HEADER.join("\n")) + 2;
  const open = fitLines(rows.slice(0, openCount).map(rowLine), budget - headerCost);
  const lines = open.kept.length > 0 ? [...TABLE_HEADER, ...open.kept] : [];
  let remaining = budget - size(lines.join("\n")) - 2;
  const rest = rows.slice(open.kept.length);
  let shownRest = 0;
  if (rest.length > 0 && open.dropped === 0) {
    const fitted = fitLines(rest.map(rowLine), remaining - headerCost - 120);
    if (fitted.kept.length > 0) {
      shownRest = fitted.kept.length;
      const passing = rest.slice(0, shownRest).every((r) => r.status === "pass");
      const what = passing ? `${plural(shownRest, "more row")}, all passing` : plural(shownRest, "more row");
      const folded = details(what, [...TABLE_HEADER, ...fitted.kept]);
      lines.push(...(lines.length > 0 ? [""] : []), ...folded);
      remaining -= size(folded.join("\n")) + 2;
    }
  }
  const hidden = rows.length - open.kept.length - shownRest;
  return {
    lines,
    notice: hidden > 0 ? `_…and ${plural(hidden, "more table row")} in the full report._` : null,
  };
}

// ---------------------------------------------------------------------------------------------
// "To fix": the commands to run, most urgent first.

function fixSection(result: GateResult): string[] {
  const steps = fixSteps(result);
  if (steps.length === 0) return [];
  const lines = ["### To fix", ""];
  steps.slice(0, MAX_FIX_STEPS).forEach((s, i) => {
    const where = s.where.slice(0, 3).map((w) => `**${md(w, 100)}**`);
    if (s.where.length > 3) where.push(`${s.where.length - 3} more`);
    const at = where.length > 0 ? `${where.join(", ")}: ` : "";
    const count = s.count > 1 ? ` (${s.count} findings)` : "";
    lines.push(`${i + 1}. ${at}\`${s.command}\` — ${escapeMarkdown(s.text, 200)}${count}`);
  });
  if (steps.length > MAX_FIX_STEPS)
    lines.push("", `_…and ${plural(steps.length - MAX_FIX_STEPS, "more step")} in the findings below._`);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Findings: the most important open, the long tail folded, everything within the budget.

function findingLine(f: Finding): string {
  const where = location(f);
  const icon = f.waived ? "🔕" : SEVERITY_ICON[f.severity];
  const label = f.waived ? ` **waived** ${f.severity}` : f.severity === "error" ? "" : ` ${f.severity}`;
  const parts = [`- ${icon}${label} [${f.ruleId}](${ruleDocUrl(f.ruleId)})`];
  if (f.model) parts.push(` **${md(f.model, 100)}**`);
  if (where) parts.push(` · ${md(where, 300)}`);
  parts.push(` — ${md(f.message, 1000)}`);
  if (f.waived) {
    const w = f.waived;
    const ticket = w.ticket ? `${md(w.ticket, 60)}, ` : "";
    parts.push(` _(waived by ${md(w.owner, 60)}: ${ticket}expires ${md(w.expires, 30)})_`);
  }
  return parts.join("");
}

function findingsSection(result: GateResult, budget: number): { lines: string[]; dropped: number } {
  const ordered = [...result.findings].sort(compareByImportance);
  if (ordered.length === 0) return { lines: [], dropped: 0 };
  // Open: the unwaived errors (or, when there are none, the unwaived warnings).
  const first = ordered[0]!;
  const leading =
    first.waived || first.severity === "note"
      ? []
      : ordered.filter((f) => !f.waived && f.severity === first.severity);
  const openCount = Math.min(leading.length, OPEN_FINDINGS);
  const title = "### Findings";
  let used = size(title) + 2;
  const open = fitLines(ordered.slice(0, openCount).map(findingLine), budget - used);
  used += size(open.kept.join("\n")) + 1;
  const lines = [title, "", ...open.kept];
  let shown = open.kept.length;
  if (open.dropped === 0 && ordered.length > openCount) {
    const tail = ordered.slice(openCount);
    const fitted = fitLines(tail.map(findingLine), budget - used - 200);
    if (fitted.kept.length > 0) {
      const what = `${plural(fitted.kept.length, open.kept.length > 0 ? "more finding" : "finding")}: ${compactCounts(tail.slice(0, fitted.kept.length)).replace(/ · /g, ", ")}`;
      lines.push(...(open.kept.length > 0 ? [""] : []), ...details(what, fitted.kept));
      shown += fitted.kept.length;
    }
  }
  return { lines: shown > 0 ? lines : [], dropped: ordered.length - shown };
}

function waiversSection(result: GateResult): string[] {
  const waivers = waiversInEffect(result.findings);
  if (waivers.length === 0) return [];
  const rows = waivers.map(({ waiver: w, count }) => {
    const cells = [
      isRuleId(w.rule) ? `[${w.rule}](${ruleDocUrl(w.rule)})` : md(w.rule, 80),
      md(w.model, 100),
      `${md(w.owner, 60)}${w.ticket ? ` (${md(w.ticket, 60)})` : ""}`,
      md(w.expires, 30),
      String(count),
      md(w.reason, 300),
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return [
    "| Rule | Model | Owner (ticket) | Expires | Findings | Reason |",
    "| --- | --- | --- | --- | ---: | --- |",
    ...rows,
  ];
}

/**
 * The markdown report: marker, verdict, a table of the models and files at fault (worst
 * first, at most six columns), the commands that fix them, the most important findings with
 * the long tail folded into `<details>`, the waivers in effect and a footer. Never longer than
 * `opts.maxChars` (see MarkdownOptions); what did not fit is counted in a closing note.
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

  // Table: at most 35% of the budget, so findings always get room.
  const table = tableSection(result, Math.floor(available * 0.35));
  if (table.lines.length > 0) {
    sections.push(table.lines);
    available -= size(table.lines.join("\n")) + 2;
  } else if (result.verdict !== "error" && result.findings.length === 0) {
    sections.push(["No model manifests were evaluated in this change."]);
  }
  if (table.notice) notices.push(table.notice);

  // To fix: a handful of short lines.
  const fixes = fixSection(result);
  if (fixes.length > 0 && size(fixes.join("\n")) < available * 0.15) {
    sections.push(fixes);
    available -= size(fixes.join("\n")) + 2;
  }

  // Waivers: small in practice; capped at 15% so a flood of them cannot crowd out findings.
  const waivers = waiversSection(result);
  let waiverLines: string[] = [];
  if (waivers.length > 0) {
    const header = 2;
    const fitted = fitLines(waivers, Math.floor(available * 0.15) - 120);
    const shown = Math.max(0, fitted.kept.length - header);
    const total = waivers.length - header;
    waiverLines = shown > 0 ? details(plural(shown, "waiver") + " in effect", fitted.kept) : [];
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

/** GitHub shows at most 10 error and 10 warning annotations per step. */
const STEP_ANNOTATION_LIMIT = 10;

/**
 * The room left for finding annotations once the step's own messages are counted: the
 * failure message (an error in enforce mode, a warning in warn mode) and, when the gate could
 * not evaluate, the error that says why. Without this, GitHub would drop one of ours.
 */
export function annotationLimits(result: GateResult): AnnotationLimits {
  const concluding = result.verdict !== "pass" ? 1 : 0;
  const why = result.error ? 1 : 0;
  const warnMode = result.mode === "warn";
  return {
    maxErrors: STEP_ANNOTATION_LIMIT - why - (warnMode ? 0 : concluding),
    maxWarnings: STEP_ANNOTATION_LIMIT - (warnMode ? concluding : 0),
  };
}

/**
 * The annotations to attach to the step (the caller passes them to @actions/core). GitHub shows
 * at most 10 error and 10 warning annotations per step, the step's own failure message
 * included (see annotationLimits), so the most important ones go first and one notice says
 * how many more the job summary holds. Waived findings are not annotated: they
 * are accepted and listed in the summary. Messages are plain text (the caller escapes for the
 * workflow command); control characters are already made visible here.
 */
export function renderAnnotations(
  result: GateResult,
  limits: AnnotationLimits = annotationLimits(result),
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
