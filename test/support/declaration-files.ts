// One repository's worth of files that are, or look like, declarations (issue 11, step 3): the
// same fixture for every command's black-box test, so they can be held to one classification.
import { stringify } from "yaml";
import { daysAgo, garakReport, pointer, sha } from "../engine/helpers.ts";
import { compliantManifest } from "./compliant-manifest.ts";

/** Findings the readers of declarations produce (what `validate` checks). */
const READER_RULES = new Set([
  "manifest/parse-error",
  "manifest/schema",
  "manifest/not-a-model",
  "provenance/license-unknown",
  "input/too-large",
]);

export const POLICY = `apiVersion: model-gate/v1
kind: Policy
extends: baseline
manifests: ["**/*.model.yaml", "models/**/*.model.json"]
licenses:
  allow: [LicenseRef-hf-acme-model]
waivers: []
`;

function native(name: string) {
  return compliantManifest({
    name,
    digest: `sha256:${sha(`${name} weights`)}`,
    artifact: `models/${name}/model.safetensors`,
    riskReport: `docs/risk/${name}.md`,
    evidence: `evidence/${name}.garak.jsonl`,
    daysAgo,
  });
}

function modelFiles(name: string) {
  return {
    [`models/${name}/model.safetensors`]: pointer(`${name} weights`),
    [`docs/risk/${name}.md`]: "# Risk assessment\n",
    [`evidence/${name}.garak.jsonl`]: garakReport(1, 100),
  };
}

/** A valid card whose licence only the repository's policy allows, documenting the policy file. */
export const CARD = `---
license: other
license_name: acme-model
model-gate:
  name: card-model
  riskTier: minimal
  type: classifier
  environments: [internal]
  artifacts:
    - path: models/c/model.safetensors
      digest: sha256:${sha("c weights")}
---

# Card model

The gate's policy for this repository looks like this:

\`\`\`yaml
apiVersion: model-gate/v1
kind: Policy
extends: baseline
\`\`\`
`;

export const FILES = {
  ".github/model-gate.yml": POLICY,
  // A native manifest, and one in JSON that only the policy's own pattern makes a manifest.
  "models/a.model.yaml": stringify(native("a")),
  ...modelFiles("a"),
  "models/b.model.json": JSON.stringify(native("b"), null, 2),
  ...modelFiles("b"),
  "models/c/README.md": CARD,
  "models/c/model.safetensors": pointer("c weights"),
  // A README beside a model file is meant to be its card: with no front matter it is invalid.
  "models/d/README.md": "# D\n",
  "models/d/model.onnx": "d weights",
  // Ordinary files: a docs page with front matter, a dependency SBOM.
  "docs/README.md": "---\ntitle: Home\nlayout: page\n---\n# Docs\n",
  "sbom/deps.cdx.json": JSON.stringify({
    bomFormat: "CycloneDX",
    specVersion: "1.5",
    version: 1,
    components: [{ type: "library", name: "left-pad", version: "1.3.0" }],
  }),
};

export const CANDIDATES = [
  "models/a.model.yaml",
  "models/b.model.json",
  "models/c/README.md",
  "models/d/README.md",
  "docs/README.md",
  "sbom/deps.cdx.json",
];

export interface Finding {
  ruleId: string;
  severity: string;
  file?: string;
  line?: number;
}

/** What reading `file` reported, as "severity rule@line", from a report's findings. */
export function readerFindings(findings: Finding[], file: string): string[] {
  return findings
    .filter((f) => f.file === file && READER_RULES.has(f.ruleId))
    .map((f) => `${f.severity} ${f.ruleId}${f.line ? `@${f.line}` : ""}`)
    .sort();
}

/** The declarations a JSON report read as models (an unreadable one is listed with no artifacts). */
export function modelsOf(report: { models: { manifest: string; artifacts: unknown[] }[] }): string[] {
  return report.models
    .filter((m) => m.artifacts.length > 0)
    .map((m) => m.manifest)
    .sort();
}
