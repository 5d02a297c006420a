// What users read from the deployment gate and the audit: the text report of a refused deploy,
// the statement of a passing one, the audit's report and its tracking issue (golden files).
import { describe, expect, it } from "vitest";
import { auditModels, verifyDeployment } from "../../src/engine/deploy.ts";
import { issueBody, issueRows } from "../../src/github/tracking-issue.ts";
import { loadPolicy } from "../../src/policy/load.ts";
import { createMemoryTree } from "../../src/repo/memory-tree.ts";
import { buildAttestation } from "../../src/reports/attestation.ts";
import { renderMarkdown } from "../../src/reports/markdown.ts";
import { renderText } from "../../src/reports/text.ts";
import { daysAgo, NOW, repoFiles, supportManifest } from "../engine/helpers.ts";
import { expectGolden } from "./golden.ts";

const golden = (name: string) => new URL(`./golden/deploy/${name}`, import.meta.url);
const REF = "4b1c0d2e3f405162738495a6b7c8d9e0f1a2b3c4";
const policy = () => loadPolicy({ bytes: null, file: ".github/model-gate.yml", label: "main" });

function stale() {
  const m = supportManifest();
  m.spec.adversarialTests[0].date = daysAgo(95);
  m.spec.evaluation.date = daysAgo(82);
  m.spec.deployments = ["staging"];
  return repoFiles(m, {
    "evidence/garak.report.jsonl": String(repoFiles()["evidence/garak.report.jsonl"]).replace(
      daysAgo(3),
      daysAgo(95),
    ),
  });
}

describe("deployment gate and audit, as users read them", () => {
  it("a refused production deploy (text)", async () => {
    const result = await verifyDeployment({
      policy: policy(),
      head: createMemoryTree(stale(), "head"),
      headLabel: REF,
      environment: "production",
      models: [],
      artifacts: [
        {
          name: "weights/model.safetensors",
          digest: `sha256:${"ab".repeat(32)}`,
          size: 0,
          chunks: async function* () {},
        },
      ],
      approvals: { unavailable: "no GitHub token to read the pull request's reviews (set GITHUB_TOKEN)" },
      now: NOW,
      mode: "enforce",
    });
    expect(result.verdict).toBe("fail");
    expectGolden(renderText(result, { color: false }), golden("verify-refused.txt"));
  });

  it("a passing staging deploy: the in-toto statement", async () => {
    const result = await verifyDeployment({
      policy: policy(),
      head: createMemoryTree(repoFiles(), "head"),
      headLabel: REF,
      environment: "staging",
      models: [],
      artifacts: [],
      approvals: { unavailable: "not needed" },
      now: NOW,
      mode: "enforce",
    });
    expect(result.verdict).toBe("pass");
    expectGolden(
      `${JSON.stringify(buildAttestation(result, REF).statement, null, 2)}\n`,
      golden("statement.json"),
    );
  });

  it("the audit: report and tracking issue", async () => {
    const result = await auditModels({
      policy: policy(),
      head: createMemoryTree(stale(), "head"),
      headLabel: REF,
      within: 30,
      now: NOW,
      mode: "enforce",
    });
    expect(result.verdict).toBe("fail");
    expectGolden(renderText(result, { color: false }), golden("audit.txt"));
    expectGolden(
      renderMarkdown(result, { runUrl: "https://github.com/acme/models/actions/runs/42" }),
      golden("audit-summary.md"),
    );
    const rows = issueRows(result, 30);
    expectGolden(
      issueBody(rows, { runUrl: "https://github.com/acme/models/actions/runs/42", otherErrors: 0 }),
      golden("audit-issue.md"),
    );
  });

  it("the issue body stays within GitHub's limit and says how many more", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      model: `model-${i} @team <b>`,
      item: "risk assessment",
      expires: "2026-12-01",
      daysLeft: i % 40,
    }));
    const body = issueBody(rows, { otherErrors: 3 });
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/\n\d+ more items not shown/);
    expect(body).not.toContain("<b>");
    expect(body).not.toMatch(/@team/);
  });
});
