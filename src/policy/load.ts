// Loads the policy file read from the PR's base commit into a complete Policy.
//
// The file is always deep-merged over the baseline: maps merge key by key at every level (so
// `tiers.high.adversarialTests.maxAgeDays` can be changed alone), lists replace the baseline's list
// (`licenses.deny: []` clears it), and `waivers` come from the file only. `extends: baseline`
// states this explicitly; a file without it is treated the same way, so that a short policy never
// leaves a tier, environment, requirement or limit unset by accident (SPEC's example policy omits
// `riskAssessment.required`, and still means it). To relax a baseline requirement, write it out
// (`required: false`, `count: 0`, `controls: []`).
// Any problem (unreadable file, YAML error, schema error) is a UserError with file, line and a
// hint: a bad policy makes the gate's verdict `error` (fail closed), never a silent fallback.
import { createHash } from "node:crypto";
import { UserError } from "../core/errors.ts";
import { decodeText } from "../manifest/load.ts";
import { type SchemaIssue, validatePolicy } from "../manifest/schema.ts";
import { parseDocument, type YamlSourceMap } from "../manifest/yaml.ts";
import { BASELINE } from "./baseline.ts";
import type { LoadedPolicy, Policy, Waiver } from "./types.ts";

const HINT = "Fix the policy file on the base branch; see schema/policy.schema.json for its fields.";

/** The policy does not match its schema: every issue, by line, for `validate` to list one by one. */
export class PolicyInvalid extends UserError {
  constructor(
    readonly issues: readonly SchemaIssue[],
    file: string,
  ) {
    const [first, ...more] = issues as [SchemaIssue, ...SchemaIssue[]];
    super(
      `The policy is not valid: ${first.message}${more.map((i) => `\n  line ${i.line}: ${i.message}`).join("")}`,
      { file, line: first.line, column: first.column },
      HINT,
    );
  }

  /** The message's first line: the first issue. */
  get headline(): string {
    return `The policy is not valid: ${this.issues[0]?.message}`;
  }
}

export function loadPolicy(args: { bytes: Uint8Array | null; file: string; label: string }): LoadedPolicy {
  const { bytes, file, label } = args;
  if (bytes === null) {
    const policy = structuredClone(BASELINE) as Policy;
    return { policy, source: "baseline", digest: sha256(canonicalJson(BASELINE)) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UserError(`Cannot read the policy: ${decoded.reason}.`, { file }, HINT);
  const parsed = parseDocument(decoded.text, file);
  if (!parsed.ok) {
    throw new UserError(
      `Cannot parse the policy: ${parsed.message}.`,
      { file, line: parsed.line, column: parsed.column },
      HINT,
    );
  }
  const { value, source } = parsed;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new UserError(
      "The policy file must be a mapping starting with apiVersion: model-gate/v1 and kind: Policy.",
      { file, line: 1 },
      HINT,
    );
  }
  const issues = validatePolicy(value, source);
  if (issues.length > 0) throw new PolicyInvalid(issues, file);
  const raw = value as Record<string, unknown>;
  const policy = deepMerge(BASELINE, raw);
  policy.waivers = readWaivers(raw.waivers, source);
  return { policy, source: `${file}@${label}`, digest: sha256(bytes), file };
}

const META_KEYS = new Set(["apiVersion", "kind", "extends", "$schema", "waivers"]);

/** Maps merge recursively; everything else (lists included) replaces. */
function deepMerge(base: Policy, file: Record<string, unknown>): Policy {
  const out = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(file)) {
    if (META_KEYS.has(key)) continue;
    define(out, key, mergeValue(out[key], value));
  }
  return out as unknown as Policy;
}

function mergeValue(base: unknown, over: unknown): unknown {
  if (!isPlainMap(base) || !isPlainMap(over)) return structuredClone(over);
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over))
    define(out, k, mergeValue(Object.hasOwn(out, k) ? out[k] : undefined, v));
  return out;
}

function isPlainMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Own data property even for a key like `__proto__` (the schema forbids unknown keys anyway). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Waivers keep whatever fields they have (checkWaivers judges them) plus their line. */
function readWaivers(raw: unknown, source: YamlSourceMap): Waiver[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((w: Record<string, unknown>, i) => {
    const str = (k: string) =>
      Object.hasOwn(w, k) && w[k] !== undefined && w[k] !== null ? String(w[k]) : "";
    const waiver: Waiver = {
      rule: str("rule"),
      model: str("model"),
      reason: str("reason"),
      owner: str("owner"),
      expires: str("expires"),
      line: source.locate(["waivers", i]).line,
    };
    if (str("ticket")) waiver.ticket = str("ticket");
    return waiver;
  });
}

function sha256(data: string | Uint8Array): string {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}

/** JSON with object keys sorted at every level: the same policy always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
