// Hostile pull requests against what a change is judged against (SPEC section 9), run through
// the built CLI on real git repositories: a PR that picks its own tier, claims its weights in a
// format whose values go unchecked, hides its base version from git's rename detection, hides
// model files behind unusual names, leaves the gate, deletes a declared file or moves a waiver
// onto other bytes by renaming. Each has a control that an honest change still passes.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  garakReport,
  MANIFEST_PATH,
  type Manifest,
  pointer,
  repoFiles,
  sha,
  supportManifest,
} from "../engine/helpers.ts";
import { check, scenario } from "../support/cli-repo.ts";

const W2 = "weights v2";
const D2 = `sha256:${sha(W2)}`;
const WEIGHTS_PATH = "models/support/model.safetensors";

/** The compliant model re-bound to new weights: every digest says v2, the reports are as they were. */
function reboundManifest(digest = D2): Manifest {
  return supportManifest(digest);
}

/** A protocol-2 pickle that calls os.system("id") when loaded. */
const EVIL_PICKLE = Buffer.concat([
  Buffer.from([0x80, 0x02]),
  Buffer.from("cos\nsystem\n", "latin1"),
  Buffer.from([0x58, 0x02, 0, 0, 0]),
  Buffer.from("id", "latin1"),
  Buffer.from([0x85, 0x52, 0x2e]),
]);

describe("the PR picks its own tier", () => {
  it("swapping weights while lowering the tier to minimal and dropping the evidence fails as high", () => {
    const m = reboundManifest();
    m.spec.riskTier = "minimal";
    delete m.spec.riskAssessment;
    delete m.spec.adversarialTests;
    delete m.spec.datasets;
    const dir = scenario(repoFiles(), {
      [MANIFEST_PATH]: stringify(m),
      [WEIGHTS_PATH]: pointer(W2),
      "evidence/garak.report.jsonl": null,
      "docs/risk/support.md": null,
    });
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        "risk/missing-assessment",
        "evidence/missing-adversarial",
        "provenance/missing-datasets",
      ]),
    );
    expect(r.rules).toContain("change/tier-lowered");
    // The approvals asked for are the high tier's (2), even locally where they are pending.
    expect(r.report.findings.find((f) => f.ruleId === "approval/pending")?.message).toMatch(
      /^Approvals .* 2 required/,
    );
  });

  it("dropping the api environment does not drop its controls", () => {
    const m = supportManifest();
    m.spec.environments = ["cloud"];
    delete m.spec.controls.inputValidation;
    delete m.spec.controls.outputSanitization;
    delete m.spec.controls.rateLimit;
    const r = check(scenario(repoFiles(), { [MANIFEST_PATH]: stringify(m) }));
    expect(r.code).toBe(1);
    expect(r.errors.filter((e) => e === "controls/missing")).toHaveLength(3);
    expect(r.rules).toContain("change/tier-lowered");
  });

  it("re-typing an agent as a classifier keeps the agentic review", () => {
    const agent = supportManifest();
    agent.spec.type = "agent";
    agent.spec.riskAssessment.frameworks["owasp-agentic-2026"] = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`ASI${String(i + 1).padStart(2, "0")}`, "mitigated"]),
    );
    const retyped = structuredClone(agent);
    retyped.spec.type = "classifier";
    delete retyped.spec.riskAssessment.frameworks;
    const r = check(scenario(repoFiles(agent), { [MANIFEST_PATH]: stringify(retyped) }));
    expect(r.code).toBe(1);
    expect(r.errors).toContain("risk/framework-incomplete");
  });

  it("a model card lowering its tier while swapping the weights is judged at the base tier", () => {
    const cardOf = (tier: string, digest: string) =>
      `---\nlicense: apache-2.0\nmodel-gate:\n  name: beans\n  riskTier: ${tier}\n  environments: [internal]\n  artifacts:\n    - path: models/beans/model.safetensors\n      digest: ${digest}\n  controls:\n    isolation: container\n    monitoring: { anomalyAlerts: true, driftDetection: true }\n---\n# Beans\n`;
    const base = {
      "models/beans/README.md": cardOf("limited", `sha256:${sha("beans")}`),
      "models/beans/model.safetensors": pointer("beans"),
    };
    const r = check(
      scenario(base, {
        "models/beans/README.md": cardOf("minimal", `sha256:${sha("beans v2")}`),
        "models/beans/model.safetensors": pointer("beans v2"),
      }),
    );
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(
      expect.arrayContaining(["risk/missing-assessment", "evidence/missing-adversarial"]),
    );
    expect(r.rules).toContain("change/tier-lowered");
  });

  it("the same lowering passes when the change meets the stricter tier (no false alarm)", () => {
    const m = supportManifest();
    m.spec.riskTier = "minimal";
    m.spec.riskAssessment.tier = "minimal";
    const r = check(
      scenario(repoFiles(), { [MANIFEST_PATH]: stringify(m), "docs/risk/support.md": "# Re-rated\n" }),
    );
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.rules).toContain("change/tier-lowered");
  });

  it("raising a tier or keeping it raises no change finding", () => {
    const m = supportManifest();
    m.metadata.version = "2.4.1";
    const r = check(scenario(repoFiles(), { [MANIFEST_PATH]: stringify(m) }));
    expect(r.code).toBe(0);
    expect(r.rules.filter((id) => id.startsWith("change/"))).toEqual([]);
  });
});

describe("requirement-selecting values in other formats", () => {
  const bom = (props: Record<string, string>, digest = sha(W2)) =>
    JSON.stringify({
      bomFormat: "CycloneDX",
      specVersion: "1.6",
      version: 1,
      components: [
        {
          type: "machine-learning-model",
          name: "support-assistant",
          "bom-ref": "support",
          hashes: [{ alg: "SHA-256", content: digest }],
          properties: Object.entries({ "model-gate:path": WEIGHTS_PATH, ...props }).map(([name, value]) => ({
            name,
            value,
          })),
        },
      ],
    });

  for (const [what, props] of [
    ["a tier in the wrong case", { "model-gate:riskTier": "High" }],
    ["an unknown tier", { "model-gate:riskTier": "negligible" }],
    ["an unknown type", { "model-gate:riskTier": "high", "model-gate:type": "chatbot" }],
    ["an unknown environment", { "model-gate:riskTier": "high", "model-gate:environments": "api,edge" }],
  ] as const) {
    it(`an ML-BOM claiming new weights with ${what} is manifest/schema and fails`, () => {
      const dir = scenario(repoFiles(), {
        [MANIFEST_PATH]: null,
        "models/support/bom.cdx.json": bom(props),
        [WEIGHTS_PATH]: pointer(W2),
      });
      const r = check(dir);
      expect(r.code).toBe(1);
      expect(r.errors).toContain("manifest/schema");
    });
  }

  it("a BOM model with no valid tier is judged as high", () => {
    const r = check(
      scenario(
        {},
        {
          "models/support/bom.cdx.json": bom({ "model-gate:riskTier": "High" }),
          [WEIGHTS_PATH]: pointer(W2),
        },
      ),
    );
    expect(r.errors).toEqual(
      expect.arrayContaining(["risk/missing-assessment", "evidence/missing-adversarial"]),
    );
  });
});

describe("the base version is found by identity, not by git's rename detection", () => {
  it("a moved and rewritten manifest claiming new bytes with the old reports is stale", () => {
    const m = reboundManifest();
    m.metadata.owner = "someone-else";
    m.metadata.version = "9.9.9";
    m.spec.controls.rateLimit = { requestsPerMinute: 5 };
    const dir = scenario(repoFiles(), {
      [MANIFEST_PATH]: null,
      "elsewhere/deep/assistant.model.yaml": `# moved\n${stringify(m, { indent: 4 })}`,
      [WEIGHTS_PATH]: pointer(W2),
    });
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.errors.filter((e) => e === "evidence/stale-report")).toHaveLength(2);
  });

  it("reports copied byte for byte to new paths are stale too", () => {
    const m = reboundManifest();
    m.spec.riskAssessment.report = "docs/risk/support-v2.md";
    m.spec.adversarialTests[0].report = "evidence/v2/garak.report.jsonl";
    const base = repoFiles();
    const dir = scenario(base, {
      [MANIFEST_PATH]: stringify(m),
      [WEIGHTS_PATH]: pointer(W2),
      "docs/risk/support-v2.md": base["docs/risk/support.md"] as string,
      "evidence/v2/garak.report.jsonl": base["evidence/garak.report.jsonl"] as string,
    });
    const r = check(dir);
    expect(r.code).toBe(1);
    const stale = r.report.findings.filter((f) => f.ruleId === "evidence/stale-report");
    expect(stale).toHaveLength(2);
    expect(stale[0]?.message).toMatch(/same content as a report/);
  });

  it("an artifact path written through '..' is the same artifact", () => {
    const m = reboundManifest();
    m.metadata.name = "assistant-next";
    m.spec.artifacts[0].path = "models/other/../support/./model.safetensors";
    const dir = scenario(repoFiles(), {
      [MANIFEST_PATH]: null,
      "models/next.model.yaml": stringify(m),
      [WEIGHTS_PATH]: pointer(W2),
    });
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.errors).toContain("evidence/stale-report");
    expect(r.rules).toContain("change/renamed");
  });

  it("renewed reports on the moved manifest pass (no false alarm)", () => {
    const m = reboundManifest();
    const dir = scenario(repoFiles(), {
      [MANIFEST_PATH]: null,
      "models/assistant/assistant.model.yaml": stringify(m),
      [WEIGHTS_PATH]: pointer(W2),
      "docs/risk/support.md": "# Risk assessment of v2\n",
      "evidence/garak.report.jsonl": garakReport(1, 100),
    });
    const r = check(dir);
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe("model files are recognised whatever the case of their extension", () => {
  for (const name of [
    "evil.PT",
    "evil.Pkl",
    "evil.pickle",
    "evil.dill",
    "evil.pt.gz",
    "evil.npy",
    "evil.Joblib",
    "evil.DAT",
  ]) {
    it(`an undeclared ${name} is an unmanifested model file`, () => {
      const r = check(scenario(repoFiles(), { [`models/support/${name}`]: EVIL_PICKLE }));
      expect(r.code).toBe(1);
      expect(r.errors).toContain("change/unmanifested-artifact");
    });
  }

  it("a declared artifact with an ordinary name is scanned by its content", () => {
    const digest = `sha256:${createHash("sha256").update(EVIL_PICKLE).digest("hex")}`;
    const m = supportManifest(digest);
    m.spec.artifacts[0].path = "models/support/weights.txt";
    const r = check(
      scenario({}, { ...repoFiles(m), "models/support/weights.txt": EVIL_PICKLE, [WEIGHTS_PATH]: null }),
    );
    expect(r.code).toBe(1);
    expect(r.errors).toContain("safety/unsafe-pickle");
  });

  it("the base policy's ignore list excludes test fixtures", () => {
    const policy = "apiVersion: model-gate/v1\nkind: Policy\nignore: ['tests/fixtures/**']\n";
    const dir = scenario(
      { ...repoFiles(), ".github/model-gate.yml": policy },
      { "tests/fixtures/sample.PKL": EVIL_PICKLE },
    );
    const r = check(dir);
    expect(r.code).toBe(0);
    expect(r.rules).not.toContain("change/unmanifested-artifact");
  });
});

describe("leaving the gate needs review", () => {
  it("deleting the manifest while the weights stay is an error", () => {
    const r = check(scenario(repoFiles(), { [MANIFEST_PATH]: null }));
    expect(r.code).toBe(1);
    const f = r.report.findings.find((x) => x.ruleId === "change/manifest-deleted");
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain(WEIGHTS_PATH);
    // It needs the approvals of the tier it had.
    expect(
      r.report.findings.some((x) => x.ruleId === "approval/pending" && x.model === "support-assistant"),
    ).toBe(true);
  });

  it("renaming the manifest out of the patterns is the same as deleting it", () => {
    const base = repoFiles();
    const r = check(
      scenario(base, { [MANIFEST_PATH]: null, [`${MANIFEST_PATH}.off`]: base[MANIFEST_PATH] as string }),
    );
    expect(r.code).toBe(1);
    expect(r.errors).toContain("change/manifest-deleted");
  });

  it("renaming the manifest to an upper-case name the patterns do not match is a departure", () => {
    const base = repoFiles();
    const r = check(
      scenario(base, { [MANIFEST_PATH]: null, "models/SUPPORT.MODEL.YAML": base[MANIFEST_PATH] as string }),
    );
    expect(r.code).toBe(1);
    expect(r.errors).toContain("change/manifest-deleted");
  });

  it("replacing the manifest with a symlink to a lax copy is refused, not followed", () => {
    const lax = supportManifest();
    lax.spec.riskTier = "minimal";
    const r = check(
      scenario(repoFiles(), {
        [MANIFEST_PATH]: { symlink: "../docs/lax.yaml" },
        "docs/lax.yaml": stringify(lax),
      }),
    );
    expect(r.code).toBe(1);
    expect(r.errors).toContain("input/symlink");
  });

  it("moving the weights along with the deletion does not hide them", () => {
    const base = repoFiles();
    const r = check(
      scenario(base, {
        [MANIFEST_PATH]: null,
        [WEIGHTS_PATH]: null,
        "vendor/blob.safetensors": base[WEIGHTS_PATH] as string,
      }),
    );
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(
      expect.arrayContaining(["change/manifest-deleted", "change/unmanifested-artifact"]),
    );
  });

  it("retiring a model with its weights is a warning that still asks for approval (no false alarm)", () => {
    const r = check(scenario(repoFiles(), { [MANIFEST_PATH]: null, [WEIGHTS_PATH]: null }));
    expect(r.code).toBe(0);
    const f = r.report.findings.find((x) => x.ruleId === "change/manifest-deleted");
    expect(f?.severity).toBe("warning");
    expect(
      r.report.findings.some((x) => x.ruleId === "approval/pending" && x.model === "support-assistant"),
    ).toBe(true);
  });

  it("moving a manifest within the patterns is not a departure", () => {
    const base = repoFiles();
    const r = check(
      scenario(base, {
        [MANIFEST_PATH]: null,
        "models/support/support.model.yaml": base[MANIFEST_PATH] as string,
      }),
    );
    expect(r.code).toBe(0);
    expect(r.rules).not.toContain("change/manifest-deleted");
  });
});

describe("deleting is a change", () => {
  it("deleting a declared artifact and its report brings the manifest in", () => {
    const m = supportManifest();
    m.spec.artifacts.push({ path: "models/support/adapter.safetensors", digest: `sha256:${sha("adapter")}` });
    const base = repoFiles(m, { "models/support/adapter.safetensors": pointer("adapter") });
    const r = check(
      scenario(base, { "models/support/adapter.safetensors": null, "evidence/garak.report.jsonl": null }),
    );
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(
      expect.arrayContaining(["integrity/artifact-missing", "evidence/report-missing"]),
    );
  });
});

describe("dropping an artifact from a declaration", () => {
  it("an artifact removed from the manifest while its file stays is undeclared", () => {
    const m = supportManifest();
    m.spec.artifacts.push({ path: "models/support/adapter.safetensors", digest: `sha256:${sha("adapter")}` });
    const base = repoFiles(m, { "models/support/adapter.safetensors": pointer("adapter") });
    const r = check(scenario(base, { [MANIFEST_PATH]: stringify(supportManifest()) }));
    expect(r.code).toBe(1);
    const f = r.report.findings.find((x) => x.ruleId === "change/unmanifested-artifact");
    expect(f?.file).toBe("models/support/adapter.safetensors");
    expect(f?.message).toContain("in the base commit");
  });

  it("removing the artifact and its file together raises no such finding (no false alarm)", () => {
    const m = supportManifest();
    m.spec.artifacts.push({ path: "models/support/adapter.safetensors", digest: `sha256:${sha("adapter")}` });
    const base = repoFiles(m, { "models/support/adapter.safetensors": pointer("adapter") });
    const r = check(
      scenario(base, {
        [MANIFEST_PATH]: stringify(supportManifest()),
        "models/support/adapter.safetensors": null,
      }),
    );
    expect(r.rules).not.toContain("change/unmanifested-artifact");
  });
});

describe("waivers follow identity, not names", () => {
  const waiverPolicy = `apiVersion: model-gate/v1
kind: Policy
waivers:
  - rule: evidence/threshold-exceeded
    model: support-assistant
    reason: vendor fix lands next release
    owner: alice
    expires: "2026-12-20"
`;

  function ranker(weights: string): Manifest {
    const m = supportManifest(`sha256:${sha(weights)}`);
    m.metadata.name = "ranker";
    m.spec.artifacts[0].path = "models/ranker/model.safetensors";
    m.spec.riskAssessment.report = "docs/risk/ranker.md";
    m.spec.adversarialTests[0].report = "evidence/ranker.jsonl";
    return m;
  }

  const base = {
    ...repoFiles(supportManifest(), { "evidence/garak.report.jsonl": garakReport(30, 100) }),
    "models/ranker.model.yaml": stringify(ranker("ranker v1")),
    "models/ranker/model.safetensors": pointer("ranker v1"),
    "docs/risk/ranker.md": "# Ranker risk\n",
    "evidence/ranker.jsonl": garakReport(0, 100),
    ".github/model-gate.yml": waiverPolicy,
  };

  it("a model renamed onto a waived name does not inherit the waiver", () => {
    const moved = ranker("ranker v2");
    moved.metadata.name = "support-assistant";
    const dir = scenario(base, {
      [MANIFEST_PATH]: null,
      [WEIGHTS_PATH]: null,
      "docs/risk/support.md": null,
      "evidence/garak.report.jsonl": null,
      "models/ranker.model.yaml": stringify(moved),
      "models/ranker/model.safetensors": pointer("ranker v2"),
      "docs/risk/ranker.md": "# Ranker v2 risk\n",
      "evidence/ranker.jsonl": garakReport(40, 100),
    });
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.errors).toContain("evidence/threshold-exceeded");
    expect(r.rules).toContain("change/renamed");
  });

  it("the waived model itself, retrained at the same path, keeps its waiver (no false alarm)", () => {
    const dir = scenario(base, {
      [MANIFEST_PATH]: stringify(reboundManifest()),
      [WEIGHTS_PATH]: pointer(W2),
      "docs/risk/support.md": "# Risk of v2\n",
      "evidence/garak.report.jsonl": garakReport(25, 100),
    });
    const r = check(dir);
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.report.findings.some((f) => f.ruleId === "evidence/threshold-exceeded" && f.waived)).toBe(true);
  });
});
