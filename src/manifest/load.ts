// Reads one native manifest file (bytes already size-capped by the caller) into a LoadedManifest,
// or into the problems that say why it cannot be used. Never throws for bad input.
import type { DeclarationProblem, LoadedManifest, ModelManifest } from "./model.ts";
import { validateManifest } from "./schema.ts";
import { parseDocument } from "./yaml.ts";

export type LoadManifestResult =
  | { ok: true; loaded: LoadedManifest }
  | { ok: false; problems: DeclarationProblem[] };

const parseError = (file: string, message: string, line?: number, column?: number): DeclarationProblem => ({
  kind: "parse-error",
  message,
  file,
  ...(line ? { line } : {}),
  ...(column ? { column } : {}),
});

/** Decodes strict UTF-8 without a BOM; undefined for invalid UTF-8 or a NUL byte (binary, not a manifest). */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: "the file is not valid UTF-8 text" };
  }
  if (text.includes("\u0000"))
    return { ok: false, reason: "the file contains a NUL byte (binary data, not YAML)" };
  return { ok: true, text };
}

export function loadManifest(file: string, bytes: Uint8Array): LoadManifestResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return { ok: false, problems: [parseError(file, `Cannot read the manifest: ${decoded.reason}.`)] };
  const parsed = parseDocument(decoded.text, file);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: [
        parseError(file, `Cannot parse the manifest: ${parsed.message}.`, parsed.line, parsed.column),
      ],
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
          1,
        ),
      ],
    };
  }
  // A wrong apiVersion/kind says "this is not (this version of) our file": one clear finding
  // instead of a page of schema errors.
  const header = headerProblem(value as Record<string, unknown>);
  if (header) {
    const at = source.locate([header.field]);
    return { ok: false, problems: [{ kind: "schema", message: header.message, file, ...at }] };
  }
  const problems = validateManifest(value, source, file);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, loaded: { file, format: "model-gate", manifest: value as ModelManifest, source } };
}

function headerProblem(v: Record<string, unknown>): { field: string; message: string } | undefined {
  const apiVersion = Object.hasOwn(v, "apiVersion") ? v.apiVersion : undefined;
  const kind = Object.hasOwn(v, "kind") ? v.kind : undefined;
  if (apiVersion !== "model-gate/v1") {
    const found = apiVersion === undefined ? "is missing" : `is ${JSON.stringify(apiVersion)}`;
    return {
      field: "apiVersion",
      message: `apiVersion ${found}; this gate reads apiVersion: model-gate/v1 manifests.`,
    };
  }
  if (kind !== "ModelManifest") {
    const found = kind === undefined ? "is missing" : `is ${JSON.stringify(kind)}`;
    return { field: "kind", message: `kind ${found}; a model manifest has kind: ModelManifest.` };
  }
  return undefined;
}
