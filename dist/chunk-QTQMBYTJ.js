import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/policy/baseline.ts
var NO_ONE = () => ({ teams: [], users: [] });
var BASELINE = deepFreeze({
  manifests: ["**/*.model.yaml", "**/*.model.yml", "**/model-manifest.yaml"],
  // guide: "A policy states 'no unaudited model changes'": a changed file in any of these model
  // formats needs a manifest that audits it.
  artifacts: [
    "**/*.safetensors",
    "**/*.bin",
    "**/*.pt",
    "**/*.pth",
    "**/*.ckpt",
    "**/*.onnx",
    "**/*.gguf",
    "**/*.h5",
    "**/*.keras",
    "**/*.pkl",
    "**/*.joblib"
  ],
  // Candidate Hugging Face model cards. A README.md matched here is read as a model card only when
  // it carries model-card YAML front matter (the adapter decides); others are ignored. The intent
  // is a README beside model files; narrow the pattern in a policy file for large monorepos.
  modelCards: ["**/README.md"],
  mlBoms: ["**/*.cdx.json", "**/bom.json"],
  // guide: "Assign a policy owner". No owners in the baseline: a change to the policy file then
  // needs one approval from a collaborator with write access (checked by the approval rules).
  owners: NO_ONE(),
  tiers: {
    // Nothing beyond what applies to every model: artifacts pinned by digest (guide: "Enable
    // encryption ... for all model artifacts" presumes knowing which artifacts; integrity rules
    // always apply) and the environment controls below.
    minimal: {
      riskAssessment: { required: false },
      adversarialTests: { required: false },
      datasets: { required: false, vetted: true, digest: false }
    },
    limited: {
      // guide: "Approve high-risk ones via committee"; limited risk gets one reviewer.
      approvals: { count: 1, from: NO_ONE() },
      // guide: "Require risk assessments before deployment", "All models undergo OWASP Top 10
      // checks", "Review yearly". owasp-llm-2025 applies to llm and agent models,
      // owasp-agentic-2026 to agents only (guide: "OWASP outlines these in its LLM Top 10 and
      // Agentic Top 10 lists").
      riskAssessment: {
        required: true,
        maxAgeDays: 365,
        frameworks: ["owasp-llm-2025", "owasp-agentic-2026"]
      },
      // guide: "Teams must validate models against adversarial inputs before staging."
      adversarialTests: { required: true, maxAttackSuccessRate: 0.1, maxAgeDays: 90 },
      // guide: "Ban unvetted training data." Declared datasets must be vetted.
      datasets: { required: false, vetted: true, digest: false },
      signature: { required: false, signers: [] },
      scan: { required: false }
    },
    high: {
      // guide: "Approve high-risk ones via committee" (two reviewers).
      approvals: { count: 2, from: NO_ONE() },
      riskAssessment: {
        required: true,
        maxAgeDays: 365,
        frameworks: ["owasp-llm-2025", "owasp-agentic-2026"]
      },
      adversarialTests: { required: true, maxAttackSuccessRate: 0.05, maxAgeDays: 90 },
      // guide: "Ban unvetted training data"; "Test against scenarios, like a poisoned dataset":
      // high risk must declare its datasets, vetted and pinned by digest.
      datasets: { required: true, vetted: true, digest: true },
      // guide: "Enable encryption at rest and in transit for all model artifacts"; "Log all
      // inferences for audits" / "High-risk systems need logs by August 2026" (EU AI Act record
      // keeping); "Alert on anomaly detection, like unusual query patterns".
      controls: ["encryption", "inferenceLogging", "monitoring"],
      // guide: "Re-train models quarterly if accuracy drops below 95%."
      evaluation: { minMetrics: { accuracy: 0.95 }, maxAgeDays: 90 },
      signature: { required: false, signers: [] },
      scan: { required: false }
    },
    // EU AI Act: unacceptable-risk systems are prohibited.
    unacceptable: { blocked: true }
  },
  environments: {
    // guide: "APIs demand input validation. Block prompt injections with parsers. Set query budgets
    // to prevent DoS." and "Sanitize outputs before client delivery."
    api: { controls: ["inputValidation", "outputSanitization", "rateLimit"] },
    // guide: "Internal apps integrate models into workflows. Isolate via containers. Monitor for drift."
    internal: { controls: ["isolation", "monitoring"] },
    // guide: "Enable encryption at rest and in transit for all model artifacts."
    cloud: { controls: ["encryption"] }
  },
  // Non-commercial licenses do not fit a production deployment.
  licenses: { deny: ["CC-BY-NC-4.0", "CC-BY-NC-SA-4.0"] },
  // guide: "Only approved engineers deploy to production": nobody approves their own change, and
  // an approval covers only the commit it was given on, and those who wrote commits of the change
  // do not review it (policy-bot's allow_contributor: false).
  approvals: { allowAuthor: false, latestCommitOnly: true, allowContributors: false },
  // guide: "Agentic risks include over-privileged tools": tools that write, execute or reach the
  // network need a human in the loop.
  agent: { riskyScopes: ["write", "execute", "network"] },
  // SPEC 10, guide: "Teams must validate models against adversarial inputs before staging";
  // "Only approved engineers deploy to production": staging needs current adversarial tests,
  // production every dated item its tier requires and the approvals of the change.
  deploy: {
    staging: { require: ["adversarialTests"] },
    production: { require: ["riskAssessment", "adversarialTests", "evaluation", "datasets", "approvals"] }
  },
  waivers: [],
  limits: { maxFileBytes: 10 * 1024 * 1024 }
});
function deepFreeze(value) {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export {
  BASELINE
};
