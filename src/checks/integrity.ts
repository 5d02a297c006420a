// integrity/*: every artifact pinned by a sha256 digest that matches its bytes.
// Policy: "every artifact pinned by digest" (SPEC section 3).
import type { NewFinding } from "../core/findings.ts";
import { isDigest } from "../manifest/digest.ts";
import { at, q } from "./context.ts";
import type { ModelFacts } from "./facts.ts";
import { fileProblem } from "./files.ts";

export function checkIntegrity(facts: ModelFacts): NewFinding[] {
  const out: NewFinding[] = [];
  for (const a of facts.artifacts) {
    const where = at(
      facts,
      "spec",
      "artifacts",
      a.index,
      a.declaredDigest ? "digest" : a.file ? "path" : "uri",
    );
    if (!a.file) {
      if (!a.declaredDigest || !isDigest(a.declaredDigest)) {
        out.push({
          ruleId: "integrity/unpinned-reference",
          message: `The artifact ${q(a.key)} lives outside the repository and has no sha256 digest, so nothing binds the evidence to its bytes. Add digest: sha256:<64 hex>.`,
          ...where,
        });
      }
      continue;
    }
    const problem = fileProblem(
      a.file,
      "artifact",
      "integrity/artifact-missing",
      where,
      Number.MAX_SAFE_INTEGER,
    );
    if (problem) {
      out.push(problem);
      continue;
    }
    if (a.malformedPointer) {
      out.push({
        ruleId: "integrity/digest-mismatch",
        message: `The artifact ${q(a.key)} starts like a Git LFS pointer but is not a valid one, so its bytes cannot be identified. Re-add it with git lfs.`,
        ...where,
      });
      continue;
    }
    if (!a.declaredDigest) {
      out.push({
        ruleId: "integrity/missing-digest",
        message: `The artifact ${q(a.key)} has no digest. Add digest: ${a.computedDigest} (run: model-gate digest ${facts.loaded.file}).`,
        ...where,
      });
    } else if (a.computedDigest && a.declaredDigest !== a.computedDigest) {
      out.push({
        ruleId: "integrity/digest-mismatch",
        message: `The artifact ${q(a.key)} has digest ${a.computedDigest}${a.lfs ? " (from its Git LFS pointer)" : ""}, but the manifest declares ${a.declaredDigest}. Update the digest, and the evidence, for the new bytes.`,
        ...where,
      });
    }
  }
  return out;
}
