// Reads a declaration file of any kind (declarations.ts) from a tree, safely (size cap, no
// symlinks), into zero or more models plus findings about the file itself.
import { manifestFileProblem } from "../checks/files.ts";
import type { NewFinding } from "../core/findings.ts";
import type { LoadedManifest } from "../manifest/model.ts";
import type { Tree } from "../repo/tree.ts";
import type { DeclarationKind, Declarations } from "./declarations.ts";
import { statFile } from "./files.ts";
import { mapPool } from "./pool.ts";

export interface ManifestFile {
  file: string;
  models: LoadedManifest[];
  findings: NewFinding[];
}

type Opened = { done: ManifestFile } | { kind: DeclarationKind; file: string; bytes: Uint8Array };

/** The file's bytes, or why it is not read (a symlink, too large, not a declaration). */
async function open(
  tree: Tree,
  path: string,
  kind: DeclarationKind | null,
  maxBytes: number,
): Promise<Opened> {
  const fact = await statFile(tree, path, maxBytes);
  const problem = manifestFileProblem(fact, path, maxBytes);
  if (problem || !kind || !fact.path)
    return { done: { file: path, models: [], findings: problem ? [problem] : [] } };
  return { kind, file: fact.path, bytes: await tree.read(fact.path) };
}

async function load(registry: Declarations, path: string, opened: Opened): Promise<ManifestFile> {
  if ("done" in opened) return opened.done;
  const { models, findings } = await registry.load(opened.kind, opened.file, opened.bytes);
  return { file: path, models, findings };
}

/** `kind`: what the file is read as; by default what the registry's patterns say. */
export async function readManifestFile(
  tree: Tree,
  path: string,
  registry: Declarations,
  maxBytes: number,
  kind: DeclarationKind | null = registry.kindOf(path),
): Promise<ManifestFile> {
  return load(registry, path, await open(tree, path, kind, maxBytes));
}

/**
 * Reads many declaration files, in order. A slot of the pool is held while a file is read, not
 * while it is parsed, so the reads of one batch are asked for together (a tree that batches
 * them, the GitHub API's, then makes a request per batch, not per file).
 */
export async function readManifestFiles(
  tree: Tree,
  paths: readonly string[],
  registry: Declarations,
  maxBytes: number,
): Promise<ManifestFile[]> {
  const parsed: Promise<ManifestFile>[] = [];
  await mapPool(paths, 64, async (path, i) => {
    const done = load(registry, path, await open(tree, path, registry.kindOf(path), maxBytes));
    done.catch(() => {}); // observed below
    parsed[i] = done;
  });
  return Promise.all(parsed);
}
