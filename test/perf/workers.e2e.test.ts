// The bundle parses manifests and evidence on worker threads when there is enough work. Its
// reports must be exactly the ones the single-threaded run gives (MODEL_GATE_WORKERS=0),
// findings, lines and columns included. Runs the built CLI (test/action/global-setup.ts builds it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript helpers without type declarations
import { generate, generateSteady } from "../../bench/generate.mjs";
// @ts-expect-error: plain JavaScript helpers without type declarations
import { buildDemoRepo, git } from "../../scripts/lib/demo-repo.mjs";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const WORKER = new URL("../../dist/parse-worker.js", import.meta.url).pathname;

function check(
  repo: string,
  base: string,
  head: string,
  workers: string | undefined,
  extraEnv: Record<string, string> = {},
) {
  const env = { ...process.env, ...extraEnv };
  delete env.MODEL_GATE_WORKERS;
  if (workers !== undefined) env.MODEL_GATE_WORKERS = workers;
  const r = spawnSync(
    process.execPath,
    [CLI, "check", "--repo", repo, "--base", base, "--head", head, "--format", "json", "--now", "2026-11-25"],
    { encoding: "utf8", env, maxBuffer: 1 << 28 },
  );
  if (r.status === 2) throw new Error(r.stderr);
  return { code: r.status, report: r.stdout };
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "mg-workers-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("parse workers in the bundle", () => {
  it("ships dist/parse-worker.js beside the entry points", () => {
    expect(existsSync(WORKER)).toBe(true);
  });

  it("give the demo's reports unchanged (workers forced on)", () => {
    const dir = join(root, "demo");
    buildDemoRepo(dir, new Date("2026-11-25T12:00:00Z"));
    for (const branch of ["compliant", "unaudited"]) {
      const single = check(dir, "main", branch, "0");
      const pooled = check(dir, "main", branch, "2");
      expect(JSON.parse(single.report).models.length).toBeGreaterThan(0);
      expect(pooled).toEqual(single);
    }
  });

  it("give a large change set's report unchanged, broken files and renamed manifests included", () => {
    const dir = generate(join(root, "gen"), 70) as string;
    git(dir, "checkout", "-q", "-b", "pr2");
    const manifest = (i: number) => join(dir, `models/m${i}.model.yaml`);
    // Edited, broken and hostile manifests; a broken and a missing report; aliases.
    writeFileSync(manifest(1), readFileSync(manifest(1), "utf8").replace("version: ", "version: 2"));
    writeFileSync(manifest(2), readFileSync(manifest(2), "utf8").replace("type: llm", "type: [llm"));
    writeFileSync(
      manifest(3),
      readFileSync(manifest(3), "utf8").replace("riskTier: high", "riskTier: extreme"),
    );
    writeFileSync(
      manifest(4),
      readFileSync(manifest(4), "utf8").replace("metadata:\n", "metadata:\n  __proto__: {x: 1}\n"),
    );
    writeFileSync(
      manifest(5),
      readFileSync(manifest(5), "utf8").replace("controls:\n", "controls: &c\n").concat("  extra: *c\n"),
    );
    writeFileSync(
      join(dir, "evidence/m6/garak.report.jsonl"),
      '{"entry_type": "eval", "probe": "p"}\nnot json\n',
    );
    rmSync(join(dir, "evidence/m7/garak.report.jsonl"));
    writeFileSync(join(dir, "models/m8.model.yaml"), "\u0000binary");
    writeFileSync(join(dir, "models/m9/model.safetensors"), "changed weights, no pointer");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "edits");

    const single = check(dir, "pr", "pr2", "0");
    const auto = check(dir, "pr", "pr2", undefined);
    const findings = JSON.parse(single.report).findings as { ruleId: string; line?: number }[];
    expect(findings.length).toBeGreaterThan(5);
    expect(findings.some((f) => f.line !== undefined && f.line > 1)).toBe(true);
    expect(auto).toEqual(single);
    // The whole change set, every model new: the path the benchmark times.
    expect(check(dir, "main", "pr2", "1")).toEqual(check(dir, "main", "pr2", "0"));
  });
});

// Issue 13: when base and head are the same tree, the engine reads no declaration. The reports
// must be the ones the full path gives (MODEL_GATE_NO_FAST_PATH=1), on compliant repositories
// and on ones full of problems that only a change would bring up.
describe("the PR that changes nothing", () => {
  const slow = { MODEL_GATE_NO_FAST_PATH: "1" };
  const same = (dir: string, ref: string) => {
    const fast = check(dir, ref, ref, undefined);
    expect(check(dir, ref, ref, undefined, slow)).toEqual(fast);
    return fast;
  };

  it("gives the full path's report on a bench repository", () => {
    const dir = generateSteady(join(root, "steady"), 30) as string;
    const r = same(dir, "main");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.report).verdict).toBe("pass");
    // And the other pull requests the bench times still judge what they change.
    const one = check(dir, "main", "one", undefined);
    expect(JSON.parse(one.report).models.map((m: { name: string }) => m.name)).toEqual(["model-0"]);
    expect(JSON.parse(check(dir, "main", "app", undefined).report).models).toEqual([]);
  });

  it("gives the full path's report on broken, duplicate and unmanifested files", () => {
    const dir = generate(join(root, "broken"), 12) as string;
    const manifest = (i: number) => join(dir, `models/m${i}.model.yaml`);
    writeFileSync(manifest(2), readFileSync(manifest(2), "utf8").replace("type: llm", "type: [llm"));
    writeFileSync(manifest(3), readFileSync(manifest(3), "utf8").replace("name: model-3", "name: model-4"));
    writeFileSync(join(dir, "models/m8.model.yaml"), "\u0000binary");
    writeFileSync(join(dir, "models/stray.pkl"), "not declared");
    rmSync(join(dir, "evidence/m7/garak.report.jsonl"));
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "problems");
    // The same problems judged as a change: the full path finds them.
    expect(JSON.parse(check(dir, "main", "pr", undefined).report).verdict).toBe("fail");
    same(dir, "pr");
    same(dir, "main");
  });

  it("gives the full path's report on the demo's branches", () => {
    const dir = join(root, "demo-same");
    buildDemoRepo(dir, new Date("2026-11-25T12:00:00Z"));
    for (const branch of ["main", "compliant", "unaudited"]) same(dir, branch);
  });
});
