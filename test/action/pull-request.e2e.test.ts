// End to end: dist/index.js run as the runner runs it, against a fake GitHub API on 127.0.0.1,
// with real webhook payloads (dist/ is built by test/action/global-setup.ts).
// Pull requests: approvals, the sticky comment, fork tokens, outages.
import { describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/github/comment.ts";
import { BASE_FILES, modelFiles, prPayload, TEAM_POLICY, workflowCommands } from "./harness.ts";
import { approve, errorsOf, run, setup, useScenarios } from "./scenario.ts";

useScenarios();

describe("pull requests", () => {
  it("passes a compliant model with two approvals on the head commit, and comments", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
    });
    const r = await run(ws, fake);
    expect(errorsOf(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ verdict: "pass", models: "1", errors: "0" });
    expect(r.code).toBe(0);
    expect(r.outputs.sarif).toMatch(/model-gate\.sarif$/);
    expect(r.summary).toContain("support");
    const comments = fake.state.comments[7]!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(COMMENT_MARKER)).toBe(true);
  });

  it("does not count the author's own approval", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("Codertocat", w.headSha), approve("alice", w.headSha)],
    });
    const r = await run(ws, fake);
    expect(errorsOf(r)).toEqual(["approval/insufficient"]);
    expect(r.outputs.verdict).toBe("fail");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Codertocat is the author");
  });

  it("does not count approvals of an older commit", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.baseSha), approve("bob", w.baseSha)],
    });
    const r = await run(ws, fake);
    expect(errorsOf(r)).toEqual(["approval/insufficient"]);
    expect(r.stdout).toContain("approved an older commit");
  });

  it("turns green on pull_request_review when the second approval arrives", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha)],
    });
    const first = await run(ws, fake);
    expect(first.outputs.verdict).toBe("fail");
    expect(fake.state.comments[7]![0]!.body).toContain("approval/insufficient");
    fake.state.pulls[7]!.reviews.push(approve("bob", ws.headSha));
    const second = await run(ws, fake, { event: "pull_request_review" });
    expect(second.outputs.verdict).toBe("pass");
    expect(second.code).toBe(0);
    // Still one comment, updated in place and green now.
    expect(fake.state.comments[7]).toHaveLength(1);
    expect(fake.state.comments[7]![0]!.body).not.toContain("approval/insufficient");
    expect(
      fake.requests.filter((q) => q.method === "PATCH" && q.path.includes("/issues/comments/")),
    ).toHaveLength(1);
  });

  it("blocks when a required reviewer requests changes", async () => {
    const { ws, fake } = await setup({
      base: { ...BASE_FILES, ".github/model-gate.yml": TEAM_POLICY },
      changes: modelFiles("support"),
      reviews: (w) => [
        approve("alice", w.headSha),
        approve("bob", w.headSha),
        { user: "carol", state: "CHANGES_REQUESTED", commit_id: w.headSha },
      ],
      state: {
        teams: { "Codertocat/ai-risk": ["alice", "bob", "carol"], "Codertocat/ai-governance": ["gina"] },
      },
    });
    const r = await run(ws, fake);
    expect(errorsOf(r)).toEqual(["approval/changes-requested"]);
    expect(r.report.policy.source).toMatch(/^\.github\/model-gate\.yml@/);
  });

  it("says which token scope is missing when team membership cannot be read", async () => {
    const { ws, fake } = await setup({
      base: { ...BASE_FILES, ".github/model-gate.yml": TEAM_POLICY },
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      state: { teams: { "Codertocat/ai-risk": "forbidden" } },
    });
    const r = await run(ws, fake);
    expect(errorsOf(r)).toEqual(["approval/unverifiable"]);
    const f = r.report.findings.find((x: { ruleId: string }) => x.ruleId === "approval/unverifiable");
    expect(f.message).toContain("read:org");
    expect(f.message).toContain("GitHub App token");
  });

  it("a fork's read-only token turns comment and check-run writes into warnings, never the verdict", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
    });
    const r = await run(ws, fake, { token: "read-only-token", fork: true, inputs: { "check-run": "true" } });
    expect(r.outputs.verdict).toBe("pass");
    expect(r.code).toBe(0);
    const warnings = workflowCommands(r.stdout).filter((c) => c.command === "warning");
    expect(warnings.map((w) => w.rest).join("\n")).toMatch(
      /pull request comment.*Resource not accessible by integration.*forks/,
    );
    expect(warnings.map((w) => w.rest).join("\n")).toMatch(/check run/);
    expect(fake.state.comments[7] ?? []).toHaveLength(0);
  });

  it("retries a 5xx and then succeeds", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
    });
    fake.failures.push({ match: /^GET .*\/pulls\/7\/files$/, status: 502, times: 2 });
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("pass");
    expect(fake.requests.filter((q) => q.path.endsWith("/pulls/7/files")).map((q) => q.status)).toEqual([
      502, 502, 200,
    ]);
  });

  it("fails closed with verdict error when the API stays down", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support") });
    fake.failures.push({ match: /^GET /, status: 503, times: Number.POSITIVE_INFINITY });
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("error");
    expect(r.code).toBe(1);
    expect(r.report.error).toMatch(/GitHub API is unavailable.*after retries.*HTTP 503/);
    expect(workflowCommands(r.stdout).some((c) => c.command === "error" && /unavailable/.test(c.rest))).toBe(
      true,
    );
  });

  it("fails closed when the PR changes more than GitHub's 3,000-file list holds", async () => {
    const files = Array.from({ length: 3001 }, (_, i) => ({
      filename: `data/f${i}.txt`,
      status: "added" as const,
    }));
    const { ws, fake } = await setup({ changes: modelFiles("support"), files });
    const r2 = await run(ws, fake, {
      payload: prPayload("pull_request", { baseSha: ws.baseSha, headSha: ws.headSha, changedFiles: 3001 }),
    });
    expect(r2.outputs.verdict).toBe("error");
    expect(r2.report.error).toContain("3,000");
    expect(r2.code).toBe(1);
  });

  it("keeps one comment when two runs race", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support") });
    // Another run posts its comment between our look-up and our create.
    fake.beforeCreateComment = (n) => {
      fake.beforeCreateComment = undefined;
      fake.state.comments[n]!.push({
        id: 1,
        body: `${COMMENT_MARKER}\nother run`,
        user: { login: "github-actions[bot]", type: "Bot" },
      });
    };
    await run(ws, fake);
    const comments = fake.state.comments[7]!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(1);
    expect(comments[0]!.body).toContain("approval/insufficient");
  });

  it("never edits a look-alike comment by another user", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support") });
    fake.state.comments[7] = [
      { id: 5, body: `${COMMENT_MARKER}\nfake: all green`, user: { login: "mallory", type: "User" } },
    ];
    await run(ws, fake);
    const comments = fake.state.comments[7]!;
    expect(comments).toHaveLength(2);
    expect(comments[0]!.body).toContain("fake: all green");
  });

  it("comment: on-failure posts nothing for a passing PR, never posts nothing at all", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
    });
    await run(ws, fake, { inputs: { comment: "on-failure" } });
    expect(fake.state.comments[7] ?? []).toHaveLength(0);
    fake.state.pulls[7]!.reviews = [];
    await run(ws, fake, { inputs: { comment: "never" } });
    expect(fake.state.comments[7] ?? []).toHaveLength(0);
    await run(ws, fake, { inputs: { comment: "on-failure" } });
    expect(fake.state.comments[7]).toHaveLength(1);
  });
});
