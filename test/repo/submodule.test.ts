// input/submodule through the engine (memory trees): a declared file inside a submodule is
// refused, and a change that only moves the submodule pointer brings its declaration in.
import { describe, expect, it } from "vitest";
import type { MemoryFile } from "../../src/repo/memory-tree.ts";
import { errors, MANIFEST_PATH, repoFiles, run, supportManifest } from "../engine/helpers.ts";

const SUB = "vendor/weights";
const IN_SUB = `${SUB}/model.safetensors`;
const gitlink = (c: string) => ({ submodule: c.repeat(40) });

function inSubmodule() {
  const m = supportManifest();
  m.spec.artifacts[0].path = IN_SUB;
  const files = repoFiles(m, { [SUB]: gitlink("a") });
  delete files["models/support/model.safetensors"];
  return files;
}

describe("input/submodule", () => {
  it("a declared artifact inside a submodule is refused, naming the submodule and what to do", async () => {
    const r = await run(inSubmodule());
    expect(errors(r)).toEqual(["input/submodule"]);
    const f = r.findings.find((x) => x.ruleId === "input/submodule")!;
    expect(f.message).toContain(`"${IN_SUB}" lies inside the git submodule "${SUB}"`);
    expect(f.message).toContain("Vendor the file");
    expect(f.message).toContain("uri:");
    expect(f.file).toBe(MANIFEST_PATH);
    expect(f.line).toBeGreaterThan(0);
  });

  it("a PR that only moves the submodule pointer fails on the declaration it brings in", async () => {
    const base = inSubmodule();
    const head = { ...base, [SUB]: gitlink("b") };
    const r = await run(head, { base, changes: [{ path: SUB, status: "modified" }] });
    expect(r.verdict).toBe("fail");
    expect(errors(r)).toEqual(["input/submodule"]);
    expect(r.models.map((m) => m.name)).toEqual(["support-assistant"]);
  });

  it("an artifact declared as the submodule path itself, and evidence inside one, are refused too", async () => {
    const m = supportManifest();
    m.spec.artifacts[0].path = SUB;
    m.spec.adversarialTests[0].report = "vendor/evidence/garak.report.jsonl";
    const files = repoFiles(m, { [SUB]: gitlink("a"), "vendor/evidence": gitlink("c") });
    delete files["models/support/model.safetensors"];
    const r = await run(files);
    const found = r.findings.filter((x) => x.ruleId === "input/submodule").map((x) => x.message);
    expect(found).toHaveLength(2);
    expect(found.some((x) => x.includes(`"${SUB}" is the git submodule "${SUB}"`))).toBe(true);
    expect(found.some((x) => x.includes("garak report") && !x.includes("uri:"))).toBe(true);
  });

  it("a PR that deletes the submodule brings the declaration in: its artifact is missing", async () => {
    const base = inSubmodule();
    const head = { ...base };
    delete head[SUB];
    const r = await run(head, { base, changes: [{ path: SUB, status: "deleted" }] });
    expect(errors(r)).toContain("integrity/artifact-missing");
  });

  it("a PR that replaces vendored weights by a submodule at the same path fails", async () => {
    const m = supportManifest();
    m.spec.artifacts[0].path = IN_SUB;
    const base = repoFiles(m, { [IN_SUB]: repoFiles()["models/support/model.safetensors"]! });
    delete base["models/support/model.safetensors"];
    const head: Record<string, MemoryFile> = { ...base, [SUB]: gitlink("d") };
    delete head[IN_SUB];
    const r = await run(head, {
      base,
      changes: [
        { path: IN_SUB, status: "deleted" },
        { path: SUB, status: "added" },
      ],
    });
    expect(errors(r)).toEqual(["input/submodule"]);
    expect(errors(await run(base, { base: {} }))).toEqual([]); // vendored, it was fine
  });

  it("no false alarm: a submodule pointer move with nothing declared in it", async () => {
    const base = repoFiles(supportManifest(), { "third_party/tokenizers": gitlink("a") });
    const head = { ...base, "third_party/tokenizers": gitlink("b") };
    const r = await run(head, { base, changes: [{ path: "third_party/tokenizers", status: "modified" }] });
    expect(r.verdict).toBe("pass");
    expect(r.models).toEqual([]);
  });
});
