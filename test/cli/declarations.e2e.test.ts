// Issue 11, step 3: one registry of declaration kinds. Every command that reads declarations
// (check, validate, digest, init) classifies the same files the same way, under the repository's
// own policy, through the built CLI. test/action/declarations.e2e.test.ts holds the Action to the
// same classification.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pointer } from "../engine/helpers.ts";
import { CHECK_NOW, cli, scenario } from "../support/cli-repo.ts";
import {
  CANDIDATES,
  CARD,
  FILES,
  type Finding,
  modelsOf,
  POLICY,
  readerFindings,
} from "../support/declaration-files.ts";

describe("every command classifies declarations the same way", () => {
  it("check, validate, digest and init agree on which files declare models and what is wrong with them", () => {
    const dir = scenario({}, FILES);
    const run = cli(dir, ["check", "--all", "--now", CHECK_NOW, "--format", "json"]);
    expect(run.code, run.err).not.toBe(2);
    const report = JSON.parse(run.out) as {
      models: { manifest: string; artifacts: unknown[] }[];
      findings: Finding[];
    };
    const checkModels = new Set(modelsOf(report));

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
