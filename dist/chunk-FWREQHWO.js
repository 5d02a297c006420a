import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parse
} from "./chunk-4XQNZSEZ.js";
import {
  HELP
} from "./chunk-GDB26TB7.js";
import "./chunk-3L5BALE3.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  RULE_HELP
} from "./chunk-IBSWKEFT.js";
import "./chunk-TVIEZLZA.js";
import {
  ruleFamily
} from "./chunk-7LIN5H2E.js";
import {
  RULES,
  RULE_IDS,
  isRuleId
} from "./chunk-JOZW2F7Z.js";
import {
  closest
} from "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";

// src/reports/rule-examples.ts
var yaml = (s) => s.trim().replace(/(\S) {2,}#/g, "$1 #");
var y = (bad, good, file) => ({
  lang: "yaml",
  bad: yaml(bad),
  good: yaml(good),
  ...file ? { file } : {}
});
var t = (bad, good, file) => ({
  lang: "text",
  bad: bad.trim(),
  good: good.trim(),
  ...file ? { file } : {}
});
var D1 = "sha256:4f2a0c5e9d7b1a3f6e8c0b2d4a6f8e1c3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a";
var D2 = "sha256:9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d";
var RULE_EXAMPLES = {
  "manifest/parse-error": y(
    `
metadata:
  name: support-assistant
	version: 2.4.0        # a tab: YAML does not allow tabs for indentation
spec: { type: llm
`,
    `
metadata:
  name: support-assistant
  version: "2.4.0"
spec: { type: llm }
`
  ),
  "manifest/schema": y(
    `
apiVersion: model-gate/v1
kind: ModelManifest
metadata: { name: support-assistant }
spec:
  type: llm
  riskTeir: high            # misspelt: unknown key
  artifacts: models/support/model.safetensors   # must be a list
`,
    `
apiVersion: model-gate/v1
kind: ModelManifest
metadata: { name: support-assistant }
spec:
  type: llm
  riskTier: high
  artifacts:
    - path: models/support/model.safetensors
      digest: ${D1}
`
  ),
  "manifest/duplicate-name": y(
    `
# models/support.model.yaml
metadata: { name: support-assistant }
---
# models/support-v2.model.yaml
metadata: { name: support-assistant }   # same name again
`,
    `
# models/support.model.yaml
metadata: { name: support-assistant }
---
# models/support-v2.model.yaml
metadata: { name: support-assistant-v2 }
`
  ),
  "change/unmanifested-artifact": t(
    `
PR changes:
  models/ranker/model.onnx          <- matches "**/*.onnx", declared by no manifest
`,
    `
PR changes:
  models/ranker/model.onnx
  models/ranker.model.yaml          <- declares it:
    spec:
      artifacts:
        - path: models/ranker/model.onnx
          digest: ${D1}
`
  ),
  "manifest/not-a-model": t(
    `
bom.json: CycloneDX 1.4, components: left-pad (library), lodash (library)
          -> a dependency SBOM: no machine-learning-model component, not a declaration
`,
    `
bom.json: CycloneDX 1.6, components: ranker (machine-learning-model, SHA-256 hash,
          model-gate:riskTier = limited)    -> declares the model "ranker"
`,
    "bom.json"
  ),
  "manifest/merged-declaration": t(
    `
models/ranker.model.yaml   riskTier: high     artifacts: [models/ranker/model.onnx]
models/ranker/README.md    riskTier: minimal  artifacts: [models/ranker/model.onnx]
                           -> one model, judged high (the stricter), with the manifest's fields
`,
    `
models/ranker.model.yaml   riskTier: high     artifacts: [models/ranker/model.onnx]
models/ranker/README.md    license, datasets, model-index (no model-gate: block)
`
  ),
  "change/manifest-deleted": t(
    `
PR deletes models/ranker.model.yaml
PR keeps   models/ranker/model.onnx      <- now nobody audits changes to it
`,
    `
PR deletes models/ranker.model.yaml
PR deletes models/ranker/model.onnx      <- the model is retired as a whole
`
  ),
  "change/tier-lowered": y(
    `
# base: riskTier: high, environments: [api, cloud]
spec:
  riskTier: minimal        # lowered in the same PR that swaps the weights
  environments: [cloud]    # api dropped: its controls would no longer apply
`,
    `
# Judged as high with [api, cloud]: the PR carries the high tier's evidence,
# controls and approvals. The lower tier applies from the next change on.
spec:
  riskTier: minimal
  environments: [cloud]
`
  ),
  "change/renamed": t(
    `
base: ranker      -> models/ranker/model.onnx
      classifier  -> models/classifier/model.onnx
PR:   ranker      -> models/classifier/model.onnx   <- names swapped: waivers would follow names
      classifier  -> models/ranker/model.onnx
`,
    `
base: ranker      -> models/ranker/model.onnx
PR:   ranker      -> models/ranker/model.onnx        <- same name, same artifact, new bytes
`
  ),
  "policy/changed": y(
    `
# .github/model-gate.yml, changed in the same PR as a model
tiers:
  high:
    adversarialTests: { maxAttackSuccessRate: 0.30 }   # loosened to let this PR pass
`,
    `
# A separate PR, reviewed and approved by the policy owners:
owners: { teams: [acme/ai-governance] }
tiers:
  high:
    adversarialTests: { maxAttackSuccessRate: 0.05 }
`,
    ".github/model-gate.yml"
  ),
  "integrity/missing-digest": y(
    `
spec:
  artifacts:
    - path: models/support/model.safetensors
`,
    `
spec:
  artifacts:
    - path: models/support/model.safetensors
      digest: ${D1}   # from: model-gate digest models/support.model.yaml
`
  ),
  "integrity/digest-mismatch": y(
    `
spec:
  artifacts:
    - path: models/support/model.safetensors   # the file was retrained in this PR
      digest: ${D1}                            # still the old digest
`,
    `
spec:
  artifacts:
    - path: models/support/model.safetensors
      digest: ${D2}   # the new bytes
  riskAssessment:
    modelDigest: ${D2}   # and evidence for them
`
  ),
  "integrity/artifact-missing": y(
    `
spec:
  artifacts:
    - path: models/support/model.safetensor    # typo: no such file
      digest: ${D1}
`,
    `
spec:
  artifacts:
    - path: models/support/model.safetensors
      digest: ${D1}
`
  ),
  "integrity/unpinned-reference": y(
    `
spec:
  artifacts:
    - uri: s3://models/support/tokenizer.json     # could be overwritten any time
`,
    `
spec:
  artifacts:
    - uri: s3://models/support/tokenizer.json
      digest: ${D2}
`
  ),
  "integrity/signature-missing": y(
    `
# policy: tiers.high.signature.required: true
spec:
  riskTier: high
  artifacts: [...]
`,
    `
spec:
  riskTier: high
  artifacts: [...]
  signature:
    path: models/support/model.sig    # OpenSSF Model Signing (sigstore) bundle
`
  ),
  "integrity/signature-invalid": t(
    `
$ model-gate check
error integrity/signature-invalid  models/support.model.yaml:14
  The signature bundle models/support/model.sig does not verify.
`,
    `
$ model_signing sign sigstore models/support --signature models/support/model.sig
$ git add models/support/model.sig
`
  ),
  "integrity/signature-mismatch": t(
    `
model.sig signs   model.safetensors  sha256:4f2a…   (before fine-tuning)
manifest declares model.safetensors  sha256:9b1d…   (after fine-tuning)
`,
    `
model.sig signs   model.safetensors  sha256:9b1d…   (re-signed after fine-tuning)
manifest declares model.safetensors  sha256:9b1d…
`
  ),
  "integrity/signer-not-allowed": y(
    `
# .github/model-gate.yml
tiers:
  high:
    signature:
      required: true
      signers: ["https://github.com/acme/models/.github/workflows/release.yml@refs/heads/main"]
# model.sig was signed by alice@example.com from a laptop
`,
    `
# model.sig signed by the release workflow, whose identity is in signers:
tiers:
  high:
    signature:
      required: true
      signers: ["https://github.com/acme/models/.github/workflows/release.yml@refs/heads/main"]
`,
    ".github/model-gate.yml"
  ),
  "integrity/signature-unverified": t(
    `
model.sig: a detached signature without its certificate or transparency-log entry
`,
    `
model.sig: a sigstore bundle (v0.3) with certificate and inclusion proof
`
  ),
  "risk/missing-assessment": y(
    `
spec:
  type: llm
  riskTier: high
  # no riskAssessment
`,
    `
spec:
  type: llm
  riskTier: high
  riskAssessment:
    report: docs/risk/support-assistant-2.4.0.md
    tier: high
    assessedBy: alice
    date: "2026-10-01"
    modelDigest: ${D1}
    frameworks:
      owasp-llm-2025: { LLM01: mitigated, LLM02: mitigated, ..., LLM10: accepted }
`
  ),
  "risk/report-missing": y(
    `
spec:
  riskAssessment:
    report: docs/risk/support-assistant.md   # not committed
    tier: high
`,
    `
spec:
  riskAssessment:
    report: docs/risk/support-assistant-2.4.0.md   # committed in this PR
    tier: high
`
  ),
  "risk/tier-mismatch": y(
    `
spec:
  riskTier: high
  riskAssessment:
    tier: limited      # assessed when the model only summarised tickets
`,
    `
spec:
  riskTier: high
  riskAssessment:
    tier: high         # re-assessed now that it answers customers
`
  ),
  "risk/assessment-expired": y(
    `
spec:
  riskTier: high
  riskAssessment:
    date: "2024-09-01"     # more than 365 days ago
`,
    `
spec:
  riskTier: high
  riskAssessment:
    date: "2026-10-01"
`
  ),
  "risk/assessment-not-bound": y(
    `
spec:
  artifacts:
    - path: models/support/model.safetensors
      digest: ${D2}
  riskAssessment:
    modelDigest: ${D1}   # assessed the previous weights
`,
    `
spec:
  artifacts:
    - path: models/support/model.safetensors
      digest: ${D2}
  riskAssessment:
    modelDigest: ${D2}
`
  ),
  "risk/framework-incomplete": y(
    `
spec:
  riskAssessment:
    frameworks:
      owasp-llm-2025: { LLM01: open, LLM02: mitigated }   # LLM01 open, LLM03-LLM10 missing
`,
    `
spec:
  riskAssessment:
    frameworks:
      owasp-llm-2025:
        LLM01: mitigated
        LLM02: mitigated
        LLM03: mitigated
        LLM04: mitigated
        LLM05: mitigated
        LLM06: not-applicable
        LLM07: mitigated
        LLM08: not-applicable
        LLM09: accepted
        LLM10: mitigated
`
  ),
  "risk/unacceptable": y(
    `
metadata: { name: citizen-score }
spec:
  riskTier: unacceptable    # social scoring: prohibited
`,
    `
# Do not ship it. If the assessment finds a lower tier, record it:
spec:
  riskTier: high
  riskAssessment: { tier: high, report: docs/risk/citizen-score.md, ... }
`
  ),
  "evidence/missing-adversarial": y(
    `
spec:
  riskTier: high
  # no adversarialTests
`,
    `
spec:
  riskTier: high
  adversarialTests:
    - tool: garak
      report: evidence/support-assistant/garak.report.jsonl
      modelDigest: ${D1}
      date: "2026-10-02"
`
  ),
  "evidence/report-missing": y(
    `
spec:
  adversarialTests:
    - tool: promptfoo
      report: evidence/support/promptfoo.json     # never committed
`,
    `
spec:
  adversarialTests:
    - tool: promptfoo
      report: evidence/support/promptfoo.json     # committed: promptfoo eval --output evidence/support/promptfoo.json
`
  ),
  "evidence/unreadable-report": y(
    `
spec:
  adversarialTests:
    - tool: garak
      report: evidence/support/summary.html     # an HTML summary, not garak's JSONL report
`,
    `
spec:
  adversarialTests:
    - tool: garak
      report: evidence/support/garak.report.jsonl
`
  ),
  "evidence/not-bound": y(
    `
spec:
  artifacts:
    - path: models/support/model.safetensors
      digest: ${D2}
  adversarialTests:
    - tool: garak
      report: evidence/support/garak.report.jsonl
      modelDigest: ${D1}     # the run tested the previous model
`,
    `
spec:
  artifacts:
    - path: models/support/model.safetensors
      digest: ${D2}
  adversarialTests:
    - tool: garak
      report: evidence/support/garak.report.jsonl   # re-run against the new weights
      modelDigest: ${D2}
`
  ),
  "evidence/stale-report": t(
    `
PR changes:  models/support/model.safetensors   (digest 4f2a… -> 9b1d…)
             models/support.model.yaml          (modelDigest: 9b1d… everywhere)
PR leaves:   evidence/support/garak.report.jsonl  <- still the run on 4f2a…
`,
    `
PR changes:  models/support/model.safetensors
             models/support.model.yaml
             evidence/support/garak.report.jsonl  <- new run on 9b1d…
             docs/risk/support-assistant-2.5.0.md
`
  ),
  "evidence/expired": y(
    `
spec:
  riskTier: high
  adversarialTests:
    - { tool: garak, report: evidence/support/garak.report.jsonl, date: "2026-03-01" }   # > 90 days
`,
    `
spec:
  riskTier: high
  adversarialTests:
    - { tool: garak, report: evidence/support/garak.report.jsonl, date: "2026-10-02" }
`
  ),
  "evidence/threshold-exceeded": y(
    `
# policy: tiers.high.adversarialTests.maxAttackSuccessRate: 0.05 (per probe too; minAttempts: 20)
spec:
  riskTier: high
  adversarialTests:
    - tool: garak
      report: evidence/support/garak.report.jsonl   # promptinject 200/200, encoding 0/9800: 2% overall, 100% for one probe
      modelDigest: ${D1}
      date: "2026-10-02"
`,
    `
spec:
  riskTier: high
  adversarialTests:
    - tool: garak
      report: evidence/support/garak.report.jsonl   # after an input filter: promptinject 4/200, encoding 0/9800
      modelDigest: ${D1}
      date: "2026-10-09"
`
  ),
  "evidence/not-red-team": y(
    `
spec:
  adversarialTests:
    - tool: promptfoo
      report: evidence/support/promptfoo.json   # promptfoo eval: accuracy tests, no redteam config, no plugins
      modelDigest: ${D1}
`,
    `
spec:
  adversarialTests:
    - tool: promptfoo
      report: evidence/support/redteam.json     # promptfoo redteam run: config.redteam, results per plugin
      modelDigest: ${D1}
`
  ),
  "provenance/missing-datasets": y(
    `
spec:
  riskTier: high
  # no datasets
`,
    `
spec:
  riskTier: high
  datasets:
    - name: support-tickets-2025
      role: fine-tuning
      source: s3://datasets/support-tickets-2025
      license: CC-BY-4.0
      digest: ${D1}
      vetted: { by: bob, date: "2026-09-01" }
      personalData: false
`
  ),
  "provenance/unvetted-dataset": y(
    `
spec:
  datasets:
    - name: scraped-forum-2025
      role: training
      source: https://forum.example.com/dump.tar.gz
      # no vetted
`,
    `
spec:
  datasets:
    - name: scraped-forum-2025
      role: training
      source: https://forum.example.com/dump.tar.gz
      vetted: { by: bob, date: "2026-09-01" }
`
  ),
  "provenance/license-denied": y(
    `
# policy: licenses: { deny: [CC-BY-NC-4.0, CC-BY-NC-SA-4.0] }
spec:
  datasets:
    - { name: reviews, license: CC-BY-NC-4.0 }     # non-commercial
`,
    `
spec:
  datasets:
    - { name: reviews-commercial, license: CC-BY-4.0 }
`
  ),
  "provenance/license-unknown": y(
    `
spec:
  datasets:
    - { name: reviews, license: "Creative Commons (see website)" }
`,
    `
spec:
  datasets:
    - { name: reviews, license: CC-BY-4.0 }
    - { name: partner-data, license: LicenseRef-Acme-Partner-2025 }
`
  ),
  "provenance/missing-digest": y(
    `
spec:
  datasets:
    - { name: support-tickets-2025, source: s3://datasets/support-tickets-2025 }
`,
    `
spec:
  datasets:
    - name: support-tickets-2025
      source: s3://datasets/support-tickets-2025
      digest: ${D2}    # sha256 of the snapshot archive
`
  ),
  "provenance/personal-data-without-dpia": y(
    `
spec:
  datasets:
    - { name: support-tickets-2025, personalData: true }
`,
    `
spec:
  datasets:
    - { name: support-tickets-2025, personalData: true, dpia: docs/privacy/dpia-support-tickets.md }
`
  ),
  "controls/missing": y(
    `
spec:
  riskTier: high
  environments: [api]
  controls:
    encryption: { atRest: true, inTransit: false }
    # no inferenceLogging, monitoring, inputValidation, outputSanitization, rateLimit
`,
    `
spec:
  riskTier: high
  environments: [api]
  controls:
    encryption: { atRest: true, inTransit: true }
    inferenceLogging: { enabled: true, retentionDays: 180 }
    monitoring: { anomalyAlerts: true, driftDetection: true }
    inputValidation: true
    outputSanitization: true
    rateLimit: { requestsPerMinute: 600 }
`
  ),
  "evaluation/below-threshold": y(
    `
# policy: tiers.high.evaluation.minMetrics: { accuracy: 0.95 }
spec:
  evaluation: { date: "2026-10-01", metrics: { accuracy: 0.91 } }
`,
    `
spec:
  evaluation: { date: "2026-10-01", metrics: { accuracy: 0.97 } }
`
  ),
  "evaluation/expired": y(
    `
spec:
  evaluation: { date: "2026-01-15", metrics: { accuracy: 0.97 } }   # > 90 days old
`,
    `
spec:
  evaluation: { date: "2026-10-01", metrics: { accuracy: 0.96 } }
`
  ),
  "agent/unapproved-tool-scope": y(
    `
spec:
  type: agent
  agent:
    tools:
      - { name: send_email, scopes: [write] }
      - { name: run_shell, scopes: [execute, network] }
`,
    `
spec:
  type: agent
  agent:
    tools:
      - { name: send_email, scopes: [write], humanApproval: true }
      - { name: search_docs, scopes: [read] }
`
  ),
  "approval/insufficient": t(
    `
high-risk model, policy: 2 approvals from acme/ai-risk-committee
reviews: carol (committee) APPROVED, dave (not in the team) APPROVED
         erin (committee) APPROVED, but erin pushed a commit to the pull request
`,
    `
reviews: carol (committee) APPROVED, frank (committee) APPROVED, on the head commit;
         neither wrote a commit of the pull request
`
  ),
  "approval/changes-requested": t(
    `
reviews: carol APPROVED, erin CHANGES_REQUESTED (latest review)
`,
    `
reviews: carol APPROVED, erin APPROVED (after the requested fix)
`
  ),
  "approval/unverifiable": y(
    `
# workflow: the default GITHUB_TOKEN cannot read organisation teams
- uses: model-gate/model-gate@v1
`,
    `
# a GitHub App token with "Members: read" on the organisation
- uses: actions/create-github-app-token@v2
  id: app
  with: { app-id: "\${{ vars.GATE_APP_ID }}", private-key: "\${{ secrets.GATE_APP_KEY }}", owner: acme }
- uses: model-gate/model-gate@v1
  with: { token: "\${{ steps.app.outputs.token }}" }
`,
    ".github/workflows/model-gate.yml"
  ),
  "approval/pending": t(
    `
$ model-gate check
note approval/pending  models/support.model.yaml
`,
    `
(on the pull request, the Action counts the reviews)
`
  ),
  "deploy/environment-not-declared": t(
    `
$ model-gate verify --environment prod-eu
  policy deploy entries: staging, production   -> prod-eu is not one of them
`,
    `
$ model-gate verify --environment production
  policy deploy entries: staging, production; spec.deployments: [staging, production]
`
  ),
  "deploy/unknown-artifact": t(
    `
$ model-gate verify --environment production --artifact /tmp/model.safetensors
  sha256 of /tmp/model.safetensors: 9b1d3f5a...   the manifest declares 4f2a0c5e...
`,
    `
$ model-gate verify --environment production --artifact /tmp/model.safetensors
  sha256 of /tmp/model.safetensors: 4f2a0c5e...   = spec.artifacts[0].digest
`
  ),
  "audit/expiring": y(
    `
adversarialTests:
  - tool: garak
    report: evidence/support-assistant/garak.report.jsonl
    date: 2026-09-01    # high tier: 90 days -> current until 2026-11-30; the audit on 2026-11-10 warns
`,
    `
adversarialTests:
  - tool: garak
    report: evidence/support-assistant/garak.report.jsonl
    date: 2026-11-08    # re-run: current until 2027-02-06
`
  ),
  "waiver/expired": y(
    `
waivers:
  - rule: evidence/threshold-exceeded
    model: support-assistant
    reason: "vendor fix lands in 2.4.1"
    owner: alice
    expires: 2026-06-30      # past
`,
    `
# the fix shipped: the waiver is removed
waivers: []
`,
    ".github/model-gate.yml"
  ),
  "waiver/invalid": y(
    `
waivers:
  - rule: evidence/*               # not an exact rule id
    model: support-assistant
    reason: ""                     # empty
    expires: 2027-12-31            # more than 90 days ahead
`,
    `
waivers:
  - rule: evidence/threshold-exceeded
    model: support-assistant
    reason: "vendor fix lands in 2.4.1; traffic limited to beta users"
    owner: alice
    ticket: SEC-1234
    expires: 2026-12-31
`,
    ".github/model-gate.yml"
  ),
  "safety/unsafe-pickle": y(
    `
spec:
  artifacts:
    - path: models/churn/model.pkl        # pickle that imports os.system on load
      digest: ${D1}
`,
    `
spec:
  artifacts:
    - path: models/churn/model.safetensors
      digest: ${D2}
`
  ),
  "safety/unsafe-format": y(
    `
spec:
  artifacts:
    - path: models/vision/model.keras     # contains a Lambda layer with Python code
`,
    `
spec:
  artifacts:
    - path: models/vision/model.safetensors
`
  ),
  "safety/not-scanned": y(
    `
- uses: actions/checkout@v5             # LFS files stay pointers: nothing to scan
`,
    `
- uses: actions/checkout@v5
  with: { lfs: true }
`,
    ".github/workflows/model-gate.yml"
  ),
  "input/path-outside-repo": y(
    `
spec:
  riskAssessment:
    report: ../../home/runner/.credentials
`,
    `
spec:
  riskAssessment:
    report: docs/risk/support-assistant-2.4.0.md
`
  ),
  "input/symlink": t(
    `
evidence/support/garak.report.jsonl -> /etc/passwd       (a symbolic link)
`,
    `
evidence/support/garak.report.jsonl                      (a regular file)
`
  ),
  "input/too-large": y(
    `
spec:
  adversarialTests:
    - { tool: garak, report: evidence/support/garak.full.jsonl }   # 240 MiB with every transcript
`,
    `
spec:
  adversarialTests:
    - { tool: garak, report: evidence/support/garak.report.jsonl }   # the report alone, without hit logs: 3 MiB
# or, on the default branch: limits: { maxFileBytes: 52428800 }
`
  ),
  "input/submodule": y(
    `
# vendor/weights is a git submodule
spec:
  artifacts:
    - path: vendor/weights/model.safetensors
      digest: ${D1}
`,
    `
spec:
  artifacts:
    - uri: hf://acme/support-assistant@8c1f2e0/model.safetensors
      digest: ${D1}
# or vendor the file: models/support/model.safetensors (Git LFS)
`
  )
};

// src/reports/rule-docs.ts
var FENCE = "```";
function waiverSection(id) {
  const help = RULE_HELP[id];
  if (help.waiver === "never") {
    return ["Findings about waivers cannot themselves be waived: fix the waiver in the policy."];
  }
  if (help.waiver === "no-model") {
    return [
      "A waiver covers the findings of one rule for one named model. This finding is not tied to a model, so no waiver can cover it: fix the cause."
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
    ...help.waiverNote ? ["", `> ${help.waiverNote}`] : []
  ];
}
function renderRuleDoc(id) {
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
    "[All rules](../README.md)"
  ];
  return `${lines.join("\n")}
`;
}

// src/cli/explain.ts
async function runExplain(argv) {
  const { values, positionals } = parse("explain", argv, {}, true);
  if (values.help) {
    process.stdout.write(HELP.explain);
    return 0;
  }
  if (positionals.length === 0) {
    process.stdout.write(`Rules:
${RULE_IDS.map((id) => `  ${id}`).join("\n")}
`);
    return 0;
  }
  for (const id of positionals) {
    if (!isRuleId(id)) {
      const near = closest(id, RULE_IDS);
      throw new UserError(
        `unknown rule ${JSON.stringify(id)}${near ? ` (did you mean ${near}?)` : ""}`,
        {},
        "Run 'model-gate explain' for the list of rules."
      );
    }
    process.stdout.write(renderRuleDoc(id));
  }
  return 0;
}
export {
  runExplain
};
