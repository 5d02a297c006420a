// The Action judges what a change was (SPEC section 9), like the CLI: a pull request that
// re-labels a high-risk model minimal while swapping its weights still needs the high tier's
// evidence and its two approvals. Runs dist/index.js against the fake GitHub API.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { modelFiles } from "../action/harness.ts";
import { approve, errorsOf, ruleIds, run, setup, useScenarios } from "../action/scenario.ts";

useScenarios();

describe("the Action and a PR that picks its own tier", () => {
  it("a weights swap re-labelled minimal needs the high tier's evidence and two approvals", async () => {
    const base = modelFiles("support");
    const manifest = parse(base["models/support.model.yaml"] as string);
    const weights = "swapped weights";
    const digest = `sha256:${createHash("sha256").update(weights).digest("hex")}`;
    manifest.spec.riskTier = "minimal";
    manifest.spec.artifacts[0].digest = digest;
    delete manifest.spec.riskAssessment;
    delete manifest.spec.adversarialTests;
    const changes = {
      "models/support.model.yaml": stringify(manifest),
      "models/support/model.safetensors": `version https://git-lfs.github.com/spec/v1\noid ${digest}\nsize ${weights.length}\n`,
    };
    const { ws, fake } = await setup({
      base,
      changes,
      files: Object.keys(changes).map((filename) => ({ filename, status: "modified" as const })),
      // The minimal tier needs no approval; the high tier, which still judges it, needs two.
      reviews: (w) => [approve("alice", w.headSha)],
    });
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("fail");
    expect(r.code).toBe(1);
    expect(errorsOf(r)).toEqual(
      expect.arrayContaining([
        "approval/insufficient",
        "risk/missing-assessment",
        "evidence/missing-adversarial",
      ]),
    );
    expect(ruleIds(r)).toContain("change/tier-lowered");
  });
});
