import { describe, expect, it } from "vitest";
import { checkDeclaration } from "../../src/checks/declarations.ts";
import { validateManifest } from "../../src/manifest/schema.ts";
import { parseDocument } from "../../src/manifest/yaml.ts";

const D = `sha256:${"0123456789abcdef".repeat(4)}`;

/** A valid manifest; `edit` rewrites one line to make it invalid. */
const BASE = [
  "apiVersion: model-gate/v1", // 1
  "kind: ModelManifest", // 2
  "metadata:", // 3
  "  name: support-assistant", // 4
  "  version: 2.4.0", // 5
  "spec:", // 6
  "  type: llm", // 7
  "  riskTier: high", // 8
  "  environments: [api, cloud]", // 9
  "  artifacts:", // 10
  "    - path: models/model.safetensors", // 11
  `      digest: ${D}`, // 12
  "  riskAssessment:", // 13
  "    report: docs/risk.md", // 14
  "    date: 2026-10-01", // 15
  `    modelDigest: ${D}`, // 16
  "  datasets:", // 17
  "    - name: tickets", // 18
  "      vetted: { by: bob, date: 2026-09-01 }", // 19
];

function check(lines: string[]) {
  const r = parseDocument(lines.join("\n"), "m.model.yaml");
  if (!r.ok) throw new Error(r.message);
  return checkDeclaration(validateManifest(r.value, r.source, "m.model.yaml"));
}

const edit = (line: number, text: string) => BASE.map((l, i) => (i === line - 1 ? text : l));

describe("validateManifest", () => {
  it("accepts the valid base manifest", () => {
    expect(check(BASE)).toEqual([]);
  });

  it.each([
    [8, "  riskTier: hgh", "spec.riskTier must be one of minimal, limited, high, unacceptable"],
    [5, "  version: 1.10", 'metadata.version must be a string (quote it: "1.10")'],
    [5, "  version: 2", 'metadata.version must be a string (quote it: "2")'],
    [8, "  riskTeir: high", "spec.riskTeir is not a known field (did you mean riskTier?)"],
    [
      12,
      "      digest: sha256:abc",
      "spec.artifacts[0].digest must be 'sha256:' followed by 64 lowercase hex digits",
    ],
    [
      12,
      `      digest: ${D.toUpperCase().replace("SHA256", "sha256")}`,
      "spec.artifacts[0].digest must be 'sha256:' followed by 64 lowercase hex digits",
    ],
    [15, "    date: 2026-02-30", "spec.riskAssessment.date must be a real calendar date written YYYY-MM-DD"],
    [15, "    date: 01/10/2026", "spec.riskAssessment.date must be a date written YYYY-MM-DD"],
    [
      4,
      "  name: Support Assistant",
      "metadata.name must be 1-63 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit",
    ],
    [9, "  environments: [api, api]", "spec.environments lists the same value twice (items 0 and 1)"],
    [9, "  environments: [edge]", "spec.environments[0] must be one of cloud, api, internal"],
    [19, "      vetted: yes", "spec.datasets[0].vetted must be a mapping (key: value)"],
  ])("line %i: %s", (line, text, message) => {
    const findings = check(edit(line, text));
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: "manifest/schema", message, line, file: "m.model.yaml" }),
    );
  });

  it("reports the typo'd field once as unknown, and the real one as missing", () => {
    const messages = check(edit(8, "  riskTeir: high")).map((f) => f.message);
    expect(messages).toContain("spec must have 'riskTier'");
  });

  it("an artifact needs a path or a uri", () => {
    const lines = [...BASE.slice(0, 10), `    - digest: ${D}`, ...BASE.slice(12)];
    const findings = check(lines);
    expect(findings).toEqual([
      expect.objectContaining({ message: "spec.artifacts[0] must have 'path' or 'uri'", line: 11 }),
    ]);
  });

  it("an artifact cannot have both a path and a uri", () => {
    const lines = [...BASE.slice(0, 12), "      uri: s3://bucket/model", ...BASE.slice(12)];
    expect(check(lines).map((f) => f.message)).toEqual([
      "spec.artifacts[0] must have either 'path' or 'uri', not both",
    ]);
  });

  it("needs at least one artifact", () => {
    const lines = [...BASE.slice(0, 9), "  artifacts: []", ...BASE.slice(12)];
    expect(check(lines)).toEqual([
      expect.objectContaining({ message: "spec.artifacts must have at least 1 item", line: 10 }),
    ]);
  });

  it("reports a missing section at its parent", () => {
    const findings = check(BASE.filter((_, i) => i !== 6));
    expect(findings).toEqual([expect.objectContaining({ message: "spec must have 'type'", line: 6 })]);
  });

  it("reports every problem, in line order", () => {
    const lines = edit(8, "  riskTier: severe");
    lines[4] = "  version: 1.0";
    const findings = check(lines);
    expect(findings.map((f) => f.line)).toEqual([5, 8]);
  });

  it("a __proto__ key is an unknown field, not a prototype", () => {
    const findings = check([...BASE, "  __proto__: { riskTier: minimal }"]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.line).toBe(20);
    expect(findings[0]?.message).toMatch(/^spec\.__proto__ is not a known field/);
  });
});
