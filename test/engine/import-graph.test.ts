// Issue 11: the folders import one way, changes -> declarations -> facts -> checks -> findings.
// The engine gathers facts and runs the checks; the checks judge facts and never reach back into
// the engine; the readers below them (formats, manifests, scanners, evidence parsers, core)
// import neither.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "../../src");

function imports(folder: string): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = [];
  for (const e of readdirSync(join(src, folder), { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith(".ts")) continue;
    const path = join(e.parentPath, e.name);
    const text = readFileSync(path, "utf8");
    for (const m of text.matchAll(/^(?:import|export)[^;]*?from\s+"(\.\.?\/[^"]+)"/gms))
      out.push({ file: relative(src, path), target: relative(src, join(e.parentPath, m[1]!)) });
  }
  return out;
}

const into = (folders: string[]) => (i: { target: string }) =>
  folders.some((f) => i.target.startsWith(`${f}/`));

describe("the import graph runs one way", () => {
  it("src/checks imports nothing from src/engine (facts live in src/checks/facts.ts)", () => {
    expect(imports("checks").filter(into(["engine", "action", "cli", "github"]))).toEqual([]);
  });

  it("readers and the core import neither the engine nor the checks", () => {
    for (const folder of ["formats", "manifest", "safety", "evidence", "core", "repo", "policy"])
      expect(imports(folder).filter(into(["engine", "checks", "action", "cli"]))).toEqual([]);
    // The core is the bottom: it imports no other folder.
    expect(imports("core").filter((i) => !i.target.startsWith("core/"))).toEqual([]);
  });

  it("the GitHub adapter performs lookups and decides nothing; the two shells share no code", () => {
    expect(imports("github").filter(into(["engine", "checks", "action", "cli"]))).toEqual([]);
    expect(imports("action").filter(into(["cli"]))).toEqual([]);
    expect(imports("cli").filter(into(["action"]))).toEqual([]);
  });
});
