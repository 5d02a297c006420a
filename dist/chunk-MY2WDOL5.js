import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  escapeTerminal,
  neutraliseCommands
} from "./chunk-S2YBJ2QZ.js";
import {
  countFindings,
  describeCounts,
  groupByModel,
  location,
  plural
} from "./chunk-7LIN5H2E.js";
import {
  outcome,
  ruleDocUrl
} from "./chunk-JOZW2F7Z.js";

// src/reports/text.ts
var SGR = { bold: "1", dim: "2", red: "31", yellow: "33", green: "32", cyan: "36" };
var INDENT = "    ";
function summaryLine(result) {
  const verdict = result.verdict.toUpperCase();
  const warnMode = outcome(result) === "warned" ? " (warn mode, not blocking)" : "";
  if (result.verdict === "error") {
    const why = result.error !== void 0 ? `: ${escapeTerminal(result.error)}` : "";
    return `Model Gate: ${verdict}${warnMode} — the gate could not evaluate${why}`;
  }
  const counts = countFindings(result.findings);
  const waived = counts.waived > 0 ? ` (${counts.waived} waived)` : "";
  return `Model Gate: ${verdict}${warnMode} — ${describeCounts(counts)} in ${plural(result.models.length, "model")}${waived}`;
}
function renderText(result, opts) {
  const paint = (style, s) => opts.color ? `\x1B[${SGR[style]}m${s}\x1B[0m` : s;
  const verdictStyle = (v) => v === "pass" ? "green" : v === "fail" ? "red" : "yellow";
  const severityStyle = (s) => s === "error" ? "red" : s === "warning" ? "yellow" : "cyan";
  const out = [];
  const headline = summaryLine(result);
  out.push(paint("bold", paint(verdictStyle(result.verdict), headline)));
  const policy = `${escapeTerminal(result.policy.source)} (${escapeTerminal(result.policy.digest, 80)})`;
  out.push(paint("dim", `mode ${result.mode} · ${commandLabel(result, escapeTerminal)} · policy ${policy}`));
  const findingLines = (f) => {
    const label = f.waived ? paint("dim", "waived ") : paint(severityStyle(f.severity), f.severity.padEnd(7));
    const rule = f.waived ? `${f.ruleId} (${f.severity})` : f.ruleId;
    const where = location(f);
    const lines = [`  ${label}  ${paint("bold", rule)}${where ? `  ${escapeTerminal(where)}` : ""}`];
    lines.push(`${INDENT}${escapeTerminal(f.message, 2e3)}`);
    if (f.waived) {
      const w = f.waived;
      const ticket = w.ticket ? `, ticket ${escapeTerminal(w.ticket, 100)}` : "";
      lines.push(
        `${INDENT}waived by ${escapeTerminal(w.owner, 100)} until ${escapeTerminal(w.expires, 40)}${ticket}: ${escapeTerminal(w.reason)}`
      );
    }
    lines.push(`${INDENT}${paint("dim", ruleDocUrl(f.ruleId))}`);
    return lines;
  };
  const groupHeading = (g) => {
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
  return `${neutraliseCommands(out.join("\n"))}
`;
}
function commandLabel(result, esc) {
  if (result.command === "verify")
    return `verify for ${esc(result.environment ?? "", 80)} · ref ${esc(result.head, 80)}`;
  if (result.command === "audit") return `audit · ref ${esc(result.head, 80)}`;
  return `base ${esc(result.base, 80)} → head ${esc(result.head, 80)}`;
}

export {
  renderText,
  commandLabel
};
