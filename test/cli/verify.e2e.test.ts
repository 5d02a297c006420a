// `model-gate verify` and `model-gate audit` through the built CLI (dist/cli.js) on real git
// repositories, as a deploy job and a scheduled audit run them (SPEC 10 and 11).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { defaultState, type FakeGitHub, startFakeGitHub } from "../action/fake-github.ts";
import { DIGEST, daysAgo, repoFiles, supportManifest, WEIGHTS } from "../engine/helpers.ts";
import { CHECK_NOW, CLI, cli, type Entry, git, temp, write } from "../support/cli-repo.ts";
import statementSchema from "../support/in-toto-statement-v1.schema.json" with { type: "json" };

/** No token in the environment unless a test gives one. */
const NO_GITHUB = { GITHUB_TOKEN: "", GH_TOKEN: "", GITHUB_REPOSITORY: "" };

/** A repository whose main branch holds `files` (one commit), plus `branch` commits on top when given. */
function deployRepo(files: Record<string, Entry>, branch?: Record<string, Entry>): string {
  const dir = temp("mg-deploy-");
  git(dir, "init", "-q", "-b", "main");
  write(dir, files);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "models");
  if (branch) {
    git(dir, "checkout", "-q", "-b", "release");
    write(dir, branch);
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "release");
  }
  return dir;
}

function verify(dir: string, args: string[], env: Record<string, string> = {}) {
  const r = cli(dir, ["verify", "--now", CHECK_NOW, "--format", "json", ...args], { ...NO_GITHUB, ...env });
  if (r.code === 2 && !r.out.trim()) throw new Error(`verify failed to run: ${r.err}`);
  const report = JSON.parse(r.out);
  const errors: string[] = report.findings
    .filter((f: { severity: string; waived: unknown }) => f.severity === "error" && !f.waived)
    .map((f: { ruleId: string }) => f.ruleId)
    .sort();
  return { code: r.code, report, errors, err: r.err };
}

/** verify run asynchronously: the fake GitHub in this process must keep answering meanwhile. */
async function verifyAsync(dir: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [CLI, "verify", "--now", CHECK_NOW, "--format", "json", ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1", GITHUB_ACTIONS: "", ...NO_GITHUB, ...env },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (b: Buffer) => {
    out += b.toString("utf8");
  });
  child.stderr.on("data", (b: Buffer) => {
    err += b.toString("utf8");
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (!out.trim()) throw new Error(`verify failed to run (exit ${code}): ${err}`);
  const report = JSON.parse(out);
  const errors: string[] = report.findings
    .filter((f: { severity: string; waived: unknown }) => f.severity === "error" && !f.waived)
    .map((f: { ruleId: string }) => f.ruleId)
    .sort();
  return { code, report, errors, err };
}

/** Bytes a deploy job pulled from a registry (a name the scanner has no format for). */
function weightsFile(content: string | Uint8Array = WEIGHTS, name = "model.weights"): string {
  const dir = temp("mg-registry-");
  write(dir, { [name]: content });
  return join(dir, name);
}

const servers: FakeGitHub[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

describe("model-gate verify (deploy job)", () => {
  it("passes a compliant model for staging, binds the pulled bytes and writes the attestation", () => {
    const dir = deployRepo(repoFiles());
    const att = join(temp("mg-att-"), "model-gate.intoto.json");
    const r = verify(dir, ["--environment", "staging", "--artifact", weightsFile(), "--attestation", att]);
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.report.command).toBe("verify");
    expect(r.report.environment).toBe("staging");
    expect(r.report.verdict).toBe("pass");
    // The decision record: evidence digests and dates.
    const model = r.report.models[0];
    expect(model.evidence.map((e: { kind: string }) => e.kind)).toEqual([
      "riskAssessment",
      "adversarialTest",
    ]);
    expect(model.evidence[1].digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    const statement = JSON.parse(readFileSync(att, "utf8"));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(statementSchema, statement);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(statement.subject).toEqual([
      { name: "models/support/model.safetensors", digest: { sha256: DIGEST.slice(7) } },
    ]);
    expect(statement.predicate.environment).toBe("staging");
    expect(statement.predicate.ref).toBe(git(dir, "rev-parse", "HEAD"));
    expect(JSON.parse(readFileSync(`${att}.predicate.json`, "utf8"))).toEqual(statement.predicate);
    expect(readFileSync(`${att}.checksums`, "utf8")).toBe(
      `${DIGEST.slice(7)}  models/support/model.safetensors\n`,
    );
  });

  it("refuses evidence that has expired since the model merged", () => {
    const dir = deployRepo(repoFiles());
    // 100 days later: the 90-day adversarial tests and evaluation are out of date.
    const later = new Date(Date.parse(`${CHECK_NOW}T12:00:00Z`) + 100 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const r = verify(dir, ["--environment", "staging", "--now", later]);
    expect(r.code).toBe(1);
    expect(r.errors).toContain("evidence/expired");
  });

  it("counts a report's age from the older of its declared date and its own run date", () => {
    const m = supportManifest();
    m.spec.adversarialTests[0].date = daysAgo(1); // re-dated in the manifest, the run is older
    const files = repoFiles(m, {
      "evidence/garak.report.jsonl": repoFiles()
        ["evidence/garak.report.jsonl"]!.toString()
        .replace(daysAgo(3), daysAgo(120)),
    });
    const r = verify(deployRepo(files), ["--environment", "staging"]);
    expect(r.errors).toContain("evidence/expired");
  });

  it("refuses an environment the policy does not declare, and one the model does not list", () => {
    const dir = deployRepo(repoFiles());
    const qa = verify(dir, ["--environment", "qa"]);
    expect(qa.code).toBe(1);
    expect(qa.errors).toEqual(["deploy/environment-not-declared"]);

    const m = supportManifest();
    m.spec.deployments = ["staging"];
    const only = deployRepo(repoFiles(m));
    expect(verify(only, ["--environment", "staging"]).code).toBe(0);
    const prod = verify(only, ["--environment", "production"]);
    expect(prod.errors).toContain("deploy/environment-not-declared");
    expect(
      prod.report.findings.find((f: { ruleId: string }) => f.ruleId === "deploy/environment-not-declared")
        .file,
    ).toBe("models/support.model.yaml");
  });

  it("reads the policy from the default branch: a release branch cannot declare its own environment", () => {
    const policy = stringify({
      apiVersion: "model-gate/v1",
      kind: "Policy",
      deploy: { qa: { require: [] } },
    });
    const dir = deployRepo(repoFiles(), { ".github/model-gate.yml": policy });
    const r = verify(dir, ["--environment", "qa", "--ref", "release"]);
    expect(r.errors).toEqual(["deploy/environment-not-declared"]);
    expect(r.report.policy.source).toBe("baseline");
    // Named explicitly, the policy ref is the user's choice.
    expect(verify(dir, ["--environment", "qa", "--ref", "release", "--policy-ref", "release"]).code).toBe(0);
  });

  it("refuses bytes that are not the audited ones, and scans the pulled file", () => {
    const dir = deployRepo(repoFiles());
    const r = verify(dir, ["--environment", "staging", "--artifact", weightsFile("weights v2, not audited")]);
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(["deploy/unknown-artifact"]);
    // A pickle with the audited digest declared is still scanned.
    const pickle = Buffer.from("8004950f000000000000008c026f73948c0673797374656d9493942e", "hex");
    const m = supportManifest(`sha256:${createHash("sha256").update(pickle).digest("hex")}`);
    const bad = verify(deployRepo(repoFiles(m)), [
      "--environment",
      "staging",
      "--artifact",
      weightsFile(pickle, "model.pkl"),
    ]);
    expect(bad.errors).toContain("safety/unsafe-pickle");
  });

  it("production without a GitHub token: approvals are unverifiable and the deploy is refused", () => {
    const dir = deployRepo(repoFiles());
    const r = verify(dir, ["--environment", "production"]);
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(["approval/unverifiable"]);
    expect(
      r.report.findings.find((f: { ruleId: string }) => f.ruleId === "approval/unverifiable").message,
    ).toMatch(/GITHUB_TOKEN/);
  });

  it("production: a direct push has no approvals; the last pull request's approvals on its head count", async () => {
    const dir = deployRepo(repoFiles());
    const head = git(dir, "rev-parse", "HEAD");
    const state = defaultState({ gitDir: dir, permissions: { alice: "write", bob: "admin" } });
    const fake = await startFakeGitHub(state);
    servers.push(fake);
    const env = {
      GITHUB_TOKEN: "write-token",
      GITHUB_REPOSITORY: "Codertocat/Hello-World",
      GITHUB_API_URL: fake.url,
    };

    const direct = await verifyAsync(dir, ["--environment", "production"], env);
    expect(direct.code).toBe(1);
    expect(direct.errors).toEqual(["approval/insufficient"]);
    expect(direct.report.findings[0].message).toMatch(/without a pull request/);

    state.commitPulls = {
      [head]: [{ number: 7, author: "Codertocat", headRefOid: head, mergedAt: "2026-11-20T10:00:00Z" }],
    };
    state.pulls[7] = {
      files: [],
      reviews: [{ user: "alice", state: "APPROVED", commit_id: head, submitted_at: "2026-11-20T09:00:00Z" }],
      commits: [{ sha: head, parents: [], author: "Codertocat", committer: "Codertocat" }],
      headSha: head,
    };
    const one = await verifyAsync(dir, ["--environment", "production"], env);
    expect(one.errors).toEqual(["approval/insufficient"]);

    state.pulls[7].reviews.push({
      user: "bob",
      state: "APPROVED",
      commit_id: head,
      submitted_at: "2026-11-20T09:30:00Z",
    });
    const att = join(temp("mg-att-"), "a.json");
    const ok = await verifyAsync(dir, ["--environment", "production", "--attestation", att], env);
    expect(ok.errors).toEqual([]);
    expect(ok.code).toBe(0);
    expect(ok.report.models[0].approvals).toEqual([
      { login: "alice", commit: head, at: "2026-11-20T09:00:00Z", pullRequest: 7 },
      { login: "bob", commit: head, at: "2026-11-20T09:30:00Z", pullRequest: 7 },
    ]);
    const statement = JSON.parse(readFileSync(att, "utf8"));
    expect(statement.predicate.models[0].approvals.map((a: { login: string }) => a.login)).toEqual([
      "alice",
      "bob",
    ]);
    // One GraphQL query for the paths, not one per file.
    expect(fake.requests.filter((q) => q.path === "/graphql").length).toBe(3);
  });

  it("judges only the --model named, and says so when the name is unknown", () => {
    const dir = deployRepo(repoFiles());
    expect(verify(dir, ["--environment", "staging", "--model", "support-assistant"]).code).toBe(0);
    const r = cli(
      dir,
      ["verify", "--environment", "staging", "--model", "nope", "--now", CHECK_NOW],
      NO_GITHUB,
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/No model named "nope"/);
  });
});

describe("model-gate audit (scheduled)", () => {
  function audit(dir: string, args: string[] = []) {
    const r = cli(dir, ["audit", "--now", CHECK_NOW, "--format", "json", ...args], NO_GITHUB);
    return { code: r.code, report: JSON.parse(r.out), err: r.err };
  }

  it("warns about what expires within the window, and passes while nothing has expired", () => {
    const m = supportManifest();
    m.spec.adversarialTests[0].date = daysAgo(80); // 90-day evidence: 10 days left
    const files = repoFiles(m, {
      "evidence/garak.report.jsonl": repoFiles()
        ["evidence/garak.report.jsonl"]!.toString()
        .replace(daysAgo(3), daysAgo(80)),
    });
    const dir = deployRepo(files);
    const r = audit(dir);
    expect(r.code).toBe(0);
    expect(r.report.command).toBe("audit");
    const expiring = r.report.findings.filter((f: { ruleId: string }) => f.ruleId === "audit/expiring");
    expect(expiring).toHaveLength(1);
    expect(expiring[0].severity).toBe("warning");
    expect(expiring[0].message).toMatch(/is current until \d{4}-\d{2}-\d{2} \(10 days left/);
    // A shorter window: nothing to say.
    expect(
      audit(dir, ["--within", "5"]).report.findings.filter(
        (f: { ruleId: string }) => f.ruleId === "audit/expiring",
      ),
    ).toEqual([]);
  });

  it("fails (exit 1) once something has expired, waivers included; warn mode exits 0", () => {
    const policy = stringify({
      apiVersion: "model-gate/v1",
      kind: "Policy",
      waivers: [
        {
          rule: "evaluation/below-threshold",
          model: "support-assistant",
          reason: "r",
          owner: "alice",
          expires: daysAgo(2),
        },
      ],
    });
    const dir = deployRepo(repoFiles(supportManifest(), { ".github/model-gate.yml": policy }));
    const r = audit(dir);
    expect(r.code).toBe(1);
    const expired = r.report.findings.find((f: { ruleId: string }) => f.ruleId === "waiver/expired");
    expect(expired.severity).toBe("error");
    expect(audit(dir, ["--mode", "warn"]).code).toBe(0);
  });

  it("reports dataset vetting only when the policy sets a maximum age", () => {
    const dir = deployRepo(repoFiles());
    const none = audit(dir, ["--within", "400"]);
    expect(none.report.findings.some((f: { message: string }) => /vetting/.test(f.message))).toBe(false);
    const policy = stringify({
      apiVersion: "model-gate/v1",
      kind: "Policy",
      tiers: { high: { datasets: { vettedMaxAgeDays: 40 } } },
    });
    const dir2 = deployRepo(repoFiles(supportManifest(), { ".github/model-gate.yml": policy }));
    const r = audit(dir2);
    expect(
      r.report.findings.some(
        (f: { ruleId: string; message: string }) =>
          f.ruleId === "audit/expiring" && /vetting of dataset/.test(f.message),
      ),
    ).toBe(true);
  });
});
