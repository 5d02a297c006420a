import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  createWorktree
} from "./chunk-IBEXMKTC.js";
import {
  workingPolicy
} from "./chunk-BKUQ2LXP.js";
import {
  parse
} from "./chunk-4XQNZSEZ.js";
import {
  HELP
} from "./chunk-GDB26TB7.js";
import {
  artifactFact
} from "./chunk-WEKPBRKS.js";
import {
  declarationRegistry,
  modelFileMatcher,
  modelFolders,
  readManifestFiles
} from "./chunk-CXMFJBLL.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-3L5BALE3.js";
import {
  createFsTree
} from "./chunk-EZSKWDCS.js";
import {
  isGitRepo,
  topLevel
} from "./chunk-PS6DBKES.js";
import "./chunk-5JGHM2XT.js";
import "./chunk-GAQLD7RB.js";
import "./chunk-QTQMBYTJ.js";
import "./chunk-DFUNPAS7.js";
import "./chunk-TVIEZLZA.js";
import "./chunk-JOZW2F7Z.js";
import {
  sanitiseName
} from "./chunk-4WZRBO62.js";
import {
  dirOf,
  normaliseRepoPath
} from "./chunk-CHNDTHGK.js";
import "./chunk-PVXUEQET.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";

// src/cli/init.ts
import { lstat, mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

// src/cli/init-models.ts
var MAX_MODELS = 200;
function basename(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
async function findUndeclaredModels(tree, policy) {
  const files = await tree.list();
  const isModelFile = modelFileMatcher(policy);
  const registry = declarationRegistry(policy, { modelFolders: modelFolders(files, policy) });
  const declarations = files.filter(registry.isDeclaration);
  const loaded = await readManifestFiles(tree, declarations, registry, policy.limits.maxFileBytes);
  const models = loaded.flatMap((l) => l.models);
  const declared = /* @__PURE__ */ new Set();
  for (const m of models.filter((x) => x.format === "model-gate"))
    for (const a of m.manifest.spec.artifacts) {
      const n = a.path ? normaliseRepoPath(a.path) : null;
      if (n?.ok) declared.add(n.path);
    }
  const taken = /* @__PURE__ */ new Set([...files, ...declarations]);
  const handled = /* @__PURE__ */ new Set();
  const out = [];
  const place = (folder, name) => {
    const base = folder || name;
    let path = `${base}.model.yaml`;
    for (let i = 2; taken.has(path); i++) path = `${base}-${i}.model.yaml`;
    taken.add(path);
    return path;
  };
  for (const m of models) {
    if (m.format === "model-gate") continue;
    const own = m.manifest.spec.artifacts.map((a) => a.path ? normaliseRepoPath(a.path) : null).flatMap((n) => n?.ok ? [n.path] : []);
    const paths = own.length > 0 ? own : files.filter((f) => isModelFile(f) && dirOf(f) === dirOf(m.file));
    if (paths.length === 0 || paths.every((p) => declared.has(p))) continue;
    const fresh = paths.filter((p) => !declared.has(p) && !handled.has(p));
    for (const p of fresh) handled.add(p);
    out.push({
      manifest: place(dirOf(m.file), m.manifest.metadata.name),
      name: m.manifest.metadata.name,
      declaredBy: m,
      artifacts: fresh.map((path) => ({ path, digest: "" }))
    });
  }
  const byFolder = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (!isModelFile(f) || declared.has(f) || handled.has(f)) continue;
    byFolder.set(dirOf(f), [...byFolder.get(dirOf(f)) ?? [], f]);
  }
  for (const [folder, paths] of byFolder) {
    const stem = basename(paths[0]).replace(/\.[^.]*$/, "");
    const name = sanitiseName(folder ? basename(folder) : stem) || "model";
    out.push({
      manifest: place(folder, name),
      name,
      declaredBy: null,
      artifacts: paths.map((path) => ({ path, digest: "" }))
    });
  }
  const found = out.slice(0, MAX_MODELS);
  for (const m of found)
    for (const [i, a] of m.artifacts.entries()) {
      const fact = await artifactFact(tree, { path: a.path }, i);
      a.digest = fact.computedDigest ?? "";
    }
  return found;
}
var q = (s) => JSON.stringify(s);
function draftManifest(m) {
  const from = m.declaredBy ? `# Completes ${JSON.stringify(m.declaredBy.file)} (a ${m.declaredBy.format === "cyclonedx" ? "CycloneDX ML-BOM" : "model card"}): both are judged as one model.
` : "";
  const artifacts = m.artifacts.map(
    (a) => `    - path: ${q(a.path)}
      digest: ${a.digest || "sha256:… # could not be read; run: model-gate digest --write <this file>"}`
  ).join("\n");
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/model-gate/model-gate/main/schema/manifest.schema.json
# Written by 'model-gate init' for the model files below, with their real digests.
${from}# Choose the risk tier and type: validation fails until you do.
apiVersion: model-gate/v1
kind: ModelManifest
metadata:
  name: ${m.name}
  version: "1.0.0"
  owner: your-team
spec:
  # type: llm | agent | classifier | regression | embedding | other
  # riskTier: minimal | limited | high | unacceptable   (see the policy's tiers)
  environments: [internal]
  artifacts:
${artifacts}
`;
}

// src/cli/init.ts
var POLICY = `# yaml-language-server: $schema=https://raw.githubusercontent.com/model-gate/model-gate/main/schema/policy.schema.json
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
var MANIFEST = `# yaml-language-server: $schema=https://raw.githubusercontent.com/model-gate/model-gate/main/schema/manifest.schema.json
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
async function runInit(argv) {
  const { values } = parse("init", argv, { repo: { type: "string" }, force: { type: "boolean" } }, false);
  if (values.help) {
    process.stdout.write(HELP.init);
    return 0;
  }
  const dir = resolve(values.repo ?? ".");
  const git = await isGitRepo(dir);
  const root = git ? await topLevel(dir) : dir;
  const write = async (rel, text) => {
    const path = join(root, rel);
    if ((await lstat(path).catch(() => null))?.isSymbolicLink()) {
      process.stdout.write(`skipped ${JSON.stringify(rel)} (a symbolic link)
`);
      return false;
    }
    if (!values.force && await exists(path)) {
      process.stdout.write(`kept ${rel} (exists; --force to overwrite)
`);
      return false;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    process.stdout.write(`wrote ${rel}
`);
    return true;
  };
  await write(".github/model-gate.yml", POLICY);
  const tree = git ? createWorktree(root) : createFsTree(root);
  const found = await findUndeclaredModels(tree, await workingPolicy(tree));
  if (found.length === 0) {
    await write("models/example.model.yaml", MANIFEST);
    process.stdout.write(
      "No model files found: models/example.model.yaml shows the shape. Add your model's artifacts, run 'model-gate digest --write' on the manifest, then 'model-gate check'.\n"
    );
    return 0;
  }
  let written = 0;
  for (const m of found) {
    if (await write(m.manifest, draftManifest(m))) written++;
  }
  process.stdout.write(
    `${written} manifest${written === 1 ? "" : "s"} written with the artifacts' real digests. Each leaves riskTier (and type) for you to choose: 'model-gate validate' fails until you do. Then run 'model-gate check --worktree'.
`
  );
  return 0;
}
async function exists(p) {
  return stat(p).then(
    () => true,
    () => false
  );
}
export {
  runInit
};
