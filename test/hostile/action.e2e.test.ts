// Hostile pull requests against the built Action (dist/index.js), run as the runner runs it
// against the fake GitHub API of test/action: forged approvals, the PR's own policy, workflow
// commands in every manifest field that reaches the log, mentions and forged markers in the
// comment. Reuses the end-to-end harness of test/action.
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { BASE_FILES, modelFiles, prPayload, TEAM_POLICY, workflowCommands } from "../action/harness.ts";
import { approve, errorsOf, ruleIds, run, setup, useScenarios } from "../action/scenario.ts";

useScenarios();

const MARKER = "<!-- model-gate:comment -->";
const INJECT = "x\n::add-mask::SECRET\n::error::pwned @octocat\n::stop-commands::tok\n##[error]legacy";
const ALLOWED = ["error", "warning", "notice", "debug", "group", "endgroup"];

/** Lines the runner would execute are ours, and none comes from the hostile text. */
function assertNoInjectedCommands(stdout: string): void {
  for (const c of workflowCommands(stdout)) expect(ALLOWED).toContain(c.command);
  expect(stdout).not.toMatch(/^\s*::(add-mask|stop-commands|set-output|set-env|add-path|save-state)/m);
  expect(stdout).not.toMatch(/^\s*::error::pwned/m);
  // The legacy `##[command]` form counts anywhere in a line that is not already a `::` command
  // (the runner tries the `::` form first, then falls back to `##[`).
  for (const line of stdout.split(/\r?\n/)) {
    if (/^\s*::[a-z-]+[ :]/.test(line)) continue;
    expect(line).not.toContain("##[");
  }
}

function patch(files: Record<string, string>, path: string, f: (s: string) => string) {
  files[path] = f(files[path]!);
}

describe("approvals", () => {
  it("approval fields written into the manifest do not count (schema error, verdict fail)", async () => {
    const files = modelFiles("support");
    patch(files, "models/support.model.yaml", (s) =>
      s.replace(
        "spec:\n",
        "spec:\n  approvals: [{ user: alice, state: APPROVED }, { user: bob, state: APPROVED }]\n",
      ),
    );
    const { ws, fake } = await setup({ changes: files });
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("fail");
    expect(errorsOf(r)).toContain("manifest/schema");
  });

  it("a PR body, title and branch claiming approval, and the author's own approval, count for nothing", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("Codertocat", w.headSha)], // the author
    });
    const payload = prPayload("pull_request", { baseSha: ws.baseSha, headSha: ws.headSha });
    // biome-ignore lint/suspicious/noExplicitAny: webhook payloads are edited in place
    const p = (payload as any).pull_request;
    p.title = `Approved-by: alice, bob ${INJECT}`;
    p.body = `/approve\nReviewed-by: alice\n${MARKER}\n${INJECT}`;
    p.head.ref = "approved/alice::error::x";
    const r = await run(ws, fake, { payload });
    expect(r.outputs.verdict).toBe("fail");
    expect(errorsOf(r)).toEqual(["approval/insufficient"]);
    assertNoInjectedCommands(r.stdout);
  });
});

describe("the PR's own policy", () => {
  it("a waiver and a loosened tier in the PR's policy file are ignored; the base policy judges", async () => {
    const loose = stringify({
      apiVersion: "model-gate/v1",
      kind: "Policy",
      tiers: { high: { approvals: { count: 0 }, adversarialTests: { maxAttackSuccessRate: 1 } } },
      waivers: [
        {
          rule: "evidence/threshold-exceeded",
          model: "support",
          reason: "self-waived",
          owner: "Codertocat",
          ticket: "X-1",
          expires: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
        },
      ],
    });
    const { ws, fake } = await setup({
      base: { ...BASE_FILES, ".github/model-gate.yml": TEAM_POLICY },
      changes: { ...modelFiles("support", { fails: 60 }), ".github/model-gate.yml": loose },
      state: { teams: { "Codertocat/ai-risk": ["alice"], "Codertocat/ai-governance": ["gina"] } },
    });
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("fail");
    const threshold = r.report.findings.find(
      (f: { ruleId: string }) => f.ruleId === "evidence/threshold-exceeded",
    );
    expect(threshold.waived).toBeNull();
    expect(errorsOf(r)).toContain("approval/insufficient");
    expect(ruleIds(r)).toContain("policy/changed");
  });
});

describe("workflow commands in the log", () => {
  it("in the owner, dataset name, license, report paths and a parse error: none becomes a command", async () => {
    const files = modelFiles("support", { fails: 40, owner: INJECT });
    patch(files, "models/support.model.yaml", (s) =>
      s
        .replace("name: support-tickets-2025", `name: ${JSON.stringify(INJECT)}`)
        .replace("license: CC-BY-4.0", `license: ${JSON.stringify(INJECT)}`)
        .replace("report: docs/risk/support.md", `report: ${JSON.stringify(`docs/${INJECT}.md`)}`),
    );
    files["models/broken.model.yaml"] = `apiVersion: model-gate/v1\n${INJECT}: [unclosed\n`;
    const { ws, fake } = await setup({ changes: files });
    const r = await run(ws, fake, { inputs: { "check-run": "true" } });
    expect(r.outputs.verdict).toBe("fail");
    expect(r.stdout).toContain("add-mask"); // the text reached the log, inert
    assertNoInjectedCommands(r.stdout);
    assertNoInjectedCommands(r.stderr);
  });

  it("a changed file name carrying commands (from the API's file list) stays inert", async () => {
    const files = modelFiles("support");
    const { ws, fake } = await setup({
      changes: files,
      files: [
        ...Object.keys(files).map((filename) => ({ filename, status: "added" as const })),
        { filename: `models/${INJECT}.safetensors`, status: "added" as const },
      ],
    });
    const r = await run(ws, fake);
    assertNoInjectedCommands(r.stdout);
    expect(r.outputs.verdict).not.toBe("pass");
  });
});

describe("the comment", () => {
  it("mentions, HTML and forged markers from the manifest are inert in the comment and summary", async () => {
    const files = modelFiles("support", { fails: 40, owner: "@octocat" });
    patch(files, "models/support.model.yaml", (s) =>
      s
        .replace("name: support-tickets-2025", `name: "${MARKER} <details open> @acme/admins"`)
        .replace("license: CC-BY-4.0", `license: "[x](javascript:alert(1)) <img src=x> @octocat"`),
    );
    const { ws, fake } = await setup({ changes: files });
    const r = await run(ws, fake);
    const body = fake.state.comments[7]![0]!.body;
    for (const md of [body, r.summary]) {
      expect(md).not.toMatch(/@[A-Za-z0-9]/);
      expect(md).not.toMatch(/<img|<details open/);
      // <details> and <summary> are the report's own, whole lines holding only counts
      for (const line of md.split("\n").filter((l) => /<\/?(details|summary)/.test(l)))
        expect(line).toMatch(/^(<details><summary>[\w ,:]+<\/summary>|<\/details>)$/);
      expect(md).not.toMatch(/\]\(javascript/);
    }
    expect(body.split(MARKER).length - 1).toBe(1);
  });

  it("a comment by the PR author carrying the marker is not taken over", async () => {
    const { ws, fake, state } = await setup({ changes: modelFiles("support") });
    state.comments[7] = [
      { id: 1, body: `${MARKER}\n## ✅ Model Gate: passed`, user: { login: "Codertocat", type: "User" } },
    ];
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("fail");
    const [mine, ours] = state.comments[7]!;
    expect(mine!.body).toContain("passed");
    expect(ours!.user.login).toBe("github-actions[bot]");
    expect(ours!.body).toMatch(/Model Gate: failed/);
  });

  // Found a defect (fixed in src/github/comment.ts): any Bot's comment holding the marker used
  // to count as ours, so another bot quoting PR text could have its comment overwritten.
  it("a comment by another bot that quotes the marker is neither edited nor deleted", async () => {
    const { ws, fake, state } = await setup({ changes: modelFiles("support") });
    const other = {
      id: 1,
      body: `quoting the PR: ${MARKER}`,
      user: { login: "echo-bot[bot]", type: "Bot" as const },
    };
    state.comments[7] = [other];
    await run(ws, fake);
    const touched = fake.requests.filter((q) => q.path.endsWith("/issues/comments/1") && q.method !== "GET");
    expect(touched).toEqual([]);
    expect(state.comments[7]!.some((c) => c.id === 1 && c.body === other.body)).toBe(true);
    expect(state.comments[7]!.some((c) => c.user.login === "github-actions[bot]")).toBe(true);
  });
});
