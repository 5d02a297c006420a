// Reads files a manifest points to, safely: the path is normalised first, symlinks and
// paths leaving the repository are never read, and nothing over the size limit is loaded.
import type { FileFact } from "../checks/facts.ts";
import { normaliseRepoPath } from "../repo/paths.ts";
import type { Tree } from "../repo/tree.ts";

export async function statFile(tree: Tree, declared: string, maxBytes: number): Promise<FileFact> {
  const norm = normaliseRepoPath(declared);
  if (!norm.ok) return { declared, path: null, status: "outside", reason: norm.reason };
  const entry = await tree.stat(norm.path);
  switch (entry.kind) {
    case "file":
      return entry.size > maxBytes
        ? { declared, path: norm.path, status: "too-large", size: entry.size }
        : { declared, path: norm.path, status: "ok", size: entry.size };
    case "symlink":
      return { declared, path: norm.path, status: "symlink" };
    case "missing":
      return { declared, path: norm.path, status: "missing" };
    case "submodule":
      return { declared, path: norm.path, status: "submodule", submodule: entry.path };
    default:
      return { declared, path: norm.path, status: "not-a-file" };
  }
}
