import { symlinkSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { mapPool } from "../../src/engine/pool.ts";
import { createApiTree } from "../../src/github/api-tree.ts";
import { createClient } from "../../src/github/client.ts";
import { COMMENT_MARKER, upsertComment } from "../../src/github/comment.ts";
import { defaultState, type FakeGitHub, startFakeGitHub } from "../action/fake-github.ts";
import { cleanTemps, git, makeRepo } from "../action/harness.ts";

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => cleanTemps());

const repo = { owner: "Codertocat", repo: "Hello-World" };

describe("createApiTree", () => {
  it("reads files, sees symlinks and directories, and batches the reads asked for together, 50 files per GraphQL query", async () => {
    const files: Record<string, string> = { "bin.dat": "\u0000\u0001binary" };
    for (let i = 0; i < 120; i++) files[`m/${i}.model.yaml`] = `name: m${i}\n`;
    const ws = makeRepo(files, {});
    symlinkSync("/etc/passwd", path.join(ws.dir, "link.yaml"));
    git(ws.dir, "add", "-A");
    git(ws.dir, "commit", "-q", "-m", "link");
    const sha = git(ws.dir, "rev-parse", "HEAD");
    fake = await startFakeGitHub(defaultState({ gitDir: ws.dir }));
    const gh = createClient({ token: "t", baseUrl: fake.url, retryBaseMs: 1 });
    const tree = createApiTree(gh, repo, sha, "base");

    expect(await tree.stat("link.yaml")).toEqual({ kind: "symlink" });
    expect(await tree.stat("m")).toEqual({ kind: "directory" });
    expect(await tree.stat("nope.yaml")).toEqual({ kind: "missing" });
    expect(await tree.stat("m/0.model.yaml/x")).toEqual({ kind: "missing" });
    await expect(tree.read("link.yaml")).rejects.toThrow(/not a regular file/);

    // 120 reads in one turn of the event loop, each after its own stat (as the engine reads).
    const texts = await Promise.all(
      Array.from({ length: 120 }, async (_, i) => {
        const path = `m/${i}.model.yaml`;
        expect(await tree.stat(path)).toMatchObject({ kind: "file" });
        return new TextDecoder().decode(await tree.read(path));
      }),
    );
    expect(texts[7]).toBe("name: m7\n");
    expect(fake.requests.filter((q) => q.path === "/graphql")).toHaveLength(3);
    expect(new TextDecoder().decode(await tree.read("m/7.model.yaml"))).toBe("name: m7\n");
    expect(fake.requests.filter((q) => q.path === "/graphql")).toHaveLength(3); // read once
    expect(Buffer.from(await tree.read("bin.dat"))).toEqual(Buffer.from("\u0000\u0001binary"));
    expect(fake.requests.filter((q) => q.path.includes("/git/blobs/"))).toHaveLength(1);
    expect(fake.requests.filter((q) => q.path.includes("/git/trees/"))).toHaveLength(1);
    expect(await tree.list()).not.toContain("link.yaml");
  });
});

describe("createApiTree: reads asked for together", () => {
  it("one query per turn of the event loop; a failed query fails its reads only", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 4; i++) files[`m/${i}.model.yaml`] = `name: m${i}\n`;
    const ws = makeRepo(files, {});
    const sha = git(ws.dir, "rev-parse", "HEAD");
    fake = await startFakeGitHub(defaultState({ gitDir: ws.dir }));
    const tree = createApiTree(
      createClient({ token: "t", baseUrl: fake.url, retryBaseMs: 1 }),
      repo,
      sha,
      "base",
    );
    const queries = () => fake!.requests.filter((q) => q.path === "/graphql").length;
    const text = async (p: string) => new TextDecoder().decode(await tree.read(p));

    expect(await Promise.all([text("m/0.model.yaml"), text("m/1.model.yaml")])).toEqual([
      "name: m0\n",
      "name: m1\n",
    ]);
    expect(queries()).toBe(1);
    expect(await text("m/2.model.yaml")).toBe("name: m2\n"); // a later turn: its own query
    expect(queries()).toBe(2);

    fake.failures.push({ match: /^POST \/graphql$/, status: 502, times: Number.POSITIVE_INFINITY });
    await expect(tree.read("m/3.model.yaml")).rejects.toThrow();
    expect(await text("m/0.model.yaml")).toBe("name: m0\n"); // read before: not asked again
  });
});

describe("createApiTree: a pool of readers", () => {
  it("64 readers working through 200 files make 4 queries: a partial batch waits for the query in flight", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`m/${i}.model.yaml`] = `name: m${i}\n`;
    const ws = makeRepo(files, {});
    const sha = git(ws.dir, "rev-parse", "HEAD");
    fake = await startFakeGitHub(defaultState({ gitDir: ws.dir }));
    const tree = createApiTree(
      createClient({ token: "t", baseUrl: fake.url, retryBaseMs: 1 }),
      repo,
      sha,
      "base",
    );
    const paths = Object.keys(files);
    const read = await mapPool(paths, 64, async (p) => new TextDecoder().decode(await tree.read(p)));
    expect(read).toEqual(Object.values(files));
    expect(fake.requests.filter((q) => q.path === "/graphql")).toHaveLength(4);
  });
});

describe("createApiTree: submodules", () => {
  it('a gitlink (type "commit", mode 160000) is a submodule, and so is every path under it', async () => {
    const ws = makeRepo({ "a.txt": "a" }, {});
    const target = git(ws.dir, "rev-parse", "HEAD");
    git(ws.dir, "update-index", "--add", "--cacheinfo", `160000,${target},vendor/weights`);
    git(ws.dir, "commit", "-q", "-m", "submodule");
    const sha = git(ws.dir, "rev-parse", "HEAD");
    fake = await startFakeGitHub(defaultState({ gitDir: ws.dir }));
    const tree = createApiTree(
      createClient({ token: "t", baseUrl: fake.url, retryBaseMs: 1 }),
      repo,
      sha,
      "head",
    );
    const sub = { kind: "submodule", path: "vendor/weights" };
    expect(await tree.stat("vendor/weights")).toEqual(sub);
    expect(await tree.stat("vendor/weights/model.safetensors")).toEqual(sub);
    expect(await tree.stat("vendor")).toEqual({ kind: "directory" });
    await expect(tree.read("vendor/weights/model.safetensors")).rejects.toThrow(/submodule/);
    expect(await tree.list()).not.toContain("vendor/weights");
  });
});

describe("upsertComment", () => {
  it("creates once, then updates in place; on-failure keeps updating an existing comment", async () => {
    const state = defaultState();
    fake = await startFakeGitHub(state);
    const gh = createClient({ token: "write-token", baseUrl: fake.url, retryBaseMs: 1 });
    expect(await upsertComment(gh, repo, 3, "red", { policy: "always", failing: true })).toBe("created");
    expect(await upsertComment(gh, repo, 3, "green", { policy: "on-failure", failing: false })).toBe(
      "updated",
    );
    expect(state.comments[3]).toHaveLength(1);
    expect(state.comments[3]![0]!.body).toBe(`${COMMENT_MARKER}\ngreen`);
    expect(await upsertComment(gh, repo, 4, "green", { policy: "on-failure", failing: false })).toBe(
      "skipped",
    );
  });

  it("removes duplicate copies left by racing runs, keeping the oldest", async () => {
    const state = defaultState();
    const bot = { login: "github-actions[bot]", type: "Bot" as const };
    state.comments[3] = [
      { id: 10, body: `${COMMENT_MARKER}\na`, user: bot },
      { id: 11, body: `${COMMENT_MARKER}\nb`, user: bot },
    ];
    fake = await startFakeGitHub(state);
    const gh = createClient({ token: "write-token", baseUrl: fake.url, retryBaseMs: 1 });
    await upsertComment(gh, repo, 3, "c", { policy: "always", failing: true });
    expect(state.comments[3]!.map((c) => [c.id, c.body])).toEqual([[10, `${COMMENT_MARKER}\nc`]]);
  });
});
