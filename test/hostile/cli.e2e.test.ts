// Hostile pull requests against the built CLI (dist/cli.js) on real git repositories: symlinks
// to secrets committed in git, a 50 MB manifest, file names that try to inject workflow
// commands, and a PR that loosens its own policy. Nothing of a secret may ever reach stdout,
// stderr or a report, in any format.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { garakReport, MANIFEST_PATH, repoFiles, supportManifest } from "../engine/helpers.ts";
import { CHECK_ARGS, cli, CHECK_NOW as NOW, scenario as repo, ruleIds, temp } from "../support/cli-repo.ts";

const SECRET = `MG-SECRET-${process.pid}-7f3a9c`;
const FORMATS = ["text", "json", "sarif", "markdown"] as const;

/** Runs check in every format (stdout and --output file) and returns everything it printed or wrote. */
function checkAllFormats(dir: string, extra: string[] = []) {
  const runs = FORMATS.map((format) => {
    const r = cli(dir, [...CHECK_ARGS, "--format", format, ...extra]);
    return { format, ...r };
  });
  const out = join(temp("mg-out-"), "report.sarif");
  const written = cli(dir, [...CHECK_ARGS, "--format", "sarif", "--output", out]);
  const everything = [
    ...runs.flatMap((r) => [r.out, r.err]),
    written.out,
    written.err,
    readFileSync(out, "utf8"),
  ].join("\n");
  const json = JSON.parse(runs.find((r) => r.format === "json")!.out);
  return { runs, everything, json, code: runs[0]!.code };
}

function secretFile(): string {
  const d = temp("mg-secret-");
  const p = join(d, "credentials");
  writeFileSync(p, `aws_secret_access_key = ${SECRET}\n{"fails": 0}\n`);
  return p;
}

describe("symlinks to secrets committed in git", () => {
  it("evidence, risk report and DPIA symlinked to a secret: input/symlink, nothing of it printed", () => {
    const secret = secretFile();
    const m = supportManifest();
    m.spec.datasets[0].personalData = true;
    m.spec.datasets[0].dpia = "docs/dpia.md";
    const dir = repo(
      {},
      {
        ...repoFiles(m),
        "evidence/garak.report.jsonl": { symlink: secret },
        "docs/risk/support.md": { symlink: "../../../../../../../../../../../../etc/hostname" },
        "docs/dpia.md": { symlink: secret },
      },
    );
    const r = checkAllFormats(dir);
    expect(r.code).toBe(1);
    expect(ruleIds(r.json).filter((id) => id === "input/symlink")).toHaveLength(3);
    expect(r.everything).not.toContain(SECRET);
    expect(r.everything).not.toContain("aws_secret_access_key");
  });

  it("an artifact symlinked to a secret is not hashed (its digest cannot be learnt)", () => {
    const secret = secretFile();
    const dir = repo({}, { ...repoFiles(), "models/support/model.safetensors": { symlink: secret } });
    const r = checkAllFormats(dir);
    expect(ruleIds(r.json)).toContain("input/symlink");
    const secretDigest = execFileSync("sha256sum", [secret], { encoding: "utf8" }).split(" ")[0]!;
    expect(r.everything).not.toContain(secretDigest);
    expect(cli(dir, ["digest", MANIFEST_PATH]).out).not.toContain(secretDigest);
  });

  it("a manifest that is itself a symlink to a secret is never read", () => {
    const secret = secretFile();
    const dir = repo(
      {},
      {
        ...repoFiles(),
        "models/evil.model.yaml": { symlink: secret },
        "models/evil/model.safetensors": { symlink: secret },
      },
    );
    const r = checkAllFormats(dir);
    expect(r.everything).not.toContain(SECRET);
    expect(r.json.verdict).toBe("fail");
    const at = (id: string) =>
      r.json.findings.filter((f: { ruleId: string }) => f.ruleId === id).map((f: { file: string }) => f.file);
    expect(at("input/symlink")).toContain("models/evil.model.yaml");
    expect(at("change/unmanifested-artifact")).toContain("models/evil/model.safetensors");
  });

  it("a folder symlinked outside the repository is not followed", () => {
    const secret = secretFile();
    const m = supportManifest();
    m.spec.adversarialTests[0].report = "outside/credentials";
    const dir = repo({}, { ...repoFiles(m), outside: { symlink: dirname(secret) } });
    const r = checkAllFormats(dir);
    expect(ruleIds(r.json)).toContain("input/symlink");
    expect(r.everything).not.toContain(SECRET);
  });

  it("--policy naming a path outside the repository is refused without reading it", () => {
    const secret = secretFile();
    const dir = repo({}, repoFiles());
    for (const p of [secret, "../../../../../../../../../../../../etc/passwd", "%2e%2e/x.yml"]) {
      const r = cli(dir, ["check", "--base", "main", "--head", "pr", "--policy", p, "--format", "json"]);
      expect(r.code).toBe(2);
      expect(`${r.out}${r.err}`).not.toContain(SECRET);
      expect(`${r.out}${r.err}`).not.toContain("root:x:");
    }
  });

  it("a base policy file that is a symlink is an error (fail closed), not followed", () => {
    const secret = secretFile();
    const dir = repo({ ".github/model-gate.yml": { symlink: secret } }, repoFiles());
    const r = cli(dir, ["check", "--base", "main", "--head", "pr", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).verdict).toBe("error");
    expect(`${r.out}${r.err}`).not.toContain(SECRET);
  });
});

describe("size and shape", () => {
  it("a 50 MB manifest is input/too-large, quickly, and its content is not echoed", () => {
    const big = `${stringify(supportManifest())}# ${"A".repeat(50 * 1024 * 1024)}\n`;
    const dir = repo({}, { ...repoFiles(), [MANIFEST_PATH]: big });
    const started = Date.now();
    const r = cli(dir, [...CHECK_ARGS, "--format", "json"]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(ruleIds(json)).toContain("input/too-large");
    expect(r.out.length + r.err.length).toBeLessThan(100_000);
  }, 60_000);

  it("file names carrying workflow commands and mentions stay inert in the log and markdown", () => {
    const name = "models/x\n::error::pwned\n::add-mask::hunter2 @octocat.model.yaml";
    const m = supportManifest();
    m.spec.datasets[0].license = "::stop-commands::tok @octo-org/admins <!-- model-gate:comment -->";
    const dir = repo({}, { ...repoFiles(m), [name]: stringify(m), "models/y.model.yaml": "[broken: yaml\n" });
    const text = cli(dir, ["check", "--base", "main", "--head", "pr", "--now", NOW]);
    expect(text.code).toBe(1);
    const lines = `${text.out}\n${text.err}`.split(/\r?\n/);
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(text.out).toContain("stop-commands"); // shown as text
    const md = cli(dir, [...CHECK_ARGS, "--format", "markdown"]).out;
    expect(md).not.toMatch(/@[A-Za-z0-9]/);
    expect(md).not.toContain("<!-- model-gate:comment -->");
  });
});

describe("the PR cannot loosen the rules that judge it", () => {
  const STRICT = stringify({ apiVersion: "model-gate/v1", kind: "Policy" });

  it("a policy loosened in the PR: judged by the base policy, policy/changed reported", () => {
    const loose = stringify({
      apiVersion: "model-gate/v1",
      kind: "Policy",
      tiers: { high: { adversarialTests: { required: false, maxAttackSuccessRate: 1 } } },
    });
    const dir = repo(
      { ".github/model-gate.yml": STRICT },
      {
        ...repoFiles(undefined, { "evidence/garak.report.jsonl": garakReport(70, 100) }),
        ".github/model-gate.yml": loose,
      },
    );
    const r = cli(dir, [...CHECK_ARGS, "--format", "json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(ruleIds(json)).toEqual(expect.arrayContaining(["evidence/threshold-exceeded", "policy/changed"]));
    expect(json.policy.source).toMatch(/^\.github\/model-gate\.yml@/);
    expect(json.policy.digest).toBe(
      `sha256:${execFileSync("sha256sum", { input: STRICT, encoding: "utf8" }).split(" ")[0]}`,
    );
  });

  it("a waiver added in the PR (default base = merge base) waives nothing", () => {
    const waived = stringify({
      apiVersion: "model-gate/v1",
      kind: "Policy",
      waivers: [
        {
          rule: "evidence/threshold-exceeded",
          model: "support-assistant",
          reason: "self-approved",
          owner: "mallory",
          ticket: "NOPE-1",
          expires: "2026-12-20",
        },
      ],
    });
    const dir = repo(
      { ".github/model-gate.yml": STRICT },
      {
        ...repoFiles(undefined, { "evidence/garak.report.jsonl": garakReport(70, 100) }),
        ".github/model-gate.yml": waived,
      },
    );
    const r = cli(dir, ["check", "--now", NOW, "--format", "json"]);
    expect(r.code).toBe(1);
    const f = JSON.parse(r.out).findings.find(
      (x: { ruleId: string }) => x.ruleId === "evidence/threshold-exceeded",
    );
    expect(f.waived).toBeNull();
  });
});
