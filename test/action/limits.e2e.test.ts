// End to end: dist/index.js run as the runner runs it, against a fake GitHub API on 127.0.0.1,
// with real webhook payloads (dist/ is built by test/action/global-setup.ts).
// GitHub's limits (annotations, summary, comment, check run) and the API request budget.
import { describe, expect, it } from "vitest";
import { BASE_FILES, type Files, manyModels, workflowCommands } from "./harness.ts";
import { approve, errorsOf, run, setup, useScenarios } from "./scenario.ts";

useScenarios();

describe("limits", () => {
  it("60 failing manifests stay within annotation, summary, comment and check-run limits", async () => {
    const { ws, fake } = await setup({ changes: manyModels(60, { fails: 40 }) });
    const r = await run(ws, fake, { inputs: { "check-run": "true" } });
    expect(r.outputs.verdict).toBe("fail");
    expect(r.outputs.models).toBe("60");
    const cmds = workflowCommands(r.stdout);
    // GitHub shows 10 error annotations per step, the step's own failure among them: 9 + 1.
    const errors = cmds.filter((c) => c.command === "error" && c.rest.includes("file="));
    expect(errors).toHaveLength(9);
    expect(cmds.filter((c) => c.command === "error")).toHaveLength(10);
    expect(
      cmds.filter((c) => c.command === "warning" && c.rest.includes("file=")).length,
    ).toBeLessThanOrEqual(10);
    expect(
      cmds.some((c) => c.command === "notice" && /\d+ more findings are in the job summary/.test(c.rest)),
    ).toBe(true);
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    const body = fake.state.comments[7]![0]!.body;
    expect(body.length).toBeLessThan(65_536);
    const [check] = fake.state.checkRuns;
    const annotated = r.report.findings.filter((f: { file?: string }) => f.file).length;
    expect(check!.annotations).toHaveLength(annotated);
    expect(check!.requests).toBe(Math.ceil(annotated / 50));
    expect(check!.conclusion).toBe("failure");
  });

  it("makes the same number of API requests for 20 and 200 manifests (but for file-list pages)", async () => {
    const count = async (n: number) => {
      const { ws, fake } = await setup({
        changes: manyModels(n),
        reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
      });
      const r = await run(ws, fake);
      expect(r.outputs.models).toBe(String(n));
      const pages = fake.requests.filter((q) => q.path.endsWith("/pulls/7/files")).length;
      const total = fake.requests.length;
      await fake.close();
      return { pages, total, other: total - pages };
    };
    const small = await count(20);
    const large = await count(200);
    expect(large.pages).toBeGreaterThan(small.pages); // 800 files: 8 pages of 100
    expect(large.other).toBe(small.other);
  });

  it("reads the base versions' reports in batches too when every model is retrained", async () => {
    const count = async (n: number) => {
      const base = { ...BASE_FILES, ...manyModels(n) };
      const changes: Files = {};
      for (const [p, t] of Object.entries(base)) {
        // New weights: the pointer's oid and the manifest's digests move together, the reports
        // stay (so the base reports are read and compared).
        if (p.endsWith(".safetensors") || p.endsWith(".model.yaml"))
          changes[p] = t.replaceAll(/[0-9a-f]{64}/g, (h) => `${h.slice(1)}0`);
      }
      const { ws, fake } = await setup({
        base,
        changes,
        shallow: true,
        files: Object.keys(changes).map((filename) => ({ filename, status: "modified" as const })),
      });
      const r = await run(ws, fake);
      expect(errorsOf(r)).toContain("evidence/stale-report");
      const graphql = fake.requests.filter((q) => q.path === "/graphql").length;
      await fake.close();
      return graphql;
    };
    // Manifests, then the base versions' reports: each in queries of 50 files.
    expect(await count(10)).toBe(2);
    expect(await count(60)).toBe(2 + 3);
  });

  it("reads the base through the API in batches when the checkout is shallow", async () => {
    const base = { ...BASE_FILES, ...manyModels(60) };
    const changes: Files = {};
    for (const [p, t] of Object.entries(base))
      if (p.endsWith(".model.yaml")) changes[p] = t.replace("version: 1.0.0", "version: 1.0.1");
    const { ws, fake } = await setup({
      base,
      changes,
      shallow: true,
      files: Object.keys(changes).map((filename) => ({ filename, status: "modified" as const })),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
    });
    const r = await run(ws, fake);
    expect(r.stdout).toContain("reading its files through the GitHub API");
    expect(r.outputs.models).toBe("60");
    expect(errorsOf(r)).toEqual([]);
    const graphql = fake.requests.filter((q) => q.path === "/graphql").length;
    expect(graphql).toBe(2); // 60 manifests, 50 per query
  });
});
