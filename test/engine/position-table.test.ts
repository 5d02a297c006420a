// A manifest parsed on a worker thread comes back with a SourceMap rebuilt from a position
// table. Every finding's line and column comes from locate(), so the table-backed map must
// answer exactly as the AST-backed one, for paths that exist, partly exist or do not.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { manifestFromReply, type ParseReply, runParseJob } from "../../src/engine/parse-jobs.ts";
import { loadManifest } from "../../src/manifest/load.ts";
import type { PathSegment, SourceMap } from "../../src/manifest/model.ts";
import { parseDocument, positionTable, tableSourceMap } from "../../src/manifest/yaml.ts";

/** Every path to a value in `v`, indices both as numbers and as digit strings. */
function pathsOf(v: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix);
  if (out.length > 2000) return out;
  if (Array.isArray(v)) {
    v.forEach((item, i) => {
      pathsOf(item, [...prefix, i], out);
      out.push([...prefix, String(i)]);
    });
  } else if (v !== null && typeof v === "object") {
    for (const k of Object.keys(v)) pathsOf((v as Record<string, unknown>)[k], [...prefix, k], out);
  }
  return out;
}

/** Paths that leave the document part way, or name an index oddly. */
const ODD_SEGMENTS: PathSegment[] = [
  "nope",
  "",
  "0",
  "00",
  "01",
  "1",
  -1,
  -0,
  1.5,
  2 ** 53,
  Number.NaN,
  "1e0",
  "__proto__",
  "constructor",
  "toString",
  "length",
];

function probe(paths: PathSegment[][]): PathSegment[][] {
  const out = [...paths];
  for (const p of paths.slice(0, 200)) {
    for (const seg of ODD_SEGMENTS) {
      out.push([...p, seg]);
      if (p.length > 0) out.push([...p.slice(0, -1), seg, ...p.slice(-1)]);
    }
  }
  return out;
}

/** The AST-backed map and the table-backed one, the table passed through a structured clone. */
function bothMaps(text: string): { value: unknown; ast: SourceMap; table: SourceMap } | undefined {
  const parsed = parseDocument(text, "m.yaml");
  if (!parsed.ok) return undefined;
  const table = positionTable(parsed.source);
  expect(table).toBeDefined();
  return { value: parsed.value, ast: parsed.source, table: tableSourceMap(structuredClone(table!)) };
}

function expectSameAnswers(text: string, extra: PathSegment[][] = []): number {
  const maps = bothMaps(text);
  if (!maps) return 0;
  const paths = probe([...pathsOf(maps.value), ...extra]);
  // One comparison per document: each answer paired with its path, so a difference names it.
  const answers = (map: SourceMap) => paths.map((p) => [JSON.stringify(p), map.locate(p)]);
  expect(answers(maps.table)).toEqual(answers(maps.ast));
  return paths.length;
}

const key = fc.oneof(
  fc.constantFrom("apiVersion", "spec", "name", "0", "1", "01", "1.10", "true", "null", "__proto__", "a b"),
  fc.string({ minLength: 1, maxLength: 5 }),
);
const scalar = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const { value: plainValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie("value")), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)), // own "__proto__" keys, like the parser's
  ),
}));

describe("table-backed SourceMap", () => {
  it("answers like the AST-backed one for generated documents in any layout", () => {
    fc.assert(
      fc.property(
        plainValue,
        fc.record({
          indent: fc.integer({ min: 1, max: 4 }),
          collectionStyle: fc.constantFrom("any", "block", "flow") as fc.Arbitrary<"any" | "block" | "flow">,
          lead: fc.constantFrom("", "# comment\n", "\n\n", "---\n"),
          shared: fc.boolean(),
        }),
        (value, o) => {
          // A shared sub-value is written once with an anchor and then as aliases.
          const doc =
            o.shared && value !== null && typeof value === "object" ? { a: value, b: value } : value;
          const text =
            o.lead +
            stringify(doc, {
              indent: o.indent,
              collectionStyle: o.collectionStyle,
              aliasDuplicateObjects: true,
            });
          expectSameAnswers(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers like the AST-backed one for hand-written oddities", () => {
    const docs = [
      "1.10: a\ntrue: b\n1: c\n0x1F: d\n~x: e\n",
      "base: &b {x: 1, y: [1, 2]}\nuse: *b\nlist: [*b, *b]\n",
      "a: &s [1, &m {k: v}, 3]\nb: *s\nc: *m\n",
      "? complex\n: value\nplain: x\n",
      "seq:\n- \n- a\n-\n  - nested\n",
      "'quoted key': 1\n\"dq\": [ {a: 1}, {b: 2} ]\n",
      "__proto__: {polluted: true}\nconstructor: 1\n",
      "x: |\n  block\n  text\ny: >\n  folded\n",
      "{}",
      "[]",
      "scalar only",
      "",
      "# only a comment\n",
    ];
    let checked = 0;
    for (const d of docs)
      checked += expectSameAnswers(d, [
        ["use", "x"],
        ["list", 1, "y", 0],
        ["b", 1, "k"],
      ]);
    expect(checked).toBeGreaterThan(500);
  });

  it("answers like the AST-backed one for random YAML-ish text that parses", () => {
    const piece = fc.constantFrom(
      "a",
      "1",
      ": ",
      " ",
      "\n",
      "- ",
      "[",
      "]",
      "{",
      "}",
      ", ",
      "&x ",
      "*x",
      "'",
      "#",
      "? ",
      "\n  ",
      "b: ",
      "c:\n  - ",
    );
    let parsedSome = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        if (expectSameAnswers(parts.join("")) > 0) parsedSome++;
      }),
      { numRuns: 1000 },
    );
    expect(parsedSome).toBeGreaterThan(50);
  });
});

const fixtures = new URL("../manifest/fixtures/", import.meta.url);
const demoModels = new URL("../../examples/demo/base/models/", import.meta.url);
const fill = (text: string) =>
  text
    .replace(/\{\{date:(-?\d+)\}\}/g, "2026-11-01")
    .replace(/\{\{digest:[\w.-]+\}\}/g, `sha256:${"ab".repeat(32)}`)
    .replace(/\{\{lfs:[\w.-]+\}\}\n?/g, "");

function realManifests(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const dir of [fixtures, demoModels]) {
    for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)))
      out.push({ file: `models/${name}`, text: fill(readFileSync(new URL(name, dir), "utf8")) });
  }
  return out;
}

/** What a worker reply looks like after crossing the thread boundary. */
const overTheWire = (reply: ParseReply) => structuredClone(reply) as Parameters<typeof manifestFromReply>[0];

describe("manifests parsed as a worker parses them", () => {
  const manifests = realManifests();

  it("finds the real manifests", () => {
    expect(manifests.length).toBeGreaterThanOrEqual(4);
  });

  it("give the same manifest, findings and positions as loading in this thread", () => {
    let loadedOk = 0;
    for (const { file, text } of manifests) {
      const bytes = new TextEncoder().encode(text);
      const direct = loadManifest(file, bytes);
      const viaJob = manifestFromReply(overTheWire(runParseJob({ kind: "manifest", file, bytes })));
      expect(viaJob.ok).toBe(direct.ok);
      if (!direct.ok || !viaJob.ok) {
        expect(viaJob).toEqual(direct);
        continue;
      }
      loadedOk++;
      expect(viaJob.loaded.manifest).toEqual(direct.loaded.manifest);
      expect(viaJob.loaded.file).toBe(direct.loaded.file);
      expect(viaJob.loaded.format).toBe(direct.loaded.format);
      for (const p of probe(pathsOf(direct.loaded.manifest)))
        expect(viaJob.loaded.source.locate(p), JSON.stringify(p)).toEqual(direct.loaded.source.locate(p));
    }
    expect(loadedOk).toBeGreaterThanOrEqual(3);
  });

  it("report a broken manifest with the same findings", () => {
    const cases = [
      "apiVersion: model-gate/v1\nkind: ModelManifest\nmetadata: {name: x}\nspec: {type: llm, artifacts: [{path: a, digest: nope}]}\n",
      "apiVersion: v0\n",
      "a: [1,\n",
      "a: !!binary AAAA\n",
    ];
    for (const text of [...cases, "\u0000"]) {
      const bytes = new TextEncoder().encode(text);
      const direct = loadManifest("m.yaml", bytes);
      expect(direct.ok).toBe(false);
      expect(
        manifestFromReply(overTheWire(runParseJob({ kind: "manifest", file: "m.yaml", bytes }))),
      ).toEqual(direct);
    }
  });

  it("keep a __proto__ key as plain data across the thread boundary", () => {
    const text = `${fill(manifests[0]!.text)}\n`.replace(
      "metadata:\n",
      "metadata:\n  __proto__: {polluted: true}\n",
    );
    const bytes = new TextEncoder().encode(text);
    const direct = loadManifest("m.yaml", bytes);
    const viaJob = manifestFromReply(overTheWire(runParseJob({ kind: "manifest", file: "m.yaml", bytes })));
    expect(viaJob).toEqual(direct);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
