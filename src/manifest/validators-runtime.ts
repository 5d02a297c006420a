// The schema validators compiled at run time. The bundle replaces this module with the same
// validators compiled to code at build time (ajv standalone, scripts/build.mjs), so the CLI
// and the Action do not pay for compiling the schemas on every run; tests use this one.
// `strictRequired: false` in the options: `not: { required: [path, uri] }` names properties
// defined beside it, not inside it.
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsImport from "ajv-formats";
import manifestSchema from "../../schema/manifest.schema.json" with { type: "json" };
import policySchema from "../../schema/policy.schema.json" with { type: "json" };
import options from "./ajv-options.json" with { type: "json" };

// ajv-formats is CommonJS: depending on the loader its default import is the plugin itself or
// the module object holding it under `default`.
type FormatsPlugin = (ajv: Ajv, formats: string[]) => Ajv;
const addFormats = ((addFormatsImport as unknown as { default?: FormatsPlugin }).default ??
  addFormatsImport) as unknown as FormatsPlugin;

let compiled: { manifest: ValidateFunction; policy: ValidateFunction } | undefined;

export function schemaValidators(): { manifest: ValidateFunction; policy: ValidateFunction } {
  if (!compiled) {
    const ajv = new Ajv(options);
    addFormats(ajv, ["date"]);
    compiled = { manifest: ajv.compile(manifestSchema), policy: ajv.compile(policySchema) };
  }
  return compiled;
}
