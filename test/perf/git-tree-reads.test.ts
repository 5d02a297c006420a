// The git tree's shortcuts for the benchmark's hot path: small blobs (LFS pointers, read by
// the integrity check and again by the safety scan) come from git once, and a commit sha the
// CLI already resolved is not resolved again. Neither may change what a read returns.
import { afterAll, describe, expect, it } from "vitest";
import { resolveRef } from "../../src/repo/git.ts";
import { createGitTree } from "../../src/repo/git-tree.ts";
import { commitAll, initRepo, removeTempDirs, writeFiles } from "../repo/helpers.ts";

afterAll(removeTempDirs);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe("git tree reads", () => {
  it("asks git once for a small blob read twice, and hands out independent copies", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a/pointer": "small\n", "b/same": "small\n", big: "x".repeat(5000) });
    commitAll(repo);
    const tree = await createGitTree(repo, "HEAD");
    try {
      const first = await tree.read("a/pointer");
      first.fill(0); // a caller scribbling on its copy
      expect(text(await tree.read("a/pointer"))).toBe("small\n");
      expect(text(await tree.read("b/same"))).toBe("small\n"); // same object id
      expect(tree.stats.requests).toBe(1);
      await tree.read("big");
      await tree.read("big");
      expect(tree.stats.requests).toBe(3); // large blobs are not kept
    } finally {
      await tree.close();
    }
    await expect(tree.read("a/pointer")).rejects.toThrow(/closed/);
  });

  it("takes a resolved sha as is, and still resolves anything else", async () => {
    const repo = initRepo();
    writeFiles(repo, { f: "1\n" });
    commitAll(repo);
    const sha = await resolveRef(repo, "HEAD");
    const given = await createGitTree(repo, sha, undefined, { resolved: true });
    const named = await createGitTree(repo, "HEAD", undefined, { resolved: true });
    try {
      expect(given.commit).toBe(sha);
      expect(named.commit).toBe(sha);
      expect(text(await given.read("f"))).toBe("1\n");
      await expect(createGitTree(repo, "no-such-branch", undefined, { resolved: true })).rejects.toThrow(
        /unknown revision/,
      );
    } finally {
      await Promise.all([given.close(), named.close()]);
    }
  });
});
