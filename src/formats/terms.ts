// Findings about a model declared in a model card or an ML-BOM speak that file's language:
// the checks name manifest fields (`spec.controls`), which a card writes in its `model-gate:`
// block and a BOM as references and `model-gate:*` properties, or not at all (then a native
// manifest beside it supplies them; the two are merged, SPEC 9).
import type { NewFinding } from "../core/findings.ts";
import type { ManifestFormat } from "../manifest/model.ts";

const BOM_TERMS: [RegExp, string][] = [
  [/\bspec\.riskAssessment\.report\b/g, 'the component\'s "risk-assessment" external reference'],
  [
    /\bspec\.riskAssessment\.(tier|assessedBy|date|modelDigest)\b/g,
    "the model-gate:riskAssessment.$1 property",
  ],
  [
    /\bspec\.riskAssessment\b/g,
    'a "risk-assessment" external reference with model-gate:riskAssessment.* properties',
  ],
  [
    /\bspec\.adversarialTests\b/g,
    'a "pentest-report" external reference with model-gate:adversarialTests.* properties',
  ],
  [/\bspec\.datasets\b/g, "modelCard.modelParameters.datasets (data components)"],
  [/\bspec\.artifacts\b/g, "the component's SHA-256 hash and model-gate:path property"],
  [/\bspec\.(riskTier|type|environments|owner)\b/g, "the model-gate:$1 property"],
  [
    /\bspec\.([A-Za-z][\w.]*)/g,
    "spec.$1 in a model-gate manifest for this model (a BOM has no such field; the two are merged)",
  ],
];

/** The message in the declaring format's own terms. */
export function inFormatTerms(message: string, format: ManifestFormat): string {
  if (format === "hf-model-card") return message.replace(/\bspec\.(?=[A-Za-z])/g, "model-gate.");
  if (format === "cyclonedx") {
    let out = message;
    for (const [re, to] of BOM_TERMS) out = out.replace(re, to);
    return out;
  }
  return message;
}

export function findingInFormatTerms<F extends Pick<NewFinding, "message">>(f: F, format: ManifestFormat): F {
  const message = inFormatTerms(f.message, format);
  return message === f.message ? f : { ...f, message };
}
