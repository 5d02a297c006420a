// JSON Schema validation of manifests and policies, with messages a person can act on and the
// line of the value at fault. The schemas in schema/ are the published contract (editors use them
// too); this file translates ajv's errors (the validators: model-gate:validators).

import { schemaValidators } from "model-gate:validators";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { DeclarationProblem, PathSegment, SourceMap } from "./model.ts";
import type { YamlSourceMap } from "./yaml.ts";

export interface SchemaIssue {
  message: string;
  path: PathSegment[];
  /** The dotted path of a field that is missing or empty (a `required` or `minItems` error). */
  missing?: string;
  line: number;
  column: number;
}

function validators(): { manifest: ValidateFunction; policy: ValidateFunction } {
  return schemaValidators();
}

const MAX_ISSUES = 50;

/**
 * Schema problems for a parsed native manifest; [] when it is valid.
 * `mayLack` names fields (dotted, e.g. "spec.riskTier") whose absence the caller reports itself.
 */
export function validateManifest(
  value: unknown,
  source: SourceMap,
  file: string,
  mayLack: readonly string[] = [],
): DeclarationProblem[] {
  const name = modelName(value);
  const issues = schemaIssues(validators().manifest, value, source, "the manifest");
  return issues
    .filter((i) => i.missing === undefined || !mayLack.includes(i.missing))
    .map((i) => ({
      kind: "schema",
      message: i.message,
      file,
      line: i.line,
      column: i.column,
      ...(name ? { model: name } : {}),
    }));
}

/** Schema problems of a parsed policy file, in line order; [] when it is valid. */
export function validatePolicy(value: unknown, source: SourceMap): SchemaIssue[] {
  return schemaIssues(validators().policy, value, source, "the policy");
}

function schemaIssues(
  validate: ValidateFunction,
  value: unknown,
  source: SourceMap,
  root: string,
): SchemaIssue[] {
  if (validate(value)) return [];
  const errors = relevant(validate.errors ?? []);
  const seen = new Set<string>();
  const out: SchemaIssue[] = [];
  for (const e of errors) {
    const { message, path } = describe(e, value, source, root);
    if (seen.has(message)) continue;
    seen.add(message);
    const missing = missingField(e, path);
    out.push({ message, path, ...(missing ? { missing } : {}), ...source.locate(path) });
    if (out.length >= MAX_ISSUES) break;
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The field a `required` or `minItems` error is about, as a dotted path; undefined for others. */
function missingField(e: ErrorObject, path: PathSegment[]): string | undefined {
  if (e.keyword === "required") return [...path, String(e.params.missingProperty)].join(".");
  if (e.keyword === "minItems") return path.join(".");
  return undefined;
}

/**
 * Drops the branch errors of anyOf/oneOf/not (the combinator's own error says it better), and a
 * format error when the same value already has another error (a bad date's pattern error).
 */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const kept = errors.filter(
    (e) => !/\/(anyOf|oneOf|not)\//.test(e.schemaPath.replace(/\/(anyOf|oneOf|not)$/, "")),
  );
  return kept.filter(
    (e) => e.keyword !== "format" || !kept.some((o) => o !== e && o.instancePath === e.instancePath),
  );
}

function describe(
  e: ErrorObject,
  root: unknown,
  source: SourceMap,
  rootName: string,
): { message: string; path: PathSegment[] } {
  const path = pointerToPath(e.instancePath);
  const where = path.length ? formatPath(path) : rootName;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return { message: `${where} must have '${String(p.missingProperty)}'`, path };
    case "additionalProperties": {
      const extra = String(p.additionalProperty);
      const known = Object.keys((e.parentSchema?.properties as object | undefined) ?? {}).filter(
        (k) => k !== "$schema",
      );
      const guess = closest(extra, known);
      const hint = guess
        ? ` (did you mean ${guess}?)`
        : known.length
          ? ` (known fields: ${known.join(", ")})`
          : "";
      return {
        message: `${formatPath([...path, extra])} is not a known field${hint}`,
        path: [...path, extra],
      };
    }
    case "enum": {
      const allowed = (p.allowedValues as unknown[]).map(String).join(", ");
      return { message: `${where} must be one of ${allowed}`, path };
    }
    case "const":
      return { message: `${where} must be ${String(p.allowedValue)}`, path };
    case "type":
      return { message: typeMessage(where, String(p.type), valueAt(root, path), source, path), path };
    case "pattern":
      return { message: `${where} ${patternMessage(String(p.pattern))}`, path };
    case "format":
      return { message: `${where} must be a real calendar date written YYYY-MM-DD`, path };
    case "minItems":
      return {
        message: `${where} must have at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}`,
        path,
      };
    case "minLength":
      return { message: `${where} must not be empty`, path };
    case "minimum":
    case "maximum":
      return { message: `${where} must be ${String(p.comparison)} ${String(p.limit)}`, path };
    case "uniqueItems":
      return {
        message: `${where} lists the same value twice (items ${String(p.j)} and ${String(p.i)})`,
        path,
      };
    case "anyOf":
    case "oneOf":
      return { message: `${where} ${combinatorMessage(e)}`, path };
    case "not": {
      const both = requiredList((e.schema as { required?: unknown } | undefined) ?? {});
      const msg = both
        ? `must have either ${both.map((k) => `'${k}'`).join(" or ")}, not both`
        : "is not allowed here";
      return { message: `${where} ${msg}`, path };
    }
    case "propertyNames":
      return { message: `${where} has a key that is not allowed (${String(p.propertyName)})`, path };
    default:
      return { message: `${where} ${e.message ?? "is not valid"}`, path };
  }
}

function typeMessage(
  where: string,
  type: string,
  actual: unknown,
  source: SourceMap,
  path: PathSegment[],
): string {
  const want = type
    .split(",")
    .map((t) => TYPE_NAMES[t] ?? t)
    .join(" or ");
  if (type === "string" && (typeof actual === "number" || typeof actual === "boolean")) {
    const raw = (source as Partial<YamlSourceMap>).sourceText?.(path) ?? String(actual);
    return `${where} must be a string (quote it: "${raw}")`;
  }
  return `${where} must be ${want}`;
}

const TYPE_NAMES: Record<string, string> = {
  object: "a mapping (key: value)",
  array: "a list",
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  null: "empty",
};

const PATTERN_MESSAGES: Record<string, string> = {
  "^sha256:[0-9a-f]{64}$": "must be 'sha256:' followed by 64 lowercase hex digits",
  "^\\d{4}-\\d{2}-\\d{2}$": "must be a date written YYYY-MM-DD",
  "^[a-z0-9][a-z0-9._-]{0,62}$":
    "must be 1-63 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit",
  "^[A-Za-z][A-Za-z0-9+.-]*:": "must be a URI with a scheme (s3://..., hf://..., https://...)",
  "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$": "must be a team written org/team-slug",
  "^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$": "must be a GitHub user login",
  "^[a-z0-9][a-z0-9.-]*$": "must be lowercase letters, digits, '.' or '-'",
};

function patternMessage(pattern: string): string {
  return PATTERN_MESSAGES[pattern] ?? `must match ${pattern}`;
}

function combinatorMessage(e: ErrorObject): string {
  const branches = (e.schema as unknown[] | undefined) ?? [];
  const keys = branches.map(requiredList);
  if (keys.length > 0 && keys.every((k) => k?.length === 1)) {
    return `must have ${keys.map((k) => `'${k![0]}'`).join(" or ")}`;
  }
  return "does not match any allowed form";
}

function requiredList(schema: unknown): string[] | undefined {
  const req = (schema as { required?: unknown } | null)?.required;
  return Array.isArray(req) && req.every((r) => typeof r === "string") ? (req as string[]) : undefined;
}

function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** spec.artifacts[0].path */
function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string, unknown>)[seg as string];
  }
  return v;
}

function modelName(value: unknown): string | undefined {
  const meta = valueAt(value, ["metadata"]);
  const name = valueAt(meta, ["name"]);
  return typeof name === "string" && name.length > 0 && name.length <= 200 ? name : undefined;
}

/** The known word closest to `word`, if it is a plausible typo (edit distance <= 2, or case only). */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = k.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, k);
    if (d < bestDist) {
      bestDist = d;
      best = k;
    }
  }
  return bestDist <= Math.min(2, Math.max(1, Math.floor(word.length / 3))) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return 99;
  // Optimal string alignment distance: a transposition (riskTeir) counts as one edit.
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
