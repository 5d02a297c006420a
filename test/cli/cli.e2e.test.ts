// Runs the built CLI as a child process on real git repositories, as a user would.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs helper shared with `npm run demo`
import { buildDemoRepo, git } from "../../scripts/lib/demo-repo.mjs";
import { checkDeclaration } from "../../src/checks/declarations.ts";
import { loadManifest } from "../../src/manifest/load.ts";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
let dir: string;

function cli(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mg-cli-"));
  buildDemoRepo(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("model-gate check", () => {
  it("passes the compliant pull request (exit 0) with approvals pending", () => {
    const r = cli(["check", "--base", "main", "--head", "compliant"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("support-assistant");
    expect(r.out).toContain("approval/pending");
  });

  it("fails the unaudited weights change (exit 1) and says why, with file:line", () => {
    const r = cli(["check", "--base", "main", "--head", "unaudited"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("integrity/digest-mismatch");
    expect(r.out).toMatch(/models\/fraud\.model\.yaml:\d+/);
  });

  it("defaults the base to the merge base with the default branch", () => {
    git(dir, "checkout", "-q", "unaudited");
    try {
      const r = cli(["check", "--format", "json"]);
      expect(r.code).toBe(1);
      const report = JSON.parse(r.out);
      expect(report.schemaVersion).toBe(1);
      expect(report.verdict).toBe("fail");
      expect(report.models.map((m: { name: string }) => m.name)).toEqual(["fraud-scorer"]);
      expect(report.policy.source).toMatch(/^\.github\/model-gate\.yml@/);
    } finally {
      git(dir, "checkout", "-q", "main");
    }
  });

  it("writes SARIF and markdown reports to a file", () => {
    const out = join(dir, "..", `mg-${Date.now()}.sarif`);
    const r = cli(["check", "--base", "main", "--head", "unaudited", "--format", "sarif", "--output", out]);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(readFileSync(out, "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(
      sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === "integrity/digest-mismatch"),
    ).toBe(true);
    rmSync(out);
  });

  it("exits 0 in warn mode but still reports the failure", () => {
    const r = cli(["check", "--base", "main", "--head", "unaudited", "--mode", "warn", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).verdict).toBe("fail");
  });

  it("audits every manifest with --all", () => {
    const r = cli(["check", "--all", "--head", "main", "--format", "json"]);
    const report = JSON.parse(r.out);
    expect(report.models.map((m: { name: string }) => m.name).sort()).toEqual([
      "fraud-scorer",
      "support-assistant",
    ]);
  });

  it("turns a broken base policy into verdict error (exit 2), naming the file and line", () => {
    const repo = mkdtempSync(join(tmpdir(), "mg-badpolicy-"));
    try {
      buildDemoRepo(repo);
      writeFileSync(
        join(repo, ".github/model-gate.yml"),
        "apiVersion: model-gate/v1\nkind: Policy\ntiers:\n  high:\n    approvals: { count: two }\n",
      );
      git(repo, "commit", "-qam", "break the policy");
      git(repo, "checkout", "-q", "-b", "pr");
      writeFileSync(join(repo, "x.txt"), "x");
      git(repo, "add", "-A");
      git(repo, "commit", "-qm", "pr");
      const r = cli(["check", "--base", "main", "--head", "pr", "--format", "json"], repo);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/model-gate\.yml:5/);
      expect(r.err).not.toMatch(/\n\s+at /); // a user's mistake: no stack trace
      expect(JSON.parse(r.out).verdict).toBe("error");
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it("rejects unknown flags and revisions with exit 2 and a hint", () => {
    expect(cli(["check", "--bogus"]).code).toBe(2);
    const r = cli(["check", "--base", "no-such-ref"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("no-such-ref");
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe("other commands", () => {
  it("has --help on every command", () => {
    for (const c of ["check", "digest", "validate", "init"]) {
      const r = cli([c, "--help"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`model-gate ${c}`);
    }
  });

  it("prints the model digest the manifest should carry", () => {
    git(dir, "checkout", "-q", "unaudited");
    try {
      const r = cli(["digest", "models/fraud.model.yaml"]);
      expect(r.code).toBe(0);
      const declared = /digest: (sha256:[0-9a-f]{64})/.exec(
        readFileSync(join(dir, "models/fraud.model.yaml"), "utf8"),
      )?.[1];
      expect(r.out.trim()).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(r.out.trim()).not.toBe(declared); // the weights were swapped
    } finally {
      git(dir, "checkout", "-q", "main");
    }
  });

  it("validates manifests for pre-commit", () => {
    expect(cli(["validate", "models/support.model.yaml"]).code).toBe(0);
    writeFileSync(
      join(dir, "bad.model.yaml"),
      "apiVersion: model-gate/v1\nkind: ModelManifest\nmetadata: { name: x }\nspec: { type: llm, riskTier: extreme, artifacts: [] }\n",
    );
    const r = cli(["validate", "bad.model.yaml"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bad\.model\.yaml:4:\d+/);
    expect(r.out).toContain("riskTier");
    rmSync(join(dir, "bad.model.yaml"));
  });

  it("the bundle's build-time validators say what the run-time ones say", () => {
    const text =
      'apiVersion: model-gate/v1\nkind: ModelManifest\nmetadata: { name: x, version: 1.10 }\nspec: { type: llm, riskTeir: high, riskTier: extreme, artifacts: [{path: a, digest: "sha256:12"}], evaluation: {date: "2026-02-30"}, datasets: [{}] }\n';
    writeFileSync(join(dir, "odd.model.yaml"), text);
    try {
      const bundled = cli(["validate", "odd.model.yaml"]).out.trim().split("\n");
      const loaded = loadManifest("odd.model.yaml", new TextEncoder().encode(text));
      expect(loaded.ok).toBe(false);
      const inProcess = loaded.ok
        ? []
        : checkDeclaration(loaded.problems).map(
            (f) => `odd.model.yaml:${f.line}:${f.column}: error ${f.ruleId}: ${f.message}`,
          );
      expect(bundled).toEqual(inProcess);
      expect(bundled.length).toBeGreaterThan(4);
    } finally {
      rmSync(join(dir, "odd.model.yaml"));
    }
  });

  it("init writes a policy and an example that validates", () => {
    const d = mkdtempSync(join(tmpdir(), "mg-init-"));
    try {
      expect(cli(["init"], d).code).toBe(0);
      expect(cli(["validate", "models/example.model.yaml"], d).code).toBe(0);
      expect(cli(["init"], d).out).toContain("kept");
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
