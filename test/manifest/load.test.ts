import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDeclaration } from "../../src/checks/declarations.ts";
import { loadManifest } from "../../src/manifest/load.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const enc = (s: string) => new TextEncoder().encode(s);

const VALID = `apiVersion: model-gate/v1
kind: ModelManifest
metadata:
  name: tiny
  version: 2.4.0
spec:
  type: classifier
  riskTier: minimal
  artifacts:
    - path: models/tiny.onnx
      digest: sha256:${"a".repeat(64)}
`;

function findingsOf(text: string | Uint8Array) {
  const r = loadManifest("models/x.model.yaml", typeof text === "string" ? enc(text) : text);
  if (r.ok) throw new Error("expected findings");
  return checkDeclaration(r.problems);
}

describe("loadManifest", () => {
  it("loads the SPEC section 1 example", () => {
    const r = loadManifest("models/support.model.yaml", fixture("support-assistant.model.yaml"));
    if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
    const m = r.loaded.manifest;
    expect(r.loaded.format).toBe("model-gate");
    expect(m.metadata).toEqual({ name: "support-assistant", version: "2.4.0", owner: "ml-platform" });
    expect(m.spec.riskAssessment?.date).toBe("2026-10-01");
    expect(m.spec.datasets?.[0]?.vetted).toEqual({ by: "bob", date: "2026-09-01" });
    expect(r.loaded.source.locate(["spec", "adversarialTests", 0, "report"]).line).toBe(28);
  });

  it("loads an agent manifest with a signature and a quoted version", () => {
    const r = loadManifest("a.model.yaml", fixture("triage-agent.model.yaml"));
    if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
    expect(r.loaded.manifest.metadata.version).toBe("1.10");
    expect(r.loaded.manifest.spec.signature).toEqual({ path: "models/triage/model.sig" });
  });

  it("strips a UTF-8 BOM", () => {
    expect(loadManifest("x.model.yaml", enc(`\uFEFF${VALID}`)).ok).toBe(true);
  });

  it("reports invalid UTF-8 as a parse error", () => {
    const bytes = new Uint8Array([...enc("apiVersion: model-gate/v1\nname: "), 0xc3, 0x28, 0x0a]);
    const [f] = findingsOf(bytes);
    expect(f?.ruleId).toBe("manifest/parse-error");
    expect(f?.message).toMatch(/UTF-8/);
    expect(f?.file).toBe("models/x.model.yaml");
  });

  it("reports a NUL byte as a parse error", () => {
    const [f] = findingsOf(`${VALID}\u0000`);
    expect(f?.ruleId).toBe("manifest/parse-error");
    expect(f?.message).toMatch(/NUL/);
  });

  it("reports YAML errors with their line", () => {
    const [f] = findingsOf(VALID.replace("  version: 2.4.0", "  version: 2.4.0\n  owner: a\n  owner: b"));
    expect(f).toMatchObject({ ruleId: "manifest/parse-error", line: 7 });
    expect(f?.message).toMatch(/duplicate key/);
  });

  it("reports an empty file", () => {
    expect(findingsOf("")[0]?.message).toMatch(/empty/);
  });

  it("reports a wrong apiVersion as one finding at its line", () => {
    const fs = findingsOf(VALID.replace("model-gate/v1", "model-gate/v2"));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ ruleId: "manifest/schema", line: 1 });
    expect(fs[0]?.message).toMatch(/model-gate\/v2.*model-gate\/v1/);
  });

  it("reports a wrong kind", () => {
    expect(findingsOf(VALID.replace("ModelManifest", "Model"))[0]).toMatchObject({
      ruleId: "manifest/schema",
      line: 2,
    });
  });

  it("reports schema problems with the model name", () => {
    const fs = findingsOf(VALID.replace("riskTier: minimal", "riskTier: low"));
    expect(fs).toEqual([
      expect.objectContaining({
        ruleId: "manifest/schema",
        model: "tiny",
        line: 8,
        message: "spec.riskTier must be one of minimal, limited, high, unacceptable",
      }),
    ]);
  });
});
