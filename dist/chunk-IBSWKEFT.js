import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/reports/rule-help.ts
var P = {
  unaudited: 'Policy: "no unaudited model changes"; controls enforce it with CI/CD gates.',
  owasp: 'Policy: "All models undergo OWASP Top 10 checks. Approve high-risk ones via committee."',
  assess: 'Policy: "Require risk assessments before deployment."',
  adversarial: 'Policy: "Teams must validate models against adversarial inputs before staging."',
  data: 'Policy: "Ban unvetted training data."',
  encryption: 'Policy: "Enable encryption at rest and in transit for all model artifacts."',
  logging: 'Policy: "Log all inferences for audits"; EU AI Act record keeping for high-risk systems.',
  api: 'Policy: "Sanitize outputs before client delivery"; APIs need input validation and query budgets.',
  internal: 'Policy: internal apps "Isolate via containers. Monitor for drift."',
  accuracy: 'Policy: "Re-train models quarterly if accuracy drops below 95%."',
  access: 'Policy: "Only approved engineers deploy to production."',
  agent: 'Policy: "Agentic AI demands fresh rules on tool access"; over-privileged tools are an agentic risk.',
  review: 'Policy: "Review yearly or after incidents."',
  monitoring: 'Policy: "Alert on anomaly detection, like unusual query patterns."',
  owner: 'Policy: "Assign a policy owner, like your AI security lead."'
};
var h = (checks, why, fix, refs, waiver = "model", waiverNote) => ({ checks, why, fix, refs, waiver, ...waiverNote ? { waiverNote } : {} });
var SUPPLY = "OWASP LLM03:2025 Supply Chain";
var POISON = "OWASP LLM04:2025 Data and Model Poisoning";
var ASI04 = "OWASP Agentic ASI04:2026 Agentic Supply Chain Vulnerabilities";
var GOV14 = "NIST AI RMF GOVERN 1.4 (risk management through transparent policies and controls)";
var MAP41 = "NIST AI RMF MAP 4.1 (legal and technology risks of components, including third-party data and models)";
var MEA27 = "NIST AI RMF MEASURE 2.7 (security and resilience evaluated and documented)";
var MAN11 = "NIST AI RMF MANAGE 1.1 (decide whether deployment should proceed)";
var ART9 = "EU AI Act Art. 9 (risk management system)";
var ART10 = "EU AI Act Art. 10 (data and data governance)";
var ART11 = "EU AI Act Art. 11 (technical documentation)";
var ART15 = "EU AI Act Art. 15 (accuracy, robustness and cybersecurity)";
var RULE_HELP = {
  "manifest/parse-error": h(
    "The manifest file is not valid YAML or JSON, so nothing in it can be checked.",
    `${P.unaudited} A manifest the gate cannot read would otherwise be a change nobody audited; the gate fails closed.`,
    "Fix the syntax at the reported line (indentation, an unclosed quote or bracket, a tab) and run `model-gate validate <file>` locally.",
    [GOV14, ART11],
    "no-model"
  ),
  "manifest/schema": h(
    "The manifest parses but does not match the `model-gate/v1` ModelManifest schema: a required field is missing, a value has the wrong type, or a key is unknown.",
    `${P.unaudited} The checks rely on each field meaning exactly one thing; a misspelt key such as \`riskTeir\` would silently drop a requirement.`,
    "Correct the field the message names. Point your editor at the JSON Schema in `schema/` for completion, and run `model-gate validate <file>`.",
    [GOV14, ART11]
  ),
  "manifest/duplicate-name": h(
    "Two manifests in the repository declare the same `metadata.name`.",
    `${P.unaudited} Waivers, reports and approvals identify a model by its name; two models with one name would share each other's waivers and evidence.`,
    "Give each model a unique `metadata.name` (lowercase letters, digits, `.`, `_`, `-`), or delete the manifest that is a stale copy.",
    [GOV14, "NIST AI RMF GOVERN 1.6 (inventory of AI systems)"]
  ),
  "manifest/not-a-model": h(
    "A file matches a declaration pattern (an ML-BOM pattern such as `**/bom.json`) but declares no model: a CycloneDX BOM with no `machine-learning-model` component. It is not read as a declaration.",
    "Repositories commit dependency SBOMs under the same names as ML-BOMs; a gate that failed them would be switched off. Saying so once keeps the decision visible.",
    "Nothing to do for a dependency SBOM. If the file was meant to declare a model, add a component with `type: machine-learning-model`, its SHA-256 hash and the `model-gate:*` properties.",
    ["CycloneDX 1.6 machine-learning-model component", ART11],
    "no-model"
  ),
  "manifest/merged-declaration": h(
    "A native manifest and a Hugging Face model card or ML-BOM component declare the same artifact. They are judged as one model: the manifest's fields are used, except the risk tier, type and environments, where the stricter of the two applies.",
    `${P.unaudited} Two declarations of one model must not let a pull request choose the laxer one: a card saying minimal beside a manifest saying high is judged high.`,
    "Nothing is wrong. To silence the note, keep the model's facts in one place: drop the `model-gate:` block from the card (its other metadata stays useful), or make the two agree.",
    [GOV14, ART11]
  ),
  "change/unmanifested-artifact": h(
    "The pull request adds or changes a model file (a path matching the policy's `artifacts` patterns) that no manifest declares in `spec.artifacts`.",
    `${P.unaudited} A model file with no manifest has no risk assessment, evidence or approval: it is exactly the unaudited change the gate exists to stop.`,
    "Declare the file in the `spec.artifacts` of the model's manifest (with its digest), or add a manifest for the new model. If the file is not a model, narrow the policy's `artifacts` patterns on the default branch.",
    [SUPPLY, ASI04, "NIST AI RMF GOVERN 1.6 (inventory of AI systems)", ART11],
    "no-model"
  ),
  "change/manifest-deleted": h(
    "The pull request deletes a model manifest.",
    `${P.unaudited} Deleting the manifest removes the model from the gate's view; if its files stay, later changes to them would no longer be audited.`,
    "If the model is retired, delete its artifacts in the same pull request. If the manifest moved or was renamed, keep `metadata.name` the same so history and waivers follow it.",
    ["NIST AI RMF GOVERN 1.7 (decommissioning AI systems safely)", ART11]
  ),
  "change/tier-lowered": h(
    "The pull request lowers a model's risk tier, drops one of its environments or changes its type, compared with the base declarations the model matches (by name, artifact path or artifact digest).",
    `${P.unaudited} A pull request must not pick the rules that judge it: a high-risk model re-labelled minimal in the same change that swaps its weights would need no evidence and no approval.`,
    "Nothing to undo: the change is judged as the stricter version (the higher tier, the union of environments and types), with that tier's evidence and approvals. Once it merges, later changes are judged at the new tier. To lower a tier, do it in a pull request of its own that still meets the old tier's requirements.",
    [GOV14, "NIST AI RMF MAP 4.1 (risks of AI components mapped)", ART11]
  ),
  "change/renamed": h(
    "A model declares artifacts (by path or digest) that another model declared in the base commit, or no longer shares any artifact with the model of its own name there.",
    `${P.unaudited} Identity is the name, the artifact paths and their digests together: two models swapping names would otherwise move one model's waivers and history onto the other's bytes.`,
    "If it is a rename, keep `metadata.name` the same so history and waivers follow the model. If models swapped files, review both changes as new models; waivers for the name no longer apply until the policy owners write them for the new artifacts.",
    [SUPPLY, "NIST AI RMF GOVERN 1.6 (inventory of AI systems)", ART11]
  ),
  "policy/changed": h(
    "The pull request changes the gate's policy file. The gate always judges a pull request with the base branch's policy, so the change takes effect only after merge.",
    `${P.owner} A change to the rules must be reviewed by the policy owners, not slipped in with a model change.`,
    "Have the policy owners (the policy's `owners`) review and approve the pull request. Keep policy changes in their own pull request.",
    [GOV14, "NIST AI RMF GOVERN 2.1 (roles and responsibilities documented)"],
    "no-model"
  ),
  "integrity/missing-digest": h(
    "An in-repository artifact in `spec.artifacts` has no `digest`.",
    `${P.unaudited} Evidence and approvals are bound to the model digest; without a declared digest the manifest does not say which bytes were audited.`,
    "Run `model-gate digest --write <manifest>`: it adds the digests of the files (for Git LFS files, from the pointer, without downloading the weights); `model-gate digest --artifacts <manifest>` only prints them.",
    [SUPPLY, ASI04, MEA27, ART15]
  ),
  "integrity/digest-mismatch": h(
    "An artifact's bytes (or its Git LFS pointer's oid) do not match the `digest` the manifest declares, or the LFS pointer is malformed.",
    `${P.unaudited} The model changed after it was assessed and tested, or the manifest points at different bytes than were reviewed: possible tampering or model substitution.`,
    "If the new bytes are intended, run `model-gate digest --write <manifest>`: it updates the artifact digests and lists the evidence still bound to the old digest; redo that evidence for the new bytes (risk assessment and adversarial tests carry the model digest). If not, restore the reviewed file.",
    [SUPPLY, POISON, ASI04, MEA27, ART15],
    "model",
    "A waiver here accepts unknown bytes in production; prefer fixing the digest and evidence."
  ),
  "integrity/artifact-missing": h(
    "An artifact declared with an in-repository `path` does not exist at the pull request's head.",
    `${P.unaudited} A manifest that points at nothing cannot be bound to the bytes that actually ship.`,
    "Commit the file (with Git LFS for large weights), or correct the `path`, or use `uri:` with a digest if the bytes live outside the repository.",
    [SUPPLY, ASI04, ART11]
  ),
  "integrity/unpinned-reference": h(
    "An artifact stored outside the repository (`uri:`) has no sha256 `digest`.",
    `${P.unaudited} For bytes outside the repository the digest is the only binding between what was tested and what is deployed; a bucket object or hub revision can change under the same name.`,
    "Add `digest: sha256:<64 hex>` of the exact object (download it once and run `sha256sum`), and pin a versioned URI where the store supports it.",
    [SUPPLY, ASI04, MAP41, ART15]
  ),
  "integrity/signature-missing": h(
    "The tier's policy requires a model signature (`tiers.<tier>.signature.required`) and the manifest has no `spec.signature`.",
    `${P.unaudited} A signature ties the model files to the identity that produced them, so a compromised build or bucket cannot substitute weights.`,
    "Sign the model with OpenSSF Model Signing (sigstore) and commit the bundle; set `spec.signature.path` to it.",
    [SUPPLY, ASI04, MEA27, ART15]
  ),
  "integrity/signature-invalid": h(
    "The model signature bundle does not verify (bad signature, malformed bundle or untrusted certificate chain).",
    `${P.unaudited} A signature that does not verify is worse than none: the provenance claim is false or the bundle was tampered with.`,
    "Re-sign the current model files and commit the new bundle. If you did not produce this bundle, treat it as a security incident.",
    [SUPPLY, ASI04, MEA27, ART15],
    "model",
    "Do not waive a failed verification; it is the signal signing exists to give."
  ),
  "integrity/signature-mismatch": h(
    "The signature verifies, but the file digests it signs do not match the model's artifacts.",
    `${P.unaudited} The signature covers other bytes: the model changed after signing, or the bundle belongs to another model.`,
    "Sign the files the manifest declares now, or restore the files that were signed.",
    [SUPPLY, ASI04, MEA27, ART15]
  ),
  "integrity/signer-not-allowed": h(
    "The signature verifies but its signer identity is not in the tier's `signature.signers`.",
    `${P.access} Only identities the policy trusts (for example your release workflow) may produce models for production.`,
    "Sign with an allowed identity (the release workflow), or have the policy owners add the signer to `signature.signers` on the default branch.",
    [SUPPLY, ASI04, "NIST AI RMF GOVERN 6.1 (third-party risk policies)", ART15]
  ),
  "integrity/signature-unverified": h(
    "The signature bundle could not be verified offline (for example, verification needs trust material the gate does not have).",
    `${P.unaudited} The gate reports what it could not check instead of treating it as checked.`,
    "Use a bundle that carries its verification material (sigstore bundle v0.3), or verify in a separate step and keep this as a warning.",
    [SUPPLY, MEA27]
  ),
  "risk/missing-assessment": h(
    "A model in a tier that needs one (baseline: limited and high) has no `spec.riskAssessment`.",
    `${P.assess} ${P.owasp}`,
    "Assess the model (OWASP LLM Top 10 for LLMs, Agentic Top 10 for agents), commit the report, and add `spec.riskAssessment` with `report`, `tier`, `assessedBy`, `date` and `modelDigest`.",
    ["NIST AI RMF MAP 1.1 (context established)", "NIST AI RMF MAP 5.1 (impacts identified)", ART9]
  ),
  "risk/report-missing": h(
    "The risk assessment names no report file, or its `report` file does not exist at head.",
    `${P.assess} An assessment that exists only as a claim in YAML cannot be reviewed or audited.`,
    "Commit the assessment document and set `spec.riskAssessment.report` to its repository path.",
    [ART9, ART11, GOV14]
  ),
  "risk/tier-mismatch": h(
    "`spec.riskAssessment.tier` differs from `spec.riskTier`.",
    `${P.assess} The tier decides which approvals, evidence and controls are required; an assessment made for a lower tier does not justify a higher one, and a model moved to a lower tier needs a new assessment that says why.`,
    "Re-assess the model for its current tier and update `riskAssessment.tier`, or correct `spec.riskTier` if the assessment is right.",
    [ART9, "EU AI Act Art. 6 (classification of high-risk systems)", "NIST AI RMF MAP 1.5 (risk tolerance)"]
  ),
  "risk/assessment-expired": h(
    "The risk assessment is older than the tier's `riskAssessment.maxAgeDays` (baseline: 365 days for high risk), dated in the future, or has no valid ISO date.",
    `${P.review} Threats and uses change; an old assessment no longer describes the risk.`,
    "Review the assessment, update the report and `riskAssessment.date` (YYYY-MM-DD). Bind it to the current model digest while you are at it.",
    ["NIST AI RMF GOVERN 1.5 (ongoing monitoring and periodic review)", ART9]
  ),
  "risk/assessment-not-bound": h(
    "`spec.riskAssessment.modelDigest` is missing or is not the model digest of the declared artifacts.",
    `${P.assess} An assessment counts only for the bytes it assessed; a digest binds the document to those bytes.`,
    "Assess the current model and set `riskAssessment.modelDigest` to the output of `model-gate digest <manifest>`.",
    [SUPPLY, ART9, ART11]
  ),
  "risk/framework-incomplete": h(
    "A framework review the tier requires (`riskAssessment.frameworks`, baseline: `owasp-llm-2025` for LLMs, `owasp-agentic-2026` for agents) is missing, lacks items, or has items still `open`.",
    `${P.owasp}`,
    "Give every item of the framework a status: `mitigated`, `accepted` (a risk owner accepted it), or `not-applicable`. An `open` item blocks.",
    [
      "OWASP Top 10 for LLM Applications 2025 (LLM01-LLM10)",
      "OWASP Top 10 for Agentic Applications 2026 (ASI01-ASI10)",
      "NIST AI RMF MAP 5.1 (impacts identified)",
      ART9
    ]
  ),
  "risk/unacceptable": h(
    "The model's `spec.riskTier` is `unacceptable`, a tier the policy blocks (`tiers.unacceptable.blocked`).",
    "Baseline: the unacceptable tier is always blocked. The EU AI Act prohibits these practices outright (social scoring, manipulative techniques, untargeted face scraping, and the like).",
    "Do not ship the model. If the tier is wrong, re-assess the use case and set the tier the assessment supports.",
    ["EU AI Act Art. 5 (prohibited AI practices)", MAN11],
    "model",
    "The engine accepts such a waiver, but it would mean shipping a prohibited system: re-assess the tier instead."
  ),
  "evidence/missing-adversarial": h(
    "The tier requires adversarial testing (`adversarialTests.required`; baseline: limited and high) and `spec.adversarialTests` is empty.",
    P.adversarial,
    "Run garak or promptfoo (or any tool, written in the model-gate JSON format) against the exact model bytes, commit the report, and add it to `spec.adversarialTests` with `tool`, `report`, `modelDigest` and `date`.",
    ["OWASP LLM01:2025 Prompt Injection", "OWASP Agentic ASI01:2026 Agent Goal Hijack", MEA27, ART15]
  ),
  "evidence/report-missing": h(
    "An adversarial-test entry points at a report file that does not exist at head.",
    `${P.adversarial} Evidence must be in the repository, where reviewers and the gate can read it.`,
    "Commit the report at the `report` path, or correct the path.",
    [MEA27, ART11]
  ),
  "evidence/unreadable-report": h(
    "An adversarial-test report cannot be parsed as the declared `tool`'s format, or reports zero attempts.",
    `${P.adversarial} A report that cannot be read is never counted as a pass: that is how a truncated or hand-edited file would slip through.`,
    "Regenerate the report with the tool and commit it unchanged; check that `tool` matches the file (garak JSONL, promptfoo `--output` JSON, or model-gate JSON).",
    [MEA27, ART15]
  ),
  "evidence/not-bound": h(
    "The test entry's `modelDigest` (or the digest recorded in the report itself) is not the model digest of the declared artifacts.",
    `${P.adversarial} Test results for other bytes say nothing about these: a fine-tune or re-quantisation changes the model's behaviour.`,
    "Run the tests against the current model and set `modelDigest` to the output of `model-gate digest <manifest>`.",
    [SUPPLY, MEA27, ART15]
  ),
  "evidence/stale-report": h(
    "The pull request changes the model digest but leaves an evidence report (risk assessment or adversarial test) unchanged.",
    `${P.unaudited} A report that did not change is evidence about the old model, whatever digest the manifest now claims for it.`,
    "Re-run the tests (and review the assessment) on the new bytes and commit the new reports in the same pull request.",
    [SUPPLY, MEA27, ART15]
  ),
  "evidence/expired": h(
    "The adversarial-test report is older than the tier's `adversarialTests.maxAgeDays` (baseline: 90 days), dated in the future, or has no valid date.",
    `${P.adversarial} New jailbreaks and injection techniques appear every month; old results understate today's attack success rate.`,
    "Re-run the adversarial tests with a current probe set, commit the report and update the entry's `date`.",
    [
      "OWASP LLM01:2025 Prompt Injection",
      MEA27,
      "NIST AI RMF MANAGE 4.1 (post-deployment monitoring)",
      ART15
    ]
  ),
  "evidence/threshold-exceeded": h(
    "The report's attack success rate (successful attacks over attempts) is above the tier's limit, overall (`adversarialTests.maxAttackSuccessRate`, baseline: 5% high, 10% limited) or for one garak probe (summed over its detectors), promptfoo plugin or native suite (`maxAttackSuccessRatePerProbe`, default the same limit). A probe with fewer than `minAttempts` attempts (default 20) is not judged alone. One finding per probe over the limit: thousands of passes from an easy probe do not hide a prompt injection that always succeeds.",
    `${P.adversarial} Too many attacks succeed: prompt injection, jailbreaks or data leakage that an attacker can reproduce.`,
    "Mitigate the weakest probes the message names (system prompt hardening, input filtering, output checks, fine-tuning), re-test, and commit the new report.",
    [
      "OWASP LLM01:2025 Prompt Injection",
      "OWASP LLM02:2025 Sensitive Information Disclosure",
      "OWASP LLM07:2025 System Prompt Leakage",
      "OWASP Agentic ASI01:2026 Agent Goal Hijack",
      MEA27,
      ART15
    ],
    "model",
    "Waive only with compensating controls (limited audience, extra filtering) and a date for the fix."
  ),
  "evidence/not-red-team": h(
    "A report declared as promptfoo adversarial evidence is a plain eval: it has no red-team configuration (`config.redteam`) and no result names a red-team plugin.",
    `${P.adversarial} A plain eval's pass rate measures answers to ordinary questions, not attacks; counted as adversarial evidence it would let an untested model through.`,
    "Run `promptfoo redteam run` (plugins such as prompt-injection, hijacking, pii, harmful) against the model and commit its `--output` JSON, with the model digest in the manifest.",
    ["OWASP LLM01:2025 Prompt Injection", MEA27, ART15]
  ),
  "provenance/missing-datasets": h(
    "The tier requires dataset provenance (`datasets.required`; baseline: high) and `spec.datasets` is empty.",
    `${P.data} Data poisoning happens in training; without a list of datasets nobody can say what the model learnt from.`,
    "List every training, fine-tuning and evaluation dataset under `spec.datasets` with `name`, `role`, `source`, `license`, `digest` and `vetted`.",
    [POISON, SUPPLY, ART10, MAP41]
  ),
  "provenance/unvetted-dataset": h(
    "A dataset has no `vetted` record (who reviewed it and when) while the tier requires vetted data.",
    `${P.data}`,
    "Have the data reviewed (source, licence, personal data, poisoning checks) and record it: `vetted: { by: <reviewer>, date: YYYY-MM-DD }`.",
    [POISON, ART10, MAP41]
  ),
  "provenance/license-denied": h(
    "A dataset's `license` matches the policy's `licenses.deny` list, or is outside its `licenses.allow` list.",
    "Data governance: the licence decides whether the model may be used commercially at all; a denied licence is a legal risk the policy owners have already ruled out.",
    "Replace the dataset with one under an allowed licence and retrain, or get a licence exception from the policy owners (they change the policy on the default branch).",
    [SUPPLY, MAP41, ART10]
  ),
  "provenance/license-unknown": h(
    "A dataset has no `license`, or it is not a valid SPDX expression, so the licence policy cannot be evaluated.",
    "Data governance: a licence nobody can parse is a licence nobody checked.",
    "Write the SPDX identifier or expression (for example `CC-BY-4.0`, `Apache-2.0 OR MIT`); for a custom licence use `LicenseRef-<name>` and have it reviewed.",
    [SUPPLY, MAP41, ART10]
  ),
  "provenance/missing-digest": h(
    "A dataset has no `digest` while the tier requires pinned data (`datasets.digest`; baseline: high).",
    `${P.data} A dataset pinned by digest cannot be swapped or silently extended after it was vetted.`,
    "Add `digest: sha256:<64 hex>` of the dataset snapshot (of the archive, or of a manifest listing its files).",
    [POISON, SUPPLY, ART10]
  ),
  "provenance/personal-data-without-dpia": h(
    "A dataset is marked `personalData: true` but names no `dpia` file, or the file does not exist.",
    "Data governance: personal data in training needs a data protection impact assessment (GDPR Art. 35) before use.",
    "Carry out the DPIA with your privacy team, commit it, and set the dataset's `dpia` to its path.",
    [
      "OWASP LLM02:2025 Sensitive Information Disclosure",
      "GDPR Art. 35 (data protection impact assessment)",
      ART10,
      "NIST AI RMF MEASURE 2.10 (privacy risk examined)"
    ]
  ),
  "controls/missing": h(
    "A deployment control that the tier (`tiers.<tier>.controls`) or one of the model's environments (`environments.<env>.controls`) requires is absent or disabled in `spec.controls`.",
    `${P.encryption} ${P.logging} ${P.api} ${P.internal} ${P.monitoring}`,
    "Put the control in place and declare it under `spec.controls` as the message says (for example `encryption: { atRest: true, inTransit: true }`).",
    [
      "OWASP LLM01:2025 Prompt Injection (input validation)",
      "OWASP LLM05:2025 Improper Output Handling (output sanitization)",
      "OWASP LLM10:2025 Unbounded Consumption (rate limits)",
      "EU AI Act Art. 12 (record-keeping)",
      ART15,
      "NIST AI RMF MANAGE 4.1 (post-deployment monitoring)"
    ]
  ),
  "evaluation/below-threshold": h(
    "An evaluation metric in `spec.evaluation.metrics` is below the tier's `evaluation.minMetrics` (baseline: accuracy 0.95 for high), or is missing.",
    P.accuracy,
    "Improve the model (retrain, fix data) until the metric meets the minimum, and record the new evaluation.",
    ["OWASP LLM09:2025 Misinformation", "NIST AI RMF MEASURE 2.3 (performance demonstrated)", ART15]
  ),
  "evaluation/expired": h(
    "The evaluation date is older than the tier's `evaluation.maxAgeDays` (baseline: 90 days), in the future, or missing.",
    `${P.accuracy} Drift makes old metrics optimistic.`,
    "Evaluate the model on current data and update `spec.evaluation` (`date` and `metrics`).",
    [
      "NIST AI RMF MEASURE 2.4 (behaviour monitored in production)",
      "NIST AI RMF MANAGE 4.1 (post-deployment monitoring)",
      ART15
    ]
  ),
  "agent/unapproved-tool-scope": h(
    "An agent tool has a risky scope (policy `agent.riskyScopes`; by default write, execute, network) without `humanApproval: true`.",
    P.agent,
    "Require human approval for the tool (`humanApproval: true`) or reduce its scopes to what the task needs (often `read`).",
    [
      "OWASP LLM06:2025 Excessive Agency",
      "OWASP Agentic ASI02:2026 Tool Misuse and Exploitation",
      "OWASP Agentic ASI03:2026 Identity and Privilege Abuse",
      "EU AI Act Art. 14 (human oversight)"
    ]
  ),
  "approval/insufficient": h(
    "The pull request has fewer approving reviews than the model's tier requires (baseline: 2 for high, 1 for limited) from the allowed teams or users, on the head commit.",
    `${P.owasp} ${P.access}`,
    "Ask the reviewers the message names for a review. Approvals count only from pull request reviews, latest per reviewer; the author never counts, nor anyone who authored or committed a commit of the pull request (unless `approvals.allowContributors`; GitHub's Update branch merges are nobody's), and new commits may need re-approval. In the merge queue the queued pull request's approvals are judged the same way.",
    [
      "NIST AI RMF GOVERN 2.1 (roles and responsibilities documented)",
      "NIST AI RMF GOVERN 4.1 (critical thinking and safety-first culture)",
      "EU AI Act Art. 14 (human oversight)",
      "EU AI Act Art. 17 (quality management system)"
    ]
  ),
  "approval/changes-requested": h(
    "A reviewer whose approval would count has requested changes (their latest review).",
    `${P.owasp} A required reviewer's objection is not outvoted by other approvals.`,
    "Address the reviewer's comments and ask them to re-review, or have them dismiss their review.",
    [
      "NIST AI RMF GOVERN 2.1 (roles and responsibilities documented)",
      "EU AI Act Art. 17 (quality management system)"
    ]
  ),
  "approval/unverifiable": h(
    "The gate could not verify approvals: team membership could not be read (the token lacks `read:org` / members permission), the reviews could not be listed, the pull request has more than the 250 commits GitHub lists (so who wrote them is unknown), or a merge-queue run names no readable pull request. As a note: commits whose author or committer has no linked GitHub account, which could be an approver's under another e-mail.",
    `${P.access} An approval that cannot be verified does not count: the gate fails closed.`,
    "Give the gate a token that can read team membership (a GitHub App or a PAT with `read:org`), or list approvers as `users` in the policy. Squash or split a pull request of more than 250 commits. For the note, check the listed commits' authors before merging, or ask them to link their commit e-mail to their account.",
    [GOV14, "EU AI Act Art. 14 (human oversight)"]
  ),
  "approval/pending": h(
    "Approvals are not visible in a local run (`model-gate check` on a git repository); they are checked on the pull request.",
    "The gate reports what it did not check rather than treating it as checked.",
    "Nothing to do locally: the Action checks approvals on the pull request.",
    [GOV14]
  ),
  "waiver/expired": h(
    "A waiver in the policy is past its `expires` date; the findings it covered count again.",
    `${P.review} Risk acceptance is revisited, never permanent.`,
    "Fix the waived findings, or renew the waiver on the default branch with a new reason and an expiry at most 90 days ahead. Remove waivers that are no longer needed.",
    [
      "NIST AI RMF GOVERN 1.5 (ongoing monitoring and periodic review)",
      "NIST AI RMF MANAGE 1.3 (responses to risks documented)"
    ],
    "never"
  ),
  "waiver/invalid": h(
    "A waiver lacks `rule`, `model`, `reason`, `owner` or `expires`, names an unknown rule id or a `waiver/*` rule, has a date that is not YYYY-MM-DD, or expires more than 90 days ahead. It waives nothing.",
    `${P.owner} Every accepted risk has a reason, an owner and an end date.`,
    "Correct the waiver in the policy on the default branch: an exact rule id, the model's `metadata.name`, a reason, an owner, and `expires` at most 90 days ahead.",
    ["NIST AI RMF MANAGE 1.3 (responses to risks documented)", GOV14],
    "never"
  ),
  "deploy/environment-not-declared": h(
    "`model-gate verify --environment NAME` was asked to approve a deployment to NAME, but NAME is not a `deploy` entry of the policy (the baseline declares `staging` and `production`), or the model's `spec.deployments` list does not include it.",
    `${P.access} A deployment environment nobody declared has no requirements, so a deploy to it would prove nothing; a model declared for staging only must not reach production.`,
    "Deploy to a declared environment, or add it on the default branch (`deploy: { NAME: { require: [...] } }` in the policy) or to the model's `spec.deployments` through a reviewed pull request.",
    [MAN11, "NIST AI RMF GOVERN 1.4 (transparent policies and procedures)", ART9]
  ),
  "deploy/unknown-artifact": h(
    "A file passed with `--artifact` (the bytes a deploy job pulled from a registry or bucket) has a sha256 that is not the digest of any artifact of the models judged.",
    `${P.unaudited} The audit binds evidence and approvals to exact bytes; bytes that are not those are unaudited, however they are named.`,
    "Deploy the audited bytes, or declare the new bytes' digest in the manifest through a pull request with fresh evidence. `model-gate digest` and `sha256sum` print the digest to compare.",
    [SUPPLY, ASI04, "NIST AI RMF MANAGE 2.2 (mechanisms to sustain the value of deployed systems)", ART15],
    "never"
  ),
  "audit/expiring": h(
    "The scheduled audit (`model-gate audit --within DAYS`) found an item that is still current but stops being so within DAYS days (30 by default): a risk assessment, adversarial test or evaluation past its tier's `maxAgeDays`, a dataset vetting past `datasets.vettedMaxAgeDays`, or a waiver. Its age counts from the older of the declared date and the run date inside the report.",
    `${P.review} Evidence that was current when a model merged expires quietly afterwards; the audit says so before deployments are refused.`,
    "Renew the item before the date in the message: re-run the assessment, tests or evaluation on the model's current bytes and update the manifest through a pull request, or renew or remove the waiver.",
    [
      "NIST AI RMF GOVERN 1.5 (ongoing monitoring and periodic review)",
      "NIST AI RMF MANAGE 4.1 (post-deployment monitoring)",
      ART9
    ]
  ),
  "safety/unsafe-pickle": h(
    "A model file uses Python pickle (`.pkl`, `.pt`, `.bin`, `.ckpt`, `.joblib`, ...) and imports a global that is on the built-in deny list (matched at every dotted component: `pathlib.os.system` is `os.system`), or that is on no allow list: loading it imports and may call it. Allowed: safe builtins, torch and numpy rebuild helpers, the classes of named scikit-learn and joblib versions, and the base policy's `scan.allowGlobals`; a deny entry always wins.",
    `${P.unaudited} A pickle is a program; a poisoned model file compromises every machine that loads it.`,
    'Convert the weights to safetensors (or ONNX/GGUF) and ship that file instead. If the pickle must stay and the finding names a class you trust (your own model class), add it to `scan: { allowGlobals: ["module.Class"] }` in the base branch\'s policy; a denied global cannot be allowed.',
    [SUPPLY, POISON, ASI04, "OWASP Agentic ASI05:2026 Unexpected Code Execution", ART15],
    "model",
    "Waive only for files that are never loaded outside an isolated sandbox."
  ),
  "safety/unsafe-format": h(
    "A model file is malformed (for example a safetensors header that lies about sizes, or a zip archive that Python's zipfile and PyTorch would read differently: bytes before or after the archive, a second end record, a local header that disagrees with the central directory) or carries risky content (such as Keras Lambda layers with code, or a GGUF chat template that reaches Python internals through dunder or computed attribute names, as in CVE-2024-34359).",
    `${P.unaudited} Parsers of malformed model files are an attack surface, and embedded code runs when the model loads.`,
    "Re-export the model with the framework's safe serialiser (safetensors; Keras without Lambda layers) and commit the new file and digest. For a chat template, use the template published with the base model.",
    [SUPPLY, ASI04, "OWASP Agentic ASI05:2026 Unexpected Code Execution", ART15]
  ),
  "safety/not-scanned": h(
    "A model file could not be scanned, typically because only its Git LFS pointer is in the checkout, or because it is in a format the scanner cannot read (7z, lzma-alone, bytes it does not recognise).",
    "The gate reports what it did not check rather than treating it as checked.",
    "Check out LFS files in the workflow (`actions/checkout` with `lfs: true`) so the scanner can read them, and store models uncompressed or gzip/bzip2/xz compressed; the policy can make this an error (`tiers.<tier>.scan.required`).",
    [SUPPLY, ASI04]
  ),
  "input/path-outside-repo": h(
    "A path in a manifest or policy (artifact, report, DPIA, signature) leaves the repository (`../`, an absolute path) and is never read.",
    "Manifests are untrusted input: a path that escapes the checkout could make the gate read runner secrets or another workspace.",
    "Use a repository-relative path to a file inside the repository.",
    [
      "OWASP LLM03:2025 Supply Chain",
      "NIST AI RMF MEASURE 2.7 (security and resilience evaluated and documented)"
    ]
  ),
  "input/symlink": h(
    "A path in a manifest resolves to a symbolic link, which the gate never follows.",
    "Manifests are untrusted input: a symlink can point a harmless-looking path at a file outside the repository or at other evidence.",
    "Commit the real file at that path instead of a link.",
    [
      "OWASP LLM03:2025 Supply Chain",
      "NIST AI RMF MEASURE 2.7 (security and resilience evaluated and documented)"
    ]
  ),
  "input/too-large": h(
    "A manifest, policy or evidence file is over the size limit (10 MiB, or the policy's `limits.maxFileBytes`) and is not read.",
    "Untrusted input is size-capped so a huge file cannot exhaust the runner; nothing unread counts as a pass.",
    "Shrink the file (compress or split a very large evidence report, keep only the summary the tool writes), or raise `limits.maxFileBytes` in the policy on the default branch.",
    ["OWASP LLM10:2025 Unbounded Consumption"]
  ),
  "input/submodule": h(
    "A file a declaration points to (an artifact, a report) lies inside a git submodule: its bytes are another repository's, pinned only by the submodule commit.",
    `${P.unaudited} A pull request that only moves the submodule pointer changes the weights in every checkout, yet the change list shows one path and no model file; the gate cannot hash or scan bytes that are not in this repository's history.`,
    "Vendor the file into this repository (Git LFS is fine), or declare the artifact with `uri:` (where it is fetched from) and its `digest:` instead of `path:`, so the digest binds the bytes wherever they live.",
    [SUPPLY, ASI04, MAP41]
  )
};

export {
  RULE_HELP
};
