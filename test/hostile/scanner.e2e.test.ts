// Model files that loaders read differently from a naive scanner, declared as the artifact of
// a compliant model in a pull request, against the built CLI: each must block (exit 1) with a
// safety error, while a real PyTorch checkpoint in the same place passes the scan.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { BASELINE } from "../../src/policy/baseline.ts";
import { daysAgo, garakReport } from "../engine/helpers.ts";
import { CHECK_ARGS, cli, scenario as repo } from "../support/cli-repo.ts";
import { compliantManifest } from "../support/compliant-manifest.ts";

const FIXTURES = new URL("../safety/fixtures/containers/", import.meta.url);
// The base policy names `.pt.gz` and `.npz` as artifact formats, so the test holds whether or
// not the engine also recognises model files beyond the policy's patterns.
const policy = (extra: object = {}) =>
  stringify({
    apiVersion: "model-gate/v1",
    kind: "Policy",
    artifacts: [...BASELINE.artifacts, "**/*.pt.gz", "**/*.npz", "**/*.7z"],
    ...extra,
  });

function scenario(
  fixture: string,
  artifact: string,
  policyExtra: object = {},
  extra: Record<string, Uint8Array> = {},
) {
  const bytes = readFileSync(new URL(fixture, FIXTURES));
  const digest = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
  const manifest = compliantManifest({
    name: "support-assistant",
    digest,
    artifact,
    riskReport: "docs/risk/support.md",
    evidence: "evidence/garak.report.jsonl",
    daysAgo,
  });
  const dir = repo(
    { ".github/model-gate.yml": policy(policyExtra) },
    {
      "models/support.model.yaml": stringify(manifest),
      [artifact]: bytes,
      "docs/risk/support.md": "# Risk assessment\n",
      "evidence/garak.report.jsonl": garakReport(2, 100),
      ...extra,
    },
  );
  const r = cli(dir, [...CHECK_ARGS, "--format", "json"]);
  const report = JSON.parse(r.out) as { findings: { ruleId: string; severity: string; message: string }[] };
  const safety = report.findings.filter((f) => f.ruleId.startsWith("safety/"));
  return { code: r.code, safety, errors: safety.filter((f) => f.severity === "error") };
}

describe("archives read as loaders read them", () => {
  it("a real torch.save checkpoint raises no safety finding (control)", () => {
    const r = scenario("torch_state_dict.pt", "models/support/model.pt");
    expect(r.safety.filter((f) => f.ruleId !== "safety/unsafe-pickle" || f.severity === "error")).toEqual([]);
    expect(r.code).toBe(0);
  });
  for (const [what, fixture, artifact, reason] of [
    [
      "a member whose local header says deflate and the directory says stored",
      "zip_method_mismatch.pt",
      "models/support/model.pt",
      /compression method 8 but the central directory says 0/,
    ],
    [
      "a second archive appended after the end record",
      "zip_appended_archive.pt",
      "models/support/model.pt",
      /second archive appended/,
    ],
    [
      "a zip behind prefix bytes, holding os.system",
      "zip_prefixed.keras",
      "models/support/model.keras",
      /posix\.system/,
    ],
    ["a malicious pickle inside gzip", "evil.pt.gz", "models/support/model.pt.gz", /posix\.system/],
    [
      "an object array pickle inside an .npz",
      "object_array_evil.npz",
      "models/support/arrays.npz",
      /posix\.system/,
    ],
    [
      "a pickle prefix in front of a zip (torch.load runs it)",
      "zip_pickle_prefix.pt",
      "models/support/model.pt",
      /posix\.system/,
    ],
    ["a member name cut at a NUL", "zip_nul_name.pt", "models/support/model.pt", /holds a NUL/],
  ] as const) {
    it(`${what}: exit 1 with a safety error`, () => {
      const r = scenario(fixture, artifact);
      expect(r.code).toBe(1);
      expect(r.errors.map((e) => e.message).join("\n")).toMatch(reason);
    });
  }
});

describe("formats the scanner cannot read", () => {
  it("a 7z archive is safety/not-scanned: a note, an error when the tier requires a scan", () => {
    const lax = scenario("evil.pkl.7z", "models/support/model.7z");
    expect(lax.safety).toEqual([expect.objectContaining({ ruleId: "safety/not-scanned", severity: "note" })]);
    const strict = scenario("evil.pkl.7z", "models/support/model.7z", {
      tiers: { high: { scan: { required: true } } },
    });
    expect(strict.code).toBe(1);
    expect(strict.errors).toEqual([expect.objectContaining({ ruleId: "safety/not-scanned" })]);
  });
});

describe("model files under ordinary names, found by content", () => {
  for (const [what, fixture] of [
    ["a gzip-compressed malicious pickle", "evil.pt.gz"],
    ["a zip holding a malicious pickle as data.txt", "zip_data_txt.pt"],
    ["a joblib dump with a malicious object after its arrays", "evil_after_array.joblib"],
  ] as const) {
    it(`${what}, named notes.txt and declared nowhere: exit 1 with a safety error`, () => {
      const r = scenario(
        "torch_state_dict.pt",
        "models/support/model.pt",
        {},
        {
          "docs/notes.txt": readFileSync(new URL(fixture, FIXTURES)),
        },
      );
      expect(r.code).toBe(1);
      expect(r.errors.map((e) => e.message).join("\n")).toMatch(/docs\/notes\.txt.*posix\.system/);
    });
  }
});
