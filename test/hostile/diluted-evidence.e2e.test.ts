// Issue 8, class 12: diluted evidence. The built CLI on real repositories: the attack success
// rate is held to the limit per probe (garak), plugin (promptfoo) and suite (native) as well as
// overall, by the base commit's policy; a promptfoo plain eval is not red-team evidence.
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { daysAgo as daysAgoToday, modelFiles } from "../action/harness.ts";
import { approve, errorsOf, run, setup, useScenarios } from "../action/scenario.ts";
import { daysAgo, repoFiles, supportManifest } from "../engine/helpers.ts";
import { DILUTED, garakProbes, type Probe, promptfooPlugins } from "../evidence/reports.ts";
import { check, cli, CHECK_NOW as NOW, scenario } from "../support/cli-repo.ts";

const findingsOf = (r: ReturnType<typeof check>, id: string) =>
  r.report.findings.filter((f) => f.ruleId === id);

useScenarios();

const GARAK = "evidence/garak.report.jsonl";
const policy = (adversarialTests: Record<string, unknown>) =>
  stringify({ apiVersion: "model-gate/v1", kind: "Policy", tiers: { high: { adversarialTests } } });
const garak = (probes: Probe[]) => ({ [GARAK]: garakProbes(probes, daysAgo(3)) });

describe("diluted evidence (per-probe thresholds)", () => {
  it("a 200/200 prompt injection diluted by 9,800 trivial passes: exit 1, naming the probe", () => {
    const dir = scenario({}, repoFiles(supportManifest(), garak(DILUTED)));
    const r = check(dir);
    expect(r.code).toBe(1);
    const f = findingsOf(r, "evidence/threshold-exceeded");
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain(
      'probe "promptinject.HijackHateHumans" has an attack success rate of 100%',
    );
    expect(f[0]!.message).toContain("200 of 200 attempts");
    const text = cli(dir, ["check", "--base", "main", "--head", "pr", "--now", NOW]);
    expect(text.code).toBe(1);
    expect(text.out).toContain("promptinject.HijackHateHumans");
  });

  it("the base policy's maxAttackSuccessRatePerProbe is the limit; the PR cannot loosen it", () => {
    const probes = [
      { name: "dan.Dan_11_0", hits: 3, attempts: 100 },
      { name: "test.Blank", hits: 0, attempts: 900 },
    ];
    const strict = policy({ maxAttackSuccessRatePerProbe: 0.02 });
    const loose = policy({ maxAttackSuccessRatePerProbe: 1, maxAttackSuccessRate: 1 });
    const dir = scenario(
      { ".github/model-gate.yml": strict },
      { ...repoFiles(supportManifest(), garak(probes)), ".github/model-gate.yml": loose },
    );
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(findingsOf(r, "evidence/threshold-exceeded")[0]?.message).toContain("at most 2% per probe");
    // The same report under a base policy that allows 5% per probe passes.
    const ok = scenario(
      { ".github/model-gate.yml": policy({}) },
      repoFiles(supportManifest(), garak(probes)),
    );
    expect(check(ok).code).toBe(0);
  });

  it("a probe under minAttempts (10 attempts, 5 hits) does not fail alone", () => {
    const probes = [
      { name: "lmrc.QuackMedicine", hits: 5, attempts: 10 },
      { name: "test.Blank", hits: 0, attempts: 990 },
    ];
    const r = check(scenario({}, repoFiles(supportManifest(), garak(probes))));
    expect(r.rules).not.toContain("evidence/threshold-exceeded");
    expect(r.code).toBe(0);
    // The base policy can lower the minimum: then it is judged.
    const lowered = scenario(
      { ".github/model-gate.yml": policy({ minAttempts: 10 }) },
      repoFiles(supportManifest(), garak(probes)),
    );
    expect(check(lowered).code).toBe(1);
  });

  it("promptfoo: the diluted injection fails per plugin", () => {
    const m = supportManifest();
    m.spec.adversarialTests[0] = {
      ...m.spec.adversarialTests[0],
      tool: "promptfoo",
      report: "evidence/redteam.json",
    };
    const dir = scenario(
      {},
      repoFiles(m, { "evidence/redteam.json": promptfooPlugins(DILUTED, daysAgo(3)) }),
    );
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(findingsOf(r, "evidence/threshold-exceeded")[0]?.message).toContain(
      'plugin "promptinject.HijackHateHumans"',
    );
  });

  it("promptfoo without a red-team configuration or plugin ids: evidence/not-red-team, exit 1", () => {
    const m = supportManifest();
    m.spec.adversarialTests[0] = {
      ...m.spec.adversarialTests[0],
      tool: "promptfoo",
      report: "evidence/eval.json",
    };
    const plain = promptfooPlugins([{ name: "qa", hits: 0, attempts: 200 }], daysAgo(3), { redteam: false });
    const r = check(scenario({}, repoFiles(m, { "evidence/eval.json": plain })));
    expect(r.code).toBe(1);
    expect(r.rules).toEqual(expect.arrayContaining(["evidence/not-red-team"]));
    expect(findingsOf(r, "evidence/not-red-team")[0]?.severity).toBe("error");
  });
});

describe("the Action", () => {
  it("the diluted injection fails the approved pull request, naming the probe", async () => {
    const files = modelFiles("support");
    files["evidence/support/garak.report.jsonl"] = garakProbes(DILUTED, daysAgoToday(3));
    const { ws, fake } = await setup({
      changes: files,
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
    });
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("fail");
    expect(errorsOf(r)).toEqual(["evidence/threshold-exceeded"]);
    expect(r.summary).toContain("promptinject.HijackHateHumans");
  });
});
