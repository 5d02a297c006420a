// Issue 10 end to end, through the built CLI on real git repositories: a pull request with
// three failing models and an unsafe file (the PR comment a reviewer sees), a retrain fixed
// with `digest --write`, the working-tree mode, and `init` in a repository that already has
// models. MG_DUMP_DIR=<dir> keeps the rendered comment (for the before/after in the report).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { daysAgo, garakReport, pointer, sha } from "../engine/helpers.ts";
import { CHECK_ARGS, CHECK_NOW, CLI, cli, git, scenario, temp, write } from "../support/cli-repo.ts";
import { compliantManifest } from "../support/compliant-manifest.ts";

/** A pickle that calls os.system("ls") when loaded. */
const EVIL_PICKLE = Buffer.concat([
  Buffer.from([0x80, 0x02]),
  Buffer.from("cos\nsystem\nX\u0002\u0000\u0000\u0000ls", "latin1"),
  Buffer.from([0x85, 0x52, 0x2e]),
]);

function model(name: string, weights: string) {
  const m = compliantManifest({
    name,
    digest: `sha256:${sha(weights)}`,
    artifact: `models/${name}/model.safetensors`,
    riskReport: `docs/risk/${name}.md`,
    evidence: `evidence/${name}.garak.jsonl`,
    daysAgo,
  });
  return {
    [`models/${name}.model.yaml`]: stringify(m),
    [`models/${name}/model.safetensors`]: pointer(weights),
    [`docs/risk/${name}.md`]: "# Risk assessment\n",
    [`evidence/${name}.garak.jsonl`]: garakReport(1, 100),
  };
}

function threeFailingAndAnUnsafeFile(): string {
  const base = {
    ...model("support", "support v1"),
    ...model("fraud", "fraud v1"),
    ...model("ranker", "ranker v1"),
  };
  const ranker = compliantManifest({
    name: "ranker",
    digest: `sha256:${sha("ranker v1")}`,
    artifact: "models/ranker/model.safetensors",
    riskReport: "docs/risk/ranker.md",
    evidence: "evidence/ranker.garak.jsonl",
    daysAgo,
  });
  delete ranker.spec.riskAssessment;
  return scenario(base, {
    "models/support/model.safetensors": pointer("support v2, retrained"), // digest not updated
    "evidence/fraud.garak.jsonl": garakReport(40, 100), // 40% attack success
    "models/ranker.model.yaml": stringify(ranker), // risk assessment dropped
    "models/fraud/extra.pkl": EVIL_PICKLE, // runs os.system when loaded, declared by nobody
  });
}

function dump(name: string, text: string): void {
  const dir = process.env.MG_DUMP_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), text);
}

describe("the PR comment for three failing models and an unsafe file", () => {
  it("is short and ranked: a row per file at fault, at most six columns, commands to run", () => {
    const dir = threeFailingAndAnUnsafeFile();
    const r = cli(dir, [...CHECK_ARGS, "--format", "markdown"]);
    dump("comment.md", r.out);
    expect(r.code).toBe(1);
    const md = r.out;
    expect(Buffer.byteLength(md)).toBeLessThan(65_536);
    const rows = md.split("\n").filter((l) => /^\| (❌|⚠️|✅) \|/.test(l));
    for (const l of md.split("\n").filter((x) => x.startsWith("| ")))
      expect(l.split(" | ").length).toBeLessThanOrEqual(6);
    // the unsafe pickle has its own failing row; the three models fail; errors come first
    expect(rows.find((l) => l.includes("models/fraud/extra.pkl"))).toMatch(/^\| ❌ \|.*safety/);
    for (const name of ["support", "fraud", "ranker"])
      expect(rows.find((l) => l.includes(`**${name}**`))).toMatch(/^\| ❌ \|/);
    const firstFinding = md.split("\n").find((l) => l.startsWith("- "));
    expect(firstFinding).toContain("safety/unsafe-pickle");
    // to fix: the command for the retrain, and the init for the stray file
    expect(md).toContain("`model-gate digest --write models/support.model.yaml`");
    expect(md).toContain("`model-gate init`");
    // short digests only
    expect(md).not.toMatch(/[0-9a-f]{40}/);
  });
});

describe("a retrain fixed with digest --write", () => {
  it("updates the artifact digest in place and lists the evidence still bound to the old digest", () => {
    const dir = scenario(model("support", "support v1"), {
      "models/support/model.safetensors": pointer("support v2"),
    });
    const before = readFileSync(join(dir, "models/support.model.yaml"), "utf8");
    const w = cli(dir, ["digest", "--write", "models/support.model.yaml"]);
    expect(w.err).toBe("");
    expect(w.code).toBe(0);
    const after = readFileSync(join(dir, "models/support.model.yaml"), "utf8");
    const old = `sha256:${sha("support v1")}`;
    const now = `sha256:${sha("support v2")}`;
    // only the artifact digest changed; both evidence bindings still name the old bytes
    expect(after).toBe(before.replace(`digest: ${old}`, `digest: ${now}`));
    expect(after.split(old).length - 1).toBe(2);
    expect(w.out).toContain(`models/support/model.safetensors: ${old} -> ${now}`);
    expect(w.out).toContain("spec.riskAssessment (risk assessment docs/risk/support.md) is bound to");
    expect(w.out).toContain(
      "spec.adversarialTests[0] (garak report evidence/support.garak.jsonl) is bound to",
    );
    expect(w.out).toMatch(
      /re-run the test on the new weights and commit its report, then set its modelDigest to sha256:/,
    );
    // the gate now says the evidence is not bound, not that the bytes are unknown
    git(dir, "commit", "-qam", "digest --write");
    const r = cli(dir, [...CHECK_ARGS, "--format", "json"]);
    const rules = JSON.parse(r.out).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(rules).not.toContain("integrity/digest-mismatch");
    expect(rules).toContain("risk/assessment-not-bound");
    // a second run has nothing to update
    expect(cli(dir, ["digest", "--write", "models/support.model.yaml"]).out).toContain(
      "artifact digests are up to date",
    );
  });

  it("digest works on a manifest with unrelated errors", () => {
    const files = model("support", "support v1");
    const text = files["models/support.model.yaml"]!.replace("riskTier: high", "riskTeir: high");
    const dir = scenario({ ...files, "models/support.model.yaml": text }, {});
    const r = cli(dir, ["digest", "models/support.model.yaml"]);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`sha256:${sha("support v1")}`);
  });
});

describe("digest on a model card", () => {
  it("prints the card's model digest; --write says it edits native manifests only", () => {
    const dir = temp("mg-digest-card-");
    git(dir, "init", "-q", "-b", "main");
    write(dir, {
      "models/x/model.onnx": "onnx weights",
      "models/x/README.md": `---\nlicense: mit\nmodel-gate:\n  riskTier: minimal\n  artifacts:\n    - path: models/x/model.onnx\n      digest: sha256:${"a".repeat(64)}\n---\n`,
    });
    const r = cli(dir, ["digest", "models/x/README.md"]);
    expect(r.err).toBe("");
    expect(r.out.trim()).toBe(`sha256:${sha("onnx weights")}`);
    const w = cli(dir, ["digest", "--write", "models/x/README.md"]);
    expect(w.code).toBe(2);
    expect(w.err).toContain("--write updates native manifests");
  });
});

describe("check --worktree", () => {
  it("judges uncommitted files against HEAD; plain check names what it did not judge", () => {
    const dir = scenario(model("support", "support v1"), {});
    write(dir, { "models/support/extra.pkl": EVIL_PICKLE });
    const plain = cli(dir, ["check", "--base", "HEAD", "--now", CHECK_NOW]);
    expect(plain.code).toBe(0);
    expect(plain.err).toContain("1 uncommitted model file not judged (models/support/extra.pkl)");
    expect(plain.err).toContain("model-gate check --worktree");
    const wt = cli(dir, ["check", "--worktree", "--now", CHECK_NOW, "--format", "json"]);
    expect(wt.code).toBe(1);
    const report = JSON.parse(wt.out);
    expect(report.head).toBe("working tree");
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("safety/unsafe-pickle");
  });

  it("a repository with no commit gets a useful message, and --worktree judges it", () => {
    const dir = temp("mg-nocommit-");
    git(dir, "init", "-q", "-b", "main");
    write(dir, { "models/x/model.safetensors": "weights" });
    const r = cli(dir, ["check"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("has no commit yet");
    expect(r.err).toContain("model-gate check --worktree");
    expect(r.err).not.toContain("fetch-depth");
    const wt = cli(dir, ["check", "--worktree", "--format", "json"]);
    expect(JSON.parse(wt.out).findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      "change/unmanifested-artifact",
    );
  });
});

describe("init in a repository with models", () => {
  it("writes manifests with real digests for undeclared models and card-only models; riskTier is left to a person", () => {
    const dir = temp("mg-init-models-");
    git(dir, "init", "-q", "-b", "main");
    write(dir, {
      "models/support/model.safetensors": "support weights",
      "models/fraud/model.onnx": "fraud weights",
      "models/fraud/README.md": "---\nlicense: mit\npipeline_tag: text-classification\n---\n# Fraud\n",
      "docs/README.md": "---\ntitle: Home\nlayout: page\n---\n# Docs\n",
      ...model("ranker", "ranker v1"), // already declared: left alone
    });
    const r = cli(dir, ["init"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("wrote models/support.model.yaml");
    expect(r.out).toContain("wrote models/fraud.model.yaml");
    expect(r.out).not.toContain("example");
    expect(r.out).not.toContain("ranker");
    const support = readFileSync(join(dir, "models/support.model.yaml"), "utf8");
    expect(support).toContain(`digest: sha256:${sha("support weights")}`);
    expect(readFileSync(join(dir, "models/fraud.model.yaml"), "utf8")).toContain(
      'Completes "models/fraud/README.md"',
    );
    const v = cli(dir, ["validate", "models/support.model.yaml"]);
    expect(v.code).toBe(1);
    expect(v.out).toContain("spec must have 'riskTier'");
    // once a person chooses, it validates
    writeFileSync(
      join(dir, "models/support.model.yaml"),
      support.replace("  # type: llm", "  type: classifier\n  riskTier: minimal\n  # type: llm"),
    );
    expect(cli(dir, ["validate", "models/support.model.yaml"]).code).toBe(0);
  });
});

describe("validate reads what each file is", () => {
  it("a policy typo has its line and a did-you-mean; a valid card is a card", () => {
    const dir = temp("mg-validate-");
    write(dir, {
      ".github/model-gate.yml":
        "apiVersion: model-gate/v1\nkind: Policy\ntiers:\n  high:\n    aprovals: { count: 2 }\n",
      "models/x/README.md": `---\nlicense: mit\nmodel-gate:\n  riskTier: minimal\n  type: classifier\n  artifacts:\n    - path: models/x/model.onnx\n      digest: sha256:${"a".repeat(64)}\n---\n# X\n`,
    });
    const p = cli(dir, ["validate", ".github/model-gate.yml"]);
    expect(p.code).toBe(1);
    expect(p.out).toContain(".github/model-gate.yml:5:5: error");
    expect(p.out).toContain("did you mean approvals?");
    const c = cli(dir, ["validate", "models/x/README.md"]);
    expect(c.out).toBe("models/x/README.md: ok\n");
    expect(c.code).toBe(0);
  });
});

describe("explain and colour", () => {
  it("explain prints the rule's documentation, and suggests the rule for a typo", () => {
    const dir = temp("mg-explain-");
    const r = cli(dir, ["explain", "integrity/digest-mismatch"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      readFileSync(new URL("../../docs/rules/integrity/digest-mismatch.md", import.meta.url), "utf8"),
    );
    const typo = cli(dir, ["explain", "integrity/digest-missmatch"]);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("did you mean integrity/digest-mismatch?");
    expect(cli(dir, ["explain"]).out).toContain("  safety/unsafe-pickle\n");
  });

  it("FORCE_COLOR colours a piped report, FORCE_COLOR=0 and NO_COLOR do not", () => {
    const dir = scenario(model("support", "support v1"), {
      "models/support/model.safetensors": pointer("v2"),
    });
    const { NO_COLOR: _n, FORCE_COLOR: _f, ...clean } = process.env;
    const run = (
      env: Record<string, string>,
      args = ["check", "--base", "main", "--head", "pr", "--now", CHECK_NOW],
    ) =>
      spawnSync(process.execPath, [CLI, ...args], {
        cwd: dir,
        encoding: "utf8",
        env: { ...clean, GITHUB_ACTIONS: "", ...env },
      }).stdout;
    expect(run({ FORCE_COLOR: "1" })).toContain("\u001B[31m");
    expect(run({ FORCE_COLOR: "1", NO_COLOR: "1" })).toContain("\u001B[31m"); // FORCE_COLOR wins, as in Node
    expect(run({ FORCE_COLOR: "0" })).not.toContain("\u001B");
    expect(run({ NO_COLOR: "1" })).not.toContain("\u001B");
    expect(run({})).not.toContain("\u001B"); // not a terminal
    // verify and audit print their reports the same way.
    const audit = ["audit", "--ref", "pr", "--now", CHECK_NOW];
    expect(run({ FORCE_COLOR: "1" }, audit)).toContain("\u001B[");
    expect(run({ FORCE_COLOR: "0" }, audit)).not.toContain("\u001B");
  });
});
