import { describe, expect, it } from "vitest";
import { createMemoryTree } from "../../src/repo/memory-tree.ts";

describe("memory tree", () => {
  it("normalises the paths it is given and refuses bad ones", () => {
    const tree = createMemoryTree({ "./models//a.txt": "a" });
    return expect(tree.list()).resolves.toEqual(["models/a.txt"]);
  });

  it.each([["../x"], [".git/config"], ["/abs"]])("refuses to be built with %j", (p) => {
    expect(() => createMemoryTree({ [p]: "x" })).toThrow(/refusing path/);
  });

  it("refuses a path that is both a file and a directory, or given twice", () => {
    expect(() => createMemoryTree({ a: "file", "a/b": "child" })).toThrow(/both a file and a directory/);
    expect(() => createMemoryTree({ a: "1", "./a": "2" })).toThrow(/given twice/);
  });

  it("a submodule entry hides what lies under it, and cannot also be a directory", async () => {
    const tree = createMemoryTree({ "vendor/w": { submodule: "a".repeat(40) }, "a.txt": "a" });
    expect(await tree.stat("vendor/w/x.bin")).toEqual({ kind: "submodule", path: "vendor/w" });
    expect(await tree.list()).toEqual(["a.txt"]);
    expect(() => createMemoryTree({ s: { submodule: "a".repeat(40) }, "s/x": "x" })).toThrow(
      /both a submodule/,
    );
  });

  it("keeps its bytes to itself: callers cannot change what the next read sees", async () => {
    const source = new Uint8Array([1, 2, 3]);
    const tree = createMemoryTree({ "m.bin": source });
    source[0] = 9;
    const first = await tree.read("m.bin");
    first[1] = 9;
    for await (const chunk of tree.chunks("m.bin")) chunk[2] = 9;
    expect([...(await tree.read("m.bin"))]).toEqual([1, 2, 3]);
  });

  it("treats __proto__-like names as plain paths", async () => {
    const files = JSON.parse('{"__proto__/x.yaml": "a", "constructor": "b"}') as Record<string, string>;
    const tree = createMemoryTree(files);
    expect(await tree.list()).toEqual(["__proto__/x.yaml", "constructor"]);
    expect(await tree.stat("toString")).toEqual({ kind: "missing" });
  });
});
