import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.ts";
import { BASELINE } from "../../src/policy/baseline.ts";
import { canonicalJson, loadPolicy } from "../../src/policy/load.ts";

const FILE = ".github/model-gate.yml";
const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string) => loadPolicy({ bytes: enc(text), file: FILE, label: "abc123" });
const HEAD = "apiVersion: model-gate/v1\nkind: Policy\n";

function userError(text: string | Uint8Array): UserError {
  try {
    loadPolicy({ bytes: typeof text === "string" ? enc(text) : text, file: FILE, label: "abc123" });
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error("expected a UserError");
}

describe("loadPolicy", () => {
  it("uses the baseline when there is no policy file", () => {
    const a = loadPolicy({ bytes: null, file: FILE, label: "abc123" });
    expect(a.source).toBe("baseline");
    expect(a.policy).toEqual(BASELINE);
    expect(a.digest).toBe(`sha256:${createHash("sha256").update(canonicalJson(BASELINE)).digest("hex")}`);
    expect(a.file).toBeUndefined();
    // A copy: changing it does not change the next load.
    a.policy.tiers.high.approvals = { count: 0 };
    expect(loadPolicy({ bytes: null, file: FILE, label: "x" }).policy.tiers.high.approvals?.count).toBe(2);
    expect(loadPolicy({ bytes: null, file: FILE, label: "x" }).digest).toBe(a.digest);
  });

  it("loads the SPEC section 3 example", () => {
    const bytes = readFileSync(new URL("./fixtures/spec-policy.yml", import.meta.url));
    const loaded = loadPolicy({ bytes, file: FILE, label: "abc123" });
    expect(loaded.source).toBe(`${FILE}@abc123`);
    expect(loaded.file).toBe(FILE);
    expect(loaded.digest).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    const p = loaded.policy;
    expect(p.owners).toEqual({ teams: ["acme/ai-governance"], users: [] });
    expect(p.tiers.high.approvals).toEqual({
      count: 2,
      from: { teams: ["acme/ai-risk-committee"], users: [] },
    });
    // The example names only owasp-llm-2025 for high: lists replace the baseline's.
    expect(p.tiers.high.riskAssessment).toEqual({
      required: true,
      maxAgeDays: 365,
      frameworks: ["owasp-llm-2025"],
    });
    // Tiers the file does not mention come from the baseline.
    expect(p.tiers.limited).toEqual(BASELINE.tiers.limited);
    expect(p.waivers).toEqual([
      {
        rule: "evidence/threshold-exceeded",
        model: "support-assistant",
        reason: "vendor fix lands in 2.4.1; traffic limited to beta users",
        owner: "alice",
        ticket: "SEC-1234",
        expires: "2026-12-31",
        line: 24,
      },
    ]);
  });

  it("extends: baseline deep-merges maps and replaces lists", () => {
    const p = load(
      `${HEAD}extends: baseline\ntiers:\n  high:\n    adversarialTests: { maxAttackSuccessRate: 0.02 }\nlicenses: { deny: [] }\nlimits: { maxFileBytes: 1024 }\n`,
    ).policy;
    expect(p.tiers.high.adversarialTests).toEqual({
      required: true,
      maxAttackSuccessRate: 0.02,
      maxAgeDays: 90,
    });
    expect(p.tiers.high.approvals?.count).toBe(2);
    expect(p.licenses.deny).toEqual([]);
    expect(p.limits.maxFileBytes).toBe(1024);
    expect(p.environments).toEqual(BASELINE.environments);
  });

  it("a relaxation must be written out", () => {
    const p = load(`${HEAD}tiers:\n  limited:\n    adversarialTests: { required: false }\n`).policy;
    expect(p.tiers.limited.adversarialTests?.required).toBe(false);
    expect(p.tiers.limited.riskAssessment?.required).toBe(true);
  });

  it("reports YAML errors with file and line", () => {
    const e = userError(`${HEAD}tiers:\n  high: {}\n  high: {}\n`);
    expect(e.location).toMatchObject({ file: FILE, line: 5 });
    expect(e.message).toMatch(/duplicate key/);
    expect(e.hint).toBeTruthy();
    expect(e.describe()).toMatch(/^\.github\/model-gate\.yml:5:\d+: /);
  });

  it("reports schema errors with their line, all of them", () => {
    const e = userError(
      `${HEAD}tiers:\n  high:\n    approvals: { count: -1 }\nlimits:\n  maxFileBytes: lots\n`,
    );
    expect(e.location.line).toBe(5);
    expect(e.message).toContain("tiers.high.approvals.count must be >= 0");
    expect(e.message).toContain("line 7: limits.maxFileBytes must be a whole number");
  });

  it("suggests the field a typo meant", () => {
    const e = userError(`${HEAD}tier:\n  high: { blocked: true }\n`);
    expect(e.message).toContain("tier is not a known field (did you mean tiers?)");
    expect(e.location.line).toBe(3);
  });

  it.each([
    ["a wrong kind", "apiVersion: model-gate/v1\nkind: ModelManifest\n", /kind must be Policy/],
    ["no apiVersion", "kind: Policy\n", /must have 'apiVersion'/],
    ["a list", "- a\n", /must be a mapping/],
    ["an empty file", "", /must be a mapping/],
    ["an unknown extends", `${HEAD}extends: strict\n`, /extends must be baseline/],
    [
      "an unknown framework",
      `${HEAD}tiers: { high: { riskAssessment: { frameworks: [nist] } } }\n`,
      /owasp-llm-2025/,
    ],
    ["a rate above 1", `${HEAD}tiers: { high: { adversarialTests: { maxAttackSuccessRate: 5 } } }\n`, /<= 1/],
    ["a team without org", `${HEAD}owners: { teams: [governance] }\n`, /org\/team-slug/],
    ["a !!js tag", `${HEAD}owners: !!js/function "x"\n`, /tag/],
  ])("rejects %s", (_name, text, message) => {
    expect(userError(text).message).toMatch(message);
  });

  it("rejects invalid UTF-8 and NUL bytes", () => {
    expect(userError(new Uint8Array([0xff, 0xfe, 0x00])).message).toMatch(/UTF-8|NUL/);
    expect(userError(`${HEAD}\u0000`).message).toMatch(/NUL/);
  });

  it("a __proto__ section is rejected and pollutes nothing", () => {
    const e = userError(`${HEAD}__proto__: { polluted: true }\n`);
    expect(e.message).toMatch(/__proto__ is not a known field/);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("keeps a numeric ticket as text and incomplete waivers for checkWaivers to judge", () => {
    const p = load(`${HEAD}waivers:\n  - rule: evidence/expired\n    ticket: 1234\n`).policy;
    expect(p.waivers).toEqual([
      { rule: "evidence/expired", model: "", reason: "", owner: "", expires: "", ticket: "1234", line: 4 },
    ]);
  });
});
