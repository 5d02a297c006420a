// Issue 11, step 3: one registry of declaration kinds. Every command that reads declarations
// (check, validate, digest, init) classifies the same files the same way, under the repository's
// own policy, through the built CLI. The Action runs the same engine discovery as check (its
// own prefetch list of declaration paths is gone; test/action covers its requests).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { daysAgo, garakReport, pointer, sha } from "../engine/helpers.ts";
import { CHECK_NOW, cli, scenario } from "../support/cli-repo.ts";
import { compliantManifest } from "../support/compliant-manifest.ts";

/** Findings the readers of declarations produce (what `validate` checks). */
const READER_RULES = new Set([
  "manifest/parse-error",
  "manifest/schema",
  "manifest/not-a-model",
  "provenance/license-unknown",
  "input/too-large",
]);

const POLICY = `apiVersion: model-gate/v1
kind: Policy
extends: baseline
manifests: ["**/*.model.yaml", "models/**/*.model.json"]
licenses:
  allow: [LicenseRef-hf-acme-model]
waivers: []
`;

function native(name: string) {
  return compliantManifest({
    name,
    digest: `sha256:${sha(`${name} weights`)}`,
    artifact: `models/${name}/model.safetensors`,
    riskReport: `docs/risk/${name}.md`,
    evidence: `evidence/${name}.garak.jsonl`,
    daysAgo,
  });
}

function modelFiles(name: string) {
  return {
    [`models/${name}/model.safetensors`]: pointer(`${name} weights`),
    [`docs/risk/${name}.md`]: "# Risk assessment\n",
    [`evidence/${name}.garak.jsonl`]: garakReport(1, 100),
  };
}

/** A valid card whose licence only the repository's policy allows, documenting the policy file. */
const CARD = `---
license: other
license_name: acme-model
model-gate:
  name: card-model
  riskTier: minimal
  type: classifier
  environments: [internal]
  artifacts:
    - path: models/c/model.safetensors
      digest: sha256:${sha("c weights")}
---

# Card model

The gate's policy for this repository looks like this:

\`\`\`yaml
apiVersion: model-gate/v1
kind: Policy
extends: baseline
\`\`\`
`;

const FILES = {
  ".github/model-gate.yml": POLICY,
  // A native manifest, and one in JSON that only the policy's own pattern makes a manifest.
  "models/a.model.yaml": stringify(native("a")),
  ...modelFiles("a"),
  "models/b.model.json": JSON.stringify(native("b"), null, 2),
  ...modelFiles("b"),
  "models/c/README.md": CARD,
  "models/c/model.safetensors": pointer("c weights"),
  // A README beside a model file is meant to be its card: with no front matter it is invalid.
  "models/d/README.md": "# D\n",
  "models/d/model.onnx": "d weights",
  // Ordinary files: a docs page with front matter, a dependency SBOM.
  "docs/README.md": "---\ntitle: Home\nlayout: page\n---\n# Docs\n",
  "sbom/deps.cdx.json": JSON.stringify({
    bomFormat: "CycloneDX",
    specVersion: "1.5",
    version: 1,
    components: [{ type: "library", name: "left-pad", version: "1.3.0" }],
  }),
};

const CANDIDATES = [
  "models/a.model.yaml",
  "models/b.model.json",
  "models/c/README.md",
  "models/d/README.md",
  "docs/README.md",
  "sbom/deps.cdx.json",
];

interface Finding {
  ruleId: string;
  severity: string;
  file?: string;
  line?: number;
}

describe("every command classifies declarations the same way", () => {
  it("check, validate, digest and init agree on which files declare models and what is wrong with them", () => {
    const dir = scenario({}, FILES);
    const run = cli(dir, ["check", "--all", "--now", CHECK_NOW, "--format", "json"]);
    expect(run.code, run.err).not.toBe(2);
    const report = JSON.parse(run.out) as {
      models: { manifest: string; artifacts: unknown[] }[];
      findings: Finding[];
    };
    // A declaration that could not be read as a model is listed too, with no decision record.
    const checkModels = new Set(report.models.filter((m) => m.artifacts.length > 0).map((m) => m.manifest));
    const readerFindings = (findings: Finding[], file: string) =>
      findings
        .filter((f) => f.file === file && READER_RULES.has(f.ruleId))
        .map((f) => `${f.severity} ${f.ruleId}${f.line ? `@${f.line}` : ""}`)
        .sort();

    // check: what the engine's discovery makes of each file.
    expect([...checkModels].sort()).toEqual([
      "models/a.model.yaml",
      "models/b.model.json",
      "models/c/README.md",
    ]);
    const unowned = report.findings
      .filter((f) => f.ruleId === "change/unmanifested-artifact")
      .map((f) => f.file);
    expect(unowned).toEqual(["models/d/model.onnx"]);

    for (const file of CANDIDATES) {
      // validate reports exactly what reading the file in check reports.
      const v = cli(dir, ["validate", file]);
      const said = v.out
        .split("\n")
        .flatMap((l) => {
          const m = /^(.+?)(?::(\d+):\d+)?: (error|warning|note) ([a-z]+\/[a-z0-9-]+): /.exec(l);
          return m && m[1] === file ? [`${m[3]} ${m[4]}${m[2] ? `@${m[2]}` : ""}`] : [];
        })
        .sort();
      expect(said, `validate ${file}:\n${v.out}${v.err}`).toEqual(readerFindings(report.findings, file));
      expect(v.code, file).toBe(said.some((s) => s.startsWith("error")) ? 1 : 0);

      // digest: a model digest exactly for the files check reads as models.
      const d = cli(dir, ["digest", file]);
      expect(d.code === 0, `digest ${file}: ${d.out}${d.err}`).toBe(checkModels.has(file));
    }
    expect(readerFindings(report.findings, "models/d/README.md")).toEqual(["error manifest/schema@1"]);
    expect(readerFindings(report.findings, "sbom/deps.cdx.json")).toEqual(["note manifest/not-a-model@1"]);

    // init: drafts complete the card and BOM models check reads, and cover the files check
    // finds undeclared; nothing for what a manifest (of any pattern the policy has) declares.
    const init = cli(dir, ["init"]);
    expect(init.code, init.err).toBe(0);
    const drafts = readdirSync(join(dir, "models"))
      .filter((f) => /\.model\.yaml$/.test(f) && !["a.model.yaml"].includes(f))
      .map((f) => readFileSync(join(dir, "models", f), "utf8"));
    const completes = drafts.flatMap((t) => [...t.matchAll(/# Completes "([^"]+)"/g)].map((m) => m[1]));
    expect(completes).toEqual([...checkModels].filter((f) => !/\.model\.(yaml|json)$/.test(f)));
    const drafted = drafts
      .filter((t) => !t.includes("# Completes"))
      .flatMap((t) => [...t.matchAll(/- path: "([^"]+)"/g)].map((m) => m[1]));
    expect(drafted).toEqual(unowned);
  });
});

describe("validate does not misread a valid card", () => {
  it("a card whose text shows the policy file is a card, not a policy", () => {
    const dir = scenario(
      {},
      { "models/c/README.md": CARD, "models/c/model.safetensors": pointer("c weights") },
    );
    // No policy file: the card's licence is not allowed, and validate says so, as check would.
    const v = cli(dir, ["validate", "models/c/README.md"]);
    expect(v.out).toContain("error provenance/license-unknown");
    expect(v.out).not.toContain("manifest/schema");
  });

  it("a card whose licence the repository's policy allows validates", () => {
    const dir = scenario(
      {},
      {
        ".github/model-gate.yml": POLICY,
        "models/c/README.md": CARD,
        "models/c/model.safetensors": pointer("c weights"),
      },
    );
    const v = cli(dir, ["validate", "models/c/README.md"]);
    expect(v.out).toBe("models/c/README.md: ok\n");
    expect(v.code).toBe(0);
  });
});
