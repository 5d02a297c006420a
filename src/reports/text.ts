// The report for people at a terminal or in the Actions log: verdict first, then what to fix,
// model by model, each finding with a link to its rule's documentation.
import type { Finding, Severity, Verdict } from "../core/findings.ts";
import type { GateResult } from "../core/result.ts";
import { ruleDocUrl } from "../core/rules.ts";
import { outcome } from "../core/verdict.ts";
import {
  countFindings,
  describeCounts,
  type FindingGroup,
  groupByModel,
  location,
  plural,
} from "./common.ts";
import { escapeTerminal, neutraliseCommands } from "./escape.ts";

export interface TextOptions {
  /** ANSI colours: only for a terminal that wants them (the caller checks TTY / NO_COLOR). */
  color: boolean;
}

type Style = "bold" | "dim" | "red" | "yellow" | "green" | "cyan";
const SGR: Record<Style, string> = { bold: "1", dim: "2", red: "31", yellow: "33", green: "32", cyan: "36" };

const INDENT = "    ";

/** The closing line, e.g. "Model Gate: FAIL — 3 errors, 1 warning in 2 models (1 waived)". */
function summaryLine(result: GateResult): string {
  const verdict = result.verdict.toUpperCase();
  const warnMode = outcome(result) === "warned" ? " (warn mode, not blocking)" : "";
  if (result.verdict === "error") {
    const why = result.error !== undefined ? `: ${escapeTerminal(result.error)}` : "";
    return `Model Gate: ${verdict}${warnMode} — the gate could not evaluate${why}`;
  }
  const counts = countFindings(result.findings);
  const waived = counts.waived > 0 ? ` (${counts.waived} waived)` : "";
  return `Model Gate: ${verdict}${warnMode} — ${describeCounts(counts)} in ${plural(result.models.length, "model")}${waived}`;
}

export function renderText(result: GateResult, opts: TextOptions): string {
  const paint = (style: Style, s: string) => (opts.color ? `\u001B[${SGR[style]}m${s}\u001B[0m` : s);
  const verdictStyle = (v: Verdict): Style => (v === "pass" ? "green" : v === "fail" ? "red" : "yellow");
  const severityStyle = (s: Severity): Style => (s === "error" ? "red" : s === "warning" ? "yellow" : "cyan");

  const out: string[] = [];
  const headline = summaryLine(result);
  out.push(paint("bold", paint(verdictStyle(result.verdict), headline)));
  const policy = `${escapeTerminal(result.policy.source)} (${escapeTerminal(result.policy.digest, 80)})`;
  out.push(paint("dim", `mode ${result.mode} · ${commandLabel(result, escapeTerminal)} · policy ${policy}`));

  const findingLines = (f: Finding): string[] => {
    const label = f.waived ? paint("dim", "waived ") : paint(severityStyle(f.severity), f.severity.padEnd(7));
    const rule = f.waived ? `${f.ruleId} (${f.severity})` : f.ruleId;
    const where = location(f);
    const lines = [`  ${label}  ${paint("bold", rule)}${where ? `  ${escapeTerminal(where)}` : ""}`];
    lines.push(`${INDENT}${escapeTerminal(f.message, 2000)}`);
    if (f.waived) {
      const w = f.waived;
      const ticket = w.ticket ? `, ticket ${escapeTerminal(w.ticket, 100)}` : "";
      lines.push(
        `${INDENT}waived by ${escapeTerminal(w.owner, 100)} until ${escapeTerminal(w.expires, 40)}${ticket}: ${escapeTerminal(w.reason)}`,
      );
    }
    lines.push(`${INDENT}${paint("dim", ruleDocUrl(f.ruleId))}`);
    return lines;
  };

  const groupHeading = (g: FindingGroup): string => {
    if (g.name === null) return paint("bold", "Not tied to a model");
    const name = paint("bold", escapeTerminal(g.name, 100));
    if (!g.model) return `${name}  (not evaluated)`;
    const tier = g.model.riskTier ? `${g.model.riskTier} risk` : "risk tier unknown";
    const verdict = paint(verdictStyle(g.model.verdict), g.model.verdict.toUpperCase());
    return `${name}  ${tier}  ${verdict}  ${escapeTerminal(g.model.manifest)}`;
  };

  for (const group of groupByModel(result)) {
    out.push("", groupHeading(group));
    if (group.findings.length === 0) out.push(`  ${paint("green", "no findings")}`);
    for (const f of group.findings) out.push(...findingLines(f));
  }

  out.push("", paint("bold", paint(verdictStyle(result.verdict), headline)));
  // A file name or message cannot start a log line with "::" after escaping, but the whole
  // report is neutralised once more so no line of it can ever be a workflow command.
  return `${neutraliseCommands(out.join("\n"))}\n`;
}

/** What was judged: the change (check), the deployment (verify) or the audited ref (audit). */
export function commandLabel(result: GateResult, esc: (s: string, max: number) => string): string {
  if (result.command === "verify")
    return `verify for ${esc(result.environment ?? "", 80)} · ref ${esc(result.head, 80)}`;
  if (result.command === "audit") return `audit · ref ${esc(result.head, 80)}`;
  return `base ${esc(result.base, 80)} → head ${esc(result.head, 80)}`;
}
