import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  commandLabel
} from "./chunk-MY2WDOL5.js";
import {
  escapeMarkdown,
  showInvisible,
  truncate
} from "./chunk-S2YBJ2QZ.js";
import {
  countFindings,
  describeCounts,
  groupByModel,
  location,
  plural,
  ruleFamily,
  waiversInEffect
} from "./chunk-7LIN5H2E.js";
import {
  DOCS_BASE_URL,
  RULES,
  compareByImportance,
  isRuleId,
  outcome,
  ruleDocUrl
} from "./chunk-JOZW2F7Z.js";

// src/reports/fixes.ts
var PLAIN_PATH = /^[A-Za-z0-9._/+=,-]{1,200}$/;
function isPlainPath(p) {
  return PLAIN_PATH.test(p) && !p.startsWith("-") && !p.split("/").includes("..");
}
var DIGEST_RULES = /* @__PURE__ */ new Set(["integrity/digest-mismatch", "integrity/missing-digest"]);
var BINDING_RULES = /* @__PURE__ */ new Set([
  "evidence/not-bound",
  "evidence/stale-report",
  "risk/assessment-not-bound"
]);
var VALIDATE_RULES = /* @__PURE__ */ new Set([
  "manifest/schema",
  "manifest/parse-error",
  "manifest/duplicate-name"
]);
function manifestOf(f, result) {
  const models = result.models.filter((m) => m.name === f.model);
  return (models.find((m) => m.manifest === f.file) ?? models[0])?.manifest;
}
function stepFor(f, result, retrained) {
  if (DIGEST_RULES.has(f.ruleId) || BINDING_RULES.has(f.ruleId) && f.model && retrained.has(f.model)) {
    const manifest = manifestOf(f, result) ?? f.file;
    if (manifest && isPlainPath(manifest))
      return {
        command: `model-gate digest --write ${manifest}`,
        text: "Updates the artifact digests and lists the evidence to regenerate"
      };
  }
  if (VALIDATE_RULES.has(f.ruleId) && f.file && isPlainPath(f.file))
    return { command: `model-gate validate ${f.file}`, text: "Shows each field at fault with its line" };
  if (f.ruleId === "change/unmanifested-artifact")
    return {
      command: "model-gate init",
      text: "Writes a manifest with real digests for each undeclared model file; then choose its riskTier"
    };
  return { command: `model-gate explain ${f.ruleId}`, text: RULES[f.ruleId].title };
}
var RANK = { error: 0, warning: 1, note: 2 };
var weight = (s) => Math.max(...s.rules.map((r) => RULES[r].securitySeverity));
function fixSteps(result) {
  const steps = /* @__PURE__ */ new Map();
  const unwaived = result.findings.filter((f) => !f.waived && f.severity !== "note");
  const blocking = unwaived.some((f) => f.severity === "error") ? unwaived.filter((f) => f.severity === "error") : unwaived;
  const retrained = new Set(
    blocking.filter((f) => DIGEST_RULES.has(f.ruleId) && f.model).map((f) => f.model)
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
    (a, b) => RANK[a.severity] - RANK[b.severity] || weight(b) - weight(a) || b.count - a.count || (a.command < b.command ? -1 : a.command > b.command ? 1 : 0)
  );
}

// src/reports/markdown.ts
var COMMENT_MAX_CHARS = 65e3;
var SUMMARY_MAX_CHARS = 1e6;
var size = (s) => Buffer.byteLength(s, "utf8");
var MORE_FINDINGS = (n) => `_…and ${plural(n, "more finding")}; see the full report (the JSON/SARIF artifact or the job summary)._`;
var OPEN_FINDINGS = 5;
var OPEN_ROWS = 15;
var MAX_FIX_STEPS = 8;
var SEVERITY_ICON = { error: "❌", warning: "⚠️", note: "ℹ️" };
function shortHashes(s) {
  return s.replace(
    /\b(sha256:)?([0-9a-f]{40}(?:[0-9a-f]{24})?)\b/gi,
    (_, prefix, hex) => `${prefix ?? ""}${hex.slice(0, 12)}${prefix ? "…" : ""}`
  );
}
var md = (s, max) => escapeMarkdown(shortHashes(s), max);
function safeRunUrl(runUrl) {
  if (!runUrl) return null;
  try {
    const url = new URL(runUrl);
    if (url.protocol !== "https:") return null;
    return url.href.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20");
  } catch {
    return null;
  }
}
function heading(result) {
  const warn = outcome(result) === "warned" ? " (warn mode, not blocking)" : "";
  if (result.verdict === "pass") return "## ✅ Model Gate: passed";
  if (result.verdict === "fail") return `## ${warn ? "⚠️" : "❌"} Model Gate: failed${warn}`;
  return `## ⚠️ Model Gate: could not evaluate${warn}`;
}
function summary(result) {
  const counts = countFindings(result.findings);
  const lines = [];
  if (result.verdict === "error") {
    lines.push(
      `The gate could not evaluate this change, so it fails closed: ${md(result.error ?? "unknown error", 2e3)}`,
      ""
    );
  }
  const waived = counts.waived > 0 ? ` · ${counts.waived} waived` : "";
  const evaluated = result.verdict !== "error" || result.models.length > 0 || result.findings.length > 0;
  if (evaluated) {
    lines.push(
      `**${describeCounts(counts)}** in ${plural(result.models.length, "model")}${waived} · mode ${result.mode}`,
      ""
    );
  }
  lines.push(`<sub>${commandLabel(result, md)} · policy ${md(result.policy.source, 200)}</sub>`);
  return lines;
}
var STATUS_ICON = { fail: "❌", warn: "⚠️", pass: "✅" };
var TABLE_HEADER = [
  "| | Model or file | Tier | Digest | Failing checks | Findings |",
  "| --- | --- | --- | --- | --- | --- |"
];
function compactCounts(findings) {
  const c = countFindings(findings);
  const parts = [];
  if (c.errors) parts.push(plural(c.errors, "error"));
  if (c.warnings) parts.push(plural(c.warnings, "warning"));
  if (c.notes) parts.push(plural(c.notes, "note"));
  if (c.waived) parts.push(`${c.waived} waived`);
  return parts.length > 0 ? parts.join(" · ") : "—";
}
function failingChecks(findings) {
  const families = [];
  for (const f of [...findings].sort(compareByImportance)) {
    if (f.waived || f.severity === "note") continue;
    const family = ruleFamily(f.ruleId);
    if (!families.includes(family)) families.push(family);
  }
  return families.length > 0 ? families.join(", ") : "—";
}
function makeRow(label, tier, digest, findings, order, failed = false) {
  const c = countFindings(findings);
  const status = failed || c.errors > 0 ? "fail" : c.warnings > 0 ? "warn" : "pass";
  const blocking = findings.filter((f) => !f.waived && f.severity === (c.errors > 0 ? "error" : "warning"));
  return {
    status,
    errors: c.errors,
    warnings: c.warnings,
    worst: Math.max(0, ...blocking.map((f) => RULES[f.ruleId]?.securitySeverity ?? 0)),
    order,
    cells: [STATUS_ICON[status], label, tier, digest, failingChecks(findings), compactCounts(findings)]
  };
}
function tableRows(result) {
  const rows = [];
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
          m.verdict === "fail"
        )
      );
    } else if (g.name !== null) {
      rows.push(makeRow(`**${md(g.name, 100)}** (not evaluated)`, "—", "—", g.findings, `~${g.name}`));
    } else {
      const byFile = /* @__PURE__ */ new Map();
      for (const f of g.findings) {
        const key = f.file ?? "";
        byFile.set(key, [...byFile.get(key) ?? [], f]);
      }
      for (const [file, findings] of byFile) {
        const label = file ? `${md(file, 200)}<br>_not tied to a model_` : "_the change as a whole_";
        rows.push(makeRow(label, "—", "—", findings, `~~${file}`));
      }
    }
  }
  const rank = { fail: 0, warn: 1, pass: 2 };
  return rows.sort(
    (a, b) => rank[a.status] - rank[b.status] || b.worst - a.worst || b.errors - a.errors || b.warnings - a.warnings || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)
  );
}
var rowLine = (r) => `| ${r.cells.join(" | ")} |`;
function fitLines(lines, budget) {
  const kept = [];
  let used = 0;
  for (const line of lines) {
    const cost = size(line) + 1;
    if (used + cost > budget) break;
    kept.push(line);
    used += cost;
  }
  return { kept, dropped: lines.length - kept.length };
}
function details(summaryText, body) {
  return [`<details><summary>${summaryText}</summary>`, "", ...body, "", "</details>"];
}
function tableSection(result, budget) {
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
      lines.push(...lines.length > 0 ? [""] : [], ...folded);
      remaining -= size(folded.join("\n")) + 2;
    }
  }
  const hidden = rows.length - open.kept.length - shownRest;
  return {
    lines,
    notice: hidden > 0 ? `_…and ${plural(hidden, "more table row")} in the full report._` : null
  };
}
function fixSection(result) {
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
function findingLine(f) {
  const where = location(f);
  const icon = f.waived ? "🔕" : SEVERITY_ICON[f.severity];
  const label = f.waived ? ` **waived** ${f.severity}` : f.severity === "error" ? "" : ` ${f.severity}`;
  const parts = [`- ${icon}${label} [${f.ruleId}](${ruleDocUrl(f.ruleId)})`];
  if (f.model) parts.push(` **${md(f.model, 100)}**`);
  if (where) parts.push(` · ${md(where, 300)}`);
  parts.push(` — ${md(f.message, 1e3)}`);
  if (f.waived) {
    const w = f.waived;
    const ticket = w.ticket ? `${md(w.ticket, 60)}, ` : "";
    parts.push(` _(waived by ${md(w.owner, 60)}: ${ticket}expires ${md(w.expires, 30)})_`);
  }
  return parts.join("");
}
function findingsSection(result, budget) {
  const ordered = [...result.findings].sort(compareByImportance);
  if (ordered.length === 0) return { lines: [], dropped: 0 };
  const first = ordered[0];
  const leading = first.waived || first.severity === "note" ? [] : ordered.filter((f) => !f.waived && f.severity === first.severity);
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
      lines.push(...open.kept.length > 0 ? [""] : [], ...details(what, fitted.kept));
      shown += fitted.kept.length;
    }
  }
  return { lines: shown > 0 ? lines : [], dropped: ordered.length - shown };
}
function waiversSection(result) {
  const waivers = waiversInEffect(result.findings);
  if (waivers.length === 0) return [];
  const rows = waivers.map(({ waiver: w, count }) => {
    const cells = [
      isRuleId(w.rule) ? `[${w.rule}](${ruleDocUrl(w.rule)})` : md(w.rule, 80),
      md(w.model, 100),
      `${md(w.owner, 60)}${w.ticket ? ` (${md(w.ticket, 60)})` : ""}`,
      md(w.expires, 30),
      String(count),
      md(w.reason, 300)
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return [
    "| Rule | Model | Owner (ticket) | Expires | Findings | Reason |",
    "| --- | --- | --- | --- | ---: | --- |",
    ...rows
  ];
}
function renderMarkdown(result, opts = {}) {
  const maxChars = opts.maxChars ?? COMMENT_MAX_CHARS;
  const head = [...opts.marker ? [opts.marker] : [], heading(result), "", ...summary(result)];
  const runUrl = safeRunUrl(opts.runUrl);
  const footer = [
    "---",
    `<sub>Model Gate${runUrl ? ` · [workflow run](${runUrl})` : ""} · [rule documentation](${DOCS_BASE_URL}README.md)</sub>`
  ];
  const reserve = 600;
  let available = maxChars - size(head.join("\n")) - size(footer.join("\n")) - reserve;
  const sections = [];
  const notices = [];
  const table = tableSection(result, Math.floor(available * 0.35));
  if (table.lines.length > 0) {
    sections.push(table.lines);
    available -= size(table.lines.join("\n")) + 2;
  } else if (result.verdict !== "error" && result.findings.length === 0) {
    sections.push(["No model manifests were evaluated in this change."]);
  }
  if (table.notice) notices.push(table.notice);
  const fixes = fixSection(result);
  if (fixes.length > 0 && size(fixes.join("\n")) < available * 0.15) {
    sections.push(fixes);
    available -= size(fixes.join("\n")) + 2;
  }
  const waivers = waiversSection(result);
  let waiverLines = [];
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
  if (notices.length > 0) sections.push(notices.flatMap((n, i) => i === 0 ? [n] : ["", n]));
  const body = [head.join("\n"), ...sections.map((s) => s.join("\n")), footer.join("\n")].join("\n\n");
  return `${fitBody(body, maxChars)}
`;
}
function fitBody(body, maxChars) {
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
var STEP_ANNOTATION_LIMIT = 10;
function annotationLimits(result) {
  const concluding = result.verdict !== "pass" ? 1 : 0;
  const why = result.error ? 1 : 0;
  const warnMode = result.mode === "warn";
  return {
    maxErrors: STEP_ANNOTATION_LIMIT - why - (warnMode ? 0 : concluding),
    maxWarnings: STEP_ANNOTATION_LIMIT - (warnMode ? concluding : 0)
  };
}
function renderAnnotations(result, limits = annotationLimits(result)) {
  const annotations = [];
  let errors = 0;
  let warnings = 0;
  let more = 0;
  const unwaived = result.findings.filter((f) => !f.waived).sort(compareByImportance);
  for (const f of unwaived) {
    if (f.severity === "note") continue;
    const isError = f.severity === "error";
    if (isError ? errors >= limits.maxErrors : warnings >= limits.maxWarnings) {
      more++;
      continue;
    }
    if (isError) errors++;
    else warnings++;
    const annotation = {
      level: isError ? "error" : "warning",
      message: `${plainText(f.message, 2e3)}
See ${ruleDocUrl(f.ruleId)}`,
      title: `Model Gate: ${f.ruleId}${f.model ? ` (${plainText(f.model, 100)})` : ""}`
    };
    if (f.file !== void 0) annotation.file = f.file;
    if (f.file !== void 0 && f.line !== void 0 && f.line >= 1) annotation.startLine = f.line;
    annotations.push(annotation);
  }
  if (more > 0) {
    annotations.push({
      level: "notice",
      title: "Model Gate",
      message: `${more} more ${more === 1 ? "finding is" : "findings are"} in the job summary.`
    });
  }
  return annotations;
}
function plainText(s, max) {
  return showInvisible(truncate(String(s).replace(/[\r\n\t]+/g, " "), max));
}

export {
  COMMENT_MAX_CHARS,
  SUMMARY_MAX_CHARS,
  renderMarkdown,
  annotationLimits,
  renderAnnotations
};
