// End to end: dist/index.js run as the runner runs it, against a fake GitHub API on 127.0.0.1,
// with real webhook payloads (dist/ is built by test/action/global-setup.ts).
// merge_group, push, unsupported events and bad inputs.
import { describe, expect, it } from "vitest";
import { mergeGroupPayload, modelFiles, pushPayload } from "./harness.ts";
import { approve, errorsOf, ruleIds, run, setup, useScenarios } from "./scenario.ts";

useScenarios();

describe("other events", () => {
  it("merge_group: evaluates the queue's commits with the queued PR's approvals", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
    });
    const r = await run(ws, fake, {
      event: "merge_group",
      payload: mergeGroupPayload(ws.baseSha, ws.headSha),
    });
    expect(r.outputs.verdict).toBe("pass");
    expect(ruleIds(r)).not.toContain("approval/pending");
    fake.state.pulls[7]!.reviews = [];
    const unapproved = await run(ws, fake, {
      event: "merge_group",
      payload: mergeGroupPayload(ws.baseSha, ws.headSha),
    });
    expect(unapproved.outputs.verdict).toBe("fail");
    expect(errorsOf(unapproved)).toEqual(["approval/insufficient"]);
  });

  it("push: audits what the push changed", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support", { fails: 40 }) });
    const r = await run(ws, fake, { event: "push", payload: pushPayload(ws.baseSha, ws.headSha) });
    expect(r.outputs.verdict).toBe("fail");
    expect(errorsOf(r)).toContain("evidence/threshold-exceeded");
  });

  it("another event: a clear message, verdict error, and warn mode lets the step pass", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support") });
    const enforce = await run(ws, fake, { event: "issues", payload: {} });
    expect(enforce.outputs.verdict).toBe("error");
    expect(enforce.code).toBe(1);
    expect(enforce.stdout).toContain('triggered by \\"issues\\"'.replace(/\\/g, ""));
    const warn = await run(ws, fake, { event: "issues", payload: {}, inputs: { mode: "warn" } });
    expect(warn.outputs.verdict).toBe("error");
    expect(warn.code).toBe(0);
  });

  it("a wrong input value is verdict error with the input's name", async () => {
    const { ws, fake } = await setup({ changes: modelFiles("support") });
    const r = await run(ws, fake, { inputs: { comment: "sometimes" } });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe("error");
    expect(r.stdout).toMatch(/input comment is "sometimes"/);
  });
});
