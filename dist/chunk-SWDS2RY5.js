import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  RISK_TIERS
} from "./chunk-PFY7UIUT.js";
import {
  isCount,
  isJsonObject,
  own,
  parseStrictJson,
  show
} from "./chunk-XNZTJEC3.js";
import {
  manifestFileProblem,
  statFile
} from "./chunk-2IGY3RLV.js";
import {
  dirOf
} from "./chunk-CHNDTHGK.js";
import {
  loadManifest,
  require_picomatch
} from "./chunk-LUNZA4S6.js";
import {
  tableSourceMap
} from "./chunk-JBBT76R3.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  __toESM
} from "./chunk-YMPWKLZV.js";

// src/engine/model-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var PICKLE_CAPABLE = "pkl|pickle|dill|joblib|pt|pth|ckpt|bin|npy|npz|data|dat";
var OTHER_FORMATS = "safetensors|gguf|ggml|onnx|keras|h5|hdf5|tflite|pb|mlmodel|msgpack|7z";
var MODEL_EXTENSION = new RegExp(
  `\\.(?:(?:${PICKLE_CAPABLE})(?:\\.(?:gz|bz2|xz|z|lzma))?|${OTHER_FORMATS})$`,
  "i"
);
function hasModelExtension(path) {
  return MODEL_EXTENSION.test(path);
}
function modelFileMatcher(policy) {
  const patterns = policy.artifacts.length ? (0, import_picomatch.default)([...policy.artifacts], { dot: true, nocase: true }) : () => false;
  const ignore = policy.ignore?.length ? (0, import_picomatch.default)([...policy.ignore], { dot: true }) : () => false;
  const f = ((p) => !ignore(p) && (hasModelExtension(p) || patterns(p)));
  f.ignored = (p) => ignore(p);
  return f;
}

// src/manifest/digest.ts
import { createHash } from "node:crypto";
var DIGEST = /^sha256:[0-9a-f]{64}$/;
function isDigest(s) {
  return typeof s === "string" && DIGEST.test(s);
}
function sha256Hex(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
async function digestChunks(chunks) {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.byteLength;
  }
  return { digest: `sha256:${hash.digest("hex")}`, size };
}
function modelDigest(artifacts) {
  if (artifacts.length === 0) return null;
  for (const a of artifacts) {
    if (!isDigest(a.digest) || typeof a.key !== "string" || a.key === "" || a.key.includes("\n")) return null;
  }
  if (artifacts.length === 1) return artifacts[0].digest;
  const lines = artifacts.map((a) => ({ key: a.key, line: `${a.digest.slice("sha256:".length)}  ${a.key}
` })).sort((x, y) => compare(x.key, y.key) || compare(x.line, y.line));
  return `sha256:${sha256Hex(lines.map((l) => l.line).join(""))}`;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/evidence/per-probe.ts
var DEFAULT_MIN_ATTEMPTS = 20;
function rateOf(s) {
  return s.attempts === 0 ? 0 : s.successes / s.attempts;
}
function judgeProbes(suites, limit, minAttempts) {
  const over = [];
  const tooSmall = [];
  for (const s of suites) {
    if (s.attempts === 0 || rateOf(s) <= limit) continue;
    (s.attempts >= minAttempts ? over : tooSmall).push(s);
  }
  return { over: over.sort(worstFirst), tooSmall: tooSmall.sort(worstFirst) };
}
function worstFirst(a, b) {
  return rateOf(b) - rateOf(a) || b.attempts - a.attempts || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function probeWord(tool) {
  return tool === "garak" ? "probe" : tool === "promptfoo" ? "plugin" : "suite";
}

// src/policy/strictest.ts
var TIER_ORDER = ["minimal", "limited", "high", "unacceptable"];
function tierOf(m) {
  const t = m.manifest.spec.riskTier;
  return t && RISK_TIERS.includes(t) ? t : "high";
}
function higherTier(a, b) {
  return TIER_ORDER.indexOf(a) >= TIER_ORDER.indexOf(b) ? a : b;
}
var or = (a, b) => a === void 0 && b === void 0 ? void 0 : a === true || b === true;
var min = (a, b) => a === void 0 ? b : b === void 0 ? a : Math.min(a, b);
var max = (a, b) => a === void 0 ? b : b === void 0 ? a : Math.max(a, b);
var union = (a, b) => a === void 0 && b === void 0 ? void 0 : [.../* @__PURE__ */ new Set([...a ?? [], ...b ?? []])];
function defined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
function merge(a, b, f) {
  if (!a) return b;
  if (!b) return a;
  return defined(f(a, b));
}
function strictestTierPolicy(a, b) {
  return defined({
    blocked: or(a.blocked, b.blocked),
    // The larger count decides; its approvers are the ones asked (a tie keeps both lists).
    approvals: merge(
      a.approvals,
      b.approvals,
      (x, y) => x.count === y.count ? {
        count: x.count,
        ...x.from || y.from ? {
          from: {
            teams: union(x.from?.teams, y.from?.teams) ?? [],
            users: union(x.from?.users, y.from?.users) ?? []
          }
        } : {}
      } : x.count > y.count ? x : y
    ),
    riskAssessment: merge(a.riskAssessment, b.riskAssessment, (x, y) => ({
      required: x.required === false && y.required === false ? false : or(x.required, y.required),
      maxAgeDays: min(x.maxAgeDays, y.maxAgeDays),
      frameworks: union(x.frameworks, y.frameworks)
    })),
    adversarialTests: merge(a.adversarialTests, b.adversarialTests, (x, y) => ({
      ...x,
      ...y,
      required: x.required === false && y.required === false ? false : or(x.required, y.required),
      maxAttackSuccessRate: min(x.maxAttackSuccessRate, y.maxAttackSuccessRate),
      maxAgeDays: min(x.maxAgeDays, y.maxAgeDays),
      // Per probe, each side's effective value (an unset limit is its overall limit, an unset
      // minimum the default): the lower limit, and the lower minimum, which judges more probes.
      maxAttackSuccessRatePerProbe: min(
        x.maxAttackSuccessRatePerProbe ?? x.maxAttackSuccessRate,
        y.maxAttackSuccessRatePerProbe ?? y.maxAttackSuccessRate
      ),
      minAttempts: x.minAttempts === void 0 && y.minAttempts === void 0 ? void 0 : Math.min(x.minAttempts ?? DEFAULT_MIN_ATTEMPTS, y.minAttempts ?? DEFAULT_MIN_ATTEMPTS)
    })),
    datasets: merge(a.datasets, b.datasets, (x, y) => ({
      required: or(x.required, y.required),
      vetted: or(x.vetted, y.vetted),
      digest: or(x.digest, y.digest)
    })),
    controls: union(a.controls, b.controls),
    evaluation: merge(a.evaluation, b.evaluation, (x, y) => {
      const metrics = { ...x.minMetrics ?? {} };
      for (const [k, v] of Object.entries(y.minMetrics ?? {})) metrics[k] = max(metrics[k], v);
      return defined({
        minMetrics: x.minMetrics || y.minMetrics ? metrics : void 0,
        maxAgeDays: min(x.maxAgeDays, y.maxAgeDays)
      });
    }),
    signature: merge(a.signature, b.signature, (x, y) => ({
      required: or(x.required, y.required),
      // Either tier's signers satisfy a required signature only when both allow them.
      signers: x.signers?.length && y.signers?.length ? x.signers.filter((s) => y.signers?.includes(s)) : x.signers?.length ? x.signers : y.signers
    })),
    scan: merge(a.scan, b.scan, (x, y) => ({ required: or(x.required, y.required) }))
  });
}

// src/checks/declarations.ts
var RULE_OF = {
  "too-large": "input/too-large",
  "parse-error": "manifest/parse-error",
  schema: "manifest/schema",
  "not-a-model": "manifest/not-a-model",
  "license-unknown": "provenance/license-unknown",
  "missing-digest": "integrity/missing-digest"
};
function checkDeclaration(problems) {
  return problems.map(({ kind, ...p }) => ({ ruleId: RULE_OF[kind], ...p }));
}
function checkMergedDeclaration(native, other) {
  const a = native.manifest.spec;
  const b = other.manifest.spec;
  const differs = [];
  if (b.riskTier && tierOf(native) !== tierOf(other))
    differs.push(`risk tier ${a.riskTier ?? "?"} / ${b.riskTier ?? "?"}`);
  if (a.type !== b.type) differs.push(`type ${a.type} / ${b.type}`);
  const envs = (x) => [...x ?? []].sort().join(",");
  if (envs(a.environments) !== envs(b.environments))
    differs.push(`environments [${envs(a.environments)}] / [${envs(b.environments)}]`);
  const pos = native.source.locate(["metadata", "name"]);
  return {
    ruleId: "manifest/merged-declaration",
    message: `${other.file} also declares this model's artifacts; the two are judged as one model with this manifest's fields${differs.length ? `, and the stricter of ${differs.join(", ")} (manifest / ${other.format === "hf-model-card" ? "card" : "BOM"})` : ""}.`,
    file: native.file,
    line: pos.line,
    column: pos.column,
    model: native.manifest.metadata.name
  };
}

// src/engine/formats.ts
function manifestFormats(policy, modelFolders = /* @__PURE__ */ new Set()) {
  const card = async (file, bytes) => {
    const { loadModelCard } = await import("./chunk-TGVBDGQ3.js");
    const r = loadModelCard(file, bytes, {
      allowLicenses: policy.licenses.allow ?? [],
      besideModel: modelFolders.has(dirOf(file))
    });
    return { models: r.ok ? [r.loaded] : [], findings: checkDeclaration(r.problems) };
  };
  const bom = async (file, bytes) => {
    const { loadCycloneDx } = await import("./chunk-HFGFS3IL.js");
    const r = loadCycloneDx(file, bytes);
    return { models: r.ok ? r.models : [], findings: checkDeclaration(r.problems) };
  };
  return [
    { patterns: policy.modelCards, load: card },
    { patterns: policy.mlBoms, load: bom }
  ];
}

// src/engine/parse-pool.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

// src/core/dates.ts
var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
function parseIsoDate(s) {
  if (typeof s !== "string") return null;
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = Date.UTC(y, mo - 1, d);
  const check = new Date(day);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  const full = Date.parse(m[4] ? s.trim().replace(" ", "T") : `${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(full) ? day : full;
}
var DAY = 864e5;
function ageInDays(dateMs, now) {
  return Math.floor((startOfUtcDay(now.getTime()) - startOfUtcDay(dateMs)) / DAY);
}
function startOfUtcDay(ms) {
  return Math.floor(ms / DAY) * DAY;
}

// src/evidence/garak.ts
var READ = /* @__PURE__ */ new Set(["eval", "init", "start_run setup"]);
function parseGarak(text) {
  const suites = /* @__PURE__ */ new Map();
  let evalEntries = 0;
  let attempts = 0;
  let successes = 0;
  let runStart;
  let setupStart;
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = end + 1;
    line++;
    if (isBlank(raw)) continue;
    const entry = parseLine(raw);
    if (entry === void 0) {
      const strict = parseStrictJson(raw);
      return {
        ok: false,
        reason: `line ${line} is not valid JSON (${strict.ok ? "?" : strict.reason})`,
        line
      };
    }
    if (!isJsonObject(entry)) return { ok: false, reason: `line ${line} is not a JSON object`, line };
    const type = own(entry, "entry_type");
    if (typeof type !== "string") {
      return { ok: false, reason: `line ${line} has no entry_type: this is not a garak report line`, line };
    }
    if (READ.has(type)) {
      const strict = parseStrictJson(raw);
      if (!strict.ok) return { ok: false, reason: `line ${line} is not valid JSON (${strict.reason})`, line };
    }
    if (type === "init" && runStart === void 0) {
      runStart = own(entry, "orig_start_time") ?? own(entry, "start_time");
    } else if (type === "start_run setup" && setupStart === void 0) {
      setupStart = own(entry, "transient.starttime_iso");
    } else if (type === "eval") {
      const probe = own(entry, "probe");
      if (typeof probe !== "string" || probe.trim() === "") {
        return { ok: false, reason: `the eval entry on line ${line} names no probe`, line };
      }
      const counts = evalCounts(entry);
      if ("error" in counts)
        return { ok: false, reason: `the eval entry on line ${line} ${counts.error}`, line };
      evalEntries++;
      attempts += counts.attempts;
      successes += counts.successes;
      const name = probeName(probe);
      const suite = suites.get(name) ?? { name, attempts: 0, successes: 0 };
      suite.attempts += counts.attempts;
      suite.successes += counts.successes;
      suites.set(name, suite);
      if (!Number.isSafeInteger(attempts) || !Number.isSafeInteger(suite.attempts)) {
        return { ok: false, reason: `the counts add up to more than a report can hold (line ${line})`, line };
      }
    }
  }
  if (evalEntries === 0) {
    return { ok: false, reason: "the report has no eval entries: was the run interrupted?" };
  }
  const dateValue = runStart ?? setupStart;
  if (dateValue !== void 0 && parseIsoDate(dateValue) === null) {
    return { ok: false, reason: `the run's start time ${show(dateValue)} is not an ISO date` };
  }
  return {
    ok: true,
    summary: {
      tool: "garak",
      attempts,
      successes,
      attackSuccessRate: attempts === 0 ? 0 : successes / attempts,
      suites: [...suites.values()],
      ...typeof dateValue === "string" ? { date: dateValue } : {}
    }
  };
}
function evalCounts(entry) {
  const hasEvaluated = Object.hasOwn(entry, "total_evaluated");
  const totalKey = hasEvaluated ? "total_evaluated" : "total";
  const total = own(entry, totalKey);
  const passed = own(entry, "passed");
  const fails = own(entry, "fails");
  if (total === void 0) return { error: "has neither total_evaluated nor total" };
  if (!isCount(total)) return { error: `has ${totalKey} ${show(total)}, not a whole number >= 0` };
  if (passed !== void 0 && !isCount(passed))
    return { error: `has passed ${show(passed)}, not a whole number >= 0` };
  if (fails !== void 0 && !isCount(fails))
    return { error: `has fails ${show(fails)}, not a whole number >= 0` };
  if (fails === void 0 && passed === void 0) return { error: "has neither fails nor passed" };
  const failed = fails ?? total - passed;
  if (failed < 0 || failed > total) {
    return {
      error: `counts more ${fails === void 0 ? "passes" : "fails"} than the ${total} outputs evaluated`
    };
  }
  if (passed !== void 0 && fails !== void 0 && passed + fails !== total) {
    return { error: `is inconsistent: passed ${passed} + fails ${fails} is not ${totalKey} ${total}` };
  }
  return { attempts: total, successes: failed };
}
function probeName(probe) {
  const name = probe.trim().replace(/^(garak\.)?probes\./, "");
  return name === "" ? probe : name;
}
function parseLine(raw) {
  try {
    return JSON.parse(raw);
  } catch {
    return void 0;
  }
}
function isBlank(s) {
  const c = s.charCodeAt(0);
  return s.length === 0 || (c === 32 || c === 9) && s.trim() === "";
}

// src/evidence/native.ts
function parseNative(text) {
  const parsed = parseStrictJson(text);
  if (!parsed.ok)
    return { ok: false, reason: `the report is not valid JSON (${parsed.reason})`, line: parsed.line };
  const root = parsed.value;
  if (!isJsonObject(root)) return { ok: false, reason: "the report is not a JSON object" };
  const modelDigest2 = own(root, "modelDigest");
  if (modelDigest2 !== void 0 && (typeof modelDigest2 !== "string" || !isDigest(modelDigest2))) {
    return {
      ok: false,
      reason: `modelDigest ${show(modelDigest2)} is not sha256: followed by 64 lowercase hex digits`
    };
  }
  const date = own(root, "date");
  if (date !== void 0 && parseIsoDate(date) === null) {
    return { ok: false, reason: `date ${show(date)} is not an ISO date (YYYY-MM-DD)` };
  }
  const tool = own(root, "tool");
  if (tool !== void 0 && typeof tool !== "string")
    return { ok: false, reason: `tool ${show(tool)} is not a string` };
  const list = own(root, "suites");
  if (!Array.isArray(list)) return { ok: false, reason: `suites ${show(list)} is not a list of test suites` };
  if (list.length === 0) return { ok: false, reason: "suites is empty: the report records no attacks" };
  const suites = [];
  const names = /* @__PURE__ */ new Set();
  let attempts = 0;
  let successes = 0;
  for (const [i, s] of list.entries()) {
    const at = `suites[${i}]`;
    if (!isJsonObject(s)) return { ok: false, reason: `${at} is not an object` };
    const name = own(s, "name");
    const a = own(s, "attempts");
    const k = own(s, "successes");
    if (typeof name !== "string" || name.trim() === "")
      return { ok: false, reason: `${at}.name ${show(name)} is not a name` };
    if (names.has(name)) return { ok: false, reason: `${at}: the suite ${show(name)} is listed twice` };
    names.add(name);
    if (!isCount(a)) return { ok: false, reason: `${at}.attempts ${show(a)} is not a whole number >= 0` };
    if (!isCount(k)) return { ok: false, reason: `${at}.successes ${show(k)} is not a whole number >= 0` };
    if (k > a) return { ok: false, reason: `${at} has more successes (${k}) than attempts (${a})` };
    attempts += a;
    successes += k;
    if (!Number.isSafeInteger(attempts))
      return { ok: false, reason: "the counts add up to more than a report can hold" };
    suites.push({ name, attempts: a, successes: k });
  }
  return {
    ok: true,
    summary: {
      tool: "model-gate",
      attempts,
      successes,
      attackSuccessRate: attempts === 0 ? 0 : successes / attempts,
      suites,
      ...typeof modelDigest2 === "string" ? { modelDigest: modelDigest2 } : {},
      ...typeof date === "string" ? { date } : {}
    }
  };
}

// src/evidence/promptfoo.ts
var FAILURE_REASON_ERROR = 2;
var NO_PLUGIN = "(no plugin id)";
var REDTEAM_ASSERTION = "promptfoo:redteam:";
function parsePromptfoo(text) {
  const parsed = parseStrictJson(text);
  if (!parsed.ok)
    return { ok: false, reason: `the report is not valid JSON (${parsed.reason})`, line: parsed.line };
  const root = parsed.value;
  if (!isJsonObject(root)) return { ok: false, reason: "the report is not a JSON object" };
  const nested = own(root, "results");
  const body = isJsonObject(nested) ? nested : root;
  const results = own(body, "results");
  const stats = own(body, "stats");
  if (results !== void 0 && !Array.isArray(results)) {
    return { ok: false, reason: "results is not a list of test results" };
  }
  if (results === void 0 && stats === void 0) {
    return {
      ok: false,
      reason: "the report has neither results nor stats: is this promptfoo's --output JSON?"
    };
  }
  const suites = /* @__PURE__ */ new Map();
  let pluginIds = 0;
  let successes = 0;
  let failures = 0;
  for (const [i, r] of (results ?? []).entries()) {
    if (!isJsonObject(r)) return { ok: false, reason: `result #${i + 1} is not an object` };
    const success = own(r, "success");
    if (typeof success !== "boolean") {
      return { ok: false, reason: `result #${i + 1} has success ${show(success)}, not true or false` };
    }
    if (!success && own(r, "failureReason") === FAILURE_REASON_ERROR) continue;
    const plugin = pluginId(r);
    if (plugin !== null) pluginIds++;
    const name = plugin ?? NO_PLUGIN;
    const suite = suites.get(name) ?? { name, attempts: 0, successes: 0 };
    suite.attempts++;
    if (success) successes++;
    else {
      failures++;
      suite.successes++;
    }
    suites.set(name, suite);
  }
  if (stats !== void 0) {
    if (!isJsonObject(stats)) return { ok: false, reason: "stats is not an object" };
    const s = own(stats, "successes");
    const f = own(stats, "failures");
    if (!isCount(s) || !isCount(f)) {
      return {
        ok: false,
        reason: `stats has successes ${show(s)} and failures ${show(f)}, not whole numbers >= 0`
      };
    }
    if (results !== void 0 && results.length > 0) {
      if (s !== successes || f !== failures) {
        return {
          ok: false,
          reason: `stats (${s} successes, ${f} failures) disagree with the ${results.length} results listed (${successes} successes, ${failures} failures)`
        };
      }
    } else {
      successes = s;
      failures = f;
    }
  }
  const attempts = successes + failures;
  if (!Number.isSafeInteger(attempts))
    return { ok: false, reason: "the counts add up to more than a report can hold" };
  const date = own(body, "timestamp") ?? own(own(root, "metadata"), "evaluationCreatedAt");
  if (date !== void 0 && parseIsoDate(date) === null) {
    return { ok: false, reason: `the run's timestamp ${show(date)} is not an ISO date` };
  }
  return {
    ok: true,
    summary: {
      tool: "promptfoo",
      attempts,
      successes: failures,
      attackSuccessRate: attempts === 0 ? 0 : failures / attempts,
      suites: [...suites.values()],
      redTeam: pluginIds > 0 || isJsonObject(own(own(root, "config"), "redteam")),
      ...typeof date === "string" ? { date } : {}
    }
  };
}
function pluginId(result) {
  const testCase = own(result, "testCase");
  for (const candidate of [
    own(own(result, "metadata"), "pluginId"),
    own(own(testCase, "metadata"), "pluginId")
  ]) {
    if (typeof candidate === "string" && candidate.trim() !== "") return candidate;
  }
  const asserts = own(testCase, "assert");
  if (Array.isArray(asserts)) {
    for (const a of asserts) {
      const type = own(a, "type");
      if (typeof type === "string" && type.startsWith(REDTEAM_ASSERTION) && type.length > REDTEAM_ASSERTION.length)
        return type.slice(REDTEAM_ASSERTION.length);
    }
  }
  return null;
}

// src/evidence/parse.ts
var READERS = {
  garak: parseGarak,
  promptfoo: parsePromptfoo,
  "model-gate": parseNative
};
function parseEvidence(tool, bytes) {
  if (!Object.hasOwn(READERS, tool))
    return { ok: false, reason: `no reader for the tool ${JSON.stringify(tool)}` };
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "the report is not valid UTF-8 text" };
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return READERS[tool](text);
}

// src/engine/parse-jobs.ts
function manifestFromReply(reply) {
  if (!reply.ok) return reply;
  return { ok: true, loaded: { ...reply.loaded, source: tableSourceMap(reply.table) } };
}

// src/engine/parse-pool.ts
var workerThreads = () => createRequire(import.meta.url)("node:worker_threads");
var inThreadParser = {
  loadManifest: async (file, bytes) => loadManifest(file, bytes),
  parseEvidence: async (tool, bytes) => parseEvidence(tool, bytes),
  close: async () => {
  }
};
var MIN_MANIFESTS_FOR_WORKERS = 400;
var MAX_WORKERS = 3;
function workerCount(manifests, env, cores, bundled) {
  if (!bundled) return 0;
  if (env !== void 0 && env !== "") {
    if (!/^\d{1,2}$/.test(env))
      throw new UserError(
        `MODEL_GATE_WORKERS must be a whole number of worker threads (got ${JSON.stringify(env)})`,
        {},
        "set it to 0 to parse in the main thread, or unset it"
      );
    return Math.min(Number(env), 16);
  }
  if (manifests < MIN_MANIFESTS_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(cores - 1, MAX_WORKERS));
}
function openParser(manifests, workers) {
  const bundled = true;
  const n = workerCount(manifests, workers, availableParallelism(), bundled);
  if (n === 0) return inThreadParser;
  const script = new URL("./parse-worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(script))) {
    if (workers) throw new Error(`MODEL_GATE_WORKERS is set but ${script} is missing`);
    return inThreadParser;
  }
  return new WorkerPool(script, n, Boolean(workers));
}
var IN_FLIGHT = 4;
var WorkerPool = class {
  constructor(script, size, workersOnly) {
    this.workersOnly = workersOnly;
    this.slots = Array.from({ length: size }, () => {
      const slot = {
        // A larger young generation: parsing makes much short-lived garbage, fewer scavenges.
        worker: new (workerThreads()).Worker(script, {
          resourceLimits: { maxYoungGenerationSizeMb: 48 }
        }),
        pending: 0
      };
      slot.worker.unref();
      slot.worker.on("message", (m) => this.settle(m));
      slot.worker.on("error", (e) => this.fail(new Error(`a parse worker failed (a bug): ${e.stack ?? e}`)));
      slot.worker.on("exit", (code) => {
        if (slot.pending > 0) this.fail(new Error(`a parse worker exited (code ${code}) with jobs pending`));
      });
      return slot;
    });
  }
  workersOnly;
  slots;
  waiting = /* @__PURE__ */ new Map();
  queue = [];
  nextId = 1;
  failure;
  localScheduled = false;
  async loadManifest(file, bytes) {
    const r = await this.run({ kind: "manifest", file, bytes });
    return "table" in r ? manifestFromReply(r) : r;
  }
  async parseEvidence(tool, bytes) {
    return await this.run({ kind: "evidence", tool, bytes });
  }
  async close() {
    this.failure ??= new Error("the parse pool is closed");
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
  run(job) {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }
  pump() {
    for (const slot of this.slots) {
      while (slot.pending < IN_FLIGHT && this.queue.length > 0) this.post(slot, this.queue.shift());
    }
    if (!this.workersOnly && this.queue.length > 0 && !this.localScheduled) {
      this.localScheduled = true;
      setImmediate(() => this.runLocal());
    }
  }
  post(slot, q) {
    const id = this.nextId++;
    this.waiting.set(id, { slot, resolve: q.resolve, reject: q.reject });
    if (slot.pending++ === 0) slot.worker.ref();
    const job = { ...q.job, bytes: q.job.bytes.slice() };
    slot.worker.postMessage({ id, job }, [job.bytes.buffer]);
  }
  runLocal() {
    this.localScheduled = false;
    const q = this.queue.shift();
    if (q) {
      const { job } = q;
      try {
        q.resolve(
          job.kind === "manifest" ? loadManifest(job.file, job.bytes) : parseEvidence(job.tool, job.bytes)
        );
      } catch (e) {
        q.reject(e);
      }
    }
    this.pump();
  }
  settle(m) {
    const w = this.waiting.get(m.id);
    if (!w) return;
    this.waiting.delete(m.id);
    if (--w.slot.pending === 0) w.slot.worker.unref();
    if (m.ok) w.resolve(m.value);
    else w.reject(new Error(`a parse worker threw (a bug):
${m.stack}`));
    this.pump();
  }
  fail(e) {
    this.failure ??= e;
    for (const [id, w] of this.waiting) {
      this.waiting.delete(id);
      w.slot.pending = 0;
      w.slot.worker.unref();
      w.reject(e);
    }
    for (const q of this.queue.splice(0)) q.reject(e);
  }
};

// src/engine/patterns.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
function matcher(globs) {
  if (globs.length === 0) return () => false;
  const m = (0, import_picomatch2.default)([...globs], { dot: true });
  return (p) => m(p);
}

// src/engine/manifests.ts
var nativeLoader = (parser) => async (file, bytes) => {
  const r = await parser().loadManifest(file, bytes);
  return r.ok ? { models: [r.loaded], findings: [] } : { models: [], findings: checkDeclaration(r.problems) };
};
function manifestKinds(policy, extra = [], parser = () => inThreadParser) {
  const kinds = [
    { match: matcher(policy.manifests), load: nativeLoader(parser) },
    ...extra.map((e) => ({ match: matcher(e.patterns), load: e.load }))
  ];
  return {
    isManifest: (p) => kinds.some((k) => k.match(p)),
    loaderFor: (p) => kinds.find((k) => k.match(p))?.load ?? null
  };
}
async function readManifestFile(tree, path, kinds, maxBytes) {
  const load = kinds.loaderFor(path);
  const fact = await statFile(tree, path, maxBytes);
  const problem = manifestFileProblem(fact, path, maxBytes);
  if (problem || !load || !fact.path) return { file: path, models: [], findings: problem ? [problem] : [] };
  const { models, findings } = await load(fact.path, await tree.read(fact.path));
  return { file: path, models, findings };
}

export {
  hasModelExtension,
  modelFileMatcher,
  DEFAULT_MIN_ATTEMPTS,
  rateOf,
  judgeProbes,
  probeWord,
  TIER_ORDER,
  tierOf,
  higherTier,
  strictestTierPolicy,
  parseIsoDate,
  ageInDays,
  isDigest,
  sha256Hex,
  digestChunks,
  modelDigest,
  parseEvidence,
  checkMergedDeclaration,
  manifestFormats,
  inThreadParser,
  openParser,
  matcher,
  manifestKinds,
  readManifestFile
};
