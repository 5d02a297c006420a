// Issue 8, classes 8 and 13, end to end: dist/index.js against the fake GitHub on 127.0.0.1.
// 8: an approval counts only from a reviewer who wrote none of the PR's commits.
// 13: the merge queue re-judges the queued PR's approvals; pending is never a pass there.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { FakeCommit } from "../action/fake-github.ts";
import { BASE_FILES, type Files, git, mergeGroupPayload, modelFiles, prPayload } from "../action/harness.ts";
import { approve, errorsOf, ruleIds, run, setup, useScenarios } from "../action/scenario.ts";

useScenarios();

const POLICY = ".github/model-gate.yml";
const allowContributors = stringify({
  apiVersion: "model-gate/v1",
  kind: "Policy",
  approvals: { allowContributors: true },
});
const sha = (c: string) => c.repeat(40);
type Shas = { baseSha: string; headSha: string };

/** The PR's commits: bob wrote the first, the author (Codertocat) the head. */
const bobPushed = (w: Shas): FakeCommit[] => [
  { sha: sha("b"), parents: [w.baseSha], author: "bob", committer: "bob" },
  { sha: w.headSha, parents: [sha("b")], author: "Codertocat", committer: "Codertocat" },
];

const message = (r: Awaited<ReturnType<typeof run>>, id: string): string =>
  r.report.findings
    .filter((f: { ruleId: string }) => f.ruleId === id)
    .map((f: { message: string }) => f.message)
    .join("\n");

describe("class 8: a contributor cannot approve", () => {
  it("a reviewer who pushed a commit approves: not counted, and the message says why", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      commits: bobPushed,
    });
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("fail");
    expect(errorsOf(r)).toEqual(["approval/insufficient"]);
    expect(message(r, "approval/insufficient")).toMatch(
      /it has 1 \(alice\)\. Not counted: bob authored or committed commit bbbbbbb of this pull request, and approvals\.allowContributors is false/,
    );
    // One commit list, never per manifest.
    expect(fake.requests.filter((q) => q.path.endsWith("/pulls/7/commits"))).toHaveLength(1);
  });

  it("a committer (rebase, cherry-pick, amend of another's commit) is a contributor too", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      commits: (w) => [{ sha: w.headSha, parents: [w.baseSha], author: "Codertocat", committer: "bob" }],
    });
    const r = await run(ws, fake);
    expect(errorsOf(r)).toEqual(["approval/insufficient"]);
  });

  it("counted when the base policy sets approvals.allowContributors: true", async () => {
    const { ws, fake } = await setup({
      base: { ...BASE_FILES, [POLICY]: allowContributors },
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      commits: bobPushed,
    });
    const r = await run(ws, fake);
    expect(errorsOf(r)).toEqual([]);
    expect(r.outputs.verdict).toBe("pass");
    // Nothing to look up when contributors may approve.
    expect(fake.requests.some((q) => q.path.endsWith("/commits"))).toBe(false);
  });

  it("not counted when only the head's policy allows contributors: the policy is the base's", async () => {
    const { ws, fake } = await setup({
      changes: { ...modelFiles("support"), [POLICY]: allowContributors },
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      commits: bobPushed,
    });
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("fail");
    expect(errorsOf(r)).toContain("approval/insufficient");
    expect(message(r, "approval/insufficient")).toContain("bob authored or committed");
  });

  it("an Update branch merge clicked by the approver (web-flow, signed by GitHub) does not disqualify", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      commits: (w) => [
        { sha: sha("1"), parents: [w.baseSha], author: "Codertocat", committer: "Codertocat" },
        // First parent in the PR, second on main (not in the PR's commit list).
        {
          sha: w.headSha,
          parents: [sha("1"), sha("9")],
          author: "bob",
          committer: "web-flow",
          verified: true,
        },
      ],
    });
    const r = await run(ws, fake);
    expect(errorsOf(r)).toEqual([]);
    expect(r.outputs.verdict).toBe("pass");
  });

  it("a merge that only claims web-flow's identity (no GitHub signature) counts as bob's", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      commits: (w) => [
        { sha: sha("1"), parents: [w.baseSha], author: "Codertocat", committer: "Codertocat" },
        { sha: w.headSha, parents: [sha("1"), sha("9")], author: "bob", committer: "web-flow" },
      ],
    });
    const r = await run(ws, fake);
    expect(errorsOf(r)).toEqual(["approval/insufficient"]);
  });

  it("a PR of more than 250 commits is approval/unverifiable", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      commits: (w) =>
        Array.from({ length: 300 }, (_, i) => ({
          sha: i === 299 ? w.headSha : i.toString(16).padStart(40, "0"),
          parents: [i === 0 ? w.baseSha : (i - 1).toString(16).padStart(40, "0")],
          author: "Codertocat",
          committer: "Codertocat",
        })),
    });
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("fail");
    expect(errorsOf(r)).toEqual(["approval/unverifiable"]);
    expect(message(r, "approval/unverifiable")).toMatch(/has 300 commits and GitHub lists at most 250/);
    // 3 pages of the list, then the PR for its count.
    expect(fake.requests.filter((q) => q.path.endsWith("/pulls/7/commits"))).toHaveLength(3);
    expect(fake.requests.filter((q) => q.path.endsWith("/pulls/7"))).toHaveLength(1);
  });

  it("exactly 250 commits can be judged", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      commits: (w) =>
        Array.from({ length: 250 }, (_, i) => ({
          sha: i === 249 ? w.headSha : i.toString(16).padStart(40, "0"),
          parents: [i === 0 ? w.baseSha : (i - 1).toString(16).padStart(40, "0")],
          author: "Codertocat",
          committer: "Codertocat",
        })),
    });
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("pass");
  });

  it("commits with no linked account are listed in a note; the verdict stands on the approvals", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      commits: (w) => [
        { sha: sha("5"), parents: [w.baseSha], author: null, committer: null, authorName: "B. Obson" },
        { sha: w.headSha, parents: [sha("5")], author: "Codertocat", committer: "Codertocat" },
      ],
    });
    const r = await run(ws, fake);
    expect(r.outputs.verdict).toBe("pass");
    const notes = r.report.findings.filter((f: { ruleId: string }) => f.ruleId === "approval/unverifiable");
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe("note");
    expect(notes[0].message).toContain('5555555 (author "B. Obson")');
  });

  it("the head commit missing from the commit list (a push during the run) is unverifiable", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      commits: (w) => [
        { sha: sha("6"), parents: [w.baseSha], author: "Codertocat", committer: "Codertocat" },
      ],
    });
    const r = await run(ws, fake);
    expect(errorsOf(r)).toEqual(["approval/unverifiable"]);
    expect(message(r, "approval/unverifiable")).toContain("does not hold its head");
  });

  it("pull_request_review: a contributor's new approval does not turn the PR green", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha)],
      commits: bobPushed,
    });
    fake.state.pulls[7]!.reviews.push(approve("bob", ws.headSha));
    const r = await run(ws, fake, { event: "pull_request_review" });
    expect(r.outputs.verdict).toBe("fail");
    expect(message(r, "approval/insufficient")).toContain("bob authored or committed");
  });

  it("pull_request_target: the same rule", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      commits: bobPushed,
    });
    // The base branch is checked out under pull_request_target; the head is read from git.
    git(ws.dir, "checkout", "-q", ws.baseSha);
    const r = await run(ws, fake, {
      event: "pull_request_target",
      payload: prPayload("pull_request_target", { baseSha: ws.baseSha, headSha: ws.headSha }),
    });
    expect(r.outputs.verdict).toBe("fail");
    expect(message(r, "approval/insufficient")).toContain("bob authored or committed");
  });
});

const PR_HEAD = sha("7");

const queuePayload = (baseSha: string, headSha: string, headRef: string) =>
  mergeGroupPayload(baseSha, headSha, { headRef });
const queueRef = (n: number, parent: string) => `refs/heads/gh-readonly-queue/main/pr-${n}-${parent}`;

/** The workspace's head is the queue entry's commit; the PR's own head is PR_HEAD. */
async function queued(reviews: (w: Shas) => ReturnType<typeof approve>[], over: { changes?: Files } = {}) {
  const s = await setup({
    changes: over.changes ?? modelFiles("support"),
    reviews,
    commits: () => [{ sha: PR_HEAD, parents: [sha("0")], author: "Codertocat", committer: "Codertocat" }],
  });
  s.state.pulls[7]!.headSha = PR_HEAD;
  return s;
}

describe("class 13: the merge queue re-judges approvals", () => {
  it("a PR whose approvals are on an older commit fails the queue's check", async () => {
    const { ws, fake } = await queued(() => [approve("alice", sha("3")), approve("bob", sha("3"))]);
    const r = await run(ws, fake, {
      event: "merge_group",
      payload: queuePayload(ws.baseSha, ws.headSha, queueRef(7, ws.baseSha)),
    });
    expect(r.outputs.verdict).toBe("fail");
    expect(errorsOf(r)).toEqual(["approval/insufficient"]);
    expect(message(r, "approval/insufficient")).toContain(
      "approved an older commit (3333333), not the head 7777777",
    );
    expect(ruleIds(r)).not.toContain("approval/pending");
  });

  it("a PR with no approvals fails; pending is never a pass there", async () => {
    const { ws, fake } = await queued(() => []);
    const r = await run(ws, fake, {
      event: "merge_group",
      payload: queuePayload(ws.baseSha, ws.headSha, queueRef(7, ws.baseSha)),
    });
    expect(r.outputs.verdict).toBe("fail");
    expect(errorsOf(r)).toEqual(["approval/insufficient"]);
  });

  it("passes with valid approvals on the PR's head commit", async () => {
    const { ws, fake } = await queued(() => [approve("alice", PR_HEAD), approve("bob", PR_HEAD)]);
    const r = await run(ws, fake, {
      event: "merge_group",
      payload: queuePayload(ws.baseSha, ws.headSha, queueRef(7, ws.baseSha)),
    });
    expect(errorsOf(r)).toEqual([]);
    expect(r.outputs.verdict).toBe("pass");
    expect(r.stdout).toContain("judging the approvals of pull request #7");
  });

  it("a contributor's approval does not count in the queue either", async () => {
    const { ws, fake } = await queued(() => [approve("alice", PR_HEAD), approve("bob", PR_HEAD)]);
    fake.state.pulls[7]!.commits = [
      { sha: sha("8"), parents: [sha("0")], author: "bob", committer: "bob" },
      { sha: PR_HEAD, parents: [sha("8")], author: "Codertocat", committer: "Codertocat" },
    ];
    const r = await run(ws, fake, {
      event: "merge_group",
      payload: queuePayload(ws.baseSha, ws.headSha, queueRef(7, ws.baseSha)),
    });
    expect(errorsOf(r)).toEqual(["approval/insufficient"]);
  });

  it("a head_ref that names no pull request is approval/unverifiable (error)", async () => {
    const { ws, fake } = await queued(() => [approve("alice", PR_HEAD), approve("bob", PR_HEAD)]);
    const r = await run(ws, fake, {
      event: "merge_group",
      payload: queuePayload(ws.baseSha, ws.headSha, "refs/heads/some-queue/main"),
    });
    expect(r.outputs.verdict).toBe("fail");
    expect(errorsOf(r)).toEqual(["approval/unverifiable"]);
    expect(message(r, "approval/unverifiable")).toContain("gh-readonly-queue/<base>/pr-<number>-<sha>");
    expect(fake.requests.some((q) => q.path.includes("/pulls/"))).toBe(false);
  });

  it("a PR that cannot be read is approval/unverifiable (error)", async () => {
    const { ws, fake } = await queued(() => []);
    const r = await run(ws, fake, {
      event: "merge_group",
      payload: queuePayload(ws.baseSha, ws.headSha, queueRef(8, ws.baseSha)),
    });
    expect(errorsOf(r)).toEqual(["approval/unverifiable"]);
    expect(message(r, "approval/unverifiable")).toMatch(/pull request #8.*cannot be read \(HTTP 404/);
  });

  it("a PR that targets another branch than the queue's is approval/unverifiable", async () => {
    const { ws, fake } = await queued(() => [approve("alice", PR_HEAD), approve("bob", PR_HEAD)]);
    fake.state.pulls[7]!.baseRef = "release";
    const r = await run(ws, fake, {
      event: "merge_group",
      payload: queuePayload(ws.baseSha, ws.headSha, queueRef(7, ws.baseSha)),
    });
    expect(errorsOf(r)).toEqual(["approval/unverifiable"]);
  });

  it("an API outage reading the queued PR is verdict error (fail closed)", async () => {
    const { ws, fake } = await queued(() => []);
    fake.failures.push({ match: /^GET .*\/pulls\/7$/, status: 503, times: Number.POSITIVE_INFINITY });
    const r = await run(ws, fake, {
      event: "merge_group",
      payload: queuePayload(ws.baseSha, ws.headSha, queueRef(7, ws.baseSha)),
    });
    expect(r.outputs.verdict).toBe("error");
  });

  it("a later entry is judged on its own change, against the target branch's policy", async () => {
    // main (base) -> entry of PR 6 (loosens the policy: no approvals) -> entry of PR 7 (a model).
    const { ws, fake } = await queued(() => [], {
      changes: {
        [POLICY]: stringify({
          apiVersion: "model-gate/v1",
          kind: "Policy",
          tiers: { high: { approvals: { count: 0 } } },
        }),
      },
    });
    const entry6 = ws.headSha;
    for (const [rel, text] of Object.entries(modelFiles("support"))) {
      mkdirSync(path.dirname(path.join(ws.dir, rel)), { recursive: true });
      writeFileSync(path.join(ws.dir, rel), text);
    }
    git(ws.dir, "add", "-A");
    git(ws.dir, "commit", "-q", "-m", "queue entry of PR 7");
    const entry7 = git(ws.dir, "rev-parse", "HEAD");
    const r = await run(ws, fake, {
      event: "merge_group",
      payload: queuePayload(ws.baseSha, entry7, queueRef(7, entry6)),
    });
    expect(r.report.base).toBe(entry6);
    expect(r.report.policy.source).toBe("baseline"); // main has no policy file; PR 6's is not used
    expect(ruleIds(r)).not.toContain("policy/changed"); // PR 6's change is not PR 7's
    expect(errorsOf(r)).toEqual(["approval/insufficient"]);
  });
});
