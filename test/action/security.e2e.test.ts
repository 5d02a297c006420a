// End to end: dist/index.js run as the runner runs it, against a fake GitHub API on 127.0.0.1,
// with real webhook payloads (dist/ is built by test/action/global-setup.ts).
// The PR being judged cannot inject workflow commands, mention people, or judge itself.
import { describe, expect, it } from "vitest";
import {
  BASE_FILES,
  git,
  modelFiles,
  prPayload,
  runAction,
  TEAM_POLICY,
  tempDir,
  workflowCommands,
} from "./harness.ts";
import { approve, errorsOf, ruleIds, run, setup, useScenarios } from "./scenario.ts";

useScenarios();

describe("security", () => {
  it("a manifest cannot inject workflow commands or mention anyone", async () => {
    const files = modelFiles("support", { fails: 40 });
    const path = "models/support.model.yaml";
    files[path] = files[path]!.replace(
      "name: support-tickets-2025",
      'name: "x\\n::add-mask::SECRET\\n::error::pwned @octocat"',
    ).replace("license: CC-BY-4.0", 'license: "::stop-commands::tok @octo-org/admins"');
    files[path] = files[path]!.replace("report: docs/risk/support.md", "report: '::add-mask::x.md'");
    const { ws, fake } = await setup({ changes: files });
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("fail");
    // The hostile strings did reach the log and the comment, made inert.
    expect(r.stdout).toContain("add-mask");
    expect(r.stdout).toContain("stop-commands");
    const cmds = workflowCommands(r.stdout);
    for (const c of cmds)
      expect(["error", "warning", "notice", "debug", "group", "endgroup"]).toContain(c.command);
    expect(r.stdout).not.toMatch(/^\s*::(add-mask|stop-commands|set-output|set-env)/m);
    expect(r.stdout).not.toMatch(/^::error::pwned/m);
    const body = fake.state.comments[7]![0]!.body;
    expect(body).not.toMatch(/@octocat|@octo-org/);
    expect(r.summary).not.toMatch(/@octocat|@octo-org/);
  });
});

describe("the PR cannot judge itself", () => {
  it("pull_request_target reads the PR head as data from git, not the base checkout", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support", { fails: 40 }) });
    git(ws.dir, "checkout", "-q", "--detach", ws.baseSha); // what pull_request_target checks out
    const r = await run(ws, fake, { event: "pull_request_target" });
    expect(r.outputs.models).toBe("1");
    expect(errorsOf(r)).toContain("evidence/threshold-exceeded");
  });

  it("a PR that loosens the policy is judged by the base policy and needs the policy owners", async () => {
    const loose = TEAM_POLICY.replace("count: 2", "count: 0");
    const { ws, fake } = await setup({
      base: { ...BASE_FILES, ".github/model-gate.yml": TEAM_POLICY },
      changes: { ...modelFiles("support"), ".github/model-gate.yml": loose },
      reviews: (w) => [approve("alice", w.headSha)],
      state: { teams: { "Codertocat/ai-risk": ["alice", "bob"], "Codertocat/ai-governance": ["gina"] } },
    });
    const r = await run(ws, fake);
    const insufficient = r.report.findings.filter(
      (f: { ruleId: string }) => f.ruleId === "approval/insufficient",
    );
    expect(insufficient.map((f: { file: string }) => f.file).sort()).toEqual([
      ".github/model-gate.yml",
      "models/support.model.yaml",
    ]);
    expect(ruleIds(r)).toContain("policy/changed");
    expect(r.report.policy.source).toBe(`.github/model-gate.yml@${ws.baseSha.slice(0, 7)}`);
  });

  it("no checkout in the workspace is verdict error with what to add", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support") });
    const empty = tempDir("mg-empty-");
    const r = await runAction({
      workspace: empty,
      event: "pull_request",
      payload: prPayload("pull_request", { baseSha: ws.baseSha, headSha: ws.headSha }),
      apiUrl: fake.url,
      env: { GITHUB_SHA: ws.headSha },
    });
    expect(r.outputs.verdict).toBe("error");
    expect(r.report.error).toContain("actions/checkout");
  });
});
