import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  compareFindings
} from "./chunk-JOZW2F7Z.js";

// src/reports/common.ts
var PREFIX_FAMILY = {
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
  input: "input"
};
function ruleFamily(id) {
  const prefix = id.slice(0, id.indexOf("/"));
  return Object.hasOwn(PREFIX_FAMILY, prefix) ? PREFIX_FAMILY[prefix] : "manifest";
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortModels(models) {
  return [...models].sort((a, b) => cmp(a.manifest, b.manifest) || cmp(a.name, b.name));
}
function groupByModel(result, compare = compareFindings) {
  const evaluated = [];
  const byName = /* @__PURE__ */ new Map();
  for (const model of sortModels(result.models)) {
    const group = { name: model.name, model, findings: [] };
    evaluated.push(group);
    const same = byName.get(model.name);
    if (same) same.push(group);
    else byName.set(model.name, [group]);
  }
  const orphans = /* @__PURE__ */ new Map();
  const unowned = { name: null, model: null, findings: [] };
  for (const finding of result.findings) {
    if (finding.model === void 0 || finding.model === "") {
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
    ...unowned.findings.length > 0 ? [unowned] : []
  ];
  for (const group of ordered) group.findings.sort(compare);
  return ordered;
}
function ownerOf(f, candidates) {
  if (!candidates || candidates.length < 2) return candidates?.[0];
  const file = f.file ?? "";
  const exact = candidates.find((g) => g.model.manifest === file);
  if (exact) return exact;
  let best = candidates[0];
  let bestLength = -1;
  for (const g of candidates) {
    const dir = g.model.manifest.replace(/[^/]*$/, "");
    if (file.startsWith(dir) && dir.length > bestLength) {
      best = g;
      bestLength = dir.length;
    }
  }
  return best;
}
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, notes: 0, waived: 0 };
  for (const f of findings) {
    if (f.waived) counts.waived++;
    else if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.notes++;
  }
  return counts;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function describeCounts(c) {
  const parts = [plural(c.errors, "error"), plural(c.warnings, "warning")];
  if (c.notes > 0) parts.push(plural(c.notes, "note"));
  if (c.errors + c.warnings + c.notes === 0) return c.waived > 0 ? "no unwaived findings" : "no findings";
  return parts.join(", ");
}
function waiversInEffect(findings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.waived) continue;
    const w = f.waived;
    const key = JSON.stringify([w.rule, w.model, w.owner, w.expires, w.ticket ?? "", w.reason]);
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { waiver: w, count: 1 });
  }
  return [...byKey.values()].sort(
    (a, b) => cmp(a.waiver.model, b.waiver.model) || cmp(a.waiver.rule, b.waiver.rule) || cmp(a.waiver.expires, b.waiver.expires)
  );
}
function location(f) {
  if (f.file === void 0) return "";
  return f.line !== void 0 && f.line >= 1 ? `${f.file}:${f.line}` : f.file;
}

export {
  ruleFamily,
  sortModels,
  groupByModel,
  countFindings,
  plural,
  describeCounts,
  waiversInEffect,
  location
};
