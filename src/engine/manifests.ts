// Reads a manifest file of any supported format from a tree, safely (size cap, no symlinks),
// into zero or more models plus findings about the file itself.
import { checkDeclaration } from "../checks/declarations.ts";
import { manifestFileProblem } from "../checks/files.ts";
import type { NewFinding } from "../core/findings.ts";
import type { LoadedManifest } from "../manifest/model.ts";
import type { Policy } from "../policy/types.ts";
import type { Tree } from "../repo/tree.ts";
import { statFile } from "./files.ts";
import { inThreadParser, type Parser } from "./parse-pool.ts";
import { type Matcher, matcher } from "./patterns.ts";

export interface ManifestFile {
  file: string;
  models: LoadedManifest[];
  findings: NewFinding[];
}

type Loaded = { models: LoadedManifest[]; findings: NewFinding[] };
type Loader = (file: string, bytes: Uint8Array) => Loaded | Promise<Loaded>;

/** Native manifests, parsed by the current `parser()` (in this thread or on a worker). */
const nativeLoader =
  (parser: () => Parser): Loader =>
  async (file, bytes) => {
    const r = await parser().loadManifest(file, bytes);
    return r.ok
      ? { models: [r.loaded], findings: [] }
      : { models: [], findings: checkDeclaration(r.problems) };
  };

export interface ManifestKinds {
  isManifest: Matcher;
  loaderFor(path: string): Loader | null;
}

export function manifestKinds(
  policy: Policy,
  extra: { patterns: readonly string[]; load: Loader }[] = [],
  parser: () => Parser = () => inThreadParser,
): ManifestKinds {
  const kinds = [
    { match: matcher(policy.manifests), load: nativeLoader(parser) },
    ...extra.map((e) => ({ match: matcher(e.patterns), load: e.load })),
  ];
  return {
    isManifest: (p) => kinds.some((k) => k.match(p)),
    loaderFor: (p) => kinds.find((k) => k.match(p))?.load ?? null,
  };
}

export async function readManifestFile(
  tree: Tree,
  path: string,
  kinds: ManifestKinds,
  maxBytes: number,
): Promise<ManifestFile> {
  const load = kinds.loaderFor(path);
  const fact = await statFile(tree, path, maxBytes);
  const problem = manifestFileProblem(fact, path, maxBytes);
  if (problem || !load || !fact.path) return { file: path, models: [], findings: problem ? [problem] : [] };
  const { models, findings } = await load(fact.path, await tree.read(fact.path));
  return { file: path, models, findings };
}
