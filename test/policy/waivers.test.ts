import { describe, expect, it } from "vitest";
import { checkWaivers } from "../../src/checks/waivers.ts";
import type { Finding } from "../../src/core/findings.ts";
import { BASELINE } from "../../src/policy/baseline.ts";
import type { Policy, Waiver } from "../../src/policy/types.ts";
import { applyWaivers } from "../../src/policy/waivers.ts";

const NOW = new Date("2026-10-15T18:30:00Z");
const FILE = ".github/model-gate.yml";

const waiver = (over: Partial<Waiver> = {}): Waiver => ({
  rule: "evidence/threshold-exceeded",
  model: "support-assistant",
  reason: "vendor fix lands in 2.4.1",
  owner: "alice",
  ticket: "SEC-1234",
  expires: "2026-12-31",
  line: 12,
  ...over,
});

const policyWith = (...waivers: Waiver[]): Policy => ({ ...structuredClone(BASELINE), waivers });
const check = (...waivers: Waiver[]) => checkWaivers(policyWith(...waivers), NOW, FILE);

describe("checkWaivers", () => {
  it("keeps a complete waiver that expires within 90 days", () => {
    const w = waiver();
    expect(check(w)).toEqual({ active: [w], findings: [] });
  });

  it("a waiver is active through its expiry day, and expired the day after", () => {
    expect(check(waiver({ expires: "2026-10-15" })).active).toHaveLength(1);
    const r = check(waiver({ expires: "2026-10-14" }));
    expect(r.active).toEqual([]);
    expect(r.findings).toEqual([
      expect.objectContaining({ ruleId: "waiver/expired", file: FILE, line: 12, model: "support-assistant" }),
    ]);
    expect(r.findings[0]?.message).toMatch(/expired on 2026-10-14/);
  });

  it("allows at most 90 days ahead", () => {
    expect(check(waiver({ expires: "2027-01-13" })).active).toHaveLength(1); // 2026-10-15 + 90 days
    const r = check(waiver({ expires: "2027-01-14" }));
    expect(r.active).toEqual([]);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: "waiver/invalid", line: 12 })]);
    expect(r.findings[0]?.message).toMatch(/more than 90 days ahead/);
  });

  it.each([
    ["no reason", { reason: "" }, /no 'reason'/],
    ["no owner and no expiry", { owner: " ", expires: "" }, /no 'owner', 'expires'/],
    ["no model", { model: "" }, /no 'model'/],
    ["an unknown rule", { rule: "evidence/*" }, /not a rule id/],
    ["a waiver rule", { rule: "waiver/expired" }, /cannot be waived/],
    ["an impossible date", { expires: "2026-02-30" }, /not a date/],
    ["a date-time", { expires: "2026-12-01T00:00:00Z" }, /not a date/],
  ])("rejects a waiver with %s", (_name, over, message) => {
    const r = check(waiver(over));
    expect(r.active).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.ruleId).toBe("waiver/invalid");
    expect(r.findings[0]?.message).toMatch(message);
  });

  it("judges each waiver on its own", () => {
    const good = waiver({ model: "a" });
    const r = check(good, waiver({ model: "b", expires: "2020-01-01" }), waiver({ model: "c", reason: "" }));
    expect(r.active).toEqual([good]);
    expect(r.findings.map((f) => [f.ruleId, f.model])).toEqual([
      ["waiver/expired", "b"],
      ["waiver/invalid", "c"],
    ]);
  });

  it("the baseline has no waivers", () => {
    expect(checkWaivers(BASELINE, NOW)).toEqual({ active: [], findings: [] });
  });
});

describe("applyWaivers", () => {
  const finding = (over: Partial<Finding> = {}): Finding => ({
    ruleId: "evidence/threshold-exceeded",
    severity: "error",
    message: "attack success rate 0.08 > 0.05",
    file: "models/support.model.yaml",
    line: 31,
    model: "support-assistant",
    waived: null,
    ...over,
  });

  it("marks findings with the same rule and model", () => {
    const [f] = applyWaivers([finding()], [waiver()]);
    expect(f?.waived).toEqual({
      rule: "evidence/threshold-exceeded",
      model: "support-assistant",
      reason: "vendor fix lands in 2.4.1",
      owner: "alice",
      ticket: "SEC-1234",
      expires: "2026-12-31",
    });
  });

  it("leaves other models, other rules and model-less findings alone", () => {
    const input = [
      finding({ model: "support-assistant-v2" }),
      finding({ ruleId: "evidence/expired" }),
      finding({ model: undefined }),
    ];
    expect(applyWaivers(input, [waiver()]).map((f) => f.waived)).toEqual([null, null, null]);
  });

  it("never waives waiver findings", () => {
    const f = finding({ ruleId: "waiver/invalid", severity: "error" });
    expect(applyWaivers([f], [waiver({ rule: "waiver/invalid" })])[0]?.waived).toBeNull();
  });

  it("does not modify its input", () => {
    const input = [finding()];
    const out = applyWaivers(input, [waiver()]);
    expect(input[0]?.waived).toBeNull();
    expect(out[0]).not.toBe(input[0]);
  });
});
