// What `model-gate init` finds in a repository: model files no native manifest declares,
// grouped by folder, and models that only a model card or ML-BOM declares. Each becomes a
// draft manifest with the artifacts' real digests; a card's or BOM's model keeps its name, so
// the engine merges the two declarations (SPEC 9).
import { artifactFact } from "../engine/collect.ts";
import { declarationRegistry, modelFolders } from "../engine/declarations.ts";
import { readManifestFiles } from "../engine/manifests.ts";
import { modelFileMatcher } from "../engine/model-files.ts";
import { sanitiseName } from "../formats/common.ts";
import type { LoadedManifest } from "../manifest/model.ts";
import type { Policy } from "../policy/types.ts";
import { dirOf, normaliseRepoPath } from "../repo/paths.ts";
import type { Tree } from "../repo/tree.ts";

export interface FoundModel {
  /** Where the draft manifest goes. */
  manifest: string;
  name: string;
  /** The card or BOM that declares it, if any. */
  declaredBy: LoadedManifest | null;
  artifacts: { path: string; digest: string }[];
}

const MAX_MODELS = 200;

function basename(p: string): string {
  return p.slice(p.lastIndexOf("/") + 1);
}

/** `policy`: the working tree's, whose patterns say which files are models and declarations. */
export async function findUndeclaredModels(tree: Tree, policy: Policy): Promise<FoundModel[]> {
  const files = await tree.list();
  const isModelFile = modelFileMatcher(policy);
  const registry = declarationRegistry(policy, { modelFolders: modelFolders(files, policy) });
  const declarations = files.filter(registry.isDeclaration);
  const loaded = await readManifestFiles(tree, declarations, registry, policy.limits.maxFileBytes);
  const models = loaded.flatMap((l) => l.models);
  const declared = new Set<string>();
  for (const m of models.filter((x) => x.format === "model-gate"))
    for (const a of m.manifest.spec.artifacts) {
      const n = a.path ? normaliseRepoPath(a.path) : null;
      if (n?.ok) declared.add(n.path);
    }
  const taken = new Set<string>([...files, ...declarations]);
  const handled = new Set<string>();
  const out: FoundModel[] = [];
  const place = (folder: string, name: string): string => {
    // models/support/ -> models/support.model.yaml, beside the folder it describes.
    const base = folder || name;
    let path = `${base}.model.yaml`;
    for (let i = 2; taken.has(path); i++) path = `${base}-${i}.model.yaml`;
    taken.add(path);
    return path;
  };

  // Models a card or BOM declares, with no native manifest for their artifacts.
  for (const m of models) {
    if (m.format === "model-gate") continue;
    const own = m.manifest.spec.artifacts
      .map((a) => (a.path ? normaliseRepoPath(a.path) : null))
      .flatMap((n) => (n?.ok ? [n.path] : []));
    const paths = own.length > 0 ? own : files.filter((f) => isModelFile(f) && dirOf(f) === dirOf(m.file));
    if (paths.length === 0 || paths.every((p) => declared.has(p))) continue;
    const fresh = paths.filter((p) => !declared.has(p) && !handled.has(p));
    for (const p of fresh) handled.add(p);
    out.push({
      manifest: place(dirOf(m.file), m.manifest.metadata.name),
      name: m.manifest.metadata.name,
      declaredBy: m,
      artifacts: fresh.map((path) => ({ path, digest: "" })),
    });
  }

  // Model files nobody declares, one manifest per folder.
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    if (!isModelFile(f) || declared.has(f) || handled.has(f)) continue;
    byFolder.set(dirOf(f), [...(byFolder.get(dirOf(f)) ?? []), f]);
  }
  for (const [folder, paths] of byFolder) {
    const stem = basename(paths[0]!).replace(/\.[^.]*$/, "");
    const name = sanitiseName(folder ? basename(folder) : stem) || "model";
    out.push({
      manifest: place(folder, name),
      name,
      declaredBy: null,
      artifacts: paths.map((path) => ({ path, digest: "" })),
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

const q = (s: string) => JSON.stringify(s);

/** The draft: real digests, and the choices only a person can make left open. */
export function draftManifest(m: FoundModel): string {
  const from = m.declaredBy
    ? `# Completes ${JSON.stringify(m.declaredBy.file)} (a ${m.declaredBy.format === "cyclonedx" ? "CycloneDX ML-BOM" : "model card"}): both are judged as one model.\n`
    : "";
  const artifacts = m.artifacts
    .map(
      (a) =>
        `    - path: ${q(a.path)}\n      digest: ${a.digest || "sha256:… # could not be read; run: model-gate digest --write <this file>"}`,
    )
    .join("\n");
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
