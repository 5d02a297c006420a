import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parseDocument2 as parseDocument
} from "./chunk-PVXUEQET.js";
import {
  validateManifest
} from "./chunk-N7ZQX2BM.js";

// src/manifest/load.ts
var parseError = (file, message, line, column) => ({
  kind: "parse-error",
  message,
  file,
  ...line ? { line } : {},
  ...column ? { column } : {}
});
function decodeText(bytes) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: "the file is not valid UTF-8 text" };
  }
  if (text.includes("\0"))
    return { ok: false, reason: "the file contains a NUL byte (binary data, not YAML)" };
  return { ok: true, text };
}
function loadManifest(file, bytes) {
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return { ok: false, problems: [parseError(file, `Cannot read the manifest: ${decoded.reason}.`)] };
  const parsed = parseDocument(decoded.text, file);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: [
        parseError(file, `Cannot parse the manifest: ${parsed.message}.`, parsed.line, parsed.column)
      ]
    };
  }
  const { value, source } = parsed;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const what = value === null ? "empty" : Array.isArray(value) ? "a list" : `a single ${typeof value}`;
    return {
      ok: false,
      problems: [
        parseError(
          file,
          `The manifest is ${what}; it must be a mapping starting with apiVersion: model-gate/v1.`,
          1,
          1
        )
      ]
    };
  }
  const header = headerProblem(value);
  if (header) {
    const at = source.locate([header.field]);
    return { ok: false, problems: [{ kind: "schema", message: header.message, file, ...at }] };
  }
  const problems = validateManifest(value, source, file);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, loaded: { file, format: "model-gate", manifest: value, source } };
}
function headerProblem(v) {
  const apiVersion = Object.hasOwn(v, "apiVersion") ? v.apiVersion : void 0;
  const kind = Object.hasOwn(v, "kind") ? v.kind : void 0;
  if (apiVersion !== "model-gate/v1") {
    const found = apiVersion === void 0 ? "is missing" : `is ${JSON.stringify(apiVersion)}`;
    return {
      field: "apiVersion",
      message: `apiVersion ${found}; this gate reads apiVersion: model-gate/v1 manifests.`
    };
  }
  if (kind !== "ModelManifest") {
    const found = kind === void 0 ? "is missing" : `is ${JSON.stringify(kind)}`;
    return { field: "kind", message: `kind ${found}; a model manifest has kind: ModelManifest.` };
  }
  return void 0;
}

export {
  decodeText,
  loadManifest
};
