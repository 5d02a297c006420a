// The same table of cases run against every Tree: fs (working tree on disk), git (a commit,
// read through ls-tree + cat-file) and memory. They must agree on what a user would see.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.ts";
import { createFsTree } from "../../src/repo/fs-tree.ts";
import { createGitTree, type GitTree } from "../../src/repo/git-tree.ts";
import { createMemoryTree, type MemoryFile } from "../../src/repo/memory-tree.ts";
import type { Entry, Tree } from "../../src/repo/tree.ts";
import {
  addSubmodule,
  commitAll,
  type FixtureFile,
  initRepo,
  pattern,
  removeTempDirs,
  writeFiles,
} from "./helpers.ts";

const BINARY = pattern(3000, 7);
BINARY[0] = 0;
BINARY[1] = 0x0a;

const FIXTURE: Record<string, FixtureFile> = {
  "a.txt": "hello\n",
  "empty.txt": "",
  "dir with space/ünïcode 文件.txt": "unicode\n",
  "deep/nested/dir/file.bin": BINARY,
  "exec.sh": { exec: "#!/bin/sh\necho hi\n" },
  "sub/.hidden": ".hidden\n",
  "link-to-file": { symlink: "a.txt" },
  "link-to-dir": { symlink: "deep" },
  escape: { symlink: "../../../../etc/passwd" },
};

const CONTENT: Record<string, string | Uint8Array> = {
  "a.txt": "hello\n",
  "empty.txt": "",
  "dir with space/ünïcode 文件.txt": "unicode\n",
  "deep/nested/dir/file.bin": BINARY,
  "exec.sh": "#!/bin/sh\necho hi\n",
  "sub/.hidden": ".hidden\n",
};

const STATS: Array<[string, Entry]> = [
  ["a.txt", { kind: "file", size: 6 }],
  ["empty.txt", { kind: "file", size: 0 }],
  ["exec.sh", { kind: "file", size: 18 }],
  ["dir with space", { kind: "directory" }],
  ["dir with space/ünïcode 文件.txt", { kind: "file", size: 8 }],
  ["deep", { kind: "directory" }],
  ["deep/nested/dir", { kind: "directory" }],
  ["deep/nested/dir/file.bin", { kind: "file", size: 3000 }],
  ["deep/../a.txt", { kind: "file", size: 6 }],
  ["link-to-file", { kind: "symlink" }],
  ["link-to-dir", { kind: "symlink" }],
  ["link-to-dir/nested/dir/file.bin", { kind: "symlink" }],
  ["escape", { kind: "symlink" }],
  ["nope", { kind: "missing" }],
  ["a.txt/child", { kind: "missing" }],
  ["deep/nope/x", { kind: "missing" }],
  ["A.TXT", { kind: "missing" }],
  // A real submodule (git submodule add): the gitlink and every path under it, checked out or not.
  ["vendor", { kind: "directory" }],
  ["vendor/sub", { kind: "submodule", path: "vendor/sub" }],
  ["vendor/sub/w.bin", { kind: "submodule", path: "vendor/sub" }],
  ["vendor/sub/nope/x", { kind: "submodule", path: "vendor/sub" }],
  ["vendor/sub/../../a.txt", { kind: "file", size: 6 }],
];

const NOT_READABLE = [
  "vendor/sub",
  "vendor/sub/w.bin",
  "link-to-file",
  "link-to-dir",
  "link-to-dir/nested/dir/file.bin",
  "escape",
  "deep",
  "nope",
];

const BAD_PATHS = ["../x", "a/../../x", "/etc/passwd", ".git/config", "a\nb", "", "C:/x", "%2e%2e/x", "a\\b"];

const GITMODULES = '[submodule "vendor/sub"]\n\tpath = vendor/sub\n\turl = ../sub\n';
const LISTED = [...Object.keys(CONTENT), ".gitmodules"].sort();

let repo: string;
let gitTree: GitTree;
const trees: Record<string, () => Tree> = {
  fs: () => createFsTree(repo),
  git: () => gitTree,
  memory: () => {
    const files: Record<string, MemoryFile> = {};
    for (const [p, v] of Object.entries(FIXTURE))
      files[p] = typeof v === "object" && "exec" in v ? v.exec : v;
    files[".gitmodules"] = GITMODULES;
    files["vendor/sub"] = { submodule: "0".repeat(40) };
    return createMemoryTree(files);
  },
};

beforeAll(async () => {
  repo = initRepo();
  writeFiles(repo, FIXTURE);
  addSubmodule(repo, "vendor/sub", { "w.bin": "weights\n" });
  commitAll(repo, "fixture");
  gitTree = await createGitTree(repo, "HEAD");
});

afterAll(async () => {
  await gitTree.close();
  removeTempDirs();
});

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

describe.each(Object.keys(trees))("%s tree", (name) => {
  const tree = () => trees[name]!();

  it.each(STATS)("stat(%j)", async (p, expected) => {
    expect(await tree().stat(p)).toEqual(expected);
  });

  it.each(Object.entries(CONTENT))("read and chunks of %j give the bytes", async (p, content) => {
    const expected = Buffer.from(content);
    expect(Buffer.from(await tree().read(p))).toEqual(expected);
    expect(await collect(tree().chunks(p))).toEqual(expected);
  });

  it.each(NOT_READABLE)("read(%j) refuses with a UserError", async (p) => {
    await expect(tree().read(p)).rejects.toBeInstanceOf(UserError);
    await expect(collect(tree().chunks(p))).rejects.toBeInstanceOf(UserError);
  });

  it("never returns a symlink target's content", async () => {
    await expect(tree().read("link-to-file")).rejects.toThrow(/link-to-file is not a regular file.*symlink/);
  });

  it.each(BAD_PATHS)("refuses the bad path %j with a plain Error on every method", async (p) => {
    for (const call of [() => tree().stat(p), () => tree().read(p), () => collect(tree().chunks(p))]) {
      const err = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(Error);
      expect(err).not.toBeInstanceOf(UserError);
      expect(String(err)).toMatch(/refusing path/);
    }
  });

  it("lists regular files only, sorted, no symlinks or directories", async () => {
    expect(await tree().list()).toEqual(LISTED);
  });
});

// Issue 13: a run that reads only the policy looks it up with a small ls-tree of the path and its
// folders (peek) instead of listing the commit. Its answers must be the listing's.
describe("git tree, each path peeked before any listing", () => {
  const peeked = async <T>(p: string, use: (t: GitTree) => Promise<T>): Promise<T> => {
    const t = await createGitTree(repo, "HEAD");
    try {
      await t.peek(p);
      return await use(t);
    } finally {
      await t.close();
    }
  };

  it.each(STATS)("stat(%j)", async (p, expected) => {
    expect(await peeked(p, (t) => t.stat(p))).toEqual(expected);
  });

  it.each(Object.entries(CONTENT))("read of %j gives the bytes", async (p, content) => {
    expect(Buffer.from(await peeked(p, (t) => t.read(p)))).toEqual(Buffer.from(content));
  });

  it.each(NOT_READABLE)("read(%j) refuses with a UserError", async (p) => {
    await expect(peeked(p, (t) => t.read(p))).rejects.toBeInstanceOf(UserError);
  });

  it("takes a path with glob or pathspec magic characters literally", async () => {
    expect(await peeked("*.txt", (t) => t.stat("*.txt"))).toEqual({ kind: "missing" });
    expect(await peeked(":(glob)a.txt", (t) => t.stat(":(glob)a.txt"))).toEqual({ kind: "missing" });
  });

  it.each(BAD_PATHS)("refuses the bad path %j with a plain Error", async (p) => {
    const t = await createGitTree(repo, "HEAD");
    await expect(t.peek(p)).rejects.toThrow(/refusing path/);
    await t.close();
  });
});
