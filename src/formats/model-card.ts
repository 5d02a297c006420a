// Hugging Face model cards: the YAML front matter of a README.md (spec: huggingface/hub-docs
// modelcard.md) read into the internal model. What a card says is mapped (license, datasets,
// base_model, model-index metrics, pipeline_tag); what only the gate needs (risk tier, artifacts,
// evidence) comes from a `model-gate:` block in the same front matter, shaped like a manifest's
// metadata + spec fields. A card that cannot be read is a finding, never an exception.
import type {
  Dataset,
  DeclarationProblem,
  DeclarationProblemKind,
  LoadedManifest,
  ModelManifest,
  ModelType,
  PathSegment,
  SourceMap,
} from "../manifest/model.ts";
import { closest, validateManifest } from "../manifest/schema.ts";
import { parseDocument } from "../manifest/yaml.ts";
import { dirOf } from "../repo/paths.ts";
import {
  asText,
  decodeText,
  isRecord,
  MAX_FORMAT_BYTES,
  mappedSource,
  NAME_PATTERN,
  own,
  quote,
  sanitiseName,
  str,
} from "./common.ts";
import { mapHubLicense } from "./hf-licenses.ts";

/** Fields the adapters add to the internal model's spec (proposed for src/manifest/model.ts). */
export interface StandardSpecExtras {
  /** The model's own license as an SPDX expression or LicenseRef (not a dataset's). */
  license?: string;
  /** Models this one was fine-tuned or merged from (Hub ids or purls). */
  baseModels?: string[];
}

export interface ModelCardOptions {
  /** The policy's `licenses.allow`: Hub ids or LicenseRefs listed there are not `license-unknown`. */
  allowLicenses?: readonly string[];
  /**
   * The README sits beside a model file: it is meant to be that model's card, so missing front
   * matter or card keys are findings. `false`: such a README is ordinary documentation.
   * Unset: always read as a card (a file named explicitly, as by `validate`).
   */
  besideModel?: boolean;
}

export type ModelCardResult =
  | { ok: true; loaded: LoadedManifest; problems: DeclarationProblem[] }
  /** `notACard`: why a README is not a model card at all (then there are no problems). */
  | { ok: false; problems: DeclarationProblem[]; notACard?: string };

/**
 * Front-matter keys of a Hugging Face model card (hub-docs modelcard.md and the Hub's
 * metadata). A README whose front matter has none of them and no `model-gate:` block is an
 * ordinary page (Jekyll, MkDocs, Hugo), not a model card.
 */
const CARD_KEYS = new Set([
  "model-gate",
  "license",
  "license_name",
  "license_link",
  "library_name",
  "pipeline_tag",
  "base_model",
  "base_model_relation",
  "model-index",
  "model_name",
  "datasets",
  "metrics",
  "co2_eq_emissions",
  "inference",
  "widget",
  "new_version",
  "extra_gated_prompt",
  "extra_gated_fields",
]);

/** Keys of the `model-gate:` block: the manifest's metadata fields and spec fields. */
const BLOCK_METADATA = ["name", "version", "owner"] as const;
const BLOCK_SPEC = [
  "type",
  "riskTier",
  "environments",
  "artifacts",
  "riskAssessment",
  "adversarialTests",
  "datasets",
  "controls",
  "evaluation",
  "agent",
  "signature",
] as const;

export function loadModelCard(file: string, bytes: Uint8Array, opts: ModelCardOptions = {}): ModelCardResult {
  if (bytes.byteLength <= MAX_FORMAT_BYTES && opts.besideModel === false) {
    const fm = extractFrontMatter(decodeText(bytes));
    if (fm.kind === "none") return { ok: false, problems: [], notACard: "it has no YAML front matter" };
    if (fm.kind === "ok") {
      const parsed = parseDocument("\n".repeat(fm.startLine - 1) + fm.yaml, file);
      if (parsed.ok && !(isRecord(parsed.value) && Object.keys(parsed.value).some((k) => CARD_KEYS.has(k))))
        return {
          ok: false,
          problems: [],
          notACard:
            "its front matter has no model card keys (license, datasets, base_model, model-index, ...) and no model-gate: block",
        };
    }
  }
  const schema = (message: string, line = 1, column = 1): DeclarationProblem => ({
    kind: "schema",
    message,
    file,
    line,
    column,
  });
  if (bytes.byteLength > MAX_FORMAT_BYTES)
    return {
      ok: false,
      problems: [{ kind: "too-large", message: `the model card is over ${MAX_FORMAT_BYTES} bytes`, file }],
    };
  const fm = extractFrontMatter(decodeText(bytes));
  if (fm.kind === "none")
    return {
      ok: false,
      problems: [
        schema(
          "the model card has no YAML front matter; add metadata between '---' lines at the top (license, datasets, and a model-gate: block with riskTier and artifacts)",
        ),
      ],
    };
  if (fm.kind === "unterminated")
    return {
      ok: false,
      problems: [
        {
          kind: "parse-error",
          message: "the front matter opened with '---' is never closed by a '---' line",
          file,
          line: 1,
        },
      ],
    };
  // Blank lines in place of the opening delimiter keep YAML line numbers equal to file line numbers.
  const parsed = parseDocument("\n".repeat(fm.startLine - 1) + fm.yaml, file);
  if (!parsed.ok)
    return {
      ok: false,
      problems: [
        {
          kind: "parse-error",
          message: `the model card's front matter is not valid YAML: ${parsed.message}`,
          file,
          line: parsed.line,
          column: parsed.column,
        },
      ],
    };
  const card = parsed.value;
  if (!isRecord(card))
    return {
      ok: false,
      problems: [schema("the model card's front matter must be a mapping of metadata keys", fm.startLine)],
    };
  return new CardReader(file, card, parsed.source, opts).read();
}

export type FrontMatter =
  | { kind: "ok"; yaml: string /** 1-based file line of the first YAML line */; startLine: number }
  | { kind: "none" }
  | { kind: "unterminated" };

/** The text between a `---` first line and the next `---` line. CRLF and a BOM are tolerated. */
export function extractFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  if (!/^---[ \t]*$/.test(lines[0] ?? "")) return { kind: "none" };
  for (let i = 1; i < lines.length; i++) {
    if (/^---[ \t]*$/.test(lines[i]!))
      return { kind: "ok", yaml: lines.slice(1, i).join("\n"), startLine: 2 };
  }
  return { kind: "unterminated" };
}

class CardReader {
  private readonly problems: DeclarationProblem[] = [];
  /** internal-model path prefix -> card path prefix, for the SourceMap of the result. */
  private readonly origins: [PathSegment[], PathSegment[]][] = [];
  /** The block is written as model-gate: { metadata: {...}, spec: {...} }. */
  private nested = false;

  constructor(
    private readonly file: string,
    private readonly card: Record<string, unknown>,
    private readonly source: SourceMap,
    private readonly opts: ModelCardOptions,
  ) {}

  read(): ModelCardResult {
    const block = this.block();
    const name = this.name(block);
    const spec: ModelManifest["spec"] & StandardSpecExtras = { type: this.type(block), artifacts: [] };
    for (const key of BLOCK_SPEC) {
      if (key === "type" || key === "datasets" || key === "evaluation") continue;
      if (Object.hasOwn(block, key)) (spec as unknown as Record<string, unknown>)[key] = block[key];
    }
    if (!Object.hasOwn(block, "riskTier"))
      this.push(
        "schema",
        "the card has no model-gate.riskTier; add a model-gate: block with riskTier (minimal, limited, high or unacceptable)",
        [],
      );
    if (!Object.hasOwn(block, "artifacts"))
      this.push(
        "schema",
        "the card's model-gate: block lists no artifacts; add model-gate.artifacts with the model files (path and sha256 digest) the evidence is bound to",
        Object.keys(block).length > 0 ? (this.nested ? ["model-gate", "spec"] : ["model-gate"]) : [],
      );
    const license = this.license();
    if (license !== undefined) spec.license = license;
    const baseModels = this.baseModels();
    if (baseModels.length > 0) spec.baseModels = baseModels;
    const datasets = this.datasets(block);
    if (datasets.length > 0) spec.datasets = datasets;
    const evaluation = this.evaluation(block);
    if (evaluation) spec.evaluation = evaluation;

    const metadata: ModelManifest["metadata"] = { name };
    for (const key of ["version", "owner"] as const) {
      if (Object.hasOwn(block, key)) (metadata as Record<string, unknown>)[key] = block[key];
    }
    const manifest: ModelManifest = { apiVersion: "model-gate/v1", kind: "ModelManifest", metadata, spec };
    const loaded: LoadedManifest = {
      file: this.file,
      format: "hf-model-card",
      manifest,
      source: mappedSource(this.source, (p) => this.translate(p)),
    };
    // The block's fields are checked like a native manifest's. A card may lack riskTier and
    // artifacts (reported above, with card wording); anything else invalid stops here.
    const { license: _l, baseModels: _b, ...coreSpec } = spec;
    const invalid = validateManifest({ ...manifest, spec: coreSpec }, loaded.source, this.file, [
      "spec.riskTier",
      "spec.artifacts",
    ]).map((f) => ({
      ...f,
      message: this.nested
        ? f.message.replace(/^(spec|metadata)(?=[.[])/, "model-gate.$1")
        : f.message.replace(/^(spec|metadata)(?=[.[])/, "model-gate"),
    }));
    this.problems.push(...invalid);
    for (const f of this.problems) f.model ??= name;
    if (invalid.length > 0) return { ok: false, problems: this.problems };
    return { ok: true, loaded, problems: this.problems };
  }

  private push(
    kind: DeclarationProblemKind,
    message: string,
    at: PathSegment[],
    severity?: DeclarationProblem["severity"],
  ) {
    const { line, column } = this.source.locate(at);
    const f: DeclarationProblem = { kind, message, file: this.file, line, column };
    if (severity) f.severity = severity;
    this.problems.push(f);
  }

  private block(): Record<string, unknown> {
    const raw = own(this.card, "model-gate");
    if (raw === undefined || raw === null) return {};
    if (!isRecord(raw)) {
      this.push("schema", "model-gate must be a mapping of manifest fields (riskTier, artifacts, ...)", [
        "model-gate",
      ]);
      return {};
    }
    // Two shapes are read: flat (model-gate: { riskTier, artifacts, ... }) and shaped like a
    // manifest (model-gate: { metadata: {...}, spec: {...} }). Mixing them is an error.
    const metadata = own(raw, "metadata");
    const spec = own(raw, "spec");
    if (metadata !== undefined || spec !== undefined) {
      this.nested = true;
      const block: Record<string, unknown> = {};
      for (const key of Object.keys(raw)) {
        if (key === "metadata" || key === "spec") continue;
        this.push(
          "schema",
          `model-gate.${key} is beside model-gate.metadata/spec; in this shape put it under model-gate.spec (or write the flat block: model-gate: { riskTier, artifacts, ... })`,
          ["model-gate", key],
        );
      }
      for (const [part, value, fields] of [
        ["metadata", metadata, BLOCK_METADATA],
        ["spec", spec, BLOCK_SPEC],
      ] as const) {
        if (value === undefined) continue;
        if (!isRecord(value)) {
          this.push("schema", `model-gate.${part} must be a mapping`, ["model-gate", part]);
          continue;
        }
        this.unknownKeys(value, fields, `model-gate.${part}`, ["model-gate", part]);
        Object.assign(block, value);
      }
      return block;
    }
    this.unknownKeys(raw, [...BLOCK_METADATA, ...BLOCK_SPEC], "model-gate", ["model-gate"]);
    return raw;
  }

  private unknownKeys(
    raw: Record<string, unknown>,
    fields: readonly string[],
    label: string,
    at: PathSegment[],
  ): void {
    for (const key of Object.keys(raw)) {
      if (fields.includes(key)) continue;
      const near = closest(key, [...BLOCK_METADATA, ...BLOCK_SPEC]);
      const where =
        near && !fields.includes(near)
          ? ` (${near} belongs under model-gate.${(BLOCK_METADATA as readonly string[]).includes(near) ? "metadata" : "spec"})`
          : near
            ? ` (did you mean ${near}?)`
            : "";
      this.push(
        "schema",
        `${label}.${key} is not a field model-gate reads${where}; the fields are ${fields.join(", ")}`,
        [...at, key],
      );
    }
  }

  private name(block: Record<string, unknown>): string {
    const given = own(block, "name");
    if (given !== undefined) {
      this.origins.push([["metadata", "name"], this.at("name")]);
      if (typeof given === "string" && NAME_PATTERN.test(given)) return given;
      this.push(
        "schema",
        `${this.label("name")} ${quote(given)} must match ^[a-z0-9][a-z0-9._-]{0,62}$ (lower case letters, digits, '.', '_', '-')`,
        this.at("name"),
      );
      return sanitiseName(asText(given));
    }
    const folder = dirOf(this.file).split("/").pop() ?? "";
    if (folder) return sanitiseName(folder);
    const indexName = own(firstOf(own(this.card, "model-index")), "name");
    return sanitiseName(typeof indexName === "string" ? indexName : "model");
  }

  private type(block: Record<string, unknown>): ModelType {
    if (Object.hasOwn(block, "type")) {
      this.origins.push([["spec", "type"], this.at("type")]);
      return block.type as ModelType; // checked by the manifest schema like any manifest's type
    }
    const pipeline = str(own(this.card, "pipeline_tag"));
    const library = str(own(this.card, "library_name"));
    const tags = own(this.card, "tags");
    const tagList = Array.isArray(tags) ? tags.filter((t): t is string => typeof t === "string") : [];
    this.origins.push([["spec", "type"], pipeline ? ["pipeline_tag"] : library ? ["library_name"] : []]);
    return guessType(pipeline, library, tagList);
  }

  private license(): string | undefined {
    const raw = own(this.card, "license");
    const allow = new Set((this.opts.allowLicenses ?? []).map((s) => s.toLowerCase()));
    this.origins.push([["spec", "license"], ["license"]]);
    if (raw === undefined || raw === null) {
      this.push(
        "license-unknown",
        "the model card declares no license; add `license:` (a Hub license id such as apache-2.0)",
        [],
      );
      return undefined;
    }
    // The Hub allows a list for multi-licensed models; all of them apply.
    const ids = Array.isArray(raw) ? raw : [raw];
    const out: string[] = [];
    for (const [i, id] of ids.entries()) {
      const at: PathSegment[] = Array.isArray(raw) ? ["license", i] : ["license"];
      if (typeof id !== "string" || id.trim() === "") {
        this.push("license-unknown", `license ${quote(id)} is not a license id`, at);
        continue;
      }
      const mapped = mapHubLicense(id, str(own(this.card, "license_name")));
      if (mapped.kind === "spdx") out.push(mapped.spdx);
      else if (mapped.kind === "ref") {
        out.push(mapped.ref);
        if (!allow.has(id.toLowerCase()) && !allow.has(mapped.ref.toLowerCase()))
          this.push(
            "license-unknown",
            `the model license ${quote(id)} has no SPDX identifier; review its terms and allow it in the policy (licenses.allow: [${mapped.ref}]) if it is acceptable`,
            at,
          );
      } else
        this.push(
          "license-unknown",
          `the model license ${quote(id)} does not identify one license; use a specific Hub license id, or license: other with license_name`,
          at,
        );
    }
    if (out.length === 0) return undefined;
    return out.length === 1 ? out[0] : out.map((s) => (s.includes(" ") ? `(${s})` : s)).join(" AND ");
  }

  private baseModels(): string[] {
    const raw = own(this.card, "base_model");
    if (raw === undefined || raw === null) return [];
    const list = Array.isArray(raw) ? raw : [raw];
    const out: string[] = [];
    list.forEach((v, i) => {
      if (typeof v === "string" && v.length > 0) out.push(v);
      else
        this.push(
          "schema",
          `base_model ${quote(v)} must be a Hub model id`,
          Array.isArray(raw) ? ["base_model", i] : ["base_model"],
          "warning",
        );
    });
    return out;
  }

  private datasets(block: Record<string, unknown>): Dataset[] {
    const out: Dataset[] = [];
    const raw = own(this.card, "datasets");
    if (raw !== undefined && raw !== null) {
      const list = Array.isArray(raw) ? raw : [raw];
      list.forEach((id, i) => {
        const at: PathSegment[] = Array.isArray(raw) ? ["datasets", i] : ["datasets"];
        if (typeof id !== "string" || id.length === 0) {
          this.push("schema", `datasets entry ${quote(id)} must be a Hub dataset id`, at);
          return;
        }
        this.origins.push([["spec", "datasets", out.length], at]);
        out.push({ name: id, source: `hf://datasets/${id}` });
      });
    }
    // A block entry with the same name completes the card's entry (role, license, digest, vetting);
    // other block entries are added.
    const extra = own(block, "datasets");
    if (extra === undefined) return out;
    if (!Array.isArray(extra)) {
      this.origins.push([["spec", "datasets"], this.at("datasets")]);
      this.push("schema", `${this.label("datasets")} must be a list of datasets`, this.at("datasets"));
      return out;
    }
    extra.forEach((entry, j) => {
      const at: PathSegment[] = [...this.at("datasets"), j];
      const name = own(entry, "name");
      const idx = out.findIndex((d) => d.name === name);
      if (idx >= 0 && isRecord(entry)) {
        out[idx] = { ...out[idx]!, ...(entry as Partial<Dataset>) } as Dataset;
        this.origins.push([["spec", "datasets", idx], at]);
      } else {
        this.origins.push([["spec", "datasets", out.length], at]);
        out.push(entry as Dataset); // shape checked by the manifest schema
      }
    });
    return out;
  }

  private evaluation(block: Record<string, unknown>): ModelManifest["spec"]["evaluation"] | undefined {
    const metrics = this.modelIndexMetrics();
    const given = own(block, "evaluation");
    if (given !== undefined) {
      if (!isRecord(given)) {
        this.origins.push([["spec", "evaluation"], this.at("evaluation")]);
        this.push(
          "schema",
          `${this.label("evaluation")} must be a mapping (date, metrics)`,
          this.at("evaluation"),
        );
      } else {
        this.origins.push([["spec", "evaluation"], this.at("evaluation")]);
        const own_ = own(given, "metrics");
        const merged = { ...metrics, ...(isRecord(own_) ? (own_ as Record<string, number>) : {}) };
        const out: NonNullable<ModelManifest["spec"]["evaluation"]> = { ...(given as object) };
        if (Object.keys(merged).length > 0) out.metrics = merged;
        return out;
      }
    }
    return Object.keys(metrics).length > 0 ? { metrics } : undefined;
  }

  /** model-index results -> metric type -> value. Invalid results are findings and are left out, as the Hub does. */
  private modelIndexMetrics(): Record<string, number> {
    const metrics: Record<string, number> = Object.create(null);
    const index = own(this.card, "model-index");
    if (index === undefined || index === null) return metrics;
    if (!Array.isArray(index)) {
      this.push(
        "schema",
        "model-index must be a list of { name, results }; it is left out of the evaluation",
        ["model-index"],
      );
      return metrics;
    }
    index.forEach((entry, e) => {
      const results = own(entry, "results");
      if (!isRecord(entry) || typeof entry.name !== "string" || !Array.isArray(results)) {
        this.push(
          "schema",
          "a model-index entry needs a name and a results list; it is left out of the evaluation",
          ["model-index", e],
        );
        return;
      }
      results.forEach((result, r) => {
        const at: PathSegment[] = ["model-index", e, "results", r];
        const problem = invalidResult(result);
        if (problem) {
          this.push("schema", `invalid model-index result: ${problem}; it is left out of the evaluation`, at);
          return;
        }
        (own(result, "metrics") as unknown[]).forEach((m, k) => {
          const type = own(m, "type") as string;
          const value = toNumber(own(m, "value"));
          if (value === undefined) {
            this.push(
              "schema",
              `model-index metric ${quote(type)} has a value that is not a number; it is left out of the evaluation`,
              [...at, "metrics", k, "value"],
              "warning",
            );
            return;
          }
          // The first result for a metric type counts; later ones (other datasets, splits) are
          // kept under type/dataset so a policy can name them.
          const datasetType = own(own(result, "dataset"), "type") as string;
          const key = Object.hasOwn(metrics, type) ? `${type}/${datasetType}` : type;
          if (Object.hasOwn(metrics, key)) return;
          metrics[key] = value;
          this.origins.push([
            ["spec", "evaluation", "metrics", key],
            [...at, "metrics", k, "value"],
          ]);
        });
      });
    });
    return { ...metrics };
  }

  /** Internal-model path -> card path: the longest recorded prefix, else the model-gate block. */
  private translate(path: readonly PathSegment[]): PathSegment[] {
    let best: [PathSegment[], PathSegment[]] | undefined;
    for (const o of this.origins) {
      if (
        o[0].length <= path.length &&
        o[0].every((s, i) => s === path[i]) &&
        (!best || o[0].length > best[0].length)
      )
        best = o;
    }
    if (best) return [...best[1], ...path.slice(best[0].length)];
    if ((path[0] === "spec" || path[0] === "metadata") && path.length > 1)
      return this.nested ? ["model-gate", ...path] : ["model-gate", ...path.slice(1)];
    return [];
  }

  /** Where a block field is in the card: `model-gate.<key>`, or `model-gate.spec.<key>` in the nested shape. */
  private at(key: string): PathSegment[] {
    if (!this.nested) return ["model-gate", key];
    return ["model-gate", (BLOCK_METADATA as readonly string[]).includes(key) ? "metadata" : "spec", key];
  }

  private label(key: string): string {
    return this.at(key).join(".");
  }
}

function firstOf(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : undefined;
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

/** The Hub's model-index rules (huggingface_hub repocard_data.model_index_to_eval_results). */
function invalidResult(result: unknown): string | undefined {
  if (!isRecord(result)) return "a result must be a mapping with task, dataset and metrics";
  const task = own(result, "task");
  if (!isRecord(task) || typeof task.type !== "string") return "task.type is required";
  const dataset = own(result, "dataset");
  if (!isRecord(dataset)) return "dataset (type and name) is required";
  if (typeof dataset.type !== "string" || typeof dataset.name !== "string")
    return "dataset.type and dataset.name are required";
  const metrics = own(result, "metrics");
  if (!Array.isArray(metrics) || metrics.length === 0) return "metrics must be a non-empty list";
  for (const m of metrics)
    if (!isRecord(m) || typeof m.type !== "string" || !Object.hasOwn(m, "value"))
      return "each metric needs type and value";
  return undefined;
}

const PIPELINE_TYPES: Record<string, ModelType> = {
  "text-generation": "llm",
  "text2text-generation": "llm",
  conversational: "llm",
  "image-text-to-text": "llm",
  "visual-question-answering": "llm",
  summarization: "llm",
  translation: "llm",
  "question-answering": "llm",
  "fill-mask": "other",
  "text-classification": "classifier",
  "token-classification": "classifier",
  "zero-shot-classification": "classifier",
  "image-classification": "classifier",
  "zero-shot-image-classification": "classifier",
  "audio-classification": "classifier",
  "video-classification": "classifier",
  "tabular-classification": "classifier",
  "object-detection": "classifier",
  "tabular-regression": "regression",
  "time-series-forecasting": "regression",
  "feature-extraction": "embedding",
  "sentence-similarity": "embedding",
};

const LIBRARY_TYPES: Record<string, ModelType> = {
  "sentence-transformers": "embedding",
  peft: "llm",
  gguf: "llm",
  "mlx-lm": "llm",
  vllm: "llm",
};

/** Model type from the card's task metadata; `other` when nothing says. */
export function guessType(
  pipeline: string | undefined,
  library: string | undefined,
  tags: readonly string[],
): ModelType {
  const lookup = (table: Record<string, ModelType>, key: string | undefined) =>
    key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
  const byPipeline = lookup(PIPELINE_TYPES, pipeline);
  if (byPipeline) return byPipeline;
  for (const tag of tags) {
    const byTag = lookup(PIPELINE_TYPES, tag);
    if (byTag) return byTag;
  }
  return lookup(LIBRARY_TYPES, library) ?? "other";
}
