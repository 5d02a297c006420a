import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  decodeText
} from "./chunk-GAQLD7RB.js";
import {
  BASELINE
} from "./chunk-QTQMBYTJ.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  parseDocument2 as parseDocument
} from "./chunk-PVXUEQET.js";
import {
  validatePolicy
} from "./chunk-N7ZQX2BM.js";

// src/policy/load.ts
import { createHash } from "node:crypto";
var HINT = "Fix the policy file on the base branch; see schema/policy.schema.json for its fields.";
var PolicyInvalid = class extends UserError {
  constructor(issues, file) {
    const [first, ...more] = issues;
    super(
      `The policy is not valid: ${first.message}${more.map((i) => `
  line ${i.line}: ${i.message}`).join("")}`,
      { file, line: first.line, column: first.column },
      HINT
    );
    this.issues = issues;
  }
  issues;
  /** The message's first line: the first issue. */
  get headline() {
    return `The policy is not valid: ${this.issues[0]?.message}`;
  }
};
function loadPolicy(args) {
  const { bytes, file, label } = args;
  if (bytes === null) {
    const policy2 = structuredClone(BASELINE);
    return { policy: policy2, source: "baseline", digest: sha256(canonicalJson(BASELINE)) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UserError(`Cannot read the policy: ${decoded.reason}.`, { file }, HINT);
  const parsed = parseDocument(decoded.text, file);
  if (!parsed.ok) {
    throw new UserError(
      `Cannot parse the policy: ${parsed.message}.`,
      { file, line: parsed.line, column: parsed.column },
      HINT
    );
  }
  const { value, source } = parsed;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new UserError(
      "The policy file must be a mapping starting with apiVersion: model-gate/v1 and kind: Policy.",
      { file, line: 1 },
      HINT
    );
  }
  const issues = validatePolicy(value, source);
  if (issues.length > 0) throw new PolicyInvalid(issues, file);
  const raw = value;
  const policy = deepMerge(BASELINE, raw);
  policy.waivers = readWaivers(raw.waivers, source);
  return { policy, source: `${file}@${label}`, digest: sha256(bytes), file };
}
var META_KEYS = /* @__PURE__ */ new Set(["apiVersion", "kind", "extends", "$schema", "waivers"]);
function deepMerge(base, file) {
  const out = structuredClone(base);
  for (const [key, value] of Object.entries(file)) {
    if (META_KEYS.has(key)) continue;
    define(out, key, mergeValue(out[key], value));
  }
  return out;
}
function mergeValue(base, over) {
  if (!isPlainMap(base) || !isPlainMap(over)) return structuredClone(over);
  const out = { ...base };
  for (const [k, v] of Object.entries(over))
    define(out, k, mergeValue(Object.hasOwn(out, k) ? out[k] : void 0, v));
  return out;
}
function isPlainMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function define(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function readWaivers(raw, source) {
  if (!Array.isArray(raw)) return [];
  return raw.map((w, i) => {
    const str = (k) => Object.hasOwn(w, k) && w[k] !== void 0 && w[k] !== null ? String(w[k]) : "";
    const waiver = {
      rule: str("rule"),
      model: str("model"),
      reason: str("reason"),
      owner: str("owner"),
      expires: str("expires"),
      line: source.locate(["waivers", i]).line
    };
    if (str("ticket")) waiver.ticket = str("ticket");
    return waiver;
  });
}
function sha256(data) {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export {
  PolicyInvalid,
  loadPolicy,
  canonicalJson
};
