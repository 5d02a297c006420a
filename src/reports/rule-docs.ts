// Renders docs/rules/<id>.md and docs/rules/README.md from the rule registry, RULE_HELP and
// RULE_EXAMPLES, so the documentation, SARIF help and the registry cannot drift apart.
// test/reports/rule-docs.test.ts checks the committed files against this output
// (UPDATE_GOLDEN=1 rewrites them).
import { RULE_IDS, RULES, type RuleId } from "../core/rules.ts";
import { type Family, ruleFamily } from "./common.ts";
import { RULE_EXAMPLES } from "./rule-examples.ts";
import { RULE_HELP } from "./rule-help.ts";

/** Repository-relative path of a rule's documentation (ids contain a slash: one folder per prefix). */
export function ruleDocPath(id: RuleId): string {
  return `docs/rules/${id}.md`;
}

const FENCE = "```";

function waiverSection(id: RuleId): string[] {
  const help = RULE_HELP[id];
  if (help.waiver === "never") {
    return ["Findings about waivers cannot themselves be waived: fix the waiver in the policy."];
  }
  if (help.waiver === "no-model") {
    return [
      "A waiver covers the findings of one rule for one named model. This finding is not tied to a model, so no waiver can cover it: fix the cause.",
    ];
  }
  return [
    "Add a waiver to the policy on the **default branch** (the gate reads the policy from the pull request's base, so a pull request cannot waive its own findings). It names this exact rule id and the model's `metadata.name`, says why and who owns the risk, and expires at most 90 days ahead:",
    "",
    `${FENCE}yaml`,
    "# .github/model-gate.yml",
    "waivers:",
    `  - rule: ${id}`,
    "    model: support-assistant",
    '    reason: "why the risk is acceptable for now, and the compensating controls"',
    "    owner: alice",
    "    ticket: SEC-1234",
    "    expires: 2026-12-31",
    FENCE,
    "",
    "Waived findings stay in every report, marked as waived, and no longer fail the check.",
    ...(help.waiverNote ? ["", `> ${help.waiverNote}`] : []),
  ];
}

export function renderRuleDoc(id: RuleId): string {
  const rule = RULES[id];
  const help = RULE_HELP[id];
  const ex = RULE_EXAMPLES[id];
  const where = ex.file ? ` (\`${ex.file}\`)` : "";
  const lines = [
    `# \`${id}\`: ${rule.title}`,
    "",
    `Family: **${ruleFamily(id)}** · default severity: **${rule.severity}** · SARIF security-severity: **${rule.securitySeverity.toFixed(1)}**`,
    "",
    "## What it checks",
    "",
    help.checks,
    "",
    "## Why",
    "",
    help.why,
    "",
    ...help.refs.map((r) => `- ${r}`),
    "",
    "## How to fix",
    "",
    help.fix,
    "",
    "## Example",
    "",
    `Fails${where}:`,
    "",
    `${FENCE}${ex.lang}`,
    ex.bad,
    FENCE,
    "",
    `Passes${where}:`,
    "",
    `${FENCE}${ex.lang}`,
    ex.good,
    FENCE,
    "",
    "## Waiving it",
    "",
    ...waiverSection(id),
    "",
    "---",
    "",
    "[All rules](../README.md)",
  ];
  return `${lines.join("\n")}\n`;
}

const FAMILY_ORDER: Family[] = [
  "manifest",
  "change",
  "integrity",
  "risk",
  "evidence",
  "provenance",
  "controls",
  "approval",
  "waiver",
  "deploy",
  "safety",
  "input",
];

function renderRulesIndex(): string {
  const lines = [
    "# Model Gate rules",
    "",
    "Every finding carries one of these stable rule ids (SPEC section 5). Each page says what the rule checks, why (the policy statement it enforces and its OWASP, NIST AI RMF and EU AI Act references), how to fix it, an example, and how to waive it.",
    "",
    "Severities: `error` fails the check unless waived, `warning` and `note` are reported only. The security-severity is the score GitHub code scanning shows for the SARIF result.",
    "",
  ];
  for (const family of FAMILY_ORDER) {
    const ids = RULE_IDS.filter((id) => ruleFamily(id) === family);
    if (ids.length === 0) continue;
    const rows = ids.map((id) => {
      const r = RULES[id];
      return [`[\`${id}\`](${id}.md)`, r.severity, r.securitySeverity.toFixed(1), r.title];
    });
    lines.push(
      `## ${family}`,
      "",
      ...table(["Rule", "Severity", "Security severity", "What it means"], [false, false, true, false], rows),
      "",
    );
  }
  lines.push(
    "## Frameworks referenced",
    "",
    "- [OWASP Top 10 for LLM Applications 2025](https://genai.owasp.org/llm-top-10/) (LLM01-LLM10)",
    "- [OWASP Top 10 for Agentic Applications 2026](https://genai.owasp.org/resource/owasp-top-10-for-agentic-applications-for-2026/) (ASI01-ASI10)",
    "- [NIST AI Risk Management Framework (AI RMF 1.0)](https://www.nist.gov/itl/ai-risk-management-framework): GOVERN, MAP, MEASURE, MANAGE",
    "- [EU AI Act, Regulation (EU) 2024/1689](https://eur-lex.europa.eu/eli/reg/2024/1689/oj)",
    "- [GDPR, Regulation (EU) 2016/679](https://eur-lex.europa.eu/eli/reg/2016/679/oj), Art. 35",
    "",
  );
  return lines.join("\n");
}

/** A markdown table with padded columns, as the repository's formatter (biome) writes it. */
function table(header: string[], rightAligned: boolean[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (rightAligned[i] ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)];
}

/** Every documentation file, path -> content. */
export function renderAllRuleDocs(): Map<string, string> {
  const files = new Map<string, string>();
  for (const id of RULE_IDS) files.set(ruleDocPath(id), renderRuleDoc(id));
  files.set("docs/rules/README.md", renderRulesIndex());
  return files;
}
