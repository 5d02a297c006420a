// `model-gate init`: a starter policy, and a manifest for every model already in the repository
// (found by file, model card or ML-BOM) with its artifacts' real digests. The risk tier is left
// for a person to choose, so validation fails until someone does. Never overwrites by accident.
import { lstat, mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { createFsTree } from "../repo/fs-tree.ts";
import { isGitRepo, topLevel } from "../repo/git.ts";
import { createWorktree } from "../repo/worktree.ts";
import { parse } from "./args.ts";
import { HELP } from "./help.ts";
import { draftManifest, findUndeclaredModels } from "./init-models.ts";
import { workingPolicy } from "./working-tree.ts";

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
  const dir = resolve(values.repo ?? ".");
  const git = await isGitRepo(dir);
  // In a clone, everything is relative to its top level (where the gate looks).
  const root = git ? await topLevel(dir) : dir;
  const write = async (rel: string, text: string): Promise<boolean> => {
    const path = join(root, rel);
    // Never written through a symbolic link planted in the repository, even with --force.
    if ((await lstat(path).catch(() => null))?.isSymbolicLink()) {
      process.stdout.write(`skipped ${JSON.stringify(rel)} (a symbolic link)\n`);
      return false;
    }
    if (!values.force && (await exists(path))) {
      process.stdout.write(`kept ${rel} (exists; --force to overwrite)\n`);
      return false;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    process.stdout.write(`wrote ${rel}\n`);
    return true;
  };
  await write(".github/model-gate.yml", POLICY);

  const tree = git ? createWorktree(root) : createFsTree(root);
  const found = await findUndeclaredModels(tree, await workingPolicy(tree));
  if (found.length === 0) {
    await write("models/example.model.yaml", MANIFEST);
    process.stdout.write(
      "No model files found: models/example.model.yaml shows the shape. Add your model's artifacts, run 'model-gate digest --write' on the manifest, then 'model-gate check'.\n",
    );
    return 0;
  }
  let written = 0;
  for (const m of found) {
    if (await write(m.manifest, draftManifest(m))) written++;
  }
  process.stdout.write(
    `${written} manifest${written === 1 ? "" : "s"} written with the artifacts' real digests. Each leaves riskTier (and type) for you to choose: 'model-gate validate' fails until you do. Then run 'model-gate check --worktree'.\n`,
  );
  return 0;
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}
