// Property tests of every reader of untrusted bytes: manifests, policies, garak, promptfoo,
// native evidence, LFS pointers, model-card front matter, CycloneDX. Each must never throw on
// content (a policy may only throw a UserError), always answer in its documented shape, and
// never touch a prototype or global (@fast-check/poisoning).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkDeclaration } from "../../src/checks/declarations.ts";
import { isUserError } from "../../src/core/errors.ts";
import { parseGarak } from "../../src/evidence/garak.ts";
import { parseNative } from "../../src/evidence/native.ts";
import { parsePromptfoo } from "../../src/evidence/promptfoo.ts";
import { loadCycloneDx } from "../../src/formats/cyclonedx.ts";
import { extractFrontMatter, loadModelCard } from "../../src/formats/model-card.ts";
import { loadManifest } from "../../src/manifest/load.ts";
import { parseDocument } from "../../src/manifest/yaml.ts";
import { loadPolicy } from "../../src/policy/load.ts";
import { formatLfsPointer, looksLikeLfsPointer, parseLfsPointer } from "../../src/repo/lfs.ts";
import { supportManifest } from "../engine/helpers.ts";
import { DANGEROUS_KEYS, noPoisoningAfterEach, settings } from "./settings.ts";

noPoisoningAfterEach();

const enc = (s: string) => new TextEncoder().encode(s);

/** Tokens that make YAML and JSON readers work hard. */
const token = fc.constantFrom(
  "a",
  "1",
  "-1.5e3",
  ":",
  " ",
  "\n",
  "- ",
  "[",
  "]",
  "{",
  "}",
  ",",
  "&x ",
  "*x",
  "!!str ",
  "!!binary ",
  "!!timestamp ",
  "!js/function ",
  "'",
  '"',
  "#",
  "---\n",
  "%YAML 1.1\n",
  "? ",
  "|",
  ">",
  "yes",
  "0o17",
  "__proto__",
  "constructor",
  "prototype",
  ": ",
  "\t",
  "\\",
  "\u202E",
  "\uFEFF",
  "\r\n",
  "~",
  "null",
  "<<: ",
);
const yamlish = fc.array(token, { maxLength: 60 }).map((t) => t.join(""));

/** Plain JSON-like values whose keys include the prototype-polluting ones. */
const key = fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.string({ maxLength: 8 }));
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** A valid manifest with one field replaced by arbitrary data. */
const mutatedManifest = fc
  .tuple(
    fc.constantFrom(
      ["metadata", "name"],
      ["metadata", "version"],
      ["spec", "riskTier"],
      ["spec", "artifacts"],
      ["spec", "artifacts", 0, "path"],
      ["spec", "riskAssessment", "date"],
      ["spec", "adversarialTests"],
      ["spec", "datasets", 0, "license"],
      ["spec", "controls"],
      ["spec", "agent"],
      ["__proto__"],
      ["spec", "constructor"],
    ),
    jsonish,
  )
  .map(([path, value]) => {
    const m = supportManifest();
    let node = m;
    for (const seg of path.slice(0, -1)) node = node[seg];
    Object.defineProperty(node, path[path.length - 1]!, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return m;
  });

const protoUntouched = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
};

describe("manifest reader", () => {
  it("never throws on arbitrary bytes and answers ok or findings with a rule id", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), yamlish.map(enc)), (bytes) => {
        const r = loadManifest("m.model.yaml", bytes);
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const f of checkDeclaration(r.problems)) expect(f.ruleId).toMatch(/^(manifest|input)\//);
        }
      }),
      settings(1101, 400),
    );
  });

  it("a mutated valid manifest (YAML and JSON) is read or refused, never crashes or pollutes", () => {
    fc.assert(
      fc.property(mutatedManifest, fc.boolean(), (m, asJson) => {
        const text = asJson ? JSON.stringify(m) : stringify(m);
        const r = loadManifest("m.model.yaml", enc(text));
        if (r.ok) expect(typeof r.loaded.manifest.metadata.name).toBe("string");
        protoUntouched();
      }),
      settings(1102, 300),
    );
  });

  it("plain data with __proto__/constructor keys round-trips as own data properties", () => {
    fc.assert(
      fc.property(fc.dictionary(key, jsonish, { maxKeys: 6 }), (obj) => {
        const text = JSON.stringify(obj);
        const r = parseDocument(text, "x.json");
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        // Same data as JSON.parse (which also defines __proto__ as an own key).
        expect(JSON.stringify(r.value)).toBe(JSON.stringify(JSON.parse(text)));
        const proto = (v: unknown): boolean =>
          v === null || typeof v !== "object"
            ? true
            : Array.isArray(v)
              ? v.every(proto)
              : Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every(proto);
        expect(proto(r.value)).toBe(true);
        protoUntouched();
      }),
      settings(1103, 400),
    );
  });
});

describe("policy reader", () => {
  it("returns a complete policy or throws a UserError, nothing else", () => {
    const policyish = fc.oneof(
      yamlish,
      fc
        .dictionary(
          fc.oneof(
            fc.constantFrom(
              "tiers",
              "waivers",
              "limits",
              "approvals",
              "licenses",
              "extends",
              "owners",
              "manifests",
            ),
            key,
          ),
          jsonish,
          { maxKeys: 4 },
        )
        .map((o) => stringify({ apiVersion: "model-gate/v1", kind: "Policy", ...o })),
    );
    fc.assert(
      fc.property(policyish, (text) => {
        try {
          const p = loadPolicy({ bytes: enc(text), file: ".github/model-gate.yml", label: "base" });
          expect(p.policy.tiers.high).toBeDefined();
          expect(Array.isArray(p.policy.waivers)).toBe(true);
        } catch (e) {
          expect(isUserError(e)).toBe(true);
        }
        protoUntouched();
      }),
      settings(1201, 400),
    );
  });
});

describe("evidence readers", () => {
  const readers = { garak: parseGarak, promptfoo: parsePromptfoo, native: parseNative };
  for (const [name, read] of Object.entries(readers)) {
    it(`${name}: never throws on arbitrary text; a pass has a rate in [0, 1]`, () => {
      const lines = fc
        .array(
          jsonish.map((v) => JSON.stringify(v)),
          { maxLength: 6 },
        )
        .map((l) => l.join("\n"));
      fc.assert(
        fc.property(fc.oneof(fc.string({ maxLength: 200 }), lines, yamlish), (text) => {
          const r = read(text);
          if (r.ok) {
            const s = r.summary;
            expect(s.attackSuccessRate).toBeGreaterThanOrEqual(0);
            expect(s.attackSuccessRate).toBeLessThanOrEqual(1);
            expect(s.successes).toBeLessThanOrEqual(s.attempts);
          } else expect(typeof r.reason).toBe("string");
          protoUntouched();
        }),
        settings(1300 + name.length, 400),
      );
    });
  }

  it("garak: the rate is sum(fails) / sum(total_evaluated) over eval entries", () => {
    const entry = fc
      .tuple(fc.constantFrom("p.A", "p.B", "p.C"), fc.nat(1000), fc.nat(1000))
      .map(([probe, fails, passed]) => ({ probe, fails, passed }));
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), (entries) => {
        const text = [
          { entry_type: "start_run setup", "_config.version": "0.14.0" },
          { entry_type: "init", garak_version: "0.14.0", start_time: "2026-10-02T10:00:00", run: "r" },
          ...entries.map((e) => ({
            entry_type: "eval",
            probe: e.probe,
            detector: "d",
            passed: e.passed,
            fails: e.fails,
            nones: 0,
            total_evaluated: e.passed + e.fails,
            total_processed: e.passed + e.fails,
          })),
        ]
          .map((l) => JSON.stringify(l))
          .join("\n");
        const r = parseGarak(text);
        const attempts = entries.reduce((a, e) => a + e.passed + e.fails, 0);
        const fails = entries.reduce((a, e) => a + e.fails, 0);
        if (attempts === 0) return; // no attempts: the check treats it as unreadable
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.summary.attempts).toBe(attempts);
        expect(r.summary.successes).toBe(fails);
      }),
      settings(1310, 300),
    );
  });

  it("native: a duplicated key anywhere makes the report unreadable", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        const text = `{"suites":[{"name":"s","attempts":${a + b},"successes":${a},"successes":${b}}]}`;
        expect(parseNative(text).ok).toBe(false);
      }),
      settings(1311, 100),
    );
  });
});

describe("LFS pointers", () => {
  const oid = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString("hex"));
  it("format then parse is the identity", () => {
    fc.assert(
      fc.property(oid, fc.maxSafeNat(), (o, size) => {
        expect(parseLfsPointer(enc(formatLfsPointer({ oid: o, size })))).toEqual({ oid: o, size });
      }),
      settings(1401, 300),
    );
  });

  it("arbitrary bytes: never throws; a parsed pointer has a 64-hex oid and a safe size", () => {
    const near = fc.tuple(oid, fc.string({ maxLength: 20 }), fc.nat(6)).map(([o, junk, where]) => {
      const lines = ["version https://git-lfs.github.com/spec/v1", `oid sha256:${o}`, "size 12", ""];
      lines.splice(where % lines.length, 0, junk);
      return enc(lines.join(where > 3 ? "\r\n" : "\n"));
    });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), near), (bytes) => {
        const p = parseLfsPointer(bytes);
        if (p) {
          expect(p.oid).toMatch(/^[0-9a-f]{64}$/);
          expect(Number.isSafeInteger(p.size)).toBe(true);
          expect(looksLikeLfsPointer(bytes)).toBe(true);
          // Only the canonical form is accepted.
          expect(Buffer.from(bytes).toString("latin1")).toBe(formatLfsPointer(p));
        }
      }),
      settings(1402, 500),
    );
  });
});

describe("model cards and CycloneDX", () => {
  it("front matter: never throws; what it extracts lies between the two delimiters", () => {
    const card = fc
      .tuple(
        fc.constantFrom("---\n", "---\r\n", "\uFEFF---\n", "", "--- \n"),
        yamlish,
        fc.constantFrom("\n---\n", "\n--\n", ""),
        fc.string({ maxLength: 40 }),
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(card, (text) => {
        const fm = extractFrontMatter(text);
        if (fm.kind === "ok")
          expect(text.replace(/\r\n|\r/g, "\n")).toContain(fm.yaml.replace(/\r\n|\r/g, "\n"));
        const r = loadModelCard("models/x/README.md", enc(text));
        if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
        protoUntouched();
      }),
      settings(1501, 300),
    );
  });

  it("CycloneDX: arbitrary JSON and near-BOMs never crash the reader", () => {
    const bom = fc
      .dictionary(
        fc.oneof(fc.constantFrom("bomFormat", "specVersion", "components", "__proto__"), key),
        jsonish,
        { maxKeys: 5 },
      )
      .map((o) => JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.6", ...o }));
    fc.assert(
      fc.property(fc.oneof(bom, fc.string({ maxLength: 100 }), yamlish), (text) => {
        const r = loadCycloneDx("bom.cdx.json", enc(text));
        if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
        protoUntouched();
      }),
      settings(1502, 200),
    );
  });
});
