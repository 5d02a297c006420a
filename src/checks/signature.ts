// integrity/signature-*: an OpenSSF Model Signing bundle over the model's files, verified
// offline, from a signer the tier allows. OWASP LLM03 (supply chain); NIST AI RMF MANAGE 3.
import type { NewFinding } from "../core/findings.ts";
import type { RuleId } from "../core/rules.ts";
import type { SignatureProblemKind } from "../formats/model-signing.ts";
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
  // Without a policy requirement an unverifiable signature is information, not a failure.
  return (sig.check?.problems ?? []).map(({ kind, ...p }) => ({
    ruleId: RULE_OF[kind],
    ...p,
    ...(kind === "unverified" && !need?.required ? { severity: "note" as const } : {}),
  }));
}

const RULE_OF: Record<SignatureProblemKind, RuleId> = {
  invalid: "integrity/signature-invalid",
  mismatch: "integrity/signature-mismatch",
  unverified: "integrity/signature-unverified",
  "signer-not-allowed": "integrity/signer-not-allowed",
};
