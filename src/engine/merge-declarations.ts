// Two declarations of one model (SPEC section 9): a native manifest and a Hugging Face model
// card or ML-BOM component that name the same in-repository artifact are judged as one model.
// The manifest's fields win, except tier, type and environments, where the stricter of the two
// applies: a card cannot make a model laxer than its manifest says, nor the other way round.
import { checkMergedDeclaration } from "../checks/declarations.ts";
import type { NewFinding } from "../core/findings.ts";
import type { Environment, LoadedManifest, ModelType } from "../manifest/model.ts";
import { higherTier, tierOf } from "../policy/strictest.ts";
import { dirOf } from "../repo/paths.ts";
import { artifactKeys } from "./identity.ts";
import type { ManifestFile } from "./manifests.ts";

/** Which type's requirements include the other's: an agent is an LLM with tools. */
const TYPE_STRICTNESS: Record<ModelType, number> = {
  agent: 2,
  llm: 1,
  classifier: 0,
  regression: 0,
  embedding: 0,
  other: 0,
};

export interface Merged {
  files: ManifestFile[];
  /** Standard-format file -> the manifest file its model was merged into. */
  mergedInto: Map<string, string>;
}

export function mergeDeclarations(files: readonly ManifestFile[]): Merged {
  const natives = files.flatMap((f) => f.models.filter((m) => m.format === "model-gate"));
  const mergedInto = new Map<string, string>();
  if (natives.length === 0) return { files: [...files], mergedInto };
  const byPath = new Map<string, LoadedManifest>();
  const byFolder = new Map<string, Set<LoadedManifest>>();
  for (const m of natives)
    for (const k of artifactKeys(m)) {
      if (!k.startsWith("path:")) continue;
      byPath.set(k, m);
      const folder = dirOf(k.slice("path:".length));
      byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(m));
    }
  // A card with no artifacts of its own (no model-gate: block) is the card of the one manifest
  // whose artifacts sit beside it.
  const besideOne = (m: LoadedManifest) => {
    if (m.format !== "hf-model-card" || m.manifest.spec.artifacts.length > 0) return undefined;
    const owners = byFolder.get(dirOf(m.file));
    return owners?.size === 1 ? [...owners][0] : undefined;
  };

  const replaced = new Map<LoadedManifest, LoadedManifest>();
  const notes = new Map<string, NewFinding[]>();
  const out = files.map((f) => {
    const kept: LoadedManifest[] = [];
    const dropped: string[] = [];
    for (const m of f.models) {
      const native =
        m.format === "model-gate"
          ? undefined
          : ([...artifactKeys(m)].map((k) => byPath.get(k)).find((n) => n !== undefined) ?? besideOne(m));
      if (!native) {
        kept.push(m);
        continue;
      }
      const into = replaced.get(native) ?? native;
      replaced.set(native, stricter(into, m));
      mergedInto.set(f.file, native.file);
      dropped.push(m.manifest.metadata.name);
      const list = notes.get(native.file) ?? [];
      list.push(checkMergedDeclaration(native, m));
      notes.set(native.file, list);
    }
    if (dropped.length === 0) return f;
    // Findings about the merged-away model (its card wording, its missing tier) are moot; those
    // about the file itself (it cannot be parsed, is too large) still stand.
    const gone = new Set(dropped);
    return {
      ...f,
      models: kept,
      findings: f.findings.filter((x) => !(x.model && gone.has(x.model))),
    };
  });
  return {
    files: out.map((f) => ({
      ...f,
      models: f.models.map((m) => replaced.get(m) ?? m),
      findings: [...f.findings, ...(notes.get(f.file) ?? [])],
    })),
    mergedInto,
  };
}

function stricter(native: LoadedManifest, other: LoadedManifest): LoadedManifest {
  const a = native.manifest.spec;
  const b = other.manifest.spec;
  const tier = higherTier(tierOf(native), tierOf(other));
  const type = TYPE_STRICTNESS[b.type] > TYPE_STRICTNESS[a.type] ? b.type : a.type;
  const environments = [...new Set<Environment>([...(a.environments ?? []), ...(b.environments ?? [])])];
  return {
    ...native,
    manifest: {
      ...native.manifest,
      spec: {
        ...a,
        ...(b.license !== undefined && a.license === undefined ? { license: b.license } : {}),
        type,
        riskTier: tier,
        ...(environments.length > 0 ? { environments } : {}),
      },
    },
  };
}
