// End to end: the Action's deployment gate (input environment) and scheduled audit (schedule /
// workflow_dispatch without it), dist/index.js against the fake GitHub API (SPEC 10, 11).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ISSUE_MARKER } from "../../src/github/tracking-issue.ts";
import { daysAgo, type Files, git, modelFiles, pushPayload } from "./harness.ts";
import { approve, errorsOf, run, setup, useScenarios } from "./scenario.ts";

useScenarios();

/** A model whose adversarial tests ran `days` days ago (90-day evidence for high risk). */
function testedDaysAgo(name: string, days: number): Files {
  const files = modelFiles(name);
  for (const p of Object.keys(files))
    if (p.endsWith(".model.yaml") || p.endsWith(".jsonl"))
      files[p] = files[p]!.replaceAll(daysAgo(3), daysAgo(days));
  return files;
}

/** A push to main (the webhook example's repository says master). */
function pushToMain(before: string, after: string): Record<string, unknown> {
  const p = pushPayload(before, after);
  (p.repository as { default_branch: string }).default_branch = "main";
  return p;
}

function commit(dir: string, files: Files): string {
  for (const [p, text] of Object.entries(files)) {
    const abs = path.join(dir, p);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "update");
  return git(dir, "rev-parse", "HEAD");
}

describe("deployment gate (input environment)", () => {
  it("push to staging: passes a compliant model and writes the attestation", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support") });
    const r = await run(ws, fake, {
      event: "push",
      payload: pushToMain(ws.baseSha, ws.headSha),
      inputs: { environment: "staging" },
    });
    expect(r.outputs.verdict).toBe("pass");
    expect(r.report.command).toBe("verify");
    expect(r.report.environment).toBe("staging");
    expect(existsSync(r.outputs.attestation!)).toBe(true);
    const statement = JSON.parse(readFileSync(r.outputs.attestation!, "utf8"));
    expect(statement._type).toBe("https://in-toto.io/Statement/v1");
    expect(statement.predicate.ref).toBe(ws.headSha);
    expect(existsSync(`${r.outputs.attestation}.checksums`)).toBe(true);
  });

  it("production: refused for a direct push, passed with the last pull request's approvals", async () => {
    const { ws, fake, state } = await setup({ changes: modelFiles("support") });
    const opts = {
      event: "push",
      payload: pushToMain(ws.baseSha, ws.headSha),
      inputs: { environment: "production" },
    };
    const direct = await run(ws, fake, opts);
    expect(direct.outputs.verdict).toBe("fail");
    expect(errorsOf(direct)).toEqual(["approval/insufficient"]);
    expect(direct.code).toBe(1);

    state.commitPulls = {
      [ws.headSha]: [
        { number: 7, author: "Codertocat", headRefOid: ws.headSha, mergedAt: "2026-01-02T00:00:00Z" },
      ],
    };
    state.pulls[7]!.reviews = [approve("alice", ws.headSha), approve("bob", ws.headSha)];
    const ok = await run(ws, fake, opts);
    expect(errorsOf(ok)).toEqual([]);
    expect(ok.outputs.verdict).toBe("pass");
    expect(ok.report.models[0].approvals.map((a: { login: string }) => a.login)).toEqual(["alice", "bob"]);
  });

  it("refuses expired evidence and an undeclared environment", async () => {
    const { ws, fake } = await setup({ changes: testedDaysAgo("support", 120) });
    const expired = await run(ws, fake, {
      event: "workflow_dispatch",
      payload: {},
      inputs: { environment: "staging" },
    });
    expect(errorsOf(expired)).toContain("evidence/expired");
    const qa = await run(ws, fake, {
      event: "workflow_dispatch",
      payload: {},
      inputs: { environment: "qa" },
    });
    expect(errorsOf(qa)).toContain("deploy/environment-not-declared");
  });

  it("input artifacts: bytes that are not the audited ones are refused", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support") });
    writeFileSync(path.join(ws.dir, "pulled.weights"), "weights of support");
    writeFileSync(path.join(ws.dir, "other.weights"), "weights of something else");
    const opts = { event: "workflow_dispatch", payload: {} };
    const ok = await run(ws, fake, {
      ...opts,
      inputs: { environment: "staging", artifacts: "pulled.weights" },
    });
    expect(errorsOf(ok)).toEqual([]);
    const bad = await run(ws, fake, {
      ...opts,
      inputs: { environment: "staging", artifacts: "pulled.weights\nother.weights" },
    });
    expect(errorsOf(bad)).toEqual(["deploy/unknown-artifact"]);
  });

  it("on a pull request it is verdict error: it would replace the PR gate", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support") });
    const r = await run(ws, fake, { inputs: { environment: "production" } });
    expect(r.outputs.verdict).toBe("error");
    expect(r.code).toBe(1);
    expect(r.report.error).toMatch(/would silently replace the pull request gate/);
  });
});

describe("scheduled audit (schedule / workflow_dispatch without environment)", () => {
  it("keeps one tracking issue: created, updated in place, closed when clear, reopened not duplicated", async () => {
    const { ws, fake, state } = await setup({ changes: testedDaysAgo("support", 80) });
    // Someone else's issue with our label and marker is never touched.
    state.issues = [
      {
        number: 1,
        title: "mine",
        body: `${ISSUE_MARKER} a user's copy`,
        state: "open",
        labels: ["model-gate"],
        user: { login: "mallory", type: "User" },
      },
    ];
    const audit = () => run(ws, fake, { event: "schedule", payload: {} });

    const first = await audit();
    expect(first.outputs.verdict).toBe("pass"); // expiring, not expired: a warning
    expect(first.report.command).toBe("audit");
    const ours = () => state.issues!.filter((i) => i.user.login === "github-actions[bot]");
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toMatch(
      /\| support \| adversarial test evidence\/support\/garak\.report\.jsonl \\\(garak\\\) \| \d{4}\\-\d{2}\\-\d{2} \| 10 \|/,
    );
    expect(ours()[0]!.labels).toEqual(["model-gate"]);

    const second = await audit();
    expect(second.outputs.verdict).toBe("pass");
    expect(ours()).toHaveLength(1);
    expect(fake.requests.filter((q) => q.method === "PATCH" && /\/issues\/\d+$/.test(q.path))).toHaveLength(
      1,
    );

    // Evidence renewed: the issue is closed.
    const renewed = commit(ws.dir, testedDaysAgo("support", 1));
    const clear = await run(ws, fake, { event: "schedule", payload: {}, env: { GITHUB_SHA: renewed } });
    expect(clear.outputs.verdict).toBe("pass");
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.state).toBe("closed");

    // Expired now: the same issue is reopened, and the audit fails.
    const stale = commit(ws.dir, testedDaysAgo("support", 95));
    const expired = await run(ws, fake, {
      event: "workflow_dispatch",
      payload: {},
      env: { GITHUB_SHA: stale },
    });
    expect(expired.outputs.verdict).toBe("fail");
    expect(expired.code).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.state).toBe("open");
    expect(ours()[0]!.body).toMatch(/expired 5 days ago/);
    expect(state.issues![0]!.body).toBe(`${ISSUE_MARKER} a user's copy`);
  });

  it("without issues: write the verdict stands and a warning says why", async () => {
    const { ws, fake, state } = await setup({ changes: testedDaysAgo("support", 95) });
    const r = await run(ws, fake, { event: "schedule", payload: {}, token: "read-token" });
    expect(r.outputs.verdict).toBe("fail");
    expect(r.stdout).toMatch(/::warning::Could not keep the audit's tracking issue: .*issues: write/);
    expect(state.issues ?? []).toEqual([]);
  });
});
