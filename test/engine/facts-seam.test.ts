// Issue 11: the checks decide from facts alone. Facts built by hand, with no engine, tree or
// reader, give the rule ids and messages a user sees.
import { describe, expect, it } from "vitest";
import { checkChangeSet } from "../../src/checks/change.ts";
import { checkDeclaration } from "../../src/checks/declarations.ts";
import { checkScanIssues } from "../../src/checks/safety.ts";

describe("checks on hand-built facts", () => {
  it("change facts: unowned model files say how they came, and a policy edit is reported", () => {
    const findings = checkChangeSet({
      unowned: [
        { path: "m/a.pt", reason: { kind: "present" } },
        {
          path: "m/b.pt",
          reason: { kind: "changed", change: { path: "m/b.pt", status: "renamed", previousPath: "x.pt" } },
        },
        { path: "m/c.pt", reason: { kind: "undeclared", model: "c", file: "c.model.yaml" } },
      ],
      policyChanged: true,
      policyFile: ".github/model-gate.yml",
      duplicateNames: [],
    });
    expect(findings.map((f) => [f.ruleId, f.file])).toEqual([
      ["change/unmanifested-artifact", "m/a.pt"],
      ["change/unmanifested-artifact", "m/b.pt"],
      ["change/unmanifested-artifact", "m/c.pt"],
      ["policy/changed", ".github/model-gate.yml"],
    ]);
    expect(findings[0]?.message).toContain("m/a.pt is in the repository");
    expect(findings[1]?.message).toContain("was renamed from x.pt");
    expect(findings[2]?.message).toContain('was declared by "c" in the base commit (c.model.yaml)');
  });

  it("scanner kinds map to safety rules; not-scanned is an error only when the tier requires a scan", () => {
    const issues = [
      { kind: "unsafe-pickle", severity: "error", message: "a" },
      { kind: "not-scanned", severity: "note", message: "b" },
    ] as const;
    expect(checkScanIssues([...issues], { file: "m.pt" }).map((f) => [f.ruleId, f.severity])).toEqual([
      ["safety/unsafe-pickle", "error"],
      ["safety/not-scanned", "note"],
    ]);
    expect(checkScanIssues([...issues], { file: "m.pt" }, true)[1]?.severity).toBe("error");
  });

  it("declaration problems map to their rules and keep where they point", () => {
    expect(
      checkDeclaration([
        { kind: "schema", message: "x", file: "README.md", line: 3 },
        { kind: "license-unknown", message: "y", file: "README.md", line: 4 },
        { kind: "missing-digest", message: "z", file: "bom.json" },
      ]),
    ).toEqual([
      { ruleId: "manifest/schema", message: "x", file: "README.md", line: 3 },
      { ruleId: "provenance/license-unknown", message: "y", file: "README.md", line: 4 },
      { ruleId: "integrity/missing-digest", message: "z", file: "bom.json" },
    ]);
  });
});
