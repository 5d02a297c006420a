// Hostile inputs against the engine (in-memory repositories): the PR author writes every file
// of the head commit and tries to get an unaudited model through, read files outside the
// repository, or break the gate. Each case asserts the safe outcome a user would see.
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkDeclaration } from "../../src/checks/declarations.ts";
import type { PullRequestFacts } from "../../src/core/pull-request.ts";
import type { GateResult } from "../../src/core/result.ts";
import { evaluate } from "../../src/engine/evaluate.ts";
import { loadCycloneDx } from "../../src/formats/cyclonedx.ts";
import { loadModelCard } from "../../src/formats/model-card.ts";
import { loadPolicy } from "../../src/policy/load.ts";
import { createMemoryTree, type MemoryFile } from "../../src/repo/memory-tree.ts";
import type { Tree } from "../../src/repo/tree.ts";
import {
  DIGEST,
  daysAgo,
  errors,
  garakReport,
  MANIFEST_PATH,
  NOW,
  pointer,
  repoFiles,
  rules,
  run,
  sha,
  supportManifest,
} from "../engine/helpers.ts";

const POLICY_PATH = ".github/model-gate.yml";
const STRICT_POLICY = stringify({ apiVersion: "model-gate/v1", kind: "Policy" });

/** A PR by mallory with the given reviews; alice and bob may approve (write access). */
function pr(reviews: PullRequestFacts["reviews"] = []): PullRequestFacts {
  return {
    number: 7,
    author: "mallory",
    headSha: "head",
    reviews,
    teams: {},
    writers: { members: ["alice", "bob", "mallory"] },
  };
}

/** The manifest text with one field set, as YAML. */
function withSpec(patch: (m: ReturnType<typeof supportManifest>) => void): Record<string, MemoryFile> {
  const m = supportManifest();
  patch(m);
  return repoFiles(m);
}

function findingsText(r: GateResult): string {
  return JSON.stringify(r);
}

/** Wraps a tree and records every path read, so a test can prove a file was never opened. */
function recording(tree: Tree): { tree: Tree; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    tree: {
      label: tree.label,
      stat: (p) => tree.stat(p),
      read: (p) => {
        reads.push(p);
        return tree.read(p);
      },
      chunks: (p) => {
        reads.push(p);
        return tree.chunks(p);
      },
      list: () => tree.list(),
    },
  };
}

async function runRecorded(head: Record<string, MemoryFile>) {
  const rec = recording(createMemoryTree(head, "head"));
  const result = await evaluate({
    policy: loadPolicy({ bytes: null, file: POLICY_PATH, label: "base" }),
    head: rec.tree,
    base: createMemoryTree({}, "base"),
    changes: Object.keys(head).map((path) => ({ path, status: "added" as const })),
    pullRequest: null,
    now: NOW,
    mode: "enforce",
    baseLabel: "base",
    headLabel: "head",
  });
  return { result, reads: rec.reads };
}

describe("approvals cannot be forged in the PR", () => {
  it("approval fields written into the manifest are a schema error, not approvals", async () => {
    const r = await run(
      withSpec((m) => {
        m.spec.approvals = [
          { user: "alice", state: "APPROVED" },
          { user: "bob", state: "APPROVED" },
        ];
        m.metadata.approvedBy = ["alice", "bob"];
      }),
      { pr: pr() },
    );
    expect(r.verdict).toBe("fail");
    expect(errors(r)).toContain("manifest/schema");
  });

  it("approval-looking extension keys in the risk assessment do not count as reviews", async () => {
    const r = await run(
      withSpec((m) => {
        m.spec.riskAssessment["x-approved-by"] = "alice";
        m.spec.riskAssessment.approved = true;
      }),
      { pr: pr() },
    );
    expect(r.verdict).toBe("fail");
    expect(errors(r)).toContain("manifest/schema"); // the manifest is refused as a whole
    expect(r.models.every((m) => m.verdict === "fail")).toBe(true);
  });

  it("a valid manifest with no PR reviews fails on approvals whatever the PR says", async () => {
    const r = await run(repoFiles(), {
      pr: pr([{ user: "mallory", state: "APPROVED", commitId: "head", submittedAt: NOW.toISOString() }]),
    });
    expect(errors(r)).toEqual(["approval/insufficient"]);
  });
});

describe("the PR cannot loosen the policy that judges it", () => {
  it("a policy file loosened in the head is not used; the change needs the policy owners", async () => {
    const loose = stringify({
      apiVersion: "model-gate/v1",
      kind: "Policy",
      tiers: { high: { adversarialTests: { maxAttackSuccessRate: 1 }, approvals: { count: 0 } } },
    });
    const head = { ...repoFiles(undefined, { "evidence/garak.report.jsonl": garakReport(60, 100) }) };
    head[POLICY_PATH] = loose;
    const r = await run(head, { base: { [POLICY_PATH]: STRICT_POLICY }, policy: STRICT_POLICY, pr: pr() });
    expect(errors(r)).toContain("evidence/threshold-exceeded");
    expect(rules(r)).toContain("policy/changed");
    expect(r.findings.some((f) => f.ruleId === "approval/insufficient" && f.file === POLICY_PATH)).toBe(true);
  });

  it("a waiver added to the policy in the PR waives nothing", async () => {
    const waiver = {
      rule: "evidence/threshold-exceeded",
      model: "support-assistant",
      reason: "trust me",
      owner: "mallory",
      ticket: "X-1",
      expires: daysAgo(-10),
    };
    const head = repoFiles(undefined, { "evidence/garak.report.jsonl": garakReport(60, 100) });
    head[POLICY_PATH] = stringify({ apiVersion: "model-gate/v1", kind: "Policy", waivers: [waiver] });
    const r = await run(head, { base: { [POLICY_PATH]: STRICT_POLICY }, policy: STRICT_POLICY });
    const f = r.findings.find((x) => x.ruleId === "evidence/threshold-exceeded");
    expect(f?.waived).toBeNull();
    expect(r.verdict).toBe("fail");
  });

  it("a waiver written into the manifest is a schema error", async () => {
    const r = await run(
      withSpec((m) => {
        m.spec.waivers = [{ rule: "evidence/threshold-exceeded", reason: "x", expires: daysAgo(-5) }];
      }),
    );
    expect(errors(r)).toContain("manifest/schema");
  });

  it("a base waiver for one model does not cover a model renamed to look like it", async () => {
    const policy = stringify({
      apiVersion: "model-gate/v1",
      kind: "Policy",
      waivers: [
        {
          rule: "evidence/threshold-exceeded",
          model: "support-assistant",
          reason: "vendor fix pending",
          owner: "alice",
          ticket: "SEC-1",
          expires: daysAgo(-30),
        },
      ],
    });
    const m = supportManifest();
    m.metadata.name = "support-assistant-v2";
    const r = await run(repoFiles(m, { "evidence/garak.report.jsonl": garakReport(60, 100) }), { policy });
    expect(errors(r)).toContain("evidence/threshold-exceeded");
  });
});

describe("paths in a manifest never leave the repository", () => {
  const SECRET = "TOP-SECRET-TOKEN-c0ffee";
  const cases: [string, string][] = [
    ["parent directory", "../../etc/passwd"],
    ["parent after a folder", "evidence/../../secret.txt"],
    ["absolute", "/etc/passwd"],
    ["home", "~/.ssh/id_rsa"],
    ["Windows drive", "C:/Windows/win.ini"],
    ["URL-encoded dots", "%2e%2e/%2e%2e/etc/passwd"],
    ["URL-encoded slash", "evidence%2f..%2fsecret.txt"],
    ["mixed-case encoding", "%2E%2E/secret.txt"],
    ["backslashes", "..\\..\\secret.txt"],
    ["file URL", "file:///etc/passwd"],
    ["into .git", ".git/config"],
    ["NUL byte", "evidence/garak.report.jsonl\u0000.txt"],
  ];
  for (const [what, path] of cases) {
    it(`evidence path: ${what} is input/path-outside-repo and is never read`, async () => {
      const { result, reads } = await runRecorded(
        withSpec((m) => {
          m.spec.adversarialTests[0].report = path;
          m.spec.riskAssessment.report = path;
        }),
      );
      expect(errors(result)).toContain("input/path-outside-repo");
      expect(result.verdict).toBe("fail");
      expect(
        reads.every((p) => !p.includes("passwd") && !p.includes("secret") && !p.startsWith(".git")),
      ).toBe(true);
      expect(findingsText(result)).not.toContain(SECRET);
    });
  }

  it("a symlinked evidence report, risk report or DPIA is input/symlink and never read", async () => {
    const m = supportManifest();
    m.spec.datasets[0].personalData = true;
    m.spec.datasets[0].dpia = "docs/dpia.md";
    const head = repoFiles(m, {
      "evidence/garak.report.jsonl": { symlink: "/etc/shadow" },
      "docs/risk/support.md": { symlink: "../../.aws/credentials" },
      "docs/dpia.md": { symlink: "/proc/self/environ" },
    });
    const { result, reads } = await runRecorded(head);
    expect(result.findings.filter((f) => f.ruleId === "input/symlink")).toHaveLength(3);
    expect(reads).not.toContain("evidence/garak.report.jsonl");
    expect(reads).not.toContain("docs/risk/support.md");
    expect(result.verdict).toBe("fail");
  });

  it("a file under a symlinked folder is input/symlink", async () => {
    const m = supportManifest();
    m.spec.adversarialTests[0].report = "linked/garak.report.jsonl";
    const { result, reads } = await runRecorded(repoFiles(m, { linked: { symlink: "/home/runner" } }));
    expect(errors(result)).toContain("input/symlink");
    expect(reads.some((p) => p.startsWith("linked"))).toBe(false);
  });

  it("a symlinked artifact is input/symlink, not a digest of its target", async () => {
    const { result, reads } = await runRecorded(
      repoFiles(undefined, { "models/support/model.safetensors": { symlink: "/dev/zero" } }),
    );
    expect(errors(result)).toContain("input/symlink");
    expect(reads).not.toContain("models/support/model.safetensors");
  });

  it("an evidence report over the size limit is input/too-large and not read", async () => {
    const policy = stringify({ apiVersion: "model-gate/v1", kind: "Policy", limits: { maxFileBytes: 4096 } });
    const big = `${garakReport(2, 100)}\n${" ".repeat(8192)}`;
    const r = await run(repoFiles(undefined, { "evidence/garak.report.jsonl": big }), { policy });
    expect(errors(r)).toContain("input/too-large");
  });
});

describe("hostile YAML in a manifest", () => {
  const parseError = async (text: string) => {
    const r = await run({ ...repoFiles(), [MANIFEST_PATH]: text });
    expect(r.verdict).toBe("fail");
    expect(errors(r)).toContain("manifest/parse-error");
    return r;
  };

  it("an alias bomb (billion laughs) is a parse error, quickly", async () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    const started = Date.now();
    const r = await parseError(`${stringify(supportManifest())}${lines.join("\n")}\n`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(JSON.stringify(r.findings)).toMatch(/alias/);
  });

  it("deep nesting (10,000 levels of flow and block) is a parse error, not a crash", async () => {
    await parseError(
      `apiVersion: model-gate/v1\nkind: ModelManifest\nx: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`,
    );
    const block = Array.from({ length: 2000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n");
    await parseError(`apiVersion: model-gate/v1\nkind: ModelManifest\nx:\n${block} 1\n`);
  });

  it("duplicate keys are a parse error (the later value cannot override the reviewed one)", async () => {
    const text = stringify(supportManifest()).replace(
      "  riskTier: high\n",
      "  riskTier: high\n  riskTier: minimal\n",
    );
    await parseError(text);
  });

  it("duplicate keys in a JSON manifest are a parse error", async () => {
    const json = JSON.stringify(supportManifest()).replace(
      '"riskTier":"high"',
      '"riskTier":"high","riskTier":"minimal"',
    );
    await parseError(json);
  });

  it("YAML 1.1 booleans (yes/no/on/off) stay strings and fail the schema, never become true", async () => {
    const text = stringify(supportManifest())
      .replace("inputValidation: true", "inputValidation: yes")
      .replace("personalData: false", "personalData: no");
    const r = await run({ ...repoFiles(), [MANIFEST_PATH]: text });
    expect(errors(r)).toContain("manifest/schema");
    expect(r.verdict).toBe("fail");
  });

  it("a %YAML 1.1 directive does not switch on 1.1 booleans, octals or timestamps", async () => {
    const text = `%YAML 1.1\n---\n${stringify(supportManifest()).replace("outputSanitization: true", "outputSanitization: on")}`;
    const r = await run({ ...repoFiles(), [MANIFEST_PATH]: text });
    expect(errors(r)).toContain("manifest/schema");
  });

  for (const tag of [
    "!!timestamp 2026-10-01",
    "!!binary aGVsbG8=",
    "!!js/function 'function(){return 1}'",
    "!!python/object:os.system x",
    "!<tag:yaml.org,2002:set> {a}",
  ]) {
    it(`the tag ${tag.split(" ")[0]} is refused as a parse error`, async () => {
      const text = stringify(supportManifest()).replace(
        / {4}date: (\d{4}-\d\d-\d\d)\n/,
        `    date: ${tag}\n`,
      );
      expect(text).toContain(tag);
      const r = await parseError(text);
      expect(JSON.stringify(r.findings)).toMatch(/tag/);
    });
  }

  it("__proto__ and constructor.prototype keys pollute no prototype", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = `${stringify(supportManifest())}__proto__: { polluted: yes, riskTier: minimal }\nconstructor: { prototype: { polluted: yes } }\n`;
    const json = JSON.stringify(supportManifest()).replace(
      '"controls":{',
      '"controls":{"__proto__":{"polluted":true},',
    );
    const r1 = await run({ ...repoFiles(), [MANIFEST_PATH]: text });
    const r2 = await run({ ...repoFiles(), [MANIFEST_PATH]: json });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).riskTier).toBeUndefined();
    // Unknown top-level keys are a schema error: nothing slips through as data either.
    expect(errors(r1)).toContain("manifest/schema");
    expect(errors(r2)).toContain("manifest/schema");
  });

  it("a __proto__ key in the policy does not change the baseline for later runs", async () => {
    const policy = `apiVersion: model-gate/v1\nkind: Policy\n__proto__: { tiers: { high: { blocked: true } } }\n`;
    await run(repoFiles(), { policy }).catch(() => undefined);
    expect(({} as Record<string, unknown>).tiers).toBeUndefined();
    const r = await run(repoFiles());
    expect(errors(r)).toEqual([]);
  });
});

describe("model names", () => {
  const names = [
    ["Cyrillic look-alike", "support-аssistant"],
    ["Greek omicron", "suppοrt-assistant"],
    ["right-to-left override", "support-\u202Eassistant"],
    ["zero-width joiner", "support\u200D-assistant"],
    ["fullwidth letters", "ｓupport-assistant"],
  ];
  for (const [what, name] of names) {
    it(`a ${what} in the model name is a schema error, not a second model`, async () => {
      const m = supportManifest();
      m.metadata.name = name;
      const r = await run(repoFiles(m));
      expect(errors(r)).toContain("manifest/schema");
      expect(r.models.every((x) => x.name !== name)).toBe(true);
    });
  }
});

describe("evidence bound to the bytes", () => {
  it("a renamed artifact that escapes its manifest is caught on both sides", async () => {
    const base = repoFiles();
    const head = { ...base };
    delete head["models/support/model.safetensors"];
    head["models/other/model.safetensors"] = pointer("other weights");
    const r = await run(head, {
      base,
      changes: [
        {
          path: "models/other/model.safetensors",
          previousPath: "models/support/model.safetensors",
          status: "renamed",
        },
      ],
    });
    expect(errors(r)).toEqual(
      expect.arrayContaining(["change/unmanifested-artifact", "integrity/artifact-missing"]),
    );
  });

  it("weights swapped and digest updated, evidence left as it was: evidence/stale-report", async () => {
    const base = repoFiles();
    const d2 = `sha256:${sha("weights v2")}`;
    const head = repoFiles(supportManifest(d2), {
      "models/support/model.safetensors": pointer("weights v2"),
    });
    head["evidence/garak.report.jsonl"] = base["evidence/garak.report.jsonl"]!;
    head["docs/risk/support.md"] = base["docs/risk/support.md"]!;
    const r = await run(head, { base });
    expect(errors(r)).toContain("evidence/stale-report");
  });

  it("weights swapped, manifest untouched: integrity/digest-mismatch", async () => {
    const base = repoFiles();
    const head = { ...base, "models/support/model.safetensors": pointer("backdoored weights") };
    const r = await run(head, { base });
    expect(errors(r)).toContain("integrity/digest-mismatch");
  });

  it("evidence made for another model's bytes does not count", async () => {
    const other = `sha256:${sha("another model")}`;
    const r = await run(
      withSpec((m) => {
        m.spec.adversarialTests[0].modelDigest = other;
        m.spec.riskAssessment.modelDigest = other;
      }),
    );
    expect(errors(r)).toEqual(expect.arrayContaining(["evidence/not-bound", "risk/assessment-not-bound"]));
  });

  it("a native report recording another digest than the manifest claims does not count", async () => {
    const native = JSON.stringify({
      modelDigest: `sha256:${sha("another model")}`,
      date: daysAgo(2),
      tool: "pyrit",
      suites: [{ name: "prompt-injection", attempts: 200, successes: 0 }],
    });
    const m = supportManifest();
    m.spec.adversarialTests[0] = {
      tool: "model-gate",
      report: "evidence/native.json",
      modelDigest: DIGEST,
      date: daysAgo(2),
    };
    const r = await run(repoFiles(m, { "evidence/native.json": native }));
    expect(errors(r)).toContain("evidence/not-bound");
  });

  it("a report with duplicate counting keys is unreadable, never a pass", async () => {
    const native = `{"modelDigest":"${DIGEST}","date":"${daysAgo(2)}","tool":"x","suites":[{"name":"a","attempts":100,"successes":90,"successes":0}]}`;
    const m = supportManifest();
    m.spec.adversarialTests[0] = {
      tool: "model-gate",
      report: "evidence/native.json",
      modelDigest: DIGEST,
      date: daysAgo(2),
    };
    const r = await run(repoFiles(m, { "evidence/native.json": native }));
    expect(errors(r)).toContain("evidence/unreadable-report");
  });
});

describe("values that shadow Object methods", () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it("a model card whose name is a map with toString/valueOf keys is a finding, not a crash", () => {
    const r = loadModelCard(
      "models/x/README.md",
      enc("---\nmodel-gate: { name: { toString: 1, valueOf: 2 } }\nlicense: { toString: 1 }\n---\n# card\n"),
    );
    expect(JSON.stringify(checkDeclaration(r.problems))).toContain("manifest/schema");
  });

  it("a CycloneDX BOM whose specVersion holds a toString key is a finding, not a crash", () => {
    const bom = JSON.stringify({
      bomFormat: "CycloneDX",
      specVersion: [{ toString: 1 }],
      components: [{ type: "machine-learning-model", name: "x" }],
    });
    const r = loadCycloneDx("models/x/bom.cdx.json", enc(bom));
    expect(r.ok).toBe(false);
    expect(checkDeclaration(r.problems).map((f) => f.ruleId)).toContain("manifest/schema");
  });

  it("a manifest and a policy with toString keys are schema errors with a message", async () => {
    const m = supportManifest();
    m.metadata.name = { toString: 1, valueOf: 2 };
    const r = await run(repoFiles(m));
    expect(errors(r)).toContain("manifest/schema");
    expect(() =>
      loadPolicy({
        bytes: enc("apiVersion: model-gate/v1\nkind: Policy\nwaivers: [ { rule: { toString: 1 } } ]\n"),
        file: POLICY_PATH,
        label: "base",
      }),
    ).toThrow(/waivers\[0\]\.rule/);
  });
});
