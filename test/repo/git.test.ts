import fc from "fast-check";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Change } from "../../src/core/change.ts";
import { UserError } from "../../src/core/errors.ts";
import {
  defaultBranch,
  diffChanges,
  isGitRepo,
  mergeBase,
  parseNameStatus,
  resolveRef,
  resolveTopAndRefs,
  topLevel,
} from "../../src/repo/git.ts";
import { commitAll, git, initRepo, removeTempDirs, tempDir, writeFiles } from "./helpers.ts";

afterAll(removeTempDirs);

const byPath = (a: Change, b: Change) => (a.path < b.path ? -1 : 1);
const longText = (seed: string) => Array.from({ length: 40 }, (_, i) => `${seed} line ${i}\n`).join("");

describe("diffChanges", () => {
  it("reports added, modified, renamed and deleted files, with spaces, newlines, tabs and unicode", async () => {
    const repo = initRepo();
    writeFiles(repo, {
      "models/a.model.yaml": "version: 1\n",
      "rename me.safetensors": longText("weights"),
      "gone.txt": "bye\n",
      "unicode ü.txt": "u\n",
      "type.bin": "plain\n",
    });
    const base = commitAll(repo, "base");
    writeFiles(repo, {
      "models/a.model.yaml": "version: 2\n",
      "renamed\nwith newline.safetensors": longText("weights"),
      "new dir/ünï cödé 文件.txt": "new\n",
      "tab\there.txt": "t\n",
      "type.bin": { symlink: "models/a.model.yaml" },
    });
    git(repo, "rm", "-q", "gone.txt", "rename me.safetensors");
    const head = commitAll(repo, "head");

    const changes = (await diffChanges(repo, base, head)).sort(byPath);
    const expected: Change[] = [
      { path: "models/a.model.yaml", status: "modified" },
      {
        path: "renamed\nwith newline.safetensors",
        status: "renamed",
        previousPath: "rename me.safetensors",
      },
      { path: "gone.txt", status: "deleted" },
      { path: "new dir/ünï cödé 文件.txt", status: "added" },
      { path: "tab\there.txt", status: "added" },
      { path: "type.bin", status: "modified" },
    ];
    expect(changes).toEqual(expected.sort(byPath));
    expect(await diffChanges(repo, head, head)).toEqual([]);
  });

  it("ignores a repository config that turns rename detection off or makes paths relative", async () => {
    const repo = initRepo();
    writeFiles(repo, { "sub/old.txt": longText("x") });
    const base = commitAll(repo);
    git(repo, "mv", "sub/old.txt", "sub/new.txt");
    const head = commitAll(repo);
    git(repo, "config", "diff.renames", "false");
    git(repo, "config", "diff.relative", "true");
    git(repo, "config", "diff.external", "false");
    expect(await diffChanges(`${repo}/sub`, base, head)).toEqual([
      { path: "sub/new.txt", status: "renamed", previousPath: "sub/old.txt" },
    ]);
  });

  it("gives the fetch hint for a revision the clone does not have", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "a" });
    const head = commitAll(repo);
    const err = await diffChanges(repo, "f".repeat(40), head).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).hint).toMatch(/fetch-depth: 0/);
  });
});

describe("parseNameStatus", () => {
  it("parses rename and copy scores and type changes", () => {
    expect(parseNameStatus("R087\0a\0b\0C075\0c\0d\0T\0e\0M\0f\0")).toEqual([
      { path: "b", status: "renamed", previousPath: "a" },
      { path: "d", status: "added" },
      { path: "e", status: "modified" },
      { path: "f", status: "modified" },
    ]);
  });

  it("rejects truncated or unknown output instead of guessing", () => {
    expect(() => parseNameStatus("R100\0only-old\0")).toThrow(/malformed/);
    expect(() => parseNameStatus("Z\0x\0")).toThrow(/unexpected/);
  });

  it("round-trips any path that has no NUL", () => {
    const pathArb = fc.string({ minLength: 1, unit: "grapheme" }).filter((s) => !s.includes("\0"));
    const changeArb = fc.oneof(
      fc.record({ path: pathArb, status: fc.constantFrom("added", "modified", "deleted" as const) }),
      fc.record({ path: pathArb, status: fc.constant("renamed" as const), previousPath: pathArb }),
    );
    fc.assert(
      fc.property(fc.array(changeArb), (changes) => {
        const letter = { added: "A", modified: "M", deleted: "D", renamed: "R100" } as const;
        const out = changes
          .map((c) =>
            c.status === "renamed"
              ? `R100\0${c.previousPath}\0${c.path}\0`
              : `${letter[c.status]}\0${c.path}\0`,
          )
          .join("");
        expect(parseNameStatus(out)).toEqual(changes);
      }),
    );
  });
});

describe("refs", () => {
  it("resolves branches, tags and HEAD~1 to shas", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "1" });
    const first = commitAll(repo);
    git(repo, "tag", "-a", "v1", "-m", "v1");
    writeFiles(repo, { "a.txt": "2" });
    const second = commitAll(repo);
    expect(await resolveRef(repo, "HEAD")).toBe(second);
    expect(await resolveRef(repo, "main")).toBe(second);
    expect(await resolveRef(repo, "HEAD~1")).toBe(first);
    expect(await resolveRef(repo, "v1")).toBe(first); // annotated tag peeled to its commit
  });

  it("gives a UserError with the fetch hint for an unknown revision", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "1" });
    commitAll(repo);
    const err = await resolveRef(repo, "origin/main").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/unknown revision origin\/main/);
    expect((err as UserError).hint).toMatch(/fetch it \(actions\/checkout with fetch-depth: 0\)/);
  });

  it("refuses refs git would read as options", async () => {
    const repo = initRepo();
    for (const bad of ["--output=/tmp/x", "-h", "", "a\nb"]) {
      await expect(resolveRef(repo, bad)).rejects.toThrow(/invalid revision/);
      await expect(mergeBase(repo, bad, "HEAD")).rejects.toBeInstanceOf(UserError);
      await expect(diffChanges(repo, "HEAD", bad)).rejects.toBeInstanceOf(UserError);
    }
  });

  it("finds the merge base of a feature branch", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "1" });
    commitAll(repo);
    writeFiles(repo, { "a.txt": "2" });
    const fork = commitAll(repo);
    git(repo, "checkout", "-q", "-b", "feature");
    writeFiles(repo, { "b.txt": "feature" });
    const feature = commitAll(repo);
    git(repo, "checkout", "-q", "main");
    writeFiles(repo, { "c.txt": "main moved on" });
    commitAll(repo);
    expect(await mergeBase(repo, "main", feature)).toBe(fork);
  });

  it("says why when two commits share no history (shallow or unrelated)", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "1" });
    commitAll(repo);
    git(repo, "checkout", "-q", "--orphan", "other");
    writeFiles(repo, { "b.txt": "2" });
    commitAll(repo);
    const err = await mergeBase(repo, "main", "other").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).hint).toMatch(/shallow.*fetch-depth: 0/);
  });
});

describe("defaultBranch", () => {
  it("follows origin/HEAD in a clone", async () => {
    const upstream = initRepo();
    git(upstream, "checkout", "-q", "-b", "trunk");
    writeFiles(upstream, { "a.txt": "1" });
    commitAll(upstream);
    const parent = tempDir();
    git(parent, "clone", "-q", upstream, "clone");
    const clone = `${parent}/clone`;
    git(clone, "checkout", "-q", "-b", "feature");
    expect(await defaultBranch(clone)).toBe("origin/trunk");
  });

  it("uses init.defaultBranch when that branch exists, else main or master", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "1" });
    commitAll(repo);
    git(repo, "branch", "develop");
    expect(await defaultBranch(repo)).toBe("main");
    git(repo, "config", "init.defaultBranch", "develop");
    expect(await defaultBranch(repo)).toBe("develop");
    git(repo, "config", "init.defaultBranch", "does-not-exist");
    expect(await defaultBranch(repo)).toBe("main");
    git(repo, "branch", "-m", "main", "master");
    expect(await defaultBranch(repo)).toBe("master");
  });

  it("asks for --base when it cannot tell", async () => {
    const repo = initRepo();
    git(repo, "checkout", "-q", "-b", "feature");
    writeFiles(repo, { "a.txt": "1" });
    commitAll(repo);
    const err = await defaultBranch(repo).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).hint).toMatch(/--base/);
  });
});

describe("repository detection", () => {
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  it("knows a work tree from a plain directory, and finds the top level", async () => {
    const repo = initRepo();
    writeFiles(repo, { "deep/er/a.txt": "1" });
    expect(await isGitRepo(repo)).toBe(true);
    expect(await isGitRepo(`${repo}/deep/er`)).toBe(true);
    expect(await topLevel(`${repo}/deep/er`)).toBe(git(repo, "rev-parse", "--show-toplevel"));
    const plain = tempDir();
    expect(await isGitRepo(plain)).toBe(false);
    const err = await topLevel(plain).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/not a git repository/);
    expect((err as UserError).hint).toMatch(/--repo/);
  });

  it("says git is missing when it cannot be started", async () => {
    const repo = initRepo();
    process.env.PATH = tempDir();
    const err = await resolveRef(repo, "HEAD").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/git is not installed/);
  });
});

// Issue 13: `check` asks for the top level and every ref in one rev-parse; whenever that answer
// could differ from the one-at-a-time questions, it gives none and the caller asks those.
describe("resolveTopAndRefs", () => {
  it("gives topLevel and the resolveRef sha of each ref, from a subdirectory too", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "1", "sub/b.txt": "b" });
    commitAll(repo);
    git(repo, "tag", "-a", "v1", "-m", "v1");
    writeFiles(repo, { "a.txt": "2" });
    commitAll(repo);
    const refs = ["HEAD", "main", "HEAD~1", "v1", "@"];
    const got = await resolveTopAndRefs(`${repo}/sub`, refs);
    expect(got).toEqual({
      top: await topLevel(`${repo}/sub`),
      shas: await Promise.all(refs.map((r) => resolveRef(repo, r))),
    });
  });

  it("gives nothing for a bad ref, a range, a negation, a parent set, an option or no commit", async () => {
    const repo = initRepo();
    writeFiles(repo, { "a.txt": "1" });
    commitAll(repo);
    writeFiles(repo, { "a.txt": "2" });
    commitAll(repo);
    for (const ref of [
      "nope",
      "HEAD~1..HEAD",
      "HEAD~1...HEAD",
      "^HEAD",
      "HEAD^@",
      "HEAD^!",
      "HEAD^-",
      "--all",
      "",
      "a\nb",
    ])
      expect(await resolveTopAndRefs(repo, ["HEAD", ref])).toBeNull();
    expect(await resolveTopAndRefs(initRepo(), ["HEAD"])).toBeNull();
    expect(await resolveTopAndRefs(tempDir(), ["HEAD"])).toBeNull();
  });

  it("reads a file named like a ref as the ref, as resolveRef does", async () => {
    const repo = initRepo();
    writeFiles(repo, { main: "a file called main" });
    const sha = commitAll(repo);
    expect((await resolveTopAndRefs(repo, ["main"]))?.shas).toEqual([sha]);
  });
});
