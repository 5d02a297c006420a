// The official CycloneDX JSON schemas, as shipped by @cyclonedx/cyclonedx-library, imported as
// JSON so the esbuild bundle in dist/ carries them (the package does not export res/, hence the
// relative path). Compiled with ajv on first use only: compiling costs ~0.5 s.
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import bom16 from "../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.6.SNAPSHOT.schema.json" with {
  type: "json",
};
import bom17 from "../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.7.SNAPSHOT.schema.json" with {
  type: "json",
};
import cryptoDefs from "../../node_modules/@cyclonedx/cyclonedx-library/res/schema/cryptography-defs.SNAPSHOT.schema.json" with {
  type: "json",
};
import jsf from "../../node_modules/@cyclonedx/cyclonedx-library/res/schema/jsf-0.82.SNAPSHOT.schema.json" with {
  type: "json",
};
import spdx from "../../node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json" with {
  type: "json",
};

export type CycloneDxVersion = "1.6" | "1.7";
export const SUPPORTED_VERSIONS: readonly CycloneDxVersion[] = ["1.6", "1.7"];

const cache = new Map<CycloneDxVersion, ValidateFunction>();
let ajv: Ajv | undefined;

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  a: Ajv,
) => Ajv;

export function cycloneDxValidator(version: CycloneDxVersion): ValidateFunction {
  const hit = cache.get(version);
  if (hit) return hit;
  if (!ajv) {
    // The same set-up as the library's own validator: the bom schemas $ref their helpers by
    // these SNAPSHOT ids; remote schema loading stays off.
    ajv = new Ajv({
      strict: false,
      allErrors: false,
      useDefaults: false,
      addUsedSchema: false,
      schemas: {
        "http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json": spdx,
        "http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json": jsf,
        "http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json": cryptoDefs,
      },
    });
    addFormats(ajv);
    // The library accepts any iri-reference and checks idn-email loosely; so do we.
    ajv.addFormat("iri-reference", true);
    ajv.addFormat("idn-email", /^[^\s@]+@[^\s@]+$/u);
  }
  const fn = ajv.compile(version === "1.6" ? bom16 : bom17);
  cache.set(version, fn);
  return fn;
}
