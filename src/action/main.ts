// The Action's entry point (bundled to dist/index.js): read the inputs and the event, run the
// gate, publish, and fail the step when the verdict is fail or error in enforce mode. A user's
// mistake is a clear message; anything else is a bug and shows its stack trace.
import { readFile } from "node:fs/promises";
import os from "node:os";
import * as core from "@actions/core";
import { UserError } from "../core/errors.ts";
import type { GateResult } from "../core/result.ts";
import { blockingCount, errorResult, outcome } from "../core/verdict.ts";
import { parseRepository } from "../github/api-errors.ts";
import { createClient } from "../github/client.ts";
import { type GateEvent, parseEvent } from "../github/event.ts";
import { safeLogLine } from "../reports/escape.ts";
import { AUDIT_EVENTS } from "./audit-events.ts";
import { runPullRequestGate } from "./gate.ts";
import { modeOf, readInputs } from "./inputs.ts";
import { setOutput } from "./io.ts";
import { publish } from "./publish.ts";

async function main(): Promise<void> {
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const inputs = readInputs();
  const repo = parseRepository(env.GITHUB_REPOSITORY ?? "");
  if (!inputs.token)
    throw new UserError(
      "input token is empty",
      {},
      "remove the token input to use the default github.token, or pass a token",
    );
  const retryBaseMs = Number(env.MODEL_GATE_RETRY_BASE_MS);
  const gh = createClient({
    token: inputs.token,
    baseUrl: env.GITHUB_API_URL || "https://api.github.com",
    retryBaseMs: Number.isFinite(retryBaseMs) && retryBaseMs >= 0 ? retryBaseMs : 1000,
    log: (m) => core.info(safeLogLine(m)),
  });
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const payload = await readPayload(env.GITHUB_EVENT_PATH);
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const runUrl = env.GITHUB_RUN_ID
    ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
  const tempDir = env.RUNNER_TEMP || os.tmpdir();

  // SPEC 10 and 11: the deployment gate (input environment) and the scheduled audit.
  if (inputs.environment || AUDIT_EVENTS.includes(eventName)) {
    const sha = env.GITHUB_SHA ?? "";
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new UserError("GITHUB_SHA is not a commit sha");
    const ctx = {
      gh,
      repo,
      workspace,
      inputs,
      eventName,
      payload: (payload ?? {}) as Record<string, unknown>,
      sha,
      tempDir,
      now: new Date(),
      log: (m: string) => core.info(safeLogLine(m)),
    };
    core.info(
      inputs.environment
        ? `Event ${eventName}: deployment gate for environment ${safeLogLine(inputs.environment)}, commit ${sha.slice(0, 7)}.`
        : `Event ${eventName}: scheduled audit of ${sha.slice(0, 7)}.`,
    );
    // Loaded on this path only: the deployment gate and the audit bring the safety scanner.
    const { runAuditAction, runVerifyAction } = await import("./deploy.ts");
    const result = inputs.environment ? await runVerifyAction(ctx) : await runAuditAction(ctx, runUrl);
    const event: GateEvent = { kind: "push", name: eventName, baseSha: null, headSha: sha };
    await publish(result, { gh, repo, event, inputs, workspace, tempDir, runUrl });
    conclude(result);
    return;
  }
  const event = parseEvent(eventName, payload, `${repo.owner}/${repo.repo}`);
  core.info(
    safeLogLine(
      event.kind === "unsupported"
        ? `Event ${eventName}: not supported.`
        : `Event ${eventName}: ${event.kind === "pull_request" ? `pull request #${event.number}, ` : ""}base ${event.baseSha?.slice(0, 7) ?? "(none)"}, head ${event.headSha.slice(0, 7)}.`,
    ),
  );

  const result = await runPullRequestGate({
    gh,
    repo,
    workspace,
    inputs,
    event,
    now: new Date(),
    log: (m) => core.info(safeLogLine(m)),
  });
  await publish(result, { gh, repo, event, inputs, workspace, tempDir, runUrl });
  conclude(result);
}

async function readPayload(file: string | undefined): Promise<unknown> {
  if (!file) return {};
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new UserError(
      `cannot read the event payload ${file}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

function conclude(result: GateResult): void {
  const o = outcome(result);
  if (o === "pass") return;
  const what =
    result.verdict === "error"
      ? "Model Gate could not evaluate this change (verdict error, failing closed)."
      : `Model Gate ${result.command === "verify" ? `refuses the deployment to ${result.environment}` : result.command === "audit" ? "audit found expired evidence or other errors" : "found unaudited model changes"} (${blockingCount(result.findings)} unwaived errors).`;
  if (o === "warned") core.warning(`${what} Mode is warn, so the step passes.`);
  else core.setFailed(what);
}

/** The Action: runs the gate and sets the step's outcome; never rejects (src/action/index.ts calls it). */
export async function run(): Promise<void> {
  try {
    await main();
  } catch (e) {
    fail(e);
  }
}

function fail(e: unknown): void {
  if (e instanceof UserError) {
    // Before the gate ran (inputs, environment): still a verdict, fail closed.
    const mode = modeOf();
    const result = errorResult({ message: e.describe(), mode, baseLabel: "", headLabel: "" });
    setOutput("verdict", "error");
    core.error(result.error!, { title: "Model Gate could not evaluate" });
    conclude(result);
    return;
  }
  const stack = e instanceof Error ? (e.stack ?? e.message) : String(e);
  core.info(safeLogLine(stack));
  core.setFailed(
    `Model Gate crashed; this is a bug, please report it with the log above: ${e instanceof Error ? e.message : String(e)}`,
  );
}
