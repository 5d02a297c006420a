// The sha256 of the base versions' reports (risk assessments, adversarial test reports): a head
// report equal to one of them, after the model's bytes changed, is stale. Each file is read once.
// `together` asks for a set of them in one go, so a tree that batches the reads requested
// together (the GitHub API tree) serves them in a few requests instead of one per model.
import { sha256Hex } from "../manifest/digest.ts";
import { normaliseRepoPath } from "../repo/paths.ts";
import type { Tree } from "../repo/tree.ts";
import { statFile } from "./files.ts";

export interface BaseReports {
  /** The digest of a report path as declared; null when it is not a regular file within the limit. */
  digest(path: string): Promise<string | null>;
  /** Starts reading these paths now (errors surface to whoever asks for the digest). */
  together(paths: readonly string[]): void;
}

export function baseReports(tree: Tree, maxBytes: number): BaseReports {
  const digests = new Map<string, Promise<string | null>>();
  const digest = (declared: string): Promise<string | null> => {
    const norm = normaliseRepoPath(declared);
    const key = norm.ok ? norm.path : declared;
    let d = digests.get(key);
    if (!d) {
      d = statFile(tree, declared, maxBytes).then(async (f) =>
        f.status === "ok" && f.path ? sha256Hex(await tree.read(f.path)) : null,
      );
      d.catch(() => {}); // observed by whoever asks for it
      digests.set(key, d);
    }
    return d;
  };
  return {
    digest,
    together(paths) {
      for (const p of paths) void digest(p);
    },
  };
}
