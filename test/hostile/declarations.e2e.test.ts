// What is a declaration (SPEC section 9), through the built CLI on real git repositories: a
// docs page with front matter and a dependency SBOM are not models (no false alarm), a card
// beside a manifest is the same model judged by the stricter tier, and a card or BOM cannot
// be used to make a model laxer or to drop it from the gate.
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { MANIFEST_PATH, pointer, repoFiles, sha, supportManifest } from "../engine/helpers.ts";
import { check, scenario } from "../support/cli-repo.ts";

const WEIGHTS_PATH = "models/support/model.safetensors";
const DIGEST = `sha256:${sha("weights v1")}`;

const jekyllPage = "---\ntitle: Getting started\nlayout: page\nnav_order: 2\n---\n\n# Getting started\n";
const dependencySbom = JSON.stringify({
  bomFormat: "CycloneDX",
  specVersion: "1.4",
  version: 1,
  components: [{ type: "library", name: "left-pad", version: "1.3.0", purl: "pkg:npm/left-pad@1.3.0" }],
});

function card(block: string, extra = "license: apache-2.0\n"): string {
  return `---\n${extra}${block}---\n\n# Support assistant\n`;
}

describe("ordinary files are not declarations (no false alarm)", () => {
  it("a docs page with Jekyll front matter changed in a PR raises nothing", () => {
    const r = check(
      scenario({ ...repoFiles(), "docs/README.md": "# Docs\n" }, { "docs/README.md": jekyllPage }),
    );
    expect(r.code).toBe(0);
    expect(r.report.findings.filter((f) => f.file === "docs/README.md")).toEqual([]);
    expect(r.report.models.map((m) => m.name)).not.toContain("docs");
  });

  it("a CycloneDX 1.4 dependency SBOM added, changed or deleted is at most a note", () => {
    const added = check(scenario(repoFiles(), { "bom.json": dependencySbom }));
    expect(added.code).toBe(0);
    expect(
      added.report.findings.filter((f) => f.file === "bom.json").map((f) => [f.ruleId, f.severity]),
    ).toEqual([["manifest/not-a-model", "note"]]);
    const deleted = check(scenario({ ...repoFiles(), "bom.json": dependencySbom }, { "bom.json": null }));
    expect(deleted.code).toBe(0);
    expect(deleted.report.findings.filter((f) => f.file === "bom.json")).toEqual([]);
  });
});

describe("a card beside a manifest is the same model", () => {
  it("a Hub card without a model-gate block beside a manifest is merged, not a second model", () => {
    const hubCard = card(
      "",
      "license: apache-2.0\ndatasets:\n- support-tickets\npipeline_tag: text-generation\n",
    );
    const r = check(scenario({}, { ...repoFiles(), "models/support/README.md": hubCard }));
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.report.models.map((m) => m.name)).toEqual(["support-assistant"]);
    expect(r.rules).not.toContain("manifest/duplicate-name");
    expect(r.rules).toContain("manifest/merged-declaration");
  });

  it("a card saying minimal beside a manifest saying high is judged high", () => {
    const block = `model-gate:\n  name: support-card\n  riskTier: minimal\n  artifacts:\n    - path: ${WEIGHTS_PATH}\n      digest: ${DIGEST}\n`;
    const r = check(scenario({}, { ...repoFiles(), "models/support/README.md": card(block) }));
    expect(r.code).toBe(0);
    const note = r.report.findings.find((f) => f.ruleId === "manifest/merged-declaration");
    expect(note?.message).toMatch(/risk tier high \/ minimal/);
  });

  it("a manifest saying minimal cannot undercut a card saying high (hostile)", () => {
    const m = supportManifest();
    m.spec.riskTier = "minimal";
    delete m.spec.riskAssessment;
    delete m.spec.adversarialTests;
    const block = `model-gate:\n  riskTier: high\n  artifacts:\n    - path: ${WEIGHTS_PATH}\n      digest: ${DIGEST}\n`;
    const r = check(
      scenario(
        {},
        { ...repoFiles(m), "models/support/README.md": card(block), "evidence/garak.report.jsonl": null },
      ),
    );
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(
      expect.arrayContaining(["risk/missing-assessment", "evidence/missing-adversarial"]),
    );
  });

  it("editing only the card brings the merged manifest in", () => {
    const block = (tier: string) =>
      `model-gate:\n  riskTier: ${tier}\n  artifacts:\n    - path: ${WEIGHTS_PATH}\n      digest: ${DIGEST}\n`;
    const m = supportManifest();
    m.spec.riskTier = "limited";
    m.spec.riskAssessment.tier = "limited";
    const base = { ...repoFiles(m), "models/support/README.md": card(block("limited")) };
    const r = check(scenario(base, { "models/support/README.md": card(block("unacceptable")) }));
    expect(r.code).toBe(1);
    expect(r.errors).toContain("risk/unacceptable");
  });
});

describe("a card or BOM cannot take a model out of the gate", () => {
  it("removing the model-gate block from the only declaring card while the weights stay fails", () => {
    const block = `model-gate:\n  name: beans\n  riskTier: minimal\n  environments: [internal]\n  artifacts:\n    - path: models/beans/model.safetensors\n      digest: sha256:${sha("beans")}\n`;
    const base = {
      "models/beans/README.md": card(block),
      "models/beans/model.safetensors": pointer("beans"),
    };
    const r = check(scenario(base, { "models/beans/README.md": card("", "license: apache-2.0\n") }));
    expect(r.code).toBe(1);
    // The card now declares a model with no artifacts (it is beside a model file), and the
    // weights it declared are no longer owned by anyone.
    expect(r.errors.length).toBeGreaterThan(0);
  });

  it("a card moved to a docs folder and stripped of card keys is a departure", () => {
    const block = `model-gate:\n  name: beans\n  riskTier: minimal\n  environments: [internal]\n  artifacts:\n    - path: models/beans/model.safetensors\n      digest: sha256:${sha("beans")}\n`;
    const base = {
      "models/beans/README.md": card(block),
      "models/beans/model.safetensors": pointer("beans"),
    };
    const r = check(scenario(base, { "models/beans/README.md": null, "docs/beans/README.md": jekyllPage }));
    expect(r.code).toBe(1);
    expect(r.errors).toContain("change/manifest-deleted");
  });

  it("a manifest with the same name but no artifact in common does not shadow a departure", () => {
    const m = supportManifest(`sha256:${sha("other")}`);
    m.spec.artifacts[0].path = "models/other/model.safetensors";
    const r = check(
      scenario(repoFiles(), {
        [MANIFEST_PATH]: null,
        "models/other.model.yaml": stringify(m),
        "models/other/model.safetensors": pointer("other"),
      }),
    );
    // The name lives on, so this is the same model moved to other bytes: judged against the
    // base version, whose reports it kept, so they are stale; and its old weights, still in
    // the tree, are declared by nobody.
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(
      expect.arrayContaining(["evidence/stale-report", "change/unmanifested-artifact"]),
    );
  });
});
