import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/core/rules.ts
var r = (severity, securitySeverity, title) => ({
  severity,
  title,
  securitySeverity
});
var RULES = {
  "manifest/parse-error": r("error", 7, "The manifest cannot be parsed"),
  "manifest/schema": r("error", 7, "The manifest does not match the model-gate/v1 schema"),
  "manifest/duplicate-name": r("error", 6, "Two manifests declare the same model name"),
  "manifest/not-a-model": r("note", 1, "A file matching a declaration pattern declares no model"),
  "manifest/merged-declaration": r(
    "note",
    2,
    "A manifest and a model card or ML-BOM declare the same model"
  ),
  "change/unmanifested-artifact": r("error", 8, "A model file changed that no manifest owns"),
  "change/manifest-deleted": r("warning", 5, "A model manifest was deleted"),
  "change/tier-lowered": r(
    "warning",
    6,
    "A change lowers a model's tier, drops an environment or changes its type"
  ),
  "change/renamed": r(
    "warning",
    6,
    "A model takes over artifacts another model declared in the base commit"
  ),
  "policy/changed": r("warning", 7, "The pull request changes the gate's policy file"),
  "integrity/missing-digest": r("error", 7.5, "An artifact is not pinned by a sha256 digest"),
  "integrity/digest-mismatch": r("error", 9, "An artifact's bytes do not match its declared digest"),
  "integrity/artifact-missing": r("error", 7.5, "A declared in-repo artifact does not exist"),
  "integrity/unpinned-reference": r("error", 7.5, "A reference outside the repository is not pinned"),
  "integrity/signature-missing": r("error", 7, "The policy requires a model signature and none is present"),
  "integrity/signature-invalid": r("error", 9, "The model signature does not verify"),
  "integrity/signature-mismatch": r("error", 9, "The signed file digests do not match the model files"),
  "integrity/signer-not-allowed": r(
    "error",
    8,
    "The model is signed by an identity the policy does not allow"
  ),
  "integrity/signature-unverified": r("warning", 5, "The signature could not be verified offline"),
  "risk/missing-assessment": r("error", 8, "The model has no risk assessment"),
  "risk/report-missing": r("error", 7.5, "The risk assessment report file does not exist"),
  "risk/tier-mismatch": r("error", 7, "The risk assessment was made for another risk tier"),
  "risk/assessment-expired": r("error", 6, "The risk assessment is older than the policy allows"),
  "risk/assessment-not-bound": r("error", 8, "The risk assessment is not bound to this model's digest"),
  "risk/framework-incomplete": r("error", 7, "A required framework review is incomplete"),
  "risk/unacceptable": r("error", 10, "Unacceptable-risk models are blocked"),
  "evidence/missing-adversarial": r("error", 8, "No adversarial-test evidence for a tier that requires it"),
  "evidence/report-missing": r("error", 7.5, "An adversarial-test report file does not exist"),
  "evidence/unreadable-report": r("error", 7.5, "An adversarial-test report cannot be parsed"),
  "evidence/not-bound": r("error", 8, "Adversarial-test evidence is not bound to this model's digest"),
  "evidence/stale-report": r("error", 8, "The model changed but its evidence report did not"),
  "evidence/expired": r("error", 6, "Adversarial-test evidence is older than the policy allows"),
  "evidence/threshold-exceeded": r("error", 8.5, "The attack success rate is above the tier's threshold"),
  "evidence/not-red-team": r("error", 7.5, "A promptfoo report is a plain eval, not a red-team run"),
  "provenance/missing-datasets": r("error", 7, "The model declares no datasets"),
  "provenance/unvetted-dataset": r("error", 7.5, "A dataset has not been vetted"),
  "provenance/license-denied": r("error", 6.5, "A dataset's license is denied by policy"),
  "provenance/license-unknown": r("error", 5.5, "A dataset's license is not a valid SPDX expression"),
  "provenance/missing-digest": r("error", 6.5, "A dataset is not pinned by digest"),
  "provenance/personal-data-without-dpia": r(
    "error",
    8,
    "Personal data without a data protection impact assessment"
  ),
  "controls/missing": r("error", 7, "A deployment control the policy requires is missing"),
  "evaluation/below-threshold": r("error", 6, "An evaluation metric is below the policy minimum"),
  "evaluation/expired": r("error", 5, "The evaluation is older than the policy allows"),
  "agent/unapproved-tool-scope": r("error", 8, "An agent tool has a risky scope without human approval"),
  "approval/insufficient": r("error", 8, "The change lacks the approvals its risk tier requires"),
  "approval/changes-requested": r("error", 8, "A required reviewer requested changes"),
  "approval/unverifiable": r("error", 7, "Approvals could not be verified"),
  "approval/pending": r("note", 0, "Approvals are checked on the pull request"),
  "waiver/expired": r("warning", 5, "A waiver has expired"),
  "waiver/invalid": r("error", 6, "A waiver is invalid"),
  "safety/unsafe-pickle": r("error", 9.8, "A model file can run code when it is loaded"),
  "safety/unsafe-format": r("error", 8, "A model file is malformed or carries risky content"),
  "safety/not-scanned": r("note", 3, "A model file could not be scanned"),
  "deploy/environment-not-declared": r(
    "error",
    7,
    "The deployment environment is not declared by the policy or the model"
  ),
  "deploy/unknown-artifact": r("error", 9, "The bytes about to be deployed are not an audited artifact"),
  "audit/expiring": r("warning", 4, "A dated item or waiver expires soon"),
  "input/path-outside-repo": r("error", 9, "A path leaves the repository"),
  "input/symlink": r("error", 8.5, "A path is a symbolic link"),
  "input/too-large": r("error", 5, "A file is over the size limit"),
  "input/submodule": r("error", 8, "A declared file lies inside a git submodule")
};
var RULE_IDS = Object.keys(RULES);
var DOCS_BASE_URL = "https://github.com/model-gate/model-gate/blob/main/docs/rules/";
function ruleDocUrl(id) {
  return `${DOCS_BASE_URL}${id}.md`;
}
function isRuleId(s) {
  return Object.hasOwn(RULES, s);
}

// src/core/verdict.ts
var MODES = ["enforce", "warn"];
function toFinding(f) {
  return { ...f, severity: f.severity ?? RULES[f.ruleId].severity, waived: null };
}
function blocking(f) {
  return f.severity === "error" && !f.waived;
}
function blockingCount(findings, except) {
  return findings.filter((f) => blocking(f) && !except?.(f)).length;
}
function decide(findings) {
  return findings.some(blocking) ? "fail" : "pass";
}
function outcome(result) {
  if (result.verdict === "pass") return "pass";
  return result.mode === "warn" ? "warned" : "blocked";
}
function exitCode(result) {
  if (outcome(result) !== "blocked") return 0;
  return result.verdict === "fail" ? 1 : 2;
}
function errorResult(args) {
  return {
    schemaVersion: 1,
    verdict: "error",
    mode: args.mode,
    base: args.baseLabel,
    head: args.headLabel,
    policy: args.policy ?? { source: "unknown", digest: "" },
    models: [],
    findings: [],
    error: args.message
  };
}
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
function compareFindings(a, b) {
  if (a.file === void 0 !== (b.file === void 0)) return a.file === void 0 ? 1 : -1;
  return cmp(a.file ?? "", b.file ?? "") || cmp(a.line ?? 0, b.line ?? 0) || cmp(a.column ?? 0, b.column ?? 0) || cmp(a.ruleId, b.ruleId) || cmp(a.model ?? "", b.model ?? "") || cmp(a.message, b.message) || cmp(SEVERITY_RANK[a.severity], SEVERITY_RANK[b.severity]);
}
function compareByImportance(a, b) {
  return cmp(a.waived ? 1 : 0, b.waived ? 1 : 0) || cmp(SEVERITY_RANK[a.severity], SEVERITY_RANK[b.severity]) || cmp(RULES[b.ruleId]?.securitySeverity ?? 0, RULES[a.ruleId]?.securitySeverity ?? 0) || compareFindings(a, b);
}
function sortFindings(findings) {
  return [...findings].sort(compareFindings);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  RULES,
  RULE_IDS,
  DOCS_BASE_URL,
  ruleDocUrl,
  isRuleId,
  MODES,
  toFinding,
  blocking,
  blockingCount,
  decide,
  outcome,
  exitCode,
  errorResult,
  compareFindings,
  compareByImportance,
  sortFindings
};
