// A realistic evaluation result shared by the report tests: several models (failing, passing,
// without findings), waived findings, findings without a line or without a file, a finding for
// a model that was not evaluated, and findings not tied to any model.
import type { Finding } from "../../src/core/findings.ts";
import type { GateResult } from "../../src/core/result.ts";

const DIGEST_A = `sha256:${"4f2a0c5e".repeat(8)}`;
const DIGEST_B = `sha256:${"9b1d3f5a".repeat(8)}`;

const waiver = {
  rule: "risk/assessment-expired",
  model: "support-assistant",
  reason: "re-assessment booked for 2026-11-15; no new use cases since the last one",
  owner: "alice",
  ticket: "SEC-1234",
  expires: "2026-12-31",
};

function sampleFindings(): Finding[] {
  return [
    {
      ruleId: "evidence/threshold-exceeded",
      severity: "error",
      message:
        "The garak report 'evidence/support/garak.report.jsonl' shows an attack success rate of 12% (36/300); the high tier allows at most 5%. Worst: promptinject 30/100. Mitigate and re-test.",
      file: "models/support.model.yaml",
      line: 31,
      model: "support-assistant",
      waived: null,
    },
    {
      ruleId: "risk/assessment-expired",
      severity: "error",
      message:
        "The risk assessment is 400 days old (2025-09-01); the policy allows 365 for high risk. Re-assess the model.",
      file: "models/support.model.yaml",
      line: 18,
      model: "support-assistant",
      waived: waiver,
    },
    {
      ruleId: "controls/missing",
      severity: "error",
      message:
        "The control rateLimit is required by the api environment but is not in place. Add under spec.controls: rateLimit: { requestsPerMinute: <n> }.",
      file: "models/support.model.yaml",
      line: 40,
      model: "support-assistant",
      waived: null,
    },
    {
      ruleId: "approval/insufficient",
      severity: "error",
      message: "The high-risk change needs 2 approvals from acme/ai-risk-committee; it has 1 (carol).",
      file: "models/support.model.yaml",
      model: "support-assistant",
      waived: null,
    },
    {
      ruleId: "provenance/unvetted-dataset",
      severity: "error",
      message: "The dataset 'partner-clicks-2026' has not been vetted. Add vetted: { by, date }.",
      file: "models/fraud.model.yaml",
      line: 22,
      model: "fraud-detector",
      waived: {
        rule: "provenance/unvetted-dataset",
        model: "fraud-detector",
        reason: "partner contract review in progress",
        owner: "bob",
        expires: "2026-11-30",
      },
    },
    {
      ruleId: "approval/pending",
      severity: "note",
      message: "Approvals are checked on the pull request (1 required).",
      model: "fraud-detector",
      waived: null,
    },
    {
      ruleId: "agent/unapproved-tool-scope",
      severity: "error",
      message:
        "The agent tool 'run_shell' has the execute, network scopes without human approval. Set humanApproval: true or narrow its scopes to read.",
      file: "agents/ops-agent.model.yaml",
      line: 27,
      model: "ops-agent",
      waived: null,
    },
    {
      ruleId: "safety/unsafe-pickle",
      severity: "error",
      message:
        "The model file agents/ops/policy.pkl imports os.system when loaded. Convert it to safetensors.",
      file: "agents/ops/policy.pkl",
      model: "ops-agent",
      waived: null,
    },
    {
      ruleId: "change/manifest-deleted",
      severity: "warning",
      message:
        "The manifest of legacy-classifier was deleted but models/legacy/model.bin is still in the repository.",
      file: "models/legacy.model.yaml",
      model: "legacy-classifier",
      waived: null,
    },
    {
      ruleId: "policy/changed",
      severity: "warning",
      message:
        "This pull request changes .github/model-gate.yml; the change applies after merge and needs the policy owners' approval.",
      file: ".github/model-gate.yml",
      waived: null,
    },
    {
      ruleId: "change/unmanifested-artifact",
      severity: "error",
      message:
        "models/new/model.onnx changed but no manifest declares it. Add it to a manifest's spec.artifacts.",
      file: "models/new/model.onnx",
      waived: null,
    },
  ];
}

export function sampleResult(overrides: Partial<GateResult> = {}): GateResult {
  return {
    schemaVersion: 1,
    verdict: "fail",
    mode: "enforce",
    base: "1111111111111111111111111111111111111111",
    head: "2222222222222222222222222222222222222222",
    policy: { source: ".github/model-gate.yml@1111111111111111111111111111111111111111", digest: DIGEST_B },
    models: [
      {
        manifest: "models/support.model.yaml",
        name: "support-assistant",
        riskTier: "high",
        modelDigest: DIGEST_A,
        verdict: "fail",
      },
      {
        manifest: "models/fraud.model.yaml",
        name: "fraud-detector",
        riskTier: "limited",
        modelDigest: DIGEST_B,
        verdict: "pass",
      },
      {
        manifest: "models/ranker.model.yaml",
        name: "search-ranker",
        riskTier: "minimal",
        modelDigest: null,
        verdict: "pass",
      },
      {
        manifest: "agents/ops-agent.model.yaml",
        name: "ops-agent",
        riskTier: "high",
        modelDigest: DIGEST_A,
        verdict: "fail",
      },
    ],
    findings: sampleFindings(),
    ...overrides,
  };
}

/** Strings an attacker can put in a manifest, a file name or an evidence report. */
export const HOSTILE = [
  "::error::x",
  "::add-mask::secret",
  "%0A::warning::injected",
  "line1\n::error file=a,line=1::forged",
  "::stop-commands::tok",
  "<script>alert(1)</script>",
  "<!-- model-gate:comment -->",
  "@org/team please look",
  "[link](javascript:alert(1))",
  "evil\u202Egnp.exe",
  "\u001B[31mred\u001B[0m \u001B]8;;https://evil.example\u0007click\u001B]8;;\u0007",
  "##[error]legacy",
  "| cell | break |",
  "`code` and ![img](https://x/y.png)",
];
