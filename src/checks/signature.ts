// integrity/signature-*: an OpenSSF Model Signing bundle over the model's files, verified
// offline, from a signer the tier allows. OWASP LLM03 (supply chain); NIST AI RMF MANAGE 3.
import type { NewFinding } from "../core/findings.ts";
import { at } from "./context.ts";
import type { ModelFacts } from "./facts.ts";
import { fileProblem } from "./files.ts";

export function checkSignature(facts: ModelFacts): NewFinding[] {
  const need = facts.tierPolicy.signature;
  const sig = facts.signature;
  if (!sig) {
    return need?.required
      ? [
          {
            ruleId: "integrity/signature-missing",
            message: `The ${facts.tier ?? "high"} tier requires a model signature (OpenSSF Model Signing). Sign the model folder (model_signing sign) and set spec.signature.path to the model.sig.`,
            ...at(facts, "spec"),
          },
        ]
      : [];
  }
  const where = at(facts, "spec", "signature", "path");
  const problem = fileProblem(
    sig.file,
    "model signature",
    "integrity/signature-missing",
    where,
    facts.policy.limits.maxFileBytes,
  );
  if (problem) return [problem];
  const findings = sig.check?.findings ?? [];
  // Without a policy requirement an unverifiable signature is information, not a failure.
  return need?.required
    ? findings
    : findings.map((f) => (f.ruleId === "integrity/signature-unverified" ? { ...f, severity: "note" } : f));
}
