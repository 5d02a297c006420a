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

  it("prefetch() starts the reads of many files at once; each read gets the same bytes as without it", async () => {
    const repo = initRepo();
    const files: Record<string, string> = { big: "y".repeat(5000) };
    for (let i = 0; i < 50; i++) files[`r/${i}.txt`] = `report ${i}\n`.repeat(200);
    writeFiles(repo, files);
    commitAll(repo);
    const tree = await createGitTree(repo, "HEAD");
    try {
      const paths = Object.keys(files).filter((p) => p.startsWith("r/"));
      // Missing paths, directories and files over the size cap are left to read() as before.
      await tree.prefetch?.([...paths, "nope", "r", "big"], 4000);
      for (const p of paths) expect(text(await tree.read(p))).toBe(files[p]);
      expect(tree.stats.requests).toBe(50);
      // A prefetched read is handed out once: the next read of the path asks git again.
      expect(text(await tree.read("r/0.txt"))).toBe(files["r/0.txt"]);
      expect(text(await tree.read("big"))).toBe(files.big);
      expect(tree.stats.requests).toBe(52);
      await expect(tree.read("nope")).rejects.toThrow();
    } finally {
      await tree.close();
    }
  });
});
