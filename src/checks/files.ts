// input/*: a file a declaration points to that cannot be used (outside the repository, a link,
// over the size limit, in a submodule), or the family's own rule when it is not there.
import type { NewFinding } from "../core/findings.ts";
import type { RuleId } from "../core/rules.ts";
import type { FileFact } from "./facts.ts";

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

/** A declaration file that cannot be read: manifest/parse-error when it is not there. */
export function manifestFileProblem(fact: FileFact, path: string, maxBytes: number): NewFinding | null {
  return fileProblem(fact, "manifest", "manifest/parse-error", { file: path }, maxBytes);
}

/** A policy file that cannot be used (the shells turn it into a user error). */
export function policyFileProblem(fact: FileFact, file: string, maxBytes: number): NewFinding | null {
  return fileProblem(fact, "policy file", "input/path-outside-repo", { file }, maxBytes);
}
