// Which project a test file belongs in (see vitest.config.ts): a file named *.e2e.test.ts runs
// in the end-to-end project; any other is a unit test and must reach no process and no dist/.
// test/unit-guard.test.ts applies this to every file.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const E2E_SUFFIX = ".e2e.test.ts";

/** Harnesses whose point is running git, dist/cli.js or dist/index.js. */
const HARNESSES = [
  "test/support/cli-repo.ts",
  "test/action/harness.ts",
  "test/action/scenario.ts",
  "test/action/fake-github.ts",
  "test/repo/helpers.ts",
  "scripts/lib/demo-repo.mjs",
];
const PROCESS_MODULES = new Set(["child_process", "node:child_process"]);

const IMPORT = /\b(?:from|import|require)\s*\(?\s*["']([^"']+)["']/g;

export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => m[1]!);
}

/**
 * Why a test file may start a process or need the bundle, through its own code or the test
 * helpers it imports (src/ is not followed: a src module that spawns is stopped at run time), or
 * null.
 */
export function spawnReason(file: string, seen = new Set<string>()): string | null {
  if (seen.has(file)) return null;
  seen.add(file);
  const rel = path.relative(ROOT, file);
  if (HARNESSES.includes(rel)) return `${rel} runs processes`;
  if (rel.startsWith("src/") || rel.startsWith("..")) return null;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return null; // a generated module or a data file
  }
  if (/["'`](?:\.\.\/)+dist\//.test(text)) return `${rel} runs the bundle in dist/`;
  for (const spec of importsOf(text)) {
    if (PROCESS_MODULES.has(spec)) return `${rel} imports ${spec}`;
    if (!spec.startsWith(".")) continue;
    const why = spawnReason(path.resolve(path.dirname(file), spec), seen);
    if (why) return why;
  }
  return null;
}

export function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "fixtures" ? [] : testFiles(p);
    return e.name.endsWith(".test.ts") ? [p] : [];
  });
}
