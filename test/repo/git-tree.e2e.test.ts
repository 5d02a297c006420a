import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.ts";
import { createGitTree, GIT_CHUNK_BYTES, parseLsTree } from "../../src/repo/git-tree.ts";
import { commitAll, git, initRepo, pattern, removeTempDirs, tempDir, writeFiles } from "./helpers.ts";

afterAll(removeTempDirs);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe("git tree", () => {
  it("reads 1,000 files through a single cat-file process, concurrently and correctly", async () => {
    const repo = initRepo();
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++)
      files[`models/m${i % 10}/file ${i}.txt`] = `content of file ${i}\n`.repeat(i % 7);
    writeFiles(repo, files);
    commitAll(repo);
    const tree = await createGitTree(repo, "HEAD");
    try {
      const listed = await tree.list();
      expect(listed).toHaveLength(1000);
      const contents = await Promise.all(listed.map((p) => tree.read(p)));
      listed.forEach((p, i) => {
        expect(text(contents[i]!)).toBe(files[p]);
      });
      expect(tree.stats.processesSpawned).toBe(1);
      expect(tree.stats.requests).toBe(1000);
    } finally {
      await tree.close();
    }
  });

  it("streams a 50 MB blob in bounded chunks, then keeps serving from the same process", async () => {
    const repo = initRepo();
    const big = pattern(50 * 1024 * 1024 + 7, 5);
    writeFiles(repo, { "models/big.bin": big, "small.txt": "small\n" });
    commitAll(repo);
    const tree = await createGitTree(repo, "HEAD");
    try {
      expect(await tree.stat("models/big.bin")).toEqual({ kind: "file", size: big.length });
      const hash = createHash("sha256");
      let total = 0;
      for await (const chunk of tree.chunks("models/big.bin")) {
        expect(chunk.length).toBeLessThanOrEqual(GIT_CHUNK_BYTES);
        hash.update(chunk);
        total += chunk.length;
      }
      expect(total).toBe(big.length);
      expect(hash.digest("hex")).toBe(createHash("sha256").update(big).digest("hex"));

      // A consumer that stops early must not leave the protocol out of step.
      for await (const _ of tree.chunks("models/big.bin")) break;
      expect(text(await tree.read("small.txt"))).toBe("small\n");
      expect(tree.stats.processesSpawned).toBe(1);
    } finally {
      await tree.close();
    }
  });

  it("serves reads and a second stream while a chunks() stream is held open, without deadlock", async () => {
    const repo = initRepo();
    const big = pattern(3 * 1024 * 1024, 11);
    writeFiles(repo, { "big.bin": big, "a.txt": "a\n" });
    commitAll(repo);
    const tree = await createGitTree(repo, "HEAD");
    const drain = async (it: AsyncIterator<Uint8Array>, first: Uint8Array[]) => {
      const parts = [...first];
      for (let r = await it.next(); !r.done; r = await it.next()) parts.push(r.value);
      return Buffer.concat(parts);
    };
    try {
      const one = tree.chunks("big.bin")[Symbol.asyncIterator]();
      const oneFirst = await one.next();
      expect(text(await tree.read("a.txt"))).toBe("a\n");
      const two = tree.chunks("big.bin")[Symbol.asyncIterator]();
      const twoFirst = await two.next();
      const [b1, b2] = await Promise.all([
        drain(two, [twoFirst.value as Uint8Array]),
        drain(one, [oneFirst.value as Uint8Array]),
      ]);
      expect(b1.equals(big) && b2.equals(big)).toBe(true);
      expect(tree.stats.processesSpawned).toBeLessThanOrEqual(3);
      // With the streams done, reads reuse the processes already running.
      const spawned = tree.stats.processesSpawned;
      await Promise.all(Array.from({ length: 20 }, () => tree.read("a.txt")));
      expect(tree.stats.processesSpawned).toBe(spawned);
    } finally {
      await tree.close();
    }
  });

  it("says symlink for a committed symlink and never reads its target", async () => {
    const repo = initRepo();
    writeFiles(repo, {
      "secret.txt": "secret\n",
      "models/weights.bin": { symlink: "../secret.txt" },
      "models/dir-link": { symlink: "../data" },
      "data/x.txt": "x",
    });
    commitAll(repo);
    const tree = await createGitTree(repo, "HEAD");
    try {
      expect(await tree.stat("models/weights.bin")).toEqual({ kind: "symlink" });
      expect(await tree.stat("models/dir-link/x.txt")).toEqual({ kind: "symlink" });
      await expect(tree.read("models/weights.bin")).rejects.toThrow(/not a regular file.*symlink/);
      expect(tree.stats.requests).toBe(0);
    } finally {
      await tree.close();
    }
  });

  it("returns raw blobs: a smudge filter in the repository's config is never run", async () => {
    const repo = initRepo();
    const marker = path.join(tempDir(), "pwned");
    writeFiles(repo, { ".gitattributes": "*.bin filter=evil\n", "m.bin": "raw bytes\n" });
    commitAll(repo);
    git(repo, "config", "filter.evil.smudge", `sh -c 'touch ${marker}; cat'`);
    git(repo, "config", "filter.evil.clean", `sh -c 'touch ${marker}; cat'`);
    const tree = await createGitTree(repo, "HEAD");
    try {
      expect(text(await tree.read("m.bin"))).toBe("raw bytes\n");
      expect(existsSync(marker)).toBe(false);
    } finally {
      await tree.close();
    }
  });

  it("reads the named commit, not the working tree, and labels it", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "one\n" });
    const first = commitAll(repo);
    writeFiles(repo, { "a.txt": "two\n", "b.txt": "b" });
    commitAll(repo);
    writeFiles(repo, { "a.txt": "uncommitted\n" });
    const old = await createGitTree(repo, first);
    const head = await createGitTree(repo, "HEAD");
    try {
      expect(old.label).toBe(first.slice(0, 7));
      expect(old.commit).toBe(first);
      expect(head.label).toBe("HEAD");
      expect(text(await old.read("a.txt"))).toBe("one\n");
      expect(await old.stat("b.txt")).toEqual({ kind: "missing" });
      expect(text(await head.read("a.txt"))).toBe("two\n");
    } finally {
      await old.close();
      await head.close();
    }
  });

  it("reports a gitlink (mode 160000) and every path under it as that submodule, and leaves it out of list()", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "a" });
    const sha = commitAll(repo);
    git(repo, "update-index", "--add", "--cacheinfo", `160000,${sha},vendor/sub`);
    git(repo, "commit", "-q", "--no-verify", "-m", "submodule");
    const tree = await createGitTree(repo, "HEAD");
    try {
      expect(await tree.stat("vendor/sub")).toEqual({ kind: "submodule", path: "vendor/sub" });
      expect(await tree.stat("vendor/sub/model.yaml")).toEqual({ kind: "submodule", path: "vendor/sub" });
      expect(await tree.stat("vendor/sub/deep/w.bin")).toEqual({ kind: "submodule", path: "vendor/sub" });
      await expect(tree.read("vendor/sub/model.yaml")).rejects.toThrow(/submodule/);
      expect(await tree.stat("vendor")).toEqual({ kind: "directory" });
      expect(await tree.list()).toEqual(["a.txt"]);
    } finally {
      await tree.close();
    }
  });

  it("turns a missing object into a UserError with a hint, and keeps the same process", async () => {
    const repo = initRepo();
    writeFiles(repo, {
      "gone.bin": "will be deleted\n",
      "late.bin": "deleted after listing\n",
      "kept.txt": "kept\n",
    });
    commitAll(repo);
    const objectPath = (p: string) => {
      const oid = git(repo, "rev-parse", `HEAD:${p}`);
      return path.join(repo, ".git/objects", oid.slice(0, 2), oid.slice(2));
    };
    rmSync(objectPath("gone.bin"));
    const tree = await createGitTree(repo, "HEAD");
    try {
      // Absent before the listing: ls-tree cannot size it.
      await expect(tree.stat("gone.bin")).rejects.toThrow(/object is missing/);
      // Absent after the listing: cat-file replies "missing".
      expect(await tree.stat("late.bin")).toEqual({ kind: "file", size: 22 });
      rmSync(objectPath("late.bin"));
      const err = await tree.read("late.bin").catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).hint).toMatch(/fetch-depth: 0/);
      expect(text(await tree.read("kept.txt"))).toBe("kept\n");
      expect(tree.stats.processesSpawned).toBe(1);
      expect(tree.stats.requests).toBe(2);
    } finally {
      await tree.close();
    }
  });

  it("refuses an unknown commit with the fetch hint", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "a" });
    commitAll(repo);
    const err = await createGitTree(repo, "no-such-branch").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).hint).toMatch(/fetch-depth: 0/);
  });

  it("cannot read after close()", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "a" });
    commitAll(repo);
    const tree = await createGitTree(repo, "HEAD");
    expect(text(await tree.read("a.txt"))).toBe("a");
    await tree.close();
    await expect(tree.read("a.txt")).rejects.toThrow(/closed/);
  });

  it("does not keep Node alive when a tree is never closed", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "abc" });
    commitAll(repo);
    const bundle = await build({
      stdin: {
        contents: `import { createGitTree } from "./src/repo/git-tree.ts";
          const tree = await createGitTree(process.argv[2], "HEAD");
          console.log((await tree.read("a.txt")).length, tree.stats.processesSpawned);`,
        resolveDir: repoRoot,
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    const script = path.join(tempDir(), "script.mjs");
    writeFileSync(script, bundle.outputFiles[0]!.text);
    const { stdout } = await promisify(execFile)(process.execPath, [script, repo], { timeout: 10_000 });
    expect(stdout.trim()).toBe("3 1");
  });
});

describe("parseLsTree", () => {
  it("parses modes, sizes and paths with tabs, newlines and unicode", () => {
    const oid = "a".repeat(40);
    const out =
      `100644 blob ${oid}      12\ta b/c\td.txt\0` +
      `120000 blob ${oid}       5\tli\nnk\0` +
      `040000 tree ${oid}       -\tdïr\0` +
      `160000 commit ${oid}       -\tsub\0`;
    const map = parseLsTree(out);
    expect(map.get("a b/c\td.txt")).toEqual({ mode: "100644", type: "blob", oid, size: 12 });
    expect(map.get("li\nnk")?.mode).toBe("120000");
    expect(map.get("dïr")?.type).toBe("tree");
    expect(map.get("sub")?.type).toBe("commit");
  });

  it("rejects a malformed record instead of guessing", () => {
    expect(() => parseLsTree("100644 blob nothex 1\tx\0")).toThrow(/malformed/);
    expect(() => parseLsTree("no tab here\0")).toThrow(/malformed/);
  });
});
