// CycloneDX 1.6 / 1.7 ML-BOMs (JSON) read into the internal model: one manifest per
// `machine-learning-model` component. The BOM is validated against the official schema first;
// what a BOM cannot say (risk tier, evidence binding) comes from component properties named
// `model-gate:<field>`:
//   model-gate:riskTier, model-gate:type, model-gate:owner, model-gate:environments (comma list),
//   model-gate:path (repo path of the model file the SHA-256 hash is for),
//   model-gate:riskAssessment.tier / .assessedBy / .date / .modelDigest,
//   model-gate:adversarialTests.modelDigest / .date (for the pentest-report references).
// On data components: model-gate:role, model-gate:vetted.by + model-gate:vetted.date.
import type {
  AdversarialTest,
  Artifact,
  Dataset,
  DeclarationProblem,
  DeclarationProblemKind,
  Environment,
  LoadedManifest,
  ModelManifest,
  ModelType,
  PathSegment,
  RiskAssessment,
  SourceMap,
} from "../manifest/model.ts";
import { ENVIRONMENTS, MODEL_TYPES, RISK_TIERS } from "../manifest/model.ts";
import { closest } from "../manifest/schema.ts";
import { parseDocument } from "../manifest/yaml.ts";
import { normaliseRepoPath } from "../repo/paths.ts";
import {
  decodeText,
  isRecord,
  MAX_FORMAT_BYTES,
  mappedSource,
  own,
  quote,
  SHA256_HEX,
  sanitiseName,
  str,
} from "./common.ts";
import { type CycloneDxVersion, cycloneDxValidator, SUPPORTED_VERSIONS } from "./cyclonedx-schemas.ts";
import { guessType, type StandardSpecExtras } from "./model-card.ts";

export type CycloneDxResult =
  | { ok: true; models: LoadedManifest[]; problems: DeclarationProblem[] }
  | { ok: false; problems: DeclarationProblem[] };

const MAX_SCHEMA_FINDINGS = 10;

/** Whether any component (the metadata's, a listed one, or one nested in either) is a model. */
function hasModelComponent(bom: Record<string, unknown>): boolean {
  const stack: unknown[] = [own(own(bom, "metadata"), "component"), own(bom, "components")];
  let budget = 100_000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isRecord(v)) {
      if (v.type === "machine-learning-model") return true;
      stack.push(own(v, "components"));
    }
  }
  return false;
}

export function loadCycloneDx(file: string, bytes: Uint8Array): CycloneDxResult {
  if (bytes.byteLength > MAX_FORMAT_BYTES)
    return {
      ok: false,
      problems: [{ kind: "too-large", message: `the BOM is over ${MAX_FORMAT_BYTES} bytes`, file }],
    };
  const text = decodeText(bytes);
  try {
    JSON.parse(text); // strict JSON first: YAML would accept trailing commas and comments
  } catch (e) {
    const { line, column, message } = jsonErrorPosition(text, e);
    return {
      ok: false,
      problems: [
        {
          kind: "parse-error",
          message: `the BOM is not valid JSON: ${message}`,
          file,
          line,
          column,
        },
      ],
    };
  }
  // JSON is YAML: the safe reader gives plain data (no prototype keys) and positions.
  const parsed = parseDocument(text, file, { maxNodes: 1_000_000 });
  if (!parsed.ok)
    return {
      ok: false,
      problems: [
        {
          kind: "parse-error",
          message: `the BOM cannot be read: ${parsed.message}`,
          file,
          line: parsed.line,
          column: parsed.column,
        },
      ],
    };
  const bom = parsed.value;
  const source = parsed.source;
  const at = (path: PathSegment[]) => source.locate(path);
  if (!isRecord(bom) || bom.bomFormat !== "CycloneDX")
    return {
      ok: false,
      problems: [
        {
          kind: "schema",
          message: "the file is not a CycloneDX BOM (bomFormat: CycloneDX)",
          file,
          ...at([]),
        },
      ],
    };
  // A BOM with no machine-learning-model component (a dependency SBOM) declares no model: it is
  // not ours, whatever its version (SPEC section 9).
  if (!hasModelComponent(bom))
    return {
      ok: true,
      models: [],
      problems: [
        {
          kind: "not-a-model",
          message:
            "the BOM has no machine-learning-model component, so it declares no model; it is not read as a model declaration",
          file,
          ...at([]),
        },
      ],
    };
  const version = bom.specVersion;
  if (typeof version !== "string" || !(SUPPORTED_VERSIONS as readonly string[]).includes(version))
    return {
      ok: false,
      problems: [
        {
          kind: "schema",
          message: `CycloneDX specVersion ${quote(version)} is not read; model-gate reads ML-BOMs of CycloneDX ${SUPPORTED_VERSIONS.join(" and ")}`,
          file,
          ...at(["specVersion"]),
        },
      ],
    };
  const validate = cycloneDxValidator(version as CycloneDxVersion);
  if (!validate(bom)) {
    const problems = (validate.errors ?? []).slice(0, MAX_SCHEMA_FINDINGS).map((e): DeclarationProblem => {
      const path = pointerToPath(e.instancePath);
      return {
        kind: "schema",
        message: `the BOM does not match the CycloneDX ${version} schema at ${e.instancePath || "/"}: ${e.message ?? "invalid"}`,
        file,
        ...at(path),
      };
    });
    // The model is not loaded, but what is wrong with its hashes is worth saying at once.
    const read = new BomReader(file, bom, source).read();
    if (read.ok) problems.push(...read.problems.filter((f) => f.kind === "missing-digest"));
    return { ok: false, problems };
  }
  return new BomReader(file, bom, source).read();
}

/** JSON.parse's error as a 1-based line and column (V8 reports a character position). */
export function jsonErrorPosition(
  text: string,
  e: unknown,
): { line: number; column: number; message: string } {
  const raw = e instanceof Error ? e.message : String(e);
  const message = raw.replace(/, "[\s\S]*$/, "").replace(/\s*\(line \d+ column \d+\)/, "");
  const lc = /line (\d+) column (\d+)/.exec(raw);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), message };
  const pos = /at position (\d+)/.exec(raw);
  const offset = pos ? Number(pos[1]) : /Unexpected end of JSON input/.test(raw) ? text.length : -1;
  if (offset < 0) return { line: 1, column: 1, message };
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n"), message };
}

function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

interface Located {
  value: Record<string, unknown>;
  path: PathSegment[];
}

class BomReader {
  private readonly problems: DeclarationProblem[] = [];
  /** bom-ref -> component (any depth) or data entry, for dataset refs. */
  private readonly refs = new Map<string, Located>();
  private readonly components: Located[] = [];

  constructor(
    private readonly file: string,
    private readonly bom: Record<string, unknown>,
    private readonly source: SourceMap,
  ) {}

  read(): CycloneDxResult {
    const meta = own(own(this.bom, "metadata"), "component");
    if (isRecord(meta)) this.collect(meta, ["metadata", "component"]);
    const list = own(this.bom, "components");
    if (Array.isArray(list))
      list.forEach((c, i) => {
        if (isRecord(c)) this.collect(c, ["components", i]);
      });

    const models = this.components
      .filter((c) => c.value.type === "machine-learning-model")
      .map((c) => this.model(c));
    if (models.length > 0) for (const c of this.components) this.propertyNames(c);
    return { ok: true, models, problems: this.problems };
  }

  /** A `model-gate:*` property the gate does not read is a typo until proven otherwise. */
  private propertyNames({ value: c, path }: Located): void {
    const list = own(c, "properties");
    if (!Array.isArray(list)) return;
    const isModel = c.type === "machine-learning-model";
    const allowed: readonly string[] = isModel ? MODEL_PROPERTIES : DATA_PROPERTIES;
    const name = isModel ? sanitiseName(String(own(c, "name") ?? "model")) : undefined;
    list.forEach((p, i) => {
      const prop = own(p, "name");
      if (typeof prop !== "string" || !prop.toLowerCase().startsWith("model-gate:") || allowed.includes(prop))
        return;
      const near = closest(prop, [...MODEL_PROPERTIES, ...DATA_PROPERTIES]);
      const hint =
        near && !allowed.includes(near)
          ? ` (${near} belongs on a ${isModel ? "data" : "machine-learning-model"} component)`
          : near
            ? ` (did you mean ${near}?)`
            : "";
      this.push(
        "schema",
        `the property ${quote(prop)} is not one model-gate reads${hint}; on a ${isModel ? "machine-learning-model" : "data"} component they are ${allowed.join(", ")}`,
        [...path, "properties", i, "name"],
        name,
      );
    });
  }

  private collect(c: Record<string, unknown>, path: PathSegment[]): void {
    this.components.push({ value: c, path });
    const ref = str(own(c, "bom-ref"));
    if (ref) this.refs.set(ref, { value: c, path });
    const data = own(c, "data");
    if (Array.isArray(data))
      data.forEach((d, i) => {
        const dref = str(own(d, "bom-ref"));
        if (dref && isRecord(d)) this.refs.set(dref, { value: d, path: [...path, "data", i] });
      });
    const nested = own(c, "components");
    if (Array.isArray(nested))
      nested.forEach((n, i) => {
        if (isRecord(n)) this.collect(n, [...path, "components", i]);
      });
  }

  private push(
    kind: DeclarationProblemKind,
    message: string,
    at: PathSegment[],
    model?: string,
    severity?: DeclarationProblem["severity"],
  ) {
    const f: DeclarationProblem = { kind, message, file: this.file, ...this.source.locate(at) };
    if (model) f.model = model;
    if (severity) f.severity = severity;
    this.problems.push(f);
  }

  private model({ value: c, path }: Located): LoadedManifest {
    const name = sanitiseName(String(own(c, "name") ?? "model"));
    const props = properties(c);
    const origins: [PathSegment[], PathSegment[]][] = [
      [
        ["metadata", "name"],
        [...path, "name"],
      ],
    ];
    const propAt = (key: string): PathSegment[] => [...path, "properties", props.index.get(key) ?? 0];
    const ref = str(own(c, "bom-ref")) ?? name;

    const spec: ModelManifest["spec"] & StandardSpecExtras = {
      type: this.type(c, props.get("model-gate:type"), propAt("model-gate:type"), name),
      artifacts: this.artifacts(c, path, name, ref, props.get("model-gate:path"), origins),
    };
    // Every value that selects requirements is validated as a manifest's is (SPEC section 9):
    // an unknown one is manifest/schema, and a model with no valid tier is judged as high.
    const tier = props.get("model-gate:riskTier");
    if (tier === undefined)
      this.push(
        "schema",
        `the component has no model-gate:riskTier property; add properties: [{"name": "model-gate:riskTier", "value": "high"}] (minimal, limited, high or unacceptable)`,
        path,
        name,
      );
    else if (!(RISK_TIERS as readonly string[]).includes(tier))
      this.push(
        "schema",
        `model-gate:riskTier is ${quote(tier)}, which is not a risk tier; write one of ${RISK_TIERS.join(", ")} (lower case). Until then the model is judged as high risk`,
        propAt("model-gate:riskTier"),
        name,
      );
    else {
      spec.riskTier = tier as NonNullable<ModelManifest["spec"]["riskTier"]>;
      origins.push([["spec", "riskTier"], propAt("model-gate:riskTier")]);
    }
    const envs = props.get("model-gate:environments");
    if (envs !== undefined) {
      const list = envs.split(",").map((s) => s.trim());
      const bad = list.filter((e) => !(ENVIRONMENTS as readonly string[]).includes(e));
      if (bad.length > 0)
        this.push(
          "schema",
          `model-gate:environments lists ${bad.map((b) => quote(b)).join(", ")}, not an environment; write a comma-separated list of ${ENVIRONMENTS.join(", ")}`,
          propAt("model-gate:environments"),
          name,
        );
      spec.environments = [...new Set(list.filter((e) => !bad.includes(e)))] as Environment[];
    }
    const license = licenseOf(c);
    if (license) spec.license = license;
    const card = own(c, "modelCard");
    const datasets = this.datasets(
      own(own(card, "modelParameters"), "datasets"),
      [...path, "modelCard", "modelParameters", "datasets"],
      name,
      origins,
    );
    if (datasets.length > 0) spec.datasets = datasets;
    const metrics = this.metrics(
      own(own(card, "quantitativeAnalysis"), "performanceMetrics"),
      [...path, "modelCard", "quantitativeAnalysis", "performanceMetrics"],
      origins,
    );
    if (Object.keys(metrics).length > 0) spec.evaluation = { metrics };
    this.references(c, path, name, props, spec, origins);

    const metadata: ModelManifest["metadata"] = { name };
    const version = own(c, "version");
    if (typeof version === "string") metadata.version = version;
    const owner = props.get("model-gate:owner");
    if (owner) metadata.owner = owner;
    const manifest: ModelManifest = { apiVersion: "model-gate/v1", kind: "ModelManifest", metadata, spec };
    return {
      file: this.file,
      format: "cyclonedx",
      manifest,
      source: mappedSource(this.source, (p) => translate(origins, path, p)),
    };
  }

  private type(
    c: Record<string, unknown>,
    given: string | undefined,
    at: PathSegment[],
    name: string,
  ): ModelType {
    if (given !== undefined) {
      if ((MODEL_TYPES as readonly string[]).includes(given)) return given as ModelType;
      this.push(
        "schema",
        `model-gate:type is ${quote(given)}, which is not a model type; write one of ${MODEL_TYPES.join(", ")}`,
        at,
        name,
      );
    }
    const task = str(own(own(own(c, "modelCard"), "modelParameters"), "task"));
    return guessType(task, undefined, []);
  }

  /** SHA-256 hashes bind the model bytes; other algorithms and malformed contents are findings. */
  private artifacts(
    c: Record<string, unknown>,
    path: PathSegment[],
    name: string,
    ref: string,
    repoPath: string | undefined,
    origins: [PathSegment[], PathSegment[]][],
  ): Artifact[] {
    const hashes = own(c, "hashes");
    const list = Array.isArray(hashes) ? hashes : [];
    const version = own(c, "version");
    const where: Artifact = repoPath ? { path: repoPath } : { uri: `cyclonedx:${ref}` };
    let sha256: { digest: string; index: number } | undefined;
    list.forEach((h, i) => {
      const alg = own(h, "alg");
      const content = String(own(h, "content") ?? "").toLowerCase();
      const hex40 = /^[0-9a-f]{40}$/.test(content);
      if (alg === "SHA-256" && SHA256_HEX.test(content)) {
        sha256 ??= { digest: `sha256:${content}`, index: i };
        return;
      }
      const what = hex40
        ? `hash content is 40 hex characters${content === String(version).toLowerCase() ? ", the same as the component version:" : ","} a git commit id, not a SHA-256 of the model bytes`
        : alg === "SHA-256"
          ? `the SHA-256 hash content is ${content.length} characters, not 64 hex digits`
          : `${String(alg)} is not SHA-256`;
      this.push(
        "missing-digest",
        `${what}; add {"alg": "SHA-256", "content": "<64 hex>"} for the model file so the gate can bind evidence to its bytes`,
        [...path, "hashes", i, "content"],
        name,
      );
    });
    if (!sha256) {
      if (list.length === 0)
        this.push(
          "missing-digest",
          `the model component has no hashes; add {"alg": "SHA-256", "content": "<64 hex>"} for the model file`,
          path,
          name,
        );
      origins.push([["spec", "artifacts", 0], list.length ? [...path, "hashes"] : path]);
      return [where];
    }
    origins.push([
      ["spec", "artifacts", 0],
      [...path, "hashes", sha256.index],
    ]);
    return [{ ...where, digest: sha256.digest }];
  }

  private datasets(
    raw: unknown,
    at: PathSegment[],
    model: string,
    origins: [PathSegment[], PathSegment[]][],
  ): Dataset[] {
    if (!Array.isArray(raw)) return [];
    const out: Dataset[] = [];
    raw.forEach((d, i) => {
      const entryAt = [...at, i];
      let target: Located | undefined;
      const ref = own(d, "ref");
      if (typeof ref === "string") {
        target = this.refs.get(ref);
        if (!target) {
          this.push(
            "schema",
            `dataset ref ${quote(ref)} names no component or data entry in the BOM`,
            entryAt,
            model,
          );
          return;
        }
      } else if (isRecord(d)) target = { value: d, path: entryAt };
      if (!target) return;
      origins.push([["spec", "datasets", out.length], entryAt]);
      out.push(toDataset(target.value, this.componentOf(target)));
    });
    return out;
  }

  /** The data component that holds a data entry (for its licenses, hashes and properties). */
  private componentOf(t: Located): Record<string, unknown> {
    if (t.value.type === "data" && Array.isArray(t.value.data)) return t.value;
    const idx = t.path.lastIndexOf("data");
    if (idx > 0) {
      const parent = this.components.find(
        (c) => c.path.length === idx && c.path.every((s, i) => s === t.path[i]),
      );
      if (parent) return parent.value;
    }
    return t.value;
  }

  private metrics(
    raw: unknown,
    at: PathSegment[],
    origins: [PathSegment[], PathSegment[]][],
  ): Record<string, number> {
    const out: Record<string, number> = Object.create(null);
    if (!Array.isArray(raw)) return {};
    raw.forEach((m, i) => {
      const type = str(own(m, "type"));
      const v = own(m, "value");
      const n =
        typeof v === "number"
          ? v
          : typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v)
            ? Number(v)
            : undefined;
      if (!type || n === undefined || Object.hasOwn(out, type)) return;
      out[type] = n;
      origins.push([
        ["spec", "evaluation", "metrics", type],
        [...at, i, "value"],
      ]);
    });
    return { ...out };
  }

  /** risk-assessment / pentest-report references become evidence when they name a repo file. */
  private references(
    c: Record<string, unknown>,
    path: PathSegment[],
    model: string,
    props: Props,
    spec: ModelManifest["spec"],
    origins: [PathSegment[], PathSegment[]][],
  ): void {
    const refs = own(c, "externalReferences");
    if (!Array.isArray(refs)) return;
    const tests: AdversarialTest[] = [];
    refs.forEach((r, i) => {
      const type = own(r, "type");
      const url = String(own(r, "url") ?? "");
      const at = [...path, "externalReferences", i, "url"];
      if (type !== "risk-assessment" && type !== "pentest-report") return;
      const repo = normaliseRepoPath(url);
      if (!repo.ok) {
        this.push(
          "schema",
          `the ${type} reference ${quote(url)} is not a file in the repository (${repo.reason}); the gate only counts evidence it can read and bind to the model digest`,
          at,
          model,
          "warning",
        );
        return;
      }
      if (type === "risk-assessment") {
        if (spec.riskAssessment) return; // the first one counts
        const ra: RiskAssessment = { report: repo.path };
        const tier = props.get("model-gate:riskAssessment.tier");
        if (tier) ra.tier = tier as NonNullable<RiskAssessment["tier"]>;
        for (const k of ["assessedBy", "date", "modelDigest"] as const) {
          const v = props.get(`model-gate:riskAssessment.${k}`);
          if (v) ra[k] = v;
        }
        spec.riskAssessment = ra;
        origins.push([["spec", "riskAssessment", "report"], at]);
        origins.push([["spec", "riskAssessment"], at]);
      } else {
        const t: AdversarialTest = { tool: toolOf(repo.path), report: repo.path };
        const digest = props.get("model-gate:adversarialTests.modelDigest");
        const date = props.get("model-gate:adversarialTests.date");
        if (digest) t.modelDigest = digest;
        if (date) t.date = date;
        origins.push([["spec", "adversarialTests", tests.length], at]);
        tests.push(t);
      }
    });
    if (tests.length > 0) spec.adversarialTests = tests;
  }
}

/** Every `model-gate:*` property a machine-learning-model component may carry (README lists them). */
const MODEL_PROPERTIES = [
  "model-gate:riskTier",
  "model-gate:type",
  "model-gate:owner",
  "model-gate:environments",
  "model-gate:path",
  "model-gate:riskAssessment.tier",
  "model-gate:riskAssessment.assessedBy",
  "model-gate:riskAssessment.date",
  "model-gate:riskAssessment.modelDigest",
  "model-gate:adversarialTests.modelDigest",
  "model-gate:adversarialTests.date",
] as const;
/** Every `model-gate:*` property a data component may carry. */
const DATA_PROPERTIES = ["model-gate:role", "model-gate:vetted.by", "model-gate:vetted.date"] as const;

interface Props {
  get(name: string): string | undefined;
  index: Map<string, number>;
}

/** CycloneDX properties (name/value pairs) of a component; the first of a repeated name counts. */
function properties(c: Record<string, unknown>): Props {
  const map = new Map<string, string>();
  const index = new Map<string, number>();
  const list = own(c, "properties");
  if (Array.isArray(list))
    list.forEach((p, i) => {
      const name = own(p, "name");
      const value = own(p, "value");
      if (typeof name === "string" && typeof value === "string" && !map.has(name)) {
        map.set(name, value);
        index.set(name, i);
      }
    });
  return { get: (n) => map.get(n), index };
}

function licenseOf(c: Record<string, unknown>): string | undefined {
  const list = own(c, "licenses");
  if (!Array.isArray(list)) return undefined;
  const parts: string[] = [];
  for (const l of list) {
    const expr = str(own(l, "expression"));
    if (expr) parts.push(list.length > 1 ? `(${expr})` : expr);
    const lic = own(l, "license");
    const id = str(own(lic, "id"));
    const name = str(own(lic, "name"));
    if (id) parts.push(id);
    else if (name) parts.push(`LicenseRef-${name.replace(/[^A-Za-z0-9.-]+/g, "-")}`);
  }
  // CycloneDX lists every license that applies: all of them.
  return parts.length ? parts.join(" AND ") : undefined;
}

function toDataset(target: Record<string, unknown>, component: Record<string, unknown>): Dataset {
  // A ref to a data component stands for its (first) dataset entry.
  const first = target === component && Array.isArray(component.data) ? component.data[0] : undefined;
  const entry = isRecord(first) ? first : target;
  const props = properties(component);
  const name = str(own(component, "name")) ?? str(own(entry, "name")) ?? "dataset";
  const d: Dataset = { name };
  const url =
    str(own(own(entry, "contents"), "url")) ??
    (Array.isArray(component.externalReferences)
      ? component.externalReferences
          .map((r) =>
            ["distribution", "website"].includes(String(own(r, "type"))) ? str(own(r, "url")) : undefined,
          )
          .find((u) => u !== undefined)
      : undefined);
  if (url) d.source = url;
  const license = licenseOf(component) ?? licenseOf(entry);
  if (license) d.license = license;
  const hashes = own(component, "hashes");
  if (Array.isArray(hashes)) {
    const h = hashes.find(
      (x) => own(x, "alg") === "SHA-256" && SHA256_HEX.test(String(own(x, "content")).toLowerCase()),
    );
    if (h) d.digest = `sha256:${String(own(h, "content")).toLowerCase()}`;
  }
  const role = props.get("model-gate:role");
  if (role) d.role = role as NonNullable<Dataset["role"]>;
  const by = props.get("model-gate:vetted.by");
  const date = props.get("model-gate:vetted.date");
  if (by && date) d.vetted = { by, date };
  const sensitive = own(entry, "sensitiveData");
  if (Array.isArray(sensitive) && sensitive.length > 0) d.personalData = true;
  return d;
}

function toolOf(path: string): AdversarialTest["tool"] {
  if (/garak/i.test(path) || path.endsWith(".jsonl")) return "garak";
  if (/promptfoo/i.test(path)) return "promptfoo";
  return "model-gate";
}

function translate(
  origins: [PathSegment[], PathSegment[]][],
  component: PathSegment[],
  path: readonly PathSegment[],
): PathSegment[] {
  let best: [PathSegment[], PathSegment[]] | undefined;
  for (const o of origins)
    if (
      o[0].length <= path.length &&
      o[0].every((s, i) => s === path[i]) &&
      (!best || o[0].length > best[0].length)
    )
      best = o;
  // Deeper internal-model paths have no counterpart in the BOM: the declaring element stands for them.
  return best ? best[1] : component;
}
