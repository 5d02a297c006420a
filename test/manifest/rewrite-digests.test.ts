import { describe, expect, it } from "vitest";
import { readManifestText, rewriteDigests } from "../../src/manifest/rewrite-digests.ts";

const OLD = `sha256:${"a".repeat(64)}`;
const NEW = `sha256:${"b".repeat(64)}`;
const URI = `sha256:${"c".repeat(64)}`;

const MANIFEST = `# a comment that must stay
apiVersion: model-gate/v1
kind: ModelManifest
metadata: { name: x, version: "1" }
spec:
  riskTeir: high   # an unrelated typo
  artifacts:
    - path: models/x/model.safetensors
      digest: "${OLD}"   # pasted by hand
    - uri: hf://org/x@abc
      digest: ${URI}
    - path: models/x/tokenizer.json
  riskAssessment: { report: docs/risk.md, modelDigest: ${OLD} }
  adversarialTests:
    - tool: garak
      report: evidence/garak.jsonl
      modelDigest: ${OLD}
`;

describe("digest --write on the manifest text", () => {
  it("reads artifacts and evidence bindings from a manifest with unrelated errors", () => {
    const read = readManifestText(MANIFEST);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.artifacts.map((a) => a.path ?? a.uri)).toEqual([
      "models/x/model.safetensors",
      "hf://org/x@abc",
      "models/x/tokenizer.json",
    ]);
    expect(read.bindings.map((b) => [b.field, b.what, b.modelDigest, b.line])).toEqual([
      ["spec.riskAssessment", "risk assessment docs/risk.md", OLD, 13],
      ["spec.adversarialTests[0]", "garak report evidence/garak.jsonl", OLD, 17],
    ]);
  });

  it("replaces only the digest scalars, keeping quotes and comments, and never an evidence binding", () => {
    const { text, updates } = rewriteDigests(MANIFEST, [NEW, null, null]);
    expect(updates).toEqual([{ index: 0, key: "models/x/model.safetensors", from: OLD, to: NEW, line: 9 }]);
    expect(text).toBe(MANIFEST.replace(`digest: "${OLD}"`, `digest: "${NEW}"`));
    expect(text.match(new RegExp(OLD, "g"))).toHaveLength(2); // both bindings untouched
  });

  it("adds a missing digest key through the Document API, comments kept", () => {
    const t = `sha256:${"d".repeat(64)}`;
    const { text, updates } = rewriteDigests(MANIFEST, [NEW, null, t]);
    expect(updates.map((u) => [u.key, u.from])).toEqual([
      ["models/x/model.safetensors", OLD],
      ["models/x/tokenizer.json", null],
    ]);
    expect(text).toContain("# a comment that must stay");
    expect(text).toContain("# an unrelated typo");
    expect(text).toContain(`- path: models/x/tokenizer.json\n      digest: ${t}`);
    expect(text).toContain(`riskAssessment: { report: docs/risk.md, modelDigest: ${OLD} }`);
  });

  it("nothing to do when the digests match; a broken file says where", () => {
    expect(rewriteDigests(MANIFEST, [OLD, null, null]).updates).toEqual([]);
    const bad = readManifestText("spec:\n  artifacts: [\n");
    expect(bad.ok).toBe(false);
    expect(readManifestText("spec: { artifacts: [ { digest: x } ] }\n")).toMatchObject({
      ok: false,
      reason: "spec.artifacts[0] has neither path nor uri",
    });
  });
});
