// Reads files a manifest points to, safely: the path is normalised first, symlinks and
// paths leaving the repository are never read, and nothing over the size limit is loaded.
import type { NewFinding } from "../core/findings.ts";
import type { RuleId } from "../core/rules.ts";
import { normaliseRepoPath } from "../repo/paths.ts";
import type { Tree } from "../repo/tree.ts";

type FileStatus =
  | "ok"
  | "missing"
  | "outside"
  | "symlink"
  | "too-large"
  | "not-a-file"
  /** At or under a git submodule: the bytes are not in this repository's history. */
  | "submodule";

export interface FileFact {
  /** The path as written in the manifest. */
  declared: string;
  /** Normalised repo path, when the declared one is acceptable. */
  path: string | null;
  status: FileStatus;
  /** Why the path is outside (for messages). */
  reason?: string;
  size?: number;
  /** The submodule the path lies in (status "submodule"). */
  submodule?: string;
}

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

/**
 * The finding for a file that cannot be used, or null when it is fine. `missingRule` names
 * the family's own rule for a file that is not there (risk/report-missing, ...).
 */
export function fileProblem(
  fact: FileFact,
  what: string,
  missingRule: RuleId,
  at: Pick<NewFinding, "file" | "line" | "column" | "model">,
  maxBytes: number,
): NewFinding | null {
  const shown = JSON.stringify(fact.declared);
  switch (fact.status) {
    case "ok":
      return null;
    case "outside":
      return {
        ruleId: "input/path-outside-repo",
        message: `The ${what} path ${shown} is not usable: ${fact.reason}. Point it at a file inside the repository; it was not read.`,
        ...at,
      };
    case "symlink":
      return {
        ruleId: "input/symlink",
        message: `The ${what} ${shown} is a symbolic link (or lies under one). Commit the file itself; links are never followed.`,
        ...at,
      };
    case "too-large":
      return {
        ruleId: "input/too-large",
        message: `The ${what} ${shown} is ${fact.size} bytes, over the ${maxBytes}-byte limit (limits.maxFileBytes); it was not read.`,
        ...at,
      };
    case "submodule": {
      const inside = fact.submodule === fact.path ? "is" : `lies inside`;
      return {
        ruleId: "input/submodule",
        message: `The ${what} ${shown} ${inside} the git submodule ${JSON.stringify(fact.submodule ?? fact.path)}: its bytes are another repository's, not in this one's history, so they cannot be verified, and moving the submodule pointer would change them unseen. Vendor the file into this repository (Git LFS is fine)${what === "artifact" ? ", or declare it with uri: and its sha256 digest instead of path:" : ""}.`,
        ...at,
      };
    }
    case "missing":
    case "not-a-file":
      return {
        ruleId: missingRule,
        message: `The ${what} ${shown} does not exist in the head commit. Commit it or fix the path.`,
        ...at,
      };
  }
}
