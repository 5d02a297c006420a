// Hugging Face Hub license ids (https://huggingface.co/docs/hub/repositories-licenses) -> SPDX.
//
// Most Hub ids are SPDX ids in lower case (apache-2.0, mit, cc-by-4.0): those are found by a
// case-insensitive lookup in the SPDX list. The GNU family is written without -only/-or-later on
// the Hub and means the -only variant. Ids with no SPDX equivalent (openrail, llama3.2, gemma,
// "other" with a license_name) become `LicenseRef-hf-<id>` so a policy can allow-list them by
// name; until it does they are unknown licences (provenance/license-unknown). Ambiguous
// families (bsd, gpl, cc) and `unknown` have no mapping at all.
import spdxIds from "spdx-license-ids/index.json" with { type: "json" };

const EXPLICIT: Record<string, string> = {
  "agpl-3.0": "AGPL-3.0-only",
  "gpl-2.0": "GPL-2.0-only",
  "gpl-3.0": "GPL-3.0-only",
  "lgpl-2.1": "LGPL-2.1-only",
  "lgpl-3.0": "LGPL-3.0-only",
  "gfdl-1.3": "GFDL-1.3-only",
  "odc-by": "ODC-By-1.0",
  odbl: "ODbL-1.0",
  pddl: "PDDL-1.0",
  "c-uda": "C-UDA-1.0",
  "openmdw-1.0": "OpenMDW-1.0",
};

/** Hub ids that name a family or nothing: never mapped, never a LicenseRef. */
const AMBIGUOUS = new Set(["bsd", "gpl", "lgpl", "gfdl", "cc", "unknown", ""]);

let lowerToSpdx: Map<string, string> | undefined;
function spdxByLowerCase(): Map<string, string> {
  lowerToSpdx ??= new Map((spdxIds as string[]).map((id) => [id.toLowerCase(), id]));
  return lowerToSpdx;
}

export type HubLicense =
  | { kind: "spdx"; spdx: string }
  /** No SPDX id: a LicenseRef the policy may allow by name. */
  | { kind: "ref"; ref: string }
  | { kind: "unknown" };

/** Maps a card's `license` (and `license_name` when license is `other`). */
export function mapHubLicense(license: string, licenseName?: string): HubLicense {
  const id = license.trim().toLowerCase();
  if (id === "other") {
    const name = licenseName?.trim();
    return name ? { kind: "ref", ref: licenseRef(name) } : { kind: "unknown" };
  }
  if (AMBIGUOUS.has(id)) return { kind: "unknown" };
  const explicit = EXPLICIT[id];
  if (explicit !== undefined && Object.hasOwn(EXPLICIT, id)) return { kind: "spdx", spdx: explicit };
  const spdx = spdxByLowerCase().get(id);
  if (spdx) return { kind: "spdx", spdx };
  return { kind: "ref", ref: licenseRef(id) };
}

/** `LicenseRef-hf-<id>`, with characters SPDX does not allow in an idstring ([A-Za-z0-9.-]) spelled out. */
function licenseRef(hubId: string): string {
  const idstring = hubId
    .toLowerCase()
    .replace(/\+/g, "-plus")
    .replace(/[^a-z0-9.-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `LicenseRef-hf-${idstring || "unnamed"}`;
}
