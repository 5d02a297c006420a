// The standard formats read as manifests besides model-gate/v1 (issue 4): Hugging Face model
// cards and CycloneDX ML-BOMs, each under its own policy file patterns.
import { checkDeclaration } from "../checks/declarations.ts";
import type { NewFinding } from "../core/findings.ts";
import type { LoadedManifest } from "../manifest/model.ts";
import type { Policy } from "../policy/types.ts";
import { dirOf } from "../repo/paths.ts";

type Loaded = { models: LoadedManifest[]; findings: NewFinding[] };
type Loader = (file: string, bytes: Uint8Array) => Loaded | Promise<Loaded>;

/**
 * `modelFolders`: folders that hold a model file. A README.md that matches the card patterns
 * but has no front matter is only a finding there (a README beside a model is meant to be its
 * card); elsewhere it is ordinary documentation and is skipped.
 */
export function manifestFormats(policy: Policy, modelFolders: ReadonlySet<string> = new Set()) {
  // Both loaded on first use: the card reader brings the SPDX license list, and the CycloneDX
  // schemas are large; most repositories have neither.
  const card: Loader = async (file, bytes) => {
    const { loadModelCard } = await import("../formats/model-card.ts");
    const r = loadModelCard(file, bytes, {
      allowLicenses: policy.licenses.allow ?? [],
      besideModel: modelFolders.has(dirOf(file)),
    });
    return { models: r.ok ? [r.loaded] : [], findings: checkDeclaration(r.problems) };
  };
  const bom: Loader = async (file, bytes) => {
    const { loadCycloneDx } = await import("../formats/cyclonedx.ts");
    const r = loadCycloneDx(file, bytes);
    return { models: r.ok ? r.models : [], findings: checkDeclaration(r.problems) };
  };
  return [
    { patterns: policy.modelCards, load: card },
    { patterns: policy.mlBoms, load: bom },
  ];
}
