import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  DIGEST,
  daysAgo,
  errors,
  garakReport,
  MANIFEST_PATH,
  pointer,
  repoFiles,
  rules,
  run,
  sha,
  supportManifest,
  WEIGHTS,
} from "./helpers.ts";

describe("a compliant high-risk LLM", () => {
  it("passes, with approvals pending locally", async () => {
    const result = await run(repoFiles());
    expect(errors(result)).toEqual([]);
    expect(result.verdict).toBe("pass");
    // The weights are a Git LFS pointer: not in the checkout, so not scanned (a note).
    expect(rules(result)).toEqual(["approval/pending", "safety/not-scanned"]);
    expect(result.models).toEqual([
      {
        manifest: MANIFEST_PATH,
        name: "support-assistant",
        riskTier: "high",
        modelDigest: DIGEST,
        verdict: "pass",
        record: expect.objectContaining({ version: "2.4.0", approvals: [] }),
      },
    ]);
  });
});

describe("integrity", () => {
  it("reports a digest that does not match the LFS pointer, at the digest line", async () => {
    const m = supportManifest();
    m.spec.artifacts[0].digest = `sha256:${sha("other")}`;
    const result = await run(repoFiles(m));
    const f = result.findings.find((x) => x.ruleId === "integrity/digest-mismatch");
    expect(f?.message).toContain(DIGEST);
    const lines = stringify(m).split("\n");
    expect(lines[(f?.line ?? 0) - 1]).toContain("digest: sha256:");
    expect(result.verdict).toBe("fail");
  });

  it("flags a malformed LFS pointer instead of taking it for the weights", async () => {
    const crlf = pointer(WEIGHTS).replaceAll("\n", "\r\n");
    const result = await run(repoFiles(supportManifest(), { "models/support/model.safetensors": crlf }));
    const f = result.findings.find((x) => x.ruleId === "integrity/digest-mismatch");
    expect(f?.message).toContain("starts like a Git LFS pointer but is not a valid one");
    expect(result.verdict).toBe("fail");
  });

  it("hashes plain files and reports a missing artifact", async () => {
    const header = JSON.stringify({ w: { dtype: "F32", shape: [1], data_offsets: [0, 4] } });
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(header.length));
    const plain = new Uint8Array(Buffer.concat([len, Buffer.from(header), Buffer.alloc(4)]));
    const m = supportManifest(`sha256:${createHash("sha256").update(plain).digest("hex")}`);
    expect(errors(await run(repoFiles(m, { "models/support/model.safetensors": plain })))).toEqual([]);
    const files = repoFiles();
    delete files["models/support/model.safetensors"];
    expect(errors(await run(files))).toContain("integrity/artifact-missing");
  });

  it("requires a digest for references outside the repository", async () => {
    const m = supportManifest();
    m.spec.artifacts.push({ uri: "s3://models/support/tokenizer.json" });
    expect(errors(await run(repoFiles(m)))).toContain("integrity/unpinned-reference");
  });
});

describe("risk assessment", () => {
  it("requires one for high risk", async () => {
    const m = supportManifest();
    delete m.spec.riskAssessment;
    expect(errors(await run(repoFiles(m)))).toContain("risk/missing-assessment");
  });

  it("reports tier mismatch, expiry, binding and the missing report", async () => {
    const m = supportManifest();
    m.spec.riskAssessment.tier = "limited";
    m.spec.riskAssessment.date = daysAgo(400);
    m.spec.riskAssessment.modelDigest = `sha256:${sha("old")}`;
    m.spec.riskAssessment.report = "docs/risk/nope.md";
    expect(errors(await run(repoFiles(m)))).toEqual([
      "risk/assessment-expired",
      "risk/assessment-not-bound",
      "risk/report-missing",
      "risk/tier-mismatch",
    ]);
  });

  it("requires every OWASP LLM item to be settled", async () => {
    const m = supportManifest();
    m.spec.riskAssessment.frameworks["owasp-llm-2025"].LLM05 = "open";
    delete m.spec.riskAssessment.frameworks["owasp-llm-2025"].LLM10;
    const result = await run(repoFiles(m));
    const f = result.findings.find((x) => x.ruleId === "risk/framework-incomplete");
    expect(f?.message).toContain("no status for LLM10");
    expect(f?.message).toContain("still open: LLM05");
  });

  it("asks agents for the agentic review too", async () => {
    const m = supportManifest();
    m.spec.type = "agent";
    const result = await run(repoFiles(m));
    expect(result.findings.find((x) => x.ruleId === "risk/framework-incomplete")?.message).toContain(
      "owasp-agentic-2026",
    );
  });

  it("blocks the unacceptable tier", async () => {
    const m = supportManifest();
    m.spec.riskTier = "unacceptable";
    m.spec.riskAssessment.tier = "unacceptable";
    expect(errors(await run(repoFiles(m)))).toContain("risk/unacceptable");
  });
});

describe("adversarial evidence", () => {
  it("fails a report above the tier's attack success rate", async () => {
    const result = await run(
      repoFiles(supportManifest(), { "evidence/garak.report.jsonl": garakReport(13, 50) }),
    );
    const f = result.findings.find((x) => x.ruleId === "evidence/threshold-exceeded");
    expect(f?.message).toContain("26% (13/50)");
    expect(f?.message).toContain("at most 5%");
  });

  it("counts limited risk against 10%", async () => {
    const m = supportManifest();
    m.spec.riskTier = "limited";
    m.spec.riskAssessment.tier = "limited";
    const files = repoFiles(m, { "evidence/garak.report.jsonl": garakReport(8, 100) });
    expect(errors(await run(files))).not.toContain("evidence/threshold-exceeded");
    files["evidence/garak.report.jsonl"] = garakReport(11, 100);
    expect(errors(await run(files))).toContain("evidence/threshold-exceeded");
  });

  it("never passes an unreadable report", async () => {
    const result = await run(repoFiles(supportManifest(), { "evidence/garak.report.jsonl": "{not json" }));
    expect(errors(result)).toEqual(["evidence/unreadable-report"]);
  });

  it("rejects evidence bound to other bytes, and old evidence", async () => {
    const m = supportManifest();
    m.spec.adversarialTests[0].modelDigest = `sha256:${sha("another model")}`;
    const files = repoFiles(m, { "evidence/garak.report.jsonl": garakReport(1, 100, daysAgo(120)) });
    expect(errors(await run(files))).toEqual(["evidence/expired", "evidence/not-bound"]);
  });

  it("says both dates when the report's own run date replaces the manifest's", async () => {
    const m = supportManifest();
    m.spec.adversarialTests[0].date = daysAgo(1);
    const files = repoFiles(m, { "evidence/garak.report.jsonl": garakReport(1, 100, daysAgo(375)) });
    const expired = (await run(files)).findings.find((f) => f.ruleId === "evidence/expired");
    expect(expired?.message).toBe(
      `The garak report "evidence/garak.report.jsonl" is 375 days old (it ran on ${daysAgo(375)}, the date inside the report; the manifest says ${daysAgo(1)}); the policy allows 90 for high risk. Run the adversarial tests again.`,
    );
  });

  it("requires evidence for high risk", async () => {
    const m = supportManifest();
    delete m.spec.adversarialTests;
    expect(errors(await run(repoFiles(m)))).toEqual(["evidence/missing-adversarial"]);
  });

  it("calls evidence stale when the weights change but the reports do not", async () => {
    const base = repoFiles(supportManifest(`sha256:${sha("weights v0")}`), {
      "models/support/model.safetensors": pointer("weights v0"),
    });
    const head = repoFiles();
    // The manifest claims the new digest everywhere, but the reports are the old files.
    head["evidence/garak.report.jsonl"] = base["evidence/garak.report.jsonl"] as string;
    head["docs/risk/support.md"] = base["docs/risk/support.md"] as string;
    const result = await run(head, { base });
    expect(errors(result)).toEqual(["evidence/stale-report", "evidence/stale-report"]);
    const changed = {
      ...head,
      "evidence/garak.report.jsonl": garakReport(1, 100),
      "docs/risk/support.md": "# new\n",
    };
    expect(errors(await run(changed, { base }))).toEqual([]);
  });
});

describe("provenance", () => {
  it("reports unvetted, unpinned and denied data", async () => {
    const m = supportManifest();
    delete m.spec.datasets[0].vetted;
    delete m.spec.datasets[0].digest;
    m.spec.datasets[0].license = "CC-BY-NC-4.0";
    expect(errors(await run(repoFiles(m)))).toEqual([
      "provenance/license-denied",
      "provenance/missing-digest",
      "provenance/unvetted-dataset",
    ]);
  });

  it("accepts an OR expression with an acceptable choice, rejects invalid SPDX", async () => {
    const m = supportManifest();
    m.spec.datasets[0].license = "CC-BY-NC-4.0 OR MIT";
    expect(errors(await run(repoFiles(m)))).toEqual([]);
    m.spec.datasets[0].license = "MIT AND CC-BY-NC-4.0";
    expect(errors(await run(repoFiles(m)))).toEqual(["provenance/license-denied"]);
    m.spec.datasets[0].license = "Apache 2";
    expect(errors(await run(repoFiles(m)))).toEqual(["provenance/license-unknown"]);
  });

  it("needs a DPIA file for personal data", async () => {
    const m = supportManifest();
    m.spec.datasets[0].personalData = true;
    expect(errors(await run(repoFiles(m)))).toEqual(["provenance/personal-data-without-dpia"]);
    m.spec.datasets[0].dpia = "docs/dpia.md";
    expect(errors(await run(repoFiles(m)))).toEqual(["provenance/personal-data-without-dpia"]);
    expect(errors(await run(repoFiles(m, { "docs/dpia.md": "# DPIA\n" })))).toEqual([]);
  });

  it("requires datasets for high risk", async () => {
    const m = supportManifest();
    delete m.spec.datasets;
    expect(errors(await run(repoFiles(m)))).toEqual(["provenance/missing-datasets"]);
  });
});

describe("controls, evaluation, agents", () => {
  it("requires the API environment's controls", async () => {
    const m = supportManifest();
    delete m.spec.controls.rateLimit;
    m.spec.controls.outputSanitization = false;
    const result = await run(repoFiles(m));
    const msgs = result.findings.filter((f) => f.ruleId === "controls/missing").map((f) => f.message);
    expect(msgs).toHaveLength(2);
    expect(msgs.join("\n")).toContain("rateLimit");
    expect(msgs.join("\n")).toContain("the api environment");
  });

  it("requires the high tier's inference logging (record keeping)", async () => {
    const m = supportManifest();
    delete m.spec.controls.inferenceLogging;
    const f = (await run(repoFiles(m))).findings.find((x) => x.ruleId === "controls/missing");
    expect(f?.message).toContain("inferenceLogging");
    expect(f?.message).toContain("the high tier");
  });

  it("holds evaluation to the minimum metrics and age", async () => {
    const m = supportManifest();
    m.spec.evaluation = { date: daysAgo(100), metrics: { accuracy: 0.9 } };
    expect(errors(await run(repoFiles(m)))).toEqual(["evaluation/below-threshold", "evaluation/expired"]);
  });

  it("flags risky agent tools without human approval", async () => {
    const m = supportManifest();
    m.spec.agent = {
      tools: [
        { name: "search", scopes: ["read"] },
        { name: "send_email", scopes: ["write", "network"], humanApproval: false },
        { name: "refund", scopes: ["execute"], humanApproval: true },
      ],
    };
    const result = await run(repoFiles(m));
    const f = result.findings.filter((x) => x.ruleId === "agent/unapproved-tool-scope");
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain("send_email");
  });
});

describe("change detection", () => {
  it("maps a changed artifact to its manifest and finds unmanifested model files", async () => {
    const base = repoFiles();
    const head = {
      ...repoFiles(),
      "models/support/model.safetensors": pointer("weights v2"),
      "models/rogue.pt": "x",
    };
    const result = await run(head, { base });
    expect(errors(result)).toEqual(
      expect.arrayContaining(["change/unmanifested-artifact", "integrity/digest-mismatch"]),
    );
    expect(result.findings.find((f) => f.ruleId === "change/unmanifested-artifact")?.file).toBe(
      "models/rogue.pt",
    );
    expect(result.models.map((m) => m.name)).toEqual(["support-assistant"]);
  });

  it("evaluates only the manifests a change touches", async () => {
    const base = repoFiles();
    const head = { ...base, "README.md": "docs" };
    const result = await run(head, { base });
    expect(result.models).toEqual([]);
    expect(result.verdict).toBe("pass");
  });

  it("brings in the manifest when only its evidence changes", async () => {
    const base = repoFiles();
    const head = { ...base, "evidence/garak.report.jsonl": garakReport(30, 100) };
    const result = await run(head, { base });
    expect(errors(result)).toEqual(["evidence/threshold-exceeded"]);
  });

  it("catches a renamed artifact escaping its manifest", async () => {
    const base = repoFiles();
    const head = { ...base };
    delete head["models/support/model.safetensors"];
    head["models/other/model.safetensors"] = base["models/support/model.safetensors"] as string;
    const result = await run(head, {
      base,
      changes: [
        {
          path: "models/other/model.safetensors",
          previousPath: "models/support/model.safetensors",
          status: "renamed",
        },
      ],
    });
    expect(errors(result)).toEqual(["change/unmanifested-artifact", "integrity/artifact-missing"]);
  });

  it("warns on a deleted manifest and on a policy change", async () => {
    const base = {
      ...repoFiles(),
      ".github/model-gate.yml": "apiVersion: model-gate/v1\nkind: Policy\nextends: baseline\n",
    };
    const head = {
      ...base,
      ".github/model-gate.yml": "apiVersion: model-gate/v1\nkind: Policy\nextends: baseline\nwaivers: []\n",
    };
    delete (head as Record<string, unknown>)[MANIFEST_PATH];
    const result = await run(head, { base });
    expect(rules(result)).toEqual(expect.arrayContaining(["change/manifest-deleted", "policy/changed"]));
  });

  it("reports duplicate model names", async () => {
    const files = repoFiles(supportManifest(), { "models/copy.model.yaml": stringify(supportManifest()) });
    const result = await run(files);
    expect(result.findings.filter((f) => f.ruleId === "manifest/duplicate-name")).toHaveLength(2);
  });
});

describe("hostile paths", () => {
  it("never reads evidence outside the repository or through a symlink", async () => {
    const m = supportManifest();
    m.spec.adversarialTests[0].report = "../../etc/passwd";
    m.spec.riskAssessment.report = "docs/link.md";
    const result = await run(repoFiles(m, { "docs/link.md": { symlink: "/etc/shadow" } }));
    expect(errors(result)).toEqual(expect.arrayContaining(["input/path-outside-repo", "input/symlink"]));
    expect(JSON.stringify(result)).not.toContain("root:");
  });

  it("refuses URL-encoded and absolute paths", async () => {
    for (const p of ["%2e%2e/secret", "/etc/passwd", "C:/x", "evidence/../../x"]) {
      const m = supportManifest();
      m.spec.adversarialTests[0].report = p;
      expect(errors(await run(repoFiles(m)))).toContain("input/path-outside-repo");
    }
  });

  it("does not read evidence over the size limit", async () => {
    const policy =
      "apiVersion: model-gate/v1\nkind: Policy\nextends: baseline\nlimits: { maxFileBytes: 100 }\n";
    const result = await run(repoFiles(), { policy });
    expect(errors(result)).toContain("input/too-large");
  });

  it("reports a malformed manifest at its line instead of crashing", async () => {
    const result = await run({
      ...repoFiles(),
      "models/bad.model.yaml": "apiVersion: model-gate/v1\nkind: ModelManifest\nmetadata: [\n",
    });
    const f = result.findings.find((x) => x.file === "models/bad.model.yaml");
    expect(f?.ruleId).toBe("manifest/parse-error");
    expect(f?.line).toBeGreaterThan(0);
    expect(result.verdict).toBe("fail");
  });
});

describe("waivers", () => {
  it("waives a finding named in the base policy, with its reason in the report", async () => {
    const policy = `apiVersion: model-gate/v1
kind: Policy
extends: baseline
waivers:
  - rule: evidence/threshold-exceeded
    model: support-assistant
    reason: "vendor fix lands in 2.4.1"
    owner: alice
    ticket: SEC-1234
    expires: "2026-12-31"
`;
    const files = repoFiles(supportManifest(), { "evidence/garak.report.jsonl": garakReport(10, 100) });
    const result = await run(files, { policy });
    const f = result.findings.find((x) => x.ruleId === "evidence/threshold-exceeded");
    expect(f?.waived).toMatchObject({ owner: "alice", ticket: "SEC-1234", expires: "2026-12-31" });
    expect(result.verdict).toBe("pass");
    // Another model's finding is not covered.
    const other = policy.replace("model: support-assistant", "model: someone-else");
    expect((await run(files, { policy: other })).verdict).toBe("fail");
  });
});

describe("the model's own license", () => {
  it("is held to the policy's deny list", async () => {
    const m = supportManifest();
    m.spec.license = "CC-BY-NC-4.0";
    const f = (await run(repoFiles(m))).findings.find((x) => x.ruleId === "provenance/license-denied");
    expect(f?.message).toContain("The model is licensed");
    m.spec.license = "Apache-2.0";
    expect(errors(await run(repoFiles(m)))).toEqual([]);
  });
});
