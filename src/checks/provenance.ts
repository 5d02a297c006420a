// provenance/*: declared, vetted, pinned training data under acceptable licenses, and a DPIA
// for personal data. Policy: "Ban unvetted training data"; OWASP LLM04 (data and model
// poisoning); NIST AI RMF MAP 4; EU AI Act art. 10 (data governance), GDPR art. 35.
import type { NewFinding } from "../core/findings.ts";
import { isDigest } from "../manifest/digest.ts";
import { at, q } from "./context.ts";
import type { ModelFacts } from "./facts.ts";
import { fileProblem } from "./files.ts";
import { judgeLicense } from "./licenses.ts";

export function checkProvenance(facts: ModelFacts): NewFinding[] {
  const out: NewFinding[] = [];
  const need = facts.tierPolicy.datasets;
  const datasets = facts.loaded.manifest.spec.datasets ?? [];
  if (datasets.length === 0 && need?.required) {
    out.push({
      ruleId: "provenance/missing-datasets",
      message: `A ${facts.tier ?? "high"}-risk model must declare its training, fine-tuning and evaluation data. Add spec.datasets.`,
      ...at(facts, "spec"),
    });
  }
  // The model's own license (a model card's `license:`), held to the same lists as its data.
  const own = facts.loaded.manifest.spec.license;
  if (own !== undefined) {
    const lic = judgeLicense(own, facts.policy.licenses);
    if (!lic.ok && lic.kind === "denied") {
      out.push({
        ruleId: "provenance/license-denied",
        message: `The model is licensed ${q(own)}; the policy does not accept ${lic.licenses.join(", ")}.`,
        ...at(facts, "spec", "license"),
      });
    }
  }
  for (const [i, d] of datasets.entries()) {
    const name = q(d.name);
    if (need?.vetted && !d.vetted) {
      out.push({
        ruleId: "provenance/unvetted-dataset",
        message: `The dataset ${name} has not been vetted. Have it reviewed and record vetted: { by, date }.`,
        ...at(facts, "spec", "datasets", i),
      });
    }
    if (need?.digest && (!d.digest || !isDigest(d.digest))) {
      out.push({
        ruleId: "provenance/missing-digest",
        message: `The dataset ${name} is not pinned by digest, so the data the model learned from can change unseen. Add digest: sha256:<64 hex>.`,
        ...at(facts, "spec", "datasets", i),
      });
    }
    const lic = judgeLicense(d.license, facts.policy.licenses);
    if (!lic.ok) {
      out.push(
        lic.kind === "unknown"
          ? {
              ruleId: "provenance/license-unknown",
              message: `The dataset ${name} has an unknown license: ${lic.reason}. Give an SPDX expression (https://spdx.org/licenses/).`,
              ...at(facts, "spec", "datasets", i, d.license === undefined ? "name" : "license"),
            }
          : {
              ruleId: "provenance/license-denied",
              message: `The dataset ${name} is licensed ${q(String(d.license))}; the policy does not accept ${lic.licenses.join(", ")}. Use data under an accepted license or get a waiver.`,
              ...at(facts, "spec", "datasets", i, "license"),
            },
      );
    }
    if (d.personalData === true) {
      const dpia = facts.dpias.get(i);
      const where = at(facts, "spec", "datasets", i, d.dpia ? "dpia" : "personalData");
      if (!dpia) {
        out.push({
          ruleId: "provenance/personal-data-without-dpia",
          message: `The dataset ${name} holds personal data but names no data protection impact assessment. Add dpia: <path of the DPIA in the repository>.`,
          ...where,
        });
      } else {
        const p = fileProblem(
          dpia,
          "DPIA",
          "provenance/personal-data-without-dpia",
          where,
          facts.policy.limits.maxFileBytes,
        );
        if (p) out.push(p);
      }
    }
  }
  return out;
}
