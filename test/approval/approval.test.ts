import { describe, expect, it } from "vitest";
import type { ApprovalModel } from "../../src/checks/approval.ts";
import { checkApprovals, latestStandings } from "../../src/checks/approval.ts";
import { contributorsOf } from "../../src/checks/contributors.ts";
import type { PullRequestCommit, PullRequestFacts, Review } from "../../src/core/pull-request.ts";
import { loadPolicy } from "../../src/policy/load.ts";
import type { Approvers, Policy } from "../../src/policy/types.ts";

const HEAD = "a".repeat(40);
const OLD = "b".repeat(40);
const BASE = "c".repeat(40);

function policy(
  over: {
    high?: Approvers;
    count?: number;
    owners?: Approvers;
    allowAuthor?: boolean;
    allowContributors?: boolean;
    latest?: boolean;
  } = {},
): Policy {
  return {
    manifests: ["**/*.model.yaml"],
    artifacts: [],
    modelCards: [],
    mlBoms: [],
    owners: over.owners ?? { teams: ["acme/ai-governance"], users: [] },
    tiers: {
      minimal: {},
      limited: { approvals: { count: 1 } },
      high: { approvals: { count: over.count ?? 2, from: over.high ?? { teams: ["acme/risk"], users: [] } } },
      unacceptable: { blocked: true, approvals: { count: 2 } },
    },
    environments: {},
    licenses: {},
    approvals: {
      allowAuthor: over.allowAuthor ?? false,
      latestCommitOnly: over.latest ?? true,
      allowContributors: over.allowContributors ?? false,
    },
    agent: { riskyScopes: [] },
    waivers: [],
    limits: { maxFileBytes: 10 * 1024 * 1024 },
  };
}

let clock = 0;
function review(user: string, state: Review["state"], commitId = HEAD): Review {
  clock += 1;
  return { user, state, commitId, submittedAt: new Date(Date.UTC(2026, 0, 1, 0, clock)).toISOString() };
}

function pr(reviews: Review[], over: Partial<PullRequestFacts> = {}): PullRequestFacts {
  return {
    number: 7,
    author: "mallory",
    headSha: HEAD,
    reviews,
    teams: {
      "acme/risk": { members: ["alice", "Bob", "carol", "mallory"] },
      "acme/ai-governance": { members: ["gina"] },
    },
    writers: { members: ["alice", "bob", "carol", "dave", "gina", "mallory"] },
    commits: { commits: [commit(HEAD, [BASE], "mallory")] },
    ...over,
  };
}

function commit(
  sha: string,
  parents: string[],
  author: string | null,
  committer: string | null = author,
  more: Partial<PullRequestCommit> = {},
): PullRequestCommit {
  return { sha, parents, author, committer, authorName: author ?? "Anon Ymous", verified: false, ...more };
}

const high: ApprovalModel = { name: "support", file: "models/support.model.yaml", tier: "high", line: 3 };
const limited: ApprovalModel = { name: "triage", file: "models/triage.model.yaml", tier: "limited", line: 5 };

function run(
  p: PullRequestFacts | null,
  opts: { pol?: Policy; models?: ApprovalModel[]; policyChanged?: boolean } = {},
) {
  return checkApprovals({
    models: opts.models ?? [high],
    policy: opts.pol ?? policy(),
    pr: p,
    policyChanged: opts.policyChanged ?? false,
    policyFile: ".github/model-gate.yml",
  });
}

const ids = (fs: { ruleId: string }[]) => fs.map((f) => f.ruleId).sort();

describe("checkApprovals: a table of review histories", () => {
  const cases: {
    name: string;
    reviews: Review[];
    expect: string[];
    pol?: Policy;
    extra?: Partial<PullRequestFacts>;
  }[] = [
    {
      name: "two committee approvals on the head commit",
      reviews: [review("alice", "APPROVED"), review("bob", "APPROVED")],
      expect: [],
    },
    {
      name: "team membership is case-insensitive",
      reviews: [review("alice", "APPROVED"), review("BOB", "APPROVED")],
      expect: [],
    },
    { name: "no reviews at all", reviews: [], expect: ["approval/insufficient"] },
    {
      name: "one approval of two",
      reviews: [review("alice", "APPROVED")],
      expect: ["approval/insufficient"],
    },
    {
      name: "self-approval only (author is in the team)",
      reviews: [review("mallory", "APPROVED"), review("alice", "APPROVED")],
      expect: ["approval/insufficient"],
    },
    {
      name: "self-approval counts when the policy allows authors (and contributors: they wrote a commit)",
      reviews: [review("mallory", "APPROVED"), review("alice", "APPROVED")],
      pol: policy({ allowAuthor: true, allowContributors: true }),
      expect: [],
    },
    {
      name: "allowAuthor alone: an author who wrote a commit is still a contributor (as policy-bot)",
      reviews: [review("mallory", "APPROVED"), review("alice", "APPROVED")],
      pol: policy({ allowAuthor: true }),
      expect: ["approval/insufficient"],
    },
    {
      name: "stale approvals on an older commit",
      reviews: [review("alice", "APPROVED", OLD), review("bob", "APPROVED", OLD)],
      expect: ["approval/insufficient"],
    },
    {
      name: "stale approvals count when latestCommitOnly is off",
      reviews: [review("alice", "APPROVED", OLD), review("bob", "APPROVED", OLD)],
      pol: policy({ latest: false }),
      expect: [],
    },
    {
      name: "approvals from outside the team",
      reviews: [review("dave", "APPROVED"), review("eve", "APPROVED")],
      expect: ["approval/insufficient"],
    },
    {
      name: "changes requested by a committee member blocks even with enough approvals",
      reviews: [review("alice", "APPROVED"), review("bob", "APPROVED"), review("carol", "CHANGES_REQUESTED")],
      expect: ["approval/changes-requested"],
    },
    {
      name: "changes requested by an outsider does not block",
      reviews: [review("alice", "APPROVED"), review("bob", "APPROVED"), review("dave", "CHANGES_REQUESTED")],
      expect: [],
    },
    {
      name: "a later approval replaces changes requested",
      reviews: [
        review("carol", "CHANGES_REQUESTED"),
        review("carol", "APPROVED"),
        review("alice", "APPROVED"),
      ],
      expect: [],
    },
    {
      name: "a later comment does not undo an approval",
      reviews: [review("alice", "APPROVED"), review("alice", "COMMENTED"), review("bob", "APPROVED")],
      expect: [],
    },
    {
      name: "a comment does not undo changes requested",
      reviews: [
        review("alice", "APPROVED"),
        review("bob", "APPROVED"),
        review("carol", "CHANGES_REQUESTED"),
        review("carol", "COMMENTED"),
      ],
      expect: ["approval/changes-requested"],
    },
    {
      name: "a dismissed approval no longer counts",
      reviews: [review("alice", "APPROVED"), review("bob", "APPROVED"), review("bob", "DISMISSED")],
      expect: ["approval/insufficient"],
    },
    {
      name: "a dismissed changes request no longer blocks",
      reviews: [
        review("alice", "APPROVED"),
        review("bob", "APPROVED"),
        review("carol", "CHANGES_REQUESTED"),
        review("carol", "DISMISSED"),
      ],
      expect: [],
    },
    {
      name: "unreadable team membership with approvals that could count",
      reviews: [review("alice", "APPROVED"), review("bob", "APPROVED")],
      extra: { teams: { "acme/risk": { unreadable: "needs read:org" } } },
      expect: ["approval/unverifiable"],
    },
    {
      name: "unreadable team does not matter when listed users approve",
      reviews: [review("alice", "APPROVED"), review("bob", "APPROVED")],
      pol: policy({ high: { teams: ["acme/risk"], users: ["alice", "bob"] } }),
      extra: { teams: { "acme/risk": { unreadable: "needs read:org" } } },
      expect: [],
    },
    {
      name: "unreadable team with no approvals is simply insufficient",
      reviews: [],
      extra: { teams: { "acme/risk": { unreadable: "needs read:org" } } },
      expect: ["approval/insufficient"],
    },
    {
      name: "baseline approvers: writers other than the author",
      reviews: [review("dave", "APPROVED"), review("gina", "APPROVED")],
      pol: policy({ high: { teams: [], users: [] } }),
      expect: [],
    },
    {
      name: "baseline approvers: an outsider does not count",
      reviews: [review("dave", "APPROVED"), review("stranger", "APPROVED")],
      pol: policy({ high: { teams: [], users: [] } }),
      expect: ["approval/insufficient"],
    },
    {
      name: "baseline approvers with unreadable writers",
      reviews: [review("dave", "APPROVED"), review("gina", "APPROVED")],
      pol: policy({ high: { teams: [], users: [] } }),
      extra: { writers: { unreadable: "cannot read permissions" } },
      expect: ["approval/unverifiable"],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      expect(ids(run(pr(c.reviews, c.extra), { pol: c.pol }))).toEqual(c.expect);
    });
});

describe("checkApprovals: messages and scope", () => {
  it("says why approvals were not counted, on the manifest line of the model", () => {
    const [f] = run(pr([review("mallory", "APPROVED"), review("alice", "APPROVED", OLD)]));
    expect(f).toMatchObject({ ruleId: "approval/insufficient", file: high.file, line: 3, model: "support" });
    expect(f!.message).toContain("needs 2 approvals from team acme/risk");
    expect(f!.message).toContain("mallory is the author");
    expect(f!.message).toContain("alice approved an older commit (bbbbbbb)");
    expect(f!.message).not.toContain("@");
  });

  it("names the missing token scope when membership is unreadable", () => {
    const [f] = run(
      pr([review("alice", "APPROVED")], {
        teams: { "acme/risk": { unreadable: "needs a token with read:org" } },
      }),
    );
    expect(f!.ruleId).toBe("approval/unverifiable");
    expect(f!.message).toContain("read:org");
    expect(f!.message).toContain("alice");
  });

  it("one PR's approvals count for every model; each tier needs its own count", () => {
    const fs = run(pr([review("alice", "APPROVED")]), { models: [high, limited] });
    expect(fs.map((f) => f.model)).toEqual(["support"]);
  });

  it("minimal-tier, untiered and blocked models need no approvals", () => {
    const models: ApprovalModel[] = [
      { ...high, name: "a", tier: "minimal" },
      { ...high, name: "b", tier: null },
      { ...high, name: "c", tier: "unacceptable" },
    ];
    expect(run(pr([]), { models })).toEqual([]);
    expect(run(null, { models })).toEqual([]);
  });

  it("without a pull request: one pending note per model that needs approvals", () => {
    const fs = run(null, { models: [high, limited] });
    expect(fs.map((f) => [f.ruleId, f.model])).toEqual([
      ["approval/pending", "support"],
      ["approval/pending", "triage"],
    ]);
    expect(fs[0]!.message).toContain("2 required from team acme/risk");
    expect(fs[1]!.message).toContain("1 required from the repository's collaborators with write access");
  });

  it("a policy change needs a policy owner's approval, reported on the policy file", () => {
    const both = [review("alice", "APPROVED"), review("bob", "APPROVED")];
    const fs = run(pr(both), { policyChanged: true });
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ ruleId: "approval/insufficient", file: ".github/model-gate.yml" });
    expect(fs[0]!.message).toContain("acme/ai-governance");
    expect(run(pr([...both, review("gina", "APPROVED")]), { policyChanged: true })).toEqual([]);
  });

  it("a policy change with no owners named needs a writer who is not the author", () => {
    const pol = policy({ owners: { teams: [], users: [] } });
    expect(ids(run(pr([review("mallory", "APPROVED")]), { pol, models: [], policyChanged: true }))).toEqual([
      "approval/insufficient",
    ]);
    expect(run(pr([review("dave", "APPROVED")]), { pol, models: [], policyChanged: true })).toEqual([]);
  });
});

describe("latestStandings", () => {
  it("ignores draft (PENDING) reviews, which have no submission time", () => {
    const draft = { ...review("alice", "PENDING"), submittedAt: "" };
    const s = latestStandings([review("alice", "APPROVED"), draft, review("bob", "CHANGES_REQUESTED")]);
    expect(s.get("alice")?.state).toBe("APPROVED");
    expect(s.get("bob")?.state).toBe("CHANGES_REQUESTED");
  });

  it("orders by submittedAt, not by list order", () => {
    const later = review("alice", "CHANGES_REQUESTED");
    const earlier = { ...review("alice", "APPROVED"), submittedAt: "2020-01-01T00:00:00Z" };
    expect(latestStandings([later, earlier]).get("alice")?.state).toBe("CHANGES_REQUESTED");
  });
});

describe("approvers did not write the change (approvals.allowContributors: false)", () => {
  const MID = "d".repeat(40);
  const MAIN = "e".repeat(40);
  const both = [review("alice", "APPROVED"), review("bob", "APPROVED")];
  const withCommits = (...commits: PullRequestCommit[]) => pr(both, { commits: { commits } });

  it("an approver who authored a commit is not counted, and the message says why", () => {
    const fs = run(withCommits(commit(MID, [BASE], "bob"), commit(HEAD, [MID], "mallory")));
    expect(ids(fs)).toEqual(["approval/insufficient"]);
    expect(fs[0]!.message).toContain("it has 1 (alice)");
    expect(fs[0]!.message).toContain("bob authored or committed commit ddddddd of this pull request");
    expect(fs[0]!.message).toContain("approvals.allowContributors is false");
  });

  it("committing someone else's commit (a rebase, a cherry-pick) counts as writing it", () => {
    const fs = run(withCommits(commit(HEAD, [BASE], "mallory", "Bob")));
    expect(ids(fs)).toEqual(["approval/insufficient"]);
    expect(fs[0]!.message).toContain("bob authored or committed");
  });

  it("counts them when the policy allows contributors", () => {
    const p = withCommits(commit(MID, [BASE], "bob"), commit(HEAD, [MID], "alice"));
    expect(run(p, { pol: policy({ allowContributors: true }) })).toEqual([]);
  });

  it("an Update branch merge (web-flow, verified, base parent outside the PR) is nobody's authorship", () => {
    const update = commit(HEAD, [MID, MAIN], "bob", "web-flow", { verified: true });
    expect(run(withCommits(commit(MID, [BASE], "mallory"), update))).toEqual([]);
  });

  it("a merge that only claims web-flow (unverified), or was made locally, is its writers' work", () => {
    const forged = commit(HEAD, [MID, MAIN], "bob", "web-flow", { verified: false });
    expect(ids(run(withCommits(commit(MID, [BASE], "mallory"), forged)))).toEqual(["approval/insufficient"]);
    const local = commit(HEAD, [MID, MAIN], "bob", "bob", { verified: true });
    expect(ids(run(withCommits(commit(MID, [BASE], "mallory"), local)))).toEqual(["approval/insufficient"]);
  });

  it("a file edited in the web UI (web-flow, verified, one parent) is its author's work", () => {
    const webEdit = commit(HEAD, [MID], "bob", "web-flow", { verified: true });
    expect(ids(run(withCommits(commit(MID, [BASE], "mallory"), webEdit)))).toEqual(["approval/insufficient"]);
  });

  it("a merge of another PR branch (both parents in the PR) is authorship", () => {
    const other = "f".repeat(40);
    const merge = commit(HEAD, [MID, other], "bob", "web-flow", { verified: true });
    const p = withCommits(commit(MID, [BASE], "mallory"), commit(other, [BASE], "mallory"), merge);
    expect(ids(run(p))).toEqual(["approval/insufficient"]);
  });

  it("commits with no linked account are listed in one note; approvals still count", () => {
    const fs = run(
      withCommits(
        commit(MID, [BASE], null, null, { authorName: "Ghost Writer" }),
        commit(HEAD, [MID], "mallory", null),
      ),
      { models: [high, limited] },
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ ruleId: "approval/unverifiable", severity: "note" });
    expect(fs[0]!.file).toBeUndefined();
    expect(fs[0]!.message).toContain('ddddddd (author "Ghost Writer")');
    expect(fs[0]!.message).toContain("aaaaaaa");
    expect(fs[0]!.message).toContain("2 commits of pull request #7");
  });

  it("no note when nothing needs approval", () => {
    const p = withCommits(commit(HEAD, [BASE], null));
    expect(run(p, { models: [{ ...high, tier: "minimal" }] })).toEqual([]);
  });

  it("commits that cannot be listed (over 250) make approvals unverifiable, never counted", () => {
    const p = pr(both, {
      commits: { unreadable: "pull request #7 has 300 commits and GitHub lists at most 250" },
    });
    const fs = run(p);
    expect(ids(fs)).toEqual(["approval/unverifiable"]);
    expect(fs[0]!.severity).toBeUndefined(); // the rule's: error
    expect(fs[0]!.message).toContain("300 commits");
    expect(fs[0]!.message).toContain("alice, bob approved");
    // With no approvals at all the PR is simply short of them, and the message says why too.
    const none = run(pr([], { commits: { unreadable: "has 300 commits" } }));
    expect(ids(none)).toEqual(["approval/insufficient"]);
    expect(none[0]!.message).toContain("has 300 commits");
  });

  it("commits not read at all never let an approval count", () => {
    expect(ids(run(pr(both, { commits: undefined })))).toEqual(["approval/unverifiable"]);
    expect(run(pr(both, { commits: undefined }), { pol: policy({ allowContributors: true }) })).toEqual([]);
  });

  it("a contributor who requests changes still blocks", () => {
    const p = pr([...both, review("carol", "CHANGES_REQUESTED")], {
      commits: { commits: [commit(MID, [BASE], "carol"), commit(HEAD, [MID], "mallory")] },
    });
    expect(ids(run(p))).toEqual(["approval/changes-requested"]);
  });
});

describe("a pull request that cannot be judged (merge queue)", () => {
  it("every requirement is approval/unverifiable with the reason, never pending", () => {
    const p = pr([], { unverifiable: "the head_ref names no pull request" });
    const fs = run(p, { models: [high, limited], policyChanged: true });
    expect(fs.map((f) => [f.ruleId, f.file])).toEqual([
      ["approval/unverifiable", high.file],
      ["approval/unverifiable", limited.file],
      ["approval/unverifiable", ".github/model-gate.yml"],
    ]);
    expect(fs[0]!.message).toContain("the head_ref names no pull request");
    expect(run(p, { models: [{ ...high, tier: "minimal" }] })).toEqual([]);
  });
});

describe("approvals.allowContributors in the policy file", () => {
  const load = (text: string) =>
    loadPolicy({ bytes: new TextEncoder().encode(text), file: ".github/model-gate.yml", label: "base" });

  it("defaults to false, and a policy may set it", () => {
    expect(load("apiVersion: model-gate/v1\nkind: Policy\n").policy.approvals.allowContributors).toBe(false);
    const set = load("apiVersion: model-gate/v1\nkind: Policy\napprovals: { allowContributors: true }\n");
    expect(set.policy.approvals).toEqual({
      allowAuthor: false,
      latestCommitOnly: true,
      allowContributors: true,
    });
  });

  it("anything but a boolean is a policy error", () => {
    expect(() =>
      load("apiVersion: model-gate/v1\nkind: Policy\napprovals: { allowContributors: yes please }\n"),
    ).toThrow(/allowContributors|boolean/);
  });
});

describe("contributorsOf", () => {
  const A = "1".repeat(40);
  const B = "2".repeat(40);
  const MAIN = "3".repeat(40);
  it("an update merge needs its first parent in the PR and its second outside it", () => {
    const first = commit(A, [BASE], "mallory");
    const merge = (parents: string[]) => commit(B, parents, "bob", "web-flow", { verified: true });
    expect(contributorsOf([first, merge([A, MAIN])]).byLogin.has("bob")).toBe(false);
    // Parents swapped: the PR merged into main's line, not main into the PR.
    expect(contributorsOf([first, merge([MAIN, A])]).byLogin.has("bob")).toBe(true);
    // An octopus merge is never an update merge.
    expect(
      contributorsOf([first, commit(B, [A, MAIN, BASE], "bob", "web-flow", { verified: true })]).byLogin.has(
        "bob",
      ),
    ).toBe(true);
  });

  it("logins are case-insensitive and list the short shas they wrote", () => {
    const c = contributorsOf([commit(A, [BASE], "Bob"), commit(B, [A], "mallory", "BOB")]);
    expect(c.byLogin.get("bob")).toEqual(["1111111", "2222222"]);
  });
});
