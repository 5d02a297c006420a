import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorPosition, loadCycloneDx } from "../../src/formats/cyclonedx.ts";
import { corpusBytes, corpusFiles, enc } from "./corpus.ts";

const CDX = "cyclonedx";
const load = (name: string) => loadCycloneDx(`boms/${name}`, corpusBytes(`${CDX}/${name}`));
const text = (name: string) => new TextDecoder().decode(corpusBytes(`${CDX}/${name}`));
/** The published file with its trailing commas removed, to reach what lies behind the parse error. */
const repaired = (name: string) => enc(text(name).replace(/,(\s*[}\]])/g, "$1"));

describe("CycloneDX ML-BOMs: every corpus file", () => {
  it("covers the 10 corpus files", () => {
    expect(corpusFiles(CDX)).toHaveLength(10);
  });

  it.each(corpusFiles(CDX))("%s loads or is a finding, never an exception", (name) => {
    const r = load(name);
    if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
    else for (const m of r.models) expect(m.manifest.spec.artifacts.length).toBeGreaterThan(0);
  });

  it.each(["bom-examples_MLBOM_Dataset_bom.pr.json", "bom-examples_MLBOM_Model_OpenSource_bom.pr.json"])(
    "%s (trailing comma as published) is manifest/parse-error at line 9, column 5",
    (name) => {
      const r = load(name);
      expect(r.ok).toBe(false);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatchObject({ kind: "parse-error", line: 9, column: 5 });
    },
  );

  it("OpenSource BOM (repaired): license with both id and name fails the schema; the git commit id in the hash field is named", () => {
    const r = loadCycloneDx("boms/os.json", repaired("bom-examples_MLBOM_Model_OpenSource_bom.pr.json"));
    expect(r.ok).toBe(false);
    const schema = r.problems.filter((f) => f.kind === "schema");
    expect(schema[0]?.message).toContain("/components/0/licenses/0/license");
    expect(schema[0]?.line).toBe(24);
    const f = r.problems.find((x) => x.kind === "missing-digest");
    expect(f?.message).toContain(
      "hash content is 40 hex characters, the same as the component version: a git commit id, not a SHA-256",
    );
    expect(f?.line).toBe(40);
    expect(f?.model).toBe("bert-base-cased");
  });

  it("OpenSource BOM (repaired, license fixed): model, license and inline datasets map", () => {
    const fixed = new TextDecoder()
      .decode(repaired("bom-examples_MLBOM_Model_OpenSource_bom.pr.json"))
      .replace(/"id": "Apache-2.0",/, "");
    const r = loadCycloneDx("boms/os.json", enc(fixed));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const [model] = r.models;
    expect(model?.manifest.metadata).toEqual({
      name: "bert-base-cased",
      version: "cd5ef92a9fb2f889e972770a36d4ed042daf221e",
    });
    expect(model?.manifest.spec.artifacts).toEqual([{ uri: "cyclonedx:bert-base-cased" }]);
    expect((model!.manifest.spec as { license?: string }).license).toBe("LicenseRef-Apache-License-2.0");
    expect(model?.manifest.spec.datasets?.map((d) => [d.name, d.source])).toEqual([
      ["legacy-datasets/wikipedia", "https://huggingface.co/datasets/legacy-datasets/wikipedia"],
      ["bookcorpus/bookcorpus", "https://huggingface.co/datasets/bookcorpus/bookcorpus"],
    ]);
  });

  it("Dataset BOM (repaired): no model component, so not a declaration at all (SPEC 9)", () => {
    const r = loadCycloneDx("boms/ds.json", repaired("bom-examples_MLBOM_Dataset_bom.pr.json"));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.models).toEqual([]);
    expect(r.problems.map((f) => [f.kind, f.severity ?? "note"])).toEqual([["not-a-model", "note"]]);
  });

  it("Model-Card-With-Dataset (1.7): datasets resolve through bom-refs, metrics become the evaluation", () => {
    const r = load("bom-examples_MLBOM_Model-Card-With-Dataset_bom.json");
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.models).toHaveLength(1);
    const m = r.models[0]!;
    expect(m.format).toBe("cyclonedx");
    expect(m.manifest.metadata).toEqual({ name: "support-ticket-classifier", version: "1.0.0" });
    expect(m.manifest.spec.type).toBe("classifier");
    expect(m.manifest.spec.datasets).toEqual([
      {
        name: "support-ticket-training-data",
        source: "https://example.com/datasets/support-tickets/train.jsonl",
      },
      {
        name: "support-ticket-evaluation-data",
        source: "https://example.com/datasets/support-tickets/eval.jsonl",
      },
    ]);
    expect(m.manifest.spec.evaluation).toEqual({ metrics: { "macro-f1": 0.91 } });
    expect(m.source.locate(["spec", "datasets", 1]).line).toBe(38);
    const tier = r.problems.find((f) => f.message.includes("model-gate:riskTier"));
    expect(tier).toMatchObject({ kind: "schema", line: 18, model: "support-ticket-classifier" });
  });

  it.each(["1.6", "1.7"])(
    "specification valid-machine-learning-%s: schema-valid, one model with its dataset",
    (v) => {
      const r = load(`specification_valid-machine-learning-${v}.json`);
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(r.models.map((m) => m.manifest.metadata.name)).toEqual(["stable-diffusion"]);
      expect(r.models[0]?.manifest.spec.datasets?.[0]?.name).toBe("Training Data");
    },
  );

  it.each(["1.6", "1.7"])("considerations-env-%s: one model, no hashes is missing-digest", (v) => {
    const r = load(`specification_valid-machine-learning-considerations-env-${v}.json`);
    if (!r.ok) throw new Error("not ok");
    expect(r.models[0]?.manifest.metadata.name).toBe("llama-2-7b");
    expect(r.problems.some((f) => f.kind === "missing-digest" && f.message.includes("no hashes"))).toBe(true);
  });

  it.each(["specification_valid-attestation-1.6.json", "specification_valid-component-data-1.6.json"])(
    "%s: valid BOM without a model",
    (name) => {
      const r = load(name);
      expect(r).toMatchObject({ ok: true, models: [] });
    },
  );

  it("FoundationModels: gpt-4o without hashes or tier", () => {
    const r = load("bom-examples_MLBOM_Model_FoundationModels_bom.pr.json");
    if (!r.ok) throw new Error("not ok");
    expect(r.models[0]?.manifest.metadata.name).toBe("gpt-4o");
    expect(r.problems.map((f) => f.kind).sort()).toEqual(["missing-digest", "schema"]);
  });
});

const SHA = "b".repeat(64);
function bom(component: object, extra: object[] = [], version = "1.6") {
  return enc(
    JSON.stringify(
      { bomFormat: "CycloneDX", specVersion: version, version: 1, components: [component, ...extra] },
      null,
      2,
    ),
  );
}
const gated = {
  type: "machine-learning-model",
  "bom-ref": "m1",
  name: "Support Assistant",
  version: "2.4.0",
  hashes: [{ alg: "SHA-256", content: SHA.toUpperCase() }],
  properties: [
    { name: "model-gate:riskTier", value: "high" },
    { name: "model-gate:type", value: "llm" },
    { name: "model-gate:path", value: "models/support/model.safetensors" },
    { name: "model-gate:riskAssessment.modelDigest", value: `sha256:${SHA}` },
  ],
  externalReferences: [
    { type: "risk-assessment", url: "docs/risk/support.md" },
    { type: "pentest-report", url: "evidence/garak.report.jsonl" },
    { type: "pentest-report", url: "https://example.com/pentest.pdf" },
    { type: "attestation", url: "https://example.com/att" },
  ],
  modelCard: { modelParameters: { datasets: [{ ref: "d1" }] } },
};
const data = {
  type: "data",
  "bom-ref": "d1",
  name: "tickets",
  licenses: [{ license: { id: "CC-BY-4.0" } }],
  hashes: [{ alg: "SHA-256", content: SHA }],
  properties: [
    { name: "model-gate:vetted.by", value: "bob" },
    { name: "model-gate:vetted.date", value: "2026-09-01" },
  ],
  data: [{ type: "dataset", name: "tickets", contents: { url: "s3://datasets/tickets" } }],
};

describe("model-gate properties and references", () => {
  it("maps tier, path+SHA-256, evidence in the repo, and a vetted data component", () => {
    const r = loadCycloneDx("bom.json", bom(gated, [data]));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const spec = r.models[0]!.manifest.spec;
    expect(r.models[0]!.manifest.metadata.name).toBe("support-assistant");
    expect(spec.riskTier).toBe("high");
    expect(spec.type).toBe("llm");
    expect(spec.artifacts).toEqual([{ path: "models/support/model.safetensors", digest: `sha256:${SHA}` }]);
    expect(spec.riskAssessment).toEqual({ report: "docs/risk/support.md", modelDigest: `sha256:${SHA}` });
    expect(spec.adversarialTests).toEqual([{ tool: "garak", report: "evidence/garak.report.jsonl" }]);
    expect(spec.datasets).toEqual([
      {
        name: "tickets",
        source: "s3://datasets/tickets",
        license: "CC-BY-4.0",
        digest: `sha256:${SHA}`,
        vetted: { by: "bob", date: "2026-09-01" },
      },
    ]);
    // the pentest report outside the repo is named, as a warning
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: "schema", severity: "warning" });
    expect(r.problems[0]?.message).toContain("https://example.com/pentest.pdf");
  });

  it("a dangling dataset ref is a finding", () => {
    const r = loadCycloneDx("bom.json", bom(gated));
    expect(r.problems.some((f) => f.message.includes('dataset ref "d1" names no component'))).toBe(true);
  });

  it("a short SHA-256 is a missing-digest finding", () => {
    const r = loadCycloneDx(
      "bom.json",
      bom({ ...gated, hashes: [{ alg: "SHA-256", content: "abc123" }] }, [data]),
    );
    expect(r.problems.some((f) => f.kind === "missing-digest" && f.message.includes("6 characters"))).toBe(
      true,
    );
  });

  it("schema errors carry the JSON pointer and the line", () => {
    const r = loadCycloneDx("bom.json", bom(gated, [{ ...data, type: "neural-net" }]));
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.kind).toBe("schema");
    expect(r.problems[0]?.message).toContain("/components/1/type");
    expect(r.problems[0]?.line).toBeGreaterThan(7);
  });

  it("a component that is not a model, in the wrong type, makes the BOM not a declaration", () => {
    const r = loadCycloneDx("bom.json", bom({ ...gated, type: "neural-net" }));
    expect(r.problems.map((f) => f.kind)).toEqual(["not-a-model"]);
  });

  it("other spec versions and non-BOMs are findings", () => {
    expect(loadCycloneDx("b.json", bom(gated, [], "1.5")).problems[0]?.message).toContain("1.6 and 1.7");
    expect(loadCycloneDx("b.json", enc('{"a": 1}')).problems[0]?.kind).toBe("schema");
    expect(loadCycloneDx("b.json", enc('{"a": 1, "a": 2}')).problems[0]?.kind).toBe("parse-error");
  });

  it("__proto__ in a BOM does not pollute", () => {
    const r = loadCycloneDx(
      "b.json",
      enc('{"__proto__": {"polluted": true}, "bomFormat": "CycloneDX", "specVersion": "1.6"}'),
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(r.ok && r.models).toEqual([]);
  });

  it("JSON error positions are lines and columns", () => {
    const t = '{\n  "a": 1,\n}';
    let err: unknown;
    try {
      JSON.parse(t);
    } catch (e) {
      err = e;
    }
    expect(jsonErrorPosition(t, err)).toMatchObject({ line: 3, column: 1 });
  });

  it("never throws on arbitrary JSON-ish input (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (s) => {
        const r = loadCycloneDx("b.json", enc(s));
        expect(r.ok || r.problems.length > 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("model-gate:* property names are checked like manifest keys", () => {
  it("a typo is a schema finding at its line, with did-you-mean, in the BOM's own terms", () => {
    const typo = {
      ...gated,
      properties: [...gated.properties, { name: "model-gate:riskteir", value: "minimal" }],
    };
    const wrongPlace = {
      ...data,
      properties: [...data.properties, { name: "model-gate:owner", value: "x" }],
    };
    const text = new TextDecoder().decode(bom(typo, [wrongPlace]));
    const r = loadCycloneDx("bom.json", bom(typo, [wrongPlace]));
    const schema = r.problems.filter((f) => f.kind === "schema" && f.severity !== "warning");
    expect(schema.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^the property "model-gate:riskteir" is not one model-gate reads \(did you mean model-gate:riskTier\?\); on a machine-learning-model component they are model-gate:riskTier, /,
      ),
      expect.stringMatching(
        /^the property "model-gate:owner" is not one model-gate reads \(model-gate:owner belongs on a machine-learning-model component\); on a data component they are model-gate:role, model-gate:vetted.by, model-gate:vetted.date$/,
      ),
    ]);
    const line = text.split("\n").findIndex((l) => l.includes("model-gate:riskteir")) + 1;
    expect(schema[0]).toMatchObject({ line, model: "support-assistant" });
    expect(schema.every((f) => !f.message.includes("spec."))).toBe(true);
  });

  it("every documented property name is accepted", () => {
    const all = {
      ...gated,
      properties: [
        { name: "model-gate:riskTier", value: "high" },
        { name: "model-gate:type", value: "llm" },
        { name: "model-gate:owner", value: "ml-platform" },
        { name: "model-gate:environments", value: "api,cloud" },
        { name: "model-gate:path", value: "models/support/model.safetensors" },
        { name: "model-gate:riskAssessment.tier", value: "high" },
        { name: "model-gate:riskAssessment.assessedBy", value: "alice" },
        { name: "model-gate:riskAssessment.date", value: "2026-09-01" },
        { name: "model-gate:riskAssessment.modelDigest", value: `sha256:${SHA}` },
        { name: "model-gate:adversarialTests.modelDigest", value: `sha256:${SHA}` },
        { name: "model-gate:adversarialTests.date", value: "2026-09-01" },
      ],
    };
    const withRole = {
      ...data,
      properties: [...data.properties, { name: "model-gate:role", value: "training" }],
    };
    const r = loadCycloneDx("bom.json", bom(all, [withRole]));
    expect(r.problems.filter((f) => f.message.includes("is not one model-gate reads"))).toEqual([]);
  });
});
