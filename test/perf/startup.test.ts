// Issue 13: the fixed cost of a run. The bundle is code-split; `--version` and `check` load only
// what they need (the static imports of their chunks), and a check with nothing to judge starts
// only the git processes it needs. Budgets, not timings: a regression here shows as bytes
// compiled or processes started on every run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript helpers without type declarations
import { generateSteady } from "../../bench/generate.mjs";

const DIST = new URL("../../dist/", import.meta.url).pathname;
const PRELOAD = new URL("./git-spawns.cjs", import.meta.url).pathname;
const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A dist file and every chunk it imports statically, with their text. */
function staticClosure(file: string): Map<string, string> {
  const out = new Map<string, string>();
  const todo = [file];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (out.has(f)) continue;
    const text = readFileSync(join(DIST, f), "utf8");
    out.set(f, text);
    for (const m of text.matchAll(
      /^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gms,
    ))
      todo.push((m[1] ?? m[2])!);
  }
  return out;
}

const bytes = (files: Map<string, string>) => [...files.values()].reduce((n, t) => n + t.length, 0);
const all = (files: Map<string, string>) => [...files.values()].join("\n");

/** The chunk a command of dist/cli.js loads, and what `check` loads once its refs are known. */
function commandChunk(name: string): string {
  const m = new RegExp(`${name}: async \\(\\) => \\(await import\\("\\./([^"]+)"\\)\\)`).exec(
    readFileSync(join(DIST, "cli.js"), "utf8"),
  );
  if (!m) throw new Error(`no chunk for ${name} in dist/cli.js`);
  return m[1]!;
}

describe("start-up cost", () => {
  it("--version and --help compile a few kilobytes, not the engine", () => {
    const entry = staticClosure("cli.js");
    expect(bytes(entry)).toBeLessThan(40_000);
    expect(all(entry)).not.toMatch(/runGate|parseAllDocuments/);
  });

  it("check loads neither the scanner, the formats, sigstore, SARIF, Markdown, the GitHub client nor worker_threads", () => {
    const check = staticClosure(commandChunk("check"));
    // The rest of check is one dynamic import, started while its first git process runs.
    const gate = /import\("\.\/([^"]+)"\)/.exec(check.get(commandChunk("check"))!)?.[1];
    expect(gate).toBeDefined();
    const loaded = new Map([...check, ...staticClosure(gate!)]);
    const text = all(loaded);
    for (const absent of [
      "function scanModelFile",
      "function sniffModelContent",
      "function checkModelSignature",
      "function loadModelCard",
      "function loadCycloneDx",
      "function renderSarif",
      "function renderMarkdown",
      "getOctokit",
      'from "node:worker_threads"',
    ])
      expect(text).not.toContain(absent);
    expect(text).toContain("function runGate");
    // Today about 620 KB (yaml and the policy validator are most of it), down from 3.6 MB.
    expect(bytes(loaded)).toBeLessThan(750_000);
  });

  it("a check with nothing to judge starts rev-parse, one small ls-tree and one cat-file, nothing else", () => {
    const root = mkdtempSync(join(tmpdir(), "mg-startup-"));
    temps.push(root);
    const repo = generateSteady(join(root, "repo"), 3) as string;
    const log = join(root, "spawns.log");
    const r = spawnSync(
      process.execPath,
      [
        "--require",
        PRELOAD,
        join(DIST, "cli.js"),
        "check",
        "--base",
        "main",
        "--head",
        "main",
        "--format",
        "json",
      ],
      { cwd: repo, encoding: "utf8", env: { ...process.env, MG_SPAWN_LOG: log } },
    );
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: "pass", models: [], findings: [] });
    const commands = readFileSync(log, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as string[]);
    expect(commands.map((c) => c.find((a) => !a.startsWith("-")))).toEqual([
      "rev-parse",
      "ls-tree",
      "cat-file",
    ]);
    // The ls-tree names the policy file and its folder only: the tree is not listed.
    expect(commands[1]!.slice(-2)).toEqual([".github", ".github/model-gate.yml"]);
    expect(commands[1]).not.toContain("-r");
  });
});
