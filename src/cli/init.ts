// `model-gate init`: a starter policy and an example manifest, never overwriting by accident.
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parse } from "./args.ts";
import { HELP } from "./help.ts";

const POLICY = `# yaml-language-server: $schema=https://raw.githubusercontent.com/model-gate/model-gate/main/schema/policy.schema.json
# Model Gate policy. It is always read from the pull request's BASE commit: a PR cannot
# loosen the rules that judge it. Protect this file with CODEOWNERS.
apiVersion: model-gate/v1
kind: Policy
extends: baseline
# Teams whose approval any change to this file needs:
# owners: { teams: [your-org/ai-governance] }
# tiers:
#   high:
#     approvals: { count: 2, from: { teams: [your-org/ai-risk-committee] } }
# licenses: { deny: [CC-BY-NC-4.0, CC-BY-NC-SA-4.0] }
waivers: []
`;

const MANIFEST = `# yaml-language-server: $schema=https://raw.githubusercontent.com/model-gate/model-gate/main/schema/manifest.schema.json
# One manifest per model, beside it. Every path is relative to the repository root.
apiVersion: model-gate/v1
kind: ModelManifest
metadata:
  name: example-classifier
  version: "1.0.0"
  owner: your-team
spec:
  type: classifier
  riskTier: minimal
  environments: [internal]
  artifacts:
    - path: models/example/model.safetensors
      # Run: npx model-gate digest models/example.model.yaml
      digest: sha256:0000000000000000000000000000000000000000000000000000000000000000
  controls:
    isolation: container
    monitoring: { anomalyAlerts: true, driftDetection: true }
`;

export async function runInit(argv: string[]): Promise<number> {
  const { values } = parse("init", argv, { repo: { type: "string" }, force: { type: "boolean" } }, false);
  if (values.help) {
    process.stdout.write(HELP.init);
    return 0;
  }
  const root = resolve(values.repo ?? ".");
  for (const [rel, text] of [
    [".github/model-gate.yml", POLICY],
    ["models/example.model.yaml", MANIFEST],
  ] as const) {
    const path = join(root, rel);
    if (!values.force && (await exists(path))) {
      process.stdout.write(`kept ${rel} (exists; --force to overwrite)\n`);
      continue;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    process.stdout.write(`wrote ${rel}\n`);
  }
  process.stdout.write(
    "Next: add your model's artifacts, run 'model-gate digest' on the manifest, then 'model-gate check'.\n",
  );
  return 0;
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}
