import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseEvent, parseQueueRef } from "../../src/github/event.ts";

const require = createRequire(import.meta.url);
const EXAMPLES: {
  name: string;
  examples: Record<string, unknown>[];
}[] = require("@octokit/webhooks-examples");
const examples = (name: string) => EXAMPLES.find((e) => e.name === name)!.examples;

describe("parseEvent on real webhook payloads", () => {
  it("every pull_request example yields the PR's number, author and commits", () => {
    for (const p of examples("pull_request")) {
      // biome-ignore lint/suspicious/noExplicitAny: payload
      const pr = p.pull_request as any;
      const e = parseEvent("pull_request", p, (p.repository as { full_name: string }).full_name);
      expect(e).toMatchObject({
        kind: "pull_request",
        number: pr.number,
        author: pr.user.login,
        headSha: pr.head.sha,
        baseSha: pr.base.sha,
      });
    }
  });

  it("pull_request_review and pull_request_target read the same way", () => {
    for (const p of examples("pull_request_review")) {
      const e = parseEvent("pull_request_review", p, "Codertocat/Hello-World");
      expect(e.kind).toBe("pull_request");
      if (e.kind === "pull_request") expect(e.changedFiles).toBeNull();
    }
    const target = parseEvent("pull_request_target", examples("pull_request")[0], "Codertocat/Hello-World");
    expect(target).toMatchObject({ kind: "pull_request", name: "pull_request_target" });
  });

  it("a head in another repository is a fork", () => {
    const p = structuredClone(examples("pull_request")[0]!);
    // biome-ignore lint/suspicious/noExplicitAny: payload
    (p.pull_request as any).head.repo.full_name = "forker/Hello-World";
    expect(parseEvent("pull_request", p, "Codertocat/Hello-World")).toMatchObject({ fromFork: true });
    expect(parseEvent("pull_request", examples("pull_request")[0], "codertocat/hello-world")).toMatchObject({
      fromFork: false,
    });
  });

  it("merge_group uses the queue's base and head, and the PR and parent its head_ref names", () => {
    const p = examples("merge_group")[0]!;
    const mg = p.merge_group as { base_sha: string; head_sha: string };
    expect(parseEvent("merge_group", p, "x/y")).toEqual({
      kind: "merge_group",
      name: "merge_group",
      baseSha: mg.base_sha,
      headSha: mg.head_sha,
      // refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64
      queue: { baseRef: "main", number: 104, parentSha: "929f8209d40f77f4abc622a499c93a83babdbe64" },
    });
  });
});

describe("parseQueueRef", () => {
  const sha = "a".repeat(40);
  it("reads base branches with slashes, and sha-256 repositories", () => {
    expect(parseQueueRef(`refs/heads/gh-readonly-queue/release/2.x/pr-12-${sha}`)).toEqual({
      baseRef: "release/2.x",
      number: 12,
      parentSha: sha,
    });
    expect(parseQueueRef(`refs/heads/gh-readonly-queue/main/pr-1-${"b".repeat(64)}`)).toMatchObject({
      number: 1,
    });
  });

  it("anything else names no pull request, and says so", () => {
    for (const ref of [
      undefined,
      42,
      "",
      "refs/heads/main",
      `refs/heads/gh-readonly-queue/main/pr-0-${sha}`,
      `refs/heads/gh-readonly-queue/main/pr-07-${sha}`,
      `refs/heads/gh-readonly-queue/main/pr-7-${sha.slice(1)}`,
      `refs/heads/gh-readonly-queue/main/pr-7-${sha.toUpperCase()}`,
      `refs/heads/gh-readonly-queue/pr-7-${sha}`,
      `refs/heads/gh-readonly-queue/main/pr-7-${sha}/x`,
      `refs/heads/gh-readonly-queue/main/pr-99999999999-${sha}`,
      `refs/heads/other/main/pr-7-${sha}`,
    ]) {
      const r = parseQueueRef(ref);
      expect(r, String(ref)).toHaveProperty("unparsable");
      if ("unparsable" in r) expect(r.unparsable).toContain("gh-readonly-queue/<base>/pr-<number>-<sha>");
    }
  });

  it("push: a new branch (before = zeros) has no base; a deleted branch is unsupported", () => {
    const p = examples("push")[0]!;
    expect(parseEvent("push", p, "x/y")).toMatchObject({ kind: "push", baseSha: null, headSha: p.after });
    expect(parseEvent("push", { ...p, before: "a".repeat(40) }, "x/y")).toMatchObject({
      baseSha: "a".repeat(40),
    });
    expect(parseEvent("push", { ...p, after: "0".repeat(40) }, "x/y").kind).toBe("unsupported");
  });

  it("other events and malformed payloads are unsupported with a reason", () => {
    expect(parseEvent("issues", {}, "x/y")).toMatchObject({
      kind: "unsupported",
      reason: expect.stringContaining("issues"),
    });
    expect(parseEvent("pull_request", { pull_request: { number: 1 } }, "x/y").kind).toBe("unsupported");
    const hostile = structuredClone(examples("pull_request")[0]!);
    // biome-ignore lint/suspicious/noExplicitAny: payload
    (hostile.pull_request as any).head.sha = "::add-mask::x";
    expect(parseEvent("pull_request", hostile, "x/y").kind).toBe("unsupported");
  });
});
