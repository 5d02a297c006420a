import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.ts";
import {
  createFsTree,
  FS_CHUNK_BYTES,
  openRegularFile,
  parseGitmodulesPaths,
} from "../../src/repo/fs-tree.ts";
import { normaliseRepoPath } from "../../src/repo/paths.ts";
import { pattern, removeTempDirs, tempDir, writeFiles } from "./helpers.ts";

afterAll(removeTempDirs);

describe("fs tree", () => {
  it("says symlink for a file reached through a symlinked parent directory, never its content", async () => {
    const outside = tempDir();
    writeFiles(outside, { "secret.txt": "top secret\n" });
    const root = tempDir();
    writeFiles(root, { "models/ok.txt": "ok" });
    symlinkSync(outside, path.join(root, "models", "linked"));
    const tree = createFsTree(root);
    expect(await tree.stat("models/linked")).toEqual({ kind: "symlink" });
    expect(await tree.stat("models/linked/secret.txt")).toEqual({ kind: "symlink" });
    await expect(tree.read("models/linked/secret.txt")).rejects.toBeInstanceOf(UserError);
    expect(await tree.list()).toEqual(["models/ok.txt"]);
  });

  it("opens with O_NOFOLLOW: a symlink in the last component is refused even without the lstat walk", async () => {
    const root = tempDir();
    writeFiles(root, { "real.txt": "real", "link.txt": { symlink: "real.txt" } });
    await expect(openRegularFile(path.join(root, "link.txt"), "wt", "link.txt")).rejects.toThrow(
      /link.txt is not a regular file.*symlink/,
    );
    const handle = await openRegularFile(path.join(root, "real.txt"), "wt", "real.txt");
    await handle.close();
  });

  it("reports a FIFO as other and refuses to read it without hanging", async () => {
    const root = tempDir();
    execFileSync("mkfifo", [path.join(root, "pipe")]);
    const tree = createFsTree(root);
    expect(await tree.stat("pipe")).toEqual({ kind: "other" });
    await expect(tree.read("pipe")).rejects.toBeInstanceOf(UserError);
    expect(await tree.list()).toEqual([]);
  });

  it("works from a symlinked root (resolved once); a nested checkout (own .git) is a submodule, not listed", async () => {
    const real = tempDir();
    writeFiles(real, {
      "a.txt": "a",
      ".git/config": "[core]",
      "vendor/nested/.git/HEAD": "ref",
      "vendor/nested/b.txt": "b",
      ".github/model-gate.yml": "kind: Policy",
    });
    const linkParent = tempDir();
    const linkedRoot = path.join(linkParent, "checkout");
    symlinkSync(real, linkedRoot);
    const tree = createFsTree(linkedRoot, "checkout");
    expect(tree.label).toBe("checkout");
    expect(await tree.list()).toEqual([".github/model-gate.yml", "a.txt"]);
    expect(await tree.stat("vendor/nested/b.txt")).toEqual({ kind: "submodule", path: "vendor/nested" });
    await expect(tree.read("vendor/nested/b.txt")).rejects.toBeInstanceOf(UserError);
  });

  it("gives a UserError when the root does not exist", async () => {
    const tree = createFsTree(path.join(tempDir(), "missing"));
    await expect(tree.stat("a.txt")).rejects.toBeInstanceOf(UserError);
  });

  it("streams a 50 MB file in chunks no larger than its buffer", async () => {
    const root = tempDir();
    const bytes = pattern(50 * 1024 * 1024 + 123, 3);
    mkdirSync(path.join(root, "models"));
    writeFileSync(path.join(root, "models/big.bin"), bytes);
    const tree = createFsTree(root);
    const hash = createHash("sha256");
    let total = 0;
    let count = 0;
    for await (const chunk of tree.chunks("models/big.bin")) {
      expect(chunk.length).toBeLessThanOrEqual(FS_CHUNK_BYTES);
      expect(chunk.length).toBeGreaterThan(0);
      hash.update(chunk);
      total += chunk.length;
      count++;
    }
    expect(total).toBe(bytes.length);
    expect(count).toBeGreaterThanOrEqual(50);
    expect(hash.digest("hex")).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("keeps the chunks it gave out intact when the consumer holds on to them", async () => {
    const root = tempDir();
    const bytes = pattern(3 * FS_CHUNK_BYTES + 5, 9);
    writeFileSync(path.join(root, "f.bin"), bytes);
    const held: Uint8Array[] = [];
    for await (const chunk of createFsTree(root).chunks("f.bin")) held.push(chunk);
    expect(Buffer.concat(held).equals(bytes)).toBe(true);
  });
});

describe("fs tree: submodules as a checkout shows them", () => {
  it("a submodule .gitmodules names is one even when not checked out (empty or absent)", async () => {
    const root = tempDir();
    writeFiles(root, {
      ".gitmodules": '[submodule "w"]\n\tpath = vendor/weights\n\turl = https://example.com/w.git\n',
      "a.txt": "a",
    });
    mkdirSync(path.join(root, "vendor", "weights"), { recursive: true });
    const tree = createFsTree(root);
    const sub = { kind: "submodule", path: "vendor/weights" };
    expect(await tree.stat("vendor/weights")).toEqual(sub);
    expect(await tree.stat("vendor/weights/model.safetensors")).toEqual(sub);
    expect(await tree.list()).toEqual([".gitmodules", "a.txt"]);
    rmSync(path.join(root, "vendor"), { recursive: true });
    expect(await createFsTree(root).stat("vendor/weights/model.safetensors")).toEqual(sub);
  });

  it("a directory with a .git file (an absorbed submodule checkout) is one, without .gitmodules", async () => {
    const root = tempDir();
    writeFiles(root, { "vendor/w/.git": "gitdir: ../../.git/modules/w\n", "vendor/w/model.bin": "w" });
    const tree = createFsTree(root);
    expect(await tree.stat("vendor/w/model.bin")).toEqual({ kind: "submodule", path: "vendor/w" });
    expect(await tree.list()).toEqual([]);
  });

  it("a .gitmodules that is a symlink, or over 1 MiB, is not read", async () => {
    const outside = tempDir();
    writeFiles(outside, { modules: "[submodule]\n\tpath = a\n" });
    const root = tempDir();
    writeFiles(root, { ".gitmodules": { symlink: path.join(outside, "modules") }, "a/x.txt": "x" });
    expect(await createFsTree(root).stat("a/x.txt")).toEqual({ kind: "file", size: 1 });
    writeFiles(root, { ".gitmodules": `[submodule]\n\tpath = a\n${"#".repeat(1024 * 1024)}\n` });
    expect(await createFsTree(root).stat("a/x.txt")).toEqual({ kind: "file", size: 1 });
  });

  it("parses .gitmodules paths: quoted, commented, normalised; bad ones skipped", () => {
    const text = [
      '[submodule "a"]',
      "\tpath = models/a",
      '[submodule "b"]',
      '  path = "models/b c" ',
      "\tPATH=./models/d/ ; comment",
      "\tpath = ../outside",
      "\tpath = .git/modules",
      "\turl = path = nope",
    ].join("\r\n");
    expect([...parseGitmodulesPaths(text)].sort()).toEqual(["models/a", "models/b c", "models/d"]);
  });

  it("parseGitmodulesPaths never throws and gives only normalised paths inside the repository", () => {
    const line = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ maxLength: 30 }).map((v) => `\tpath = ${v}`),
      fc.string({ maxLength: 30 }).map((v) => `path="${v}"`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        for (const p of parseGitmodulesPaths(lines.join("\n"))) {
          expect(normaliseRepoPath(p)).toEqual({ ok: true, path: p });
        }
      }),
    );
  });
});
