// End to end: the built dist/index.js, run as the runner runs it, against a fake GitHub API on
// 127.0.0.1, with real webhook payloads. dist/ is built by test/action/global-setup.ts.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/github/comment.ts";
import {
  defaultState,
  type FakeGitHub,
  type FakeReview,
  type FakeState,
  startFakeGitHub,
} from "./fake-github.ts";
import {
  BASE_FILES,
  cleanTemps,
  type Files,
  git,
  makeRepo,
  manyModels,
  mergeGroupPayload,
  modelFiles,
  prPayload,
  pushPayload,
  type RunResult,
  runAction,
  TEAM_POLICY,
  tempDir,
  type Workspace,
  workflowCommands,
} from "./harness.ts";

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => cleanTemps());

const WRITERS = { alice: "write", bob: "admin", carol: "write", Codertocat: "admin", dave: "read" };

/** A PR that adds `changes` on top of `base`, with the file list GitHub would report. */
async function setup(opts: {
  changes: Files;
  base?: Files;
  reviews?: (ws: Workspace) => FakeReview[];
  state?: Partial<FakeState>;
  shallow?: boolean;
  files?: FakeState["pulls"][number]["files"];
}) {
  const ws = makeRepo(opts.base ?? BASE_FILES, opts.changes, { shallow: opts.shallow });
  const state = defaultState({ permissions: WRITERS, gitDir: ws.origin, ...opts.state });
  state.pulls[7] = {
    files:
      opts.files ?? Object.keys(opts.changes).map((filename) => ({ filename, status: "added" as const })),
    reviews: opts.reviews?.(ws) ?? [],
  };
  fake = await startFakeGitHub(state);
  return { ws, fake, state };
}

const approve = (user: string, sha: string): FakeReview => ({ user, state: "APPROVED", commit_id: sha });

function run(
  ws: Workspace,
  f: FakeGitHub,
  opts: Partial<Parameters<typeof runAction>[0]> & { fork?: boolean } = {},
) {
  const event = opts.event ?? "pull_request";
  return runAction({
    workspace: ws.dir,
    event,
    payload: opts.payload ?? prPayload(event, { baseSha: ws.baseSha, headSha: ws.headSha, fork: opts.fork }),
    apiUrl: f.url,
    ...opts,
  });
}

const ruleIds = (r: RunResult): string[] => r.report.findings.map((f: { ruleId: string }) => f.ruleId);
const errorsOf = (r: RunResult): string[] =>
  r.report.findings
    .filter((f: { severity: string; waived: unknown }) => f.severity === "error" && !f.waived)
    .map((f: { ruleId: string }) => f.ruleId);

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

describe("limits", () => {
  it("60 failing manifests stay within annotation, summary, comment and check-run limits", async () => {
    const { ws, fake } = await setup({ changes: manyModels(60, { fails: 40 }) });
    const r = await run(ws, fake, { inputs: { "check-run": "true" } });
    expect(r.outputs.verdict).toBe("fail");
    expect(r.outputs.models).toBe("60");
    const cmds = workflowCommands(r.stdout);
    const errors = cmds.filter((c) => c.command === "error" && c.rest.includes("file="));
    expect(errors).toHaveLength(10);
    expect(
      cmds.filter((c) => c.command === "warning" && c.rest.includes("file=")).length,
    ).toBeLessThanOrEqual(10);
    expect(
      cmds.some((c) => c.command === "notice" && /\d+ more findings are in the job summary/.test(c.rest)),
    ).toBe(true);
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    const body = fake.state.comments[7]![0]!.body;
    expect(body.length).toBeLessThan(65_536);
    const [check] = fake.state.checkRuns;
    const annotated = r.report.findings.filter((f: { file?: string }) => f.file).length;
    expect(check!.annotations).toHaveLength(annotated);
    expect(check!.requests).toBe(Math.ceil(annotated / 50));
    expect(check!.conclusion).toBe("failure");
  });

  it("makes the same number of API requests for 20 and 200 manifests (but for file-list pages)", async () => {
    const count = async (n: number) => {
      const { ws, fake } = await setup({
        changes: manyModels(n),
        reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      });
      const r = await run(ws, fake);
      expect(r.outputs.models).toBe(String(n));
      const pages = fake.requests.filter((q) => q.path.endsWith("/pulls/7/files")).length;
      const total = fake.requests.length;
      await fake.close();
      return { pages, total, other: total - pages };
    };
    const small = await count(20);
    const large = await count(200);
    fake = undefined;
    expect(large.pages).toBeGreaterThan(small.pages); // 800 files: 8 pages of 100
    expect(large.other).toBe(small.other);
  });

  it("reads the base through the API in batches when the checkout is shallow", async () => {
    const base = { ...BASE_FILES, ...manyModels(60) };
    const changes: Files = {};
    for (const [p, t] of Object.entries(base))
      if (p.endsWith(".model.yaml")) changes[p] = t.replace("version: 1.0.0", "version: 1.0.1");
    const { ws, fake } = await setup({
      base,
      changes,
      shallow: true,
      files: Object.keys(changes).map((filename) => ({ filename, status: "modified" as const })),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
    });
    const r = await run(ws, fake);
    expect(r.stdout).toContain("reading its files through the GitHub API");
    expect(r.outputs.models).toBe("60");
    expect(errorsOf(r)).toEqual([]);
    const graphql = fake.requests.filter((q) => q.path === "/graphql").length;
    expect(graphql).toBe(2); // 60 manifests, 50 per query
  });
});

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
    const insufficient = r.report.findings.filter((f: { ruleId: string }) => f.ruleId === "approval/insufficient");
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

describe("other events", () => {
  it("merge_group: evaluates the queue's commits; approvals were enforced on the PR", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support") });
    const r = await run(ws, fake, {
      event: "merge_group",
      payload: mergeGroupPayload(ws.baseSha, ws.headSha),
    });
    expect(r.outputs.verdict).toBe("pass");
    expect(ruleIds(r)).toContain("approval/pending");
    expect(fake.requests.some((q) => q.path.includes("/pulls/"))).toBe(false);
  });

  it("push: audits what the push changed", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support", { fails: 40 }) });
    const r = await run(ws, fake, { event: "push", payload: pushPayload(ws.baseSha, ws.headSha) });
    expect(r.outputs.verdict).toBe("fail");
    expect(errorsOf(r)).toContain("evidence/threshold-exceeded");
  });

  it("another event: a clear message, verdict error, and warn mode lets the step pass", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support") });
    const enforce = await run(ws, fake, { event: "issues", payload: {} });
    expect(enforce.outputs.verdict).toBe("error");
    expect(enforce.code).toBe(1);
    expect(enforce.stdout).toContain('triggered by \\"issues\\"'.replace(/\\/g, ""));
    const warn = await run(ws, fake, { event: "issues", payload: {}, inputs: { mode: "warn" } });
    expect(warn.outputs.verdict).toBe("error");
    expect(warn.code).toBe(0);
  });

  it("a wrong input value is verdict error with the input's name", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support") });
    const r = await run(ws, fake, { inputs: { comment: "sometimes" } });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe("error");
    expect(r.stdout).toMatch(/input comment is "sometimes"/);
  });
});
