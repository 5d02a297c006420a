// The standard formats as the engine sees them: model cards beside models, ML-BOMs, model
// signatures, on real corpus files.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { corpusBytes } from "../formats/corpus.ts";
import { errors, NOW, pointer, rules, run, sha } from "./helpers.ts";

const card = (extra = "") => `---
license: apache-2.0
datasets:
- beans
model-gate:
  name: bean-classifier
  riskTier: minimal
  environments: [internal]
  artifacts:
    - path: models/beans/model.safetensors
      digest: sha256:${sha("beans")}
  controls:
    isolation: container
    monitoring: { anomalyAlerts: true, driftDetection: true }
${extra}---

# Bean classifier
`;

describe("Hugging Face model cards", () => {
  it("evaluates a card beside its model like a manifest", async () => {
    const head = { "models/beans/README.md": card(), "models/beans/model.safetensors": pointer("beans") };
    const result = await run(head);
    expect(result.models.map((m) => [m.name, m.riskTier, m.verdict])).toEqual([
      ["bean-classifier", "minimal", "fail"],
    ]);
    // The Hub dataset is unvetted: the card cannot say otherwise.
    expect(errors(result)).toEqual(["provenance/license-unknown", "provenance/unvetted-dataset"]);
  });

  it("ignores a README without front matter away from models, but not beside one", async () => {
    expect((await run({ "README.md": "# A project\n" })).findings).toEqual([]);
    const beside = await run({
      "models/x/README.md": "# no metadata\n",
      "models/x/model.onnx": pointer("x"),
    });
    expect(rules(beside)).toContain("manifest/schema");
    expect(rules(beside)).toContain("change/unmanifested-artifact");
  });

  it("reads the corpus card without a model-gate block as a finding, not a crash", async () => {
    const text = new TextDecoder().decode(
      corpusBytes("hf-modelcards/huggingface_hub__tests_fixtures_cards__sample_simple.md"),
    );
    const result = await run({ "models/cool/README.md": text, "models/cool/model.pt": pointer("cool") });
    expect(result.verdict).toBe("fail");
    expect(
      result.findings.some((f) => f.file === "models/cool/README.md" && /riskTier/.test(f.message)),
    ).toBe(true);
  });
});

describe("CycloneDX ML-BOMs", () => {
  it("reports the published BOM with a trailing comma at its line", async () => {
    const bytes = corpusBytes("cyclonedx/bom-examples_MLBOM_Model_OpenSource_bom.pr.json");
    const result = await run({ "models/bom.json": bytes });
    const f = result.findings.find((x) => x.file === "models/bom.json");
    expect(f?.ruleId).toBe("manifest/parse-error");
    expect(f?.line).toBeGreaterThan(1);
  });

  it("maps a valid 1.6 ML-BOM's model to a model the gate judges", async () => {
    const result = await run({
      "sbom/bom.json": corpusBytes("cyclonedx/specification_valid-machine-learning-1.6.json"),
    });
    expect(result.models.length).toBeGreaterThan(0);
    // No model-gate:riskTier property: the gate says what to add.
    expect(result.findings.some((f) => f.ruleId === "manifest/schema" && /riskTier/.test(f.message))).toBe(
      true,
    );
  });
});

describe("OpenSSF model signatures", () => {
  const folder = "model-signing/v1.1.0-elliptic-key";
  const files = (tamper = false) => {
    const one = corpusBytes(`${folder}/signme-1`);
    const bytes = tamper ? Uint8Array.from(one, (b, i) => (i === 0 ? b ^ 1 : b)) : one;
    return {
      "model/model.sig": corpusBytes(`${folder}/model.sig`),
      "model/signme-1": bytes,
      "model/signme-2": corpusBytes(`${folder}/signme-2`),
      "model/ignore-me": corpusBytes(`${folder}/ignore-me`),
    };
  };
  const manifest = (f: Record<string, Uint8Array>) => `apiVersion: model-gate/v1
kind: ModelManifest
metadata: { name: signed-model }
spec:
  type: other
  riskTier: minimal
  artifacts:
    - path: model/signme-1
      digest: sha256:${createHash("sha256").update(f["model/signme-1"]!).digest("hex")}
  signature: { path: model/model.sig }
`;

  it("accepts the signed files and says the signature was not verified without a key", async () => {
    const f = files();
    const result = await run({ ...f, "signed.model.yaml": manifest(f) }, { now: NOW });
    expect(errors(result)).toEqual([]);
    expect(rules(result)).toContain("integrity/signature-unverified");
  });

  it("catches a file changed after signing", async () => {
    const f = files(true);
    const result = await run({ ...f, "signed.model.yaml": manifest(f) });
    expect(errors(result)).toContain("integrity/signature-mismatch");
  });

  it("requires a signature when the tier's policy does", async () => {
    const policy =
      "apiVersion: model-gate/v1\nkind: Policy\ntiers:\n  minimal:\n    signature: { required: true }\n";
    const f = files();
    const unsigned = manifest(f).replace("  signature: { path: model/model.sig }\n", "");
    expect(errors(await run({ ...f, "signed.model.yaml": unsigned }, { policy }))).toContain(
      "integrity/signature-missing",
    );
  });
});
