// The fast YAML path answers only where it gives exactly what the `yaml` package path gives: the
// same plain value (keys, order, -0, own `__proto__`) and the same position of every key and item.
// Anything else it hands back. Checked on the repository's own manifests and policies, on
// documents the `yaml` package writes, and on many mutations of them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseDocument, parseWithYamlPackage, positionTable } from "../../src/manifest/yaml.ts";
import { parseFast } from "../../src/manifest/yaml-fast.ts";
import { settings } from "../fuzz/settings.ts";

const LIMITS = { maxNodes: 100_000, maxDepth: 64 };

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === "node_modules" || name.startsWith(".git")) continue;
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

const today = "2026-10-01";
/** A manifest as bench/generate.mjs writes them, with the shapes real ones use. */
function benchManifest(i: number): string {
  const owasp = Array.from({ length: 10 }, (_, k) => `LLM${String(k + 1).padStart(2, "0")}: mitigated`).join(
    ", ",
  );
  return `apiVersion: model-gate/v1
kind: ModelManifest
# a comment
metadata:
  name: model-${i}
  version: "1.0.${i}"
  owner: team-${i % 10}   # trailing comment
spec:
  type: llm
  riskTier: high
  environments: [api, cloud]
  artifacts:
    - path: models/m${i}/model.safetensors
      digest: sha256:${"ab".repeat(32)}
  riskAssessment:
    report: docs/risk/m${i}.md
    date: ${today}
    frameworks:
      owasp-llm-2025: { ${owasp} }
  adversarialTests:
  - tool: garak
    report: 'evidence/m${i}/garak.report.jsonl'
    date: ${today}
  datasets:
    - name: data-${i}
      source: s3://datasets/d${i}
      vetted: { by: bob, date: ${today} }
  controls:
    inputValidation: true
    rateLimit: { requestsPerMinute: 600 }
  evaluation:
    metrics: { accuracy: 0.97, loss: -1.5e-3, count: 0x1F, empty: [], none: {}, n: ~ }
`;
}

const SEEDS = [
  ...[...yamlFiles("test"), ...yamlFiles("examples"), ...yamlFiles("schema")].map((f) =>
    readFileSync(f, "utf8"),
  ),
  benchManifest(1),
  benchManifest(22),
];

/** Same value: same own keys in the same order, same prototypes, Object.is on leaves. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => {
    const da = Object.getOwnPropertyDescriptor(a, k);
    const db = Object.getOwnPropertyDescriptor(b, k);
    return da?.enumerable === db?.enumerable && same(da?.value, db?.value);
  });
}

/** The fast path agrees with the full one, or declines. Returns whether it answered. */
function agrees(text: string): boolean {
  const fast = parseFast(text, LIMITS);
  if (!fast) return false;
  const full = parseWithYamlPackage(text, "x.yaml");
  if (!full.ok) throw new Error(`fast path accepted what the yaml package refuses: ${full.message}\n${text}`);
  if (!same(fast.value, full.value))
    throw new Error(
      `values differ\n${text}\nfast: ${JSON.stringify(fast.value)}\nfull: ${JSON.stringify(full.value)}`,
    );
  expect(fast.table, text).toEqual(positionTable(full.source));
  // Without positions, the same value.
  const bare = parseFast(text, LIMITS, false);
  if (!bare || bare.table !== null || !same(bare.value, full.value))
    throw new Error(`without positions\n${text}`);
  return true;
}

const TOKENS = [
  "a",
  "1",
  "0",
  "-",
  ".",
  ":",
  ": ",
  " ",
  "  ",
  "\n",
  "\n  ",
  "- ",
  "[",
  "]",
  "{",
  "}",
  ",",
  ", ",
  "&x ",
  "*x",
  "!!str ",
  "'",
  "''",
  '"',
  "#",
  " #",
  "---",
  "...",
  "? ",
  "|",
  ">",
  "%",
  "@",
  "`",
  "~",
  "null",
  "true",
  "1.10",
  "-1",
  "+1",
  "0o7",
  "0x1F",
  "1e3",
  ".inf",
  ".nan",
  "__proto__",
  "\t",
  "\r",
  "\\",
  "\u00a0",
  "é",
  "\u2028",
  "\ufeff",
  "\u0000",
];

/** A mutation of a seed: tokens inserted, ranges deleted or lines repeated at random places. */
const mutant = fc
  .record({
    seed: fc.constantFrom(...SEEDS),
    edits: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        kind: fc.constantFrom("insert", "delete", "line"),
        token: fc.constantFrom(...TOKENS),
        length: fc.integer({ min: 1, max: 12 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ seed, edits }) => {
    let t = seed;
    for (const e of edits) {
      const at = Math.floor(e.at * t.length);
      if (e.kind === "insert") t = t.slice(0, at) + e.token + t.slice(at);
      else if (e.kind === "delete") t = t.slice(0, at) + t.slice(at + e.length);
      else {
        const start = t.lastIndexOf("\n", at - 1) + 1;
        const end = t.indexOf("\n", at);
        const line = t.slice(start, end === -1 ? t.length : end + 1);
        t = t.slice(0, start) + line + t.slice(start);
      }
    }
    return t;
  });

describe("the fast YAML path", () => {
  it("answers for the manifests and policies in this repository, exactly as the yaml package", () => {
    let answered = 0;
    for (const text of SEEDS) if (agrees(text)) answered++;
    // The bench's manifests and the fixtures are in the subset; workflows (block scalars) are not.
    console.log("seeds answered", answered, SEEDS.length);
    expect(answered).toBeGreaterThanOrEqual(8);
    expect(agrees(benchManifest(3))).toBe(true);
  });

  it("agrees with the yaml package or declines, on mutated manifests", () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(mutant, (text) => {
        runs++;
        if (agrees(text)) answered++;
      }),
      settings(1313, 4000),
    );
    // The mutations must exercise the answering path, not only the declining one.
    console.log("mutants answered", answered, runs);
    expect(answered / runs).toBeGreaterThan(0.1);
  });

  it("agrees with the yaml package or declines, on what the yaml package writes", () => {
    const key = fc.oneof(
      fc.constantFrom("a", "b", "__proto__", "constructor", "1.10", "true", "null", "0x1F", "x y", "é", ""),
      fc.string({ maxLength: 6 }),
    );
    const leaf = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom("1.0", "yes", "-", "- a", "a: b", "#", "a #b", "0o17", "~", "", " a", "1e3"),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, tie("map"), tie("list")),
      map: fc.dictionary(key, tie("node"), { maxKeys: 4 }),
      list: fc.array(tie("node"), { maxLength: 4 }),
    })).map;
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(value, fc.constantFrom(0, 1, 2), (v, style) => {
        runs++;
        const text =
          style === 0
            ? stringify(v)
            : style === 1
              ? stringify(v, { flowCollectionPadding: false, indentSeq: false })
              : stringify(v, { collectionStyle: "flow" });
        if (agrees(text)) answered++;
      }),
      settings(1314, 3000),
    );
    console.log("written answered", answered, runs);
    expect(answered / runs).toBeGreaterThan(0.05);
  });

  it("declines what it does not read, leaving the finding to the yaml package", () => {
    const declined = [
      "a: 1\na: 2\n", // duplicate key
      "a: &x 1\nb: *x\n", // anchors
      "a: !!binary aGk=\n", // tags
      'a: "\\u0041"\n', // escapes
      "a: |\n  text\n", // block scalar
      "a: b\n  c\n", // multi-line plain scalar
      "a: [1,\n  2]\n", // multi-line flow
      "%YAML 1.1\n---\na: yes\n", // directive
      "a: 1\n---\nb: 2\n", // two documents
      "a:\tb\n", // tab
      "a: b\r\n", // CR
      "a: .nan\n", // refused by the full path, with its message
      "a: b: c\n", // nested compact mapping
    ];
    for (const text of declined) {
      expect(parseFast(text, LIMITS), text).toBeUndefined();
      // parseDocument still decides, through the yaml package.
      const { source: _a, ...r } = parseDocument(text, "x.yaml") as { source?: unknown };
      const { source: _b, ...full } = parseWithYamlPackage(text, "x.yaml") as { source?: unknown };
      expect(r).toEqual(full);
    }
  });

  it("keeps the full path's limits: depth and node count", () => {
    const deep = `${Array.from({ length: 40 }, (_, i) => `${" ".repeat(i * 2)}k${i}:`).join("\n")} 1\n`;
    expect(parseFast(deep, LIMITS)).toBeUndefined();
    const wide = `a: [${Array.from({ length: 50 }, (_, i) => i).join(", ")}]\n`;
    expect(parseFast(wide, { maxNodes: 20, maxDepth: 64 })).toBeUndefined();
    expect(parseFast(wide, LIMITS)).toBeDefined();
  });
});
