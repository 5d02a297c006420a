// Runs the built Action (dist/index.js) as a child process, the way the runner does: inputs as
// INPUT_* variables, the event payload in a file, outputs and the job summary in files. Also
// builds the workspace (a git repository with a base and a head commit) and the event payloads
// (real ones from @octokit/webhooks-examples, adjusted to the test's commits).
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { compliantManifest } from "../support/compliant-manifest.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = path.join(REPO_ROOT, "dist/index.js");

export type Files = Record<string, string>;

const temps: string[] = [];
export function tempDir(prefix = "mg-action-"): string {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(d);
  return d;
}
export function cleanTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync(
    "git",
    ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args],
    { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  ).trim();
}

function writeFiles(dir: string, files: Files): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}

export interface Workspace {
  dir: string;
  /** The full repository (the same as dir unless shallow): what the fake API serves objects from. */
  origin: string;
  baseSha: string;
  headSha: string;
}

/** A git repository whose HEAD is `head` (base plus changes), with `base` as its parent. */
export function makeRepo(base: Files, changes: Files, opts: { shallow?: boolean } = {}): Workspace {
  const dir = tempDir("mg-repo-");
  git(dir, "init", "-q", "-b", "main");
  writeFiles(dir, base);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "base");
  const baseSha = git(dir, "rev-parse", "HEAD");
  writeFiles(dir, changes);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "head");
  const headSha = git(dir, "rev-parse", "HEAD");
  if (!opts.shallow) return { dir, origin: dir, baseSha, headSha };
  // A clone of the head commit only, like actions/checkout's default fetch-depth: 1, with no
  // origin to fetch the base from.
  const clone = tempDir("mg-shallow-");
  git(clone, "clone", "-q", "--depth=1", `file://${dir}`, ".");
  git(clone, "remote", "remove", "origin");
  return { dir: clone, origin: dir, baseSha, headSha };
}

// ---------------------------------------------------------------------------------------------
// Fixtures: compliant high-risk models (dates relative to now, so the run uses the real clock)

const DAY = 86_400_000;
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

function garak(fails: number, total: number): string {
  return [
    { entry_type: "start_run setup", "_config.version": "0.14.0" },
    { entry_type: "init", garak_version: "0.14.0", start_time: `${daysAgo(3)}T10:00:00.000000`, run: "r1" },
    {
      entry_type: "eval",
      probe: "promptinject.HijackHateHumans",
      detector: "promptinject.AttackRogueString",
      passed: total - fails,
      total_evaluated: total,
      fails,
      nones: 0,
      total_processed: total,
    },
  ]
    .map((l) => JSON.stringify(l))
    .join("\n");
}

export interface ModelOptions {
  tier?: "minimal" | "limited" | "high";
  /** Attack success: fails out of 100 (high tier allows 5). */
  fails?: number;
  /** Put into metadata.owner verbatim (for injection tests). */
  owner?: string;
}

/** The files of one compliant model named `name` (manifest, LFS pointer, risk report, evidence). */
export function modelFiles(name: string, opts: ModelOptions = {}): Files {
  const weights = `weights of ${name}`;
  const digest = `sha256:${sha256(weights)}`;
  const manifest = compliantManifest({
    name,
    digest,
    ...(opts.tier ? { tier: opts.tier } : {}),
    ...(opts.owner !== undefined ? { owner: opts.owner } : {}),
    artifact: `models/${name}/model.safetensors`,
    riskReport: `docs/risk/${name}.md`,
    evidence: `evidence/${name}/garak.report.jsonl`,
    daysAgo,
  });
  return {
    [`models/${name}.model.yaml`]: stringify(manifest),
    [`models/${name}/model.safetensors`]: `version https://git-lfs.github.com/spec/v1\noid sha256:${sha256(weights)}\nsize ${weights.length}\n`,
    [`docs/risk/${name}.md`]: `# Risk assessment of ${name}\n`,
    [`evidence/${name}/garak.report.jsonl`]: garak(opts.fails ?? 2, 100),
  };
}

export function manyModels(n: number, opts: ModelOptions = {}): Files {
  const out: Files = {};
  for (let i = 0; i < n; i++) Object.assign(out, modelFiles(`model-${String(i).padStart(3, "0")}`, opts));
  return out;
}

export const BASE_FILES: Files = { "README.md": "# repo\n" };

export const TEAM_POLICY = stringify({
  apiVersion: "model-gate/v1",
  kind: "Policy",
  owners: { teams: ["Codertocat/ai-governance"] },
  tiers: { high: { approvals: { count: 2, from: { teams: ["Codertocat/ai-risk"], users: [] } } } },
});

// ---------------------------------------------------------------------------------------------
// Event payloads from @octokit/webhooks-examples

interface Example {
  name: string;
  examples: Record<string, unknown>[];
}
const require = createRequire(import.meta.url);
const EXAMPLES: Example[] = require("@octokit/webhooks-examples");

function example(name: string, action?: string): Record<string, unknown> {
  const e = EXAMPLES.find((x) => x.name === name)?.examples.find(
    (x) => action === undefined || x.action === action,
  );
  if (!e) throw new Error(`no webhook example ${name}/${action}`);
  return structuredClone(e);
}

export interface PrEventOptions {
  number?: number;
  baseSha: string;
  headSha: string;
  author?: string;
  fork?: boolean;
  changedFiles?: number;
}

/** A pull_request / pull_request_target (opened) or pull_request_review (submitted) payload. */
export function prPayload(event: string, o: PrEventOptions): Record<string, unknown> {
  const p =
    event === "pull_request_review"
      ? example("pull_request_review", "submitted")
      : example("pull_request", "opened");
  // biome-ignore lint/suspicious/noExplicitAny: webhook payloads are edited in place
  const pr = p.pull_request as any;
  pr.number = o.number ?? 7;
  if ("number" in p) p.number = pr.number;
  pr.user.login = o.author ?? "Codertocat";
  pr.head.sha = o.headSha;
  pr.base.sha = o.baseSha;
  if (o.fork) pr.head.repo.full_name = "forker/Hello-World";
  if (o.changedFiles !== undefined) pr.changed_files = o.changedFiles;
  else if (event !== "pull_request_review") delete pr.changed_files;
  return p;
}

/**
 * A merge_group payload. Its head_ref names the queue entry as GitHub does,
 * refs/heads/gh-readonly-queue/main/pr-<number>-<parent>: PR #7 built on the base by default.
 */
export function mergeGroupPayload(
  baseSha: string,
  headSha: string,
  entry: { number?: number; parentSha?: string; headRef?: string } = {},
): Record<string, unknown> {
  const p = example("merge_group");
  // biome-ignore lint/suspicious/noExplicitAny: webhook payloads are edited in place
  const mg = p.merge_group as any;
  mg.base_sha = baseSha;
  mg.head_sha = headSha;
  mg.head_ref =
    entry.headRef ??
    `refs/heads/gh-readonly-queue/main/pr-${entry.number ?? 7}-${entry.parentSha ?? baseSha}`;
  return p;
}

export function pushPayload(before: string, after: string): Record<string, unknown> {
  const p = example("push");
  p.before = before;
  p.after = after;
  p.ref = "refs/heads/main";
  return p;
}

// ---------------------------------------------------------------------------------------------
// Running the Action

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report, parsed. */
  // biome-ignore lint/suspicious/noExplicitAny: the report is checked by the tests
  report: any;
}

export async function runAction(opts: {
  workspace: string;
  event: string;
  payload: unknown;
  apiUrl: string;
  inputs?: Record<string, string>;
  token?: string;
  env?: Record<string, string>;
}): Promise<RunResult> {
  const tmp = tempDir("mg-runner-");
  const eventPath = path.join(tmp, "event.json");
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  const outputFile = path.join(tmp, "output");
  const summaryFile = path.join(tmp, "summary.md");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const inputs: Record<string, string> = {
    token: opts.token ?? "write-token",
    policy: ".github/model-gate.yml",
    mode: "enforce",
    comment: "always",
    "sarif-file": "",
    "report-file": "",
    "check-run": "false",
    ...opts.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_GRAPHQL_URL: `${opts.apiUrl}/graphql`,
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_SHA: opts.env?.GITHUB_SHA ?? git(opts.workspace, "rev-parse", "HEAD"),
    GITHUB_RUN_ID: "42",
    RUNNER_TEMP: tmp,
    MODEL_GATE_RETRY_BASE_MS: "5",
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] = v;

  const child = spawn(process.execPath, [DIST], {
    cwd: opts.workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (b: Buffer) => {
    stdout += b.toString("utf8");
  });
  child.stderr.on("data", (b: Buffer) => {
    stderr += b.toString("utf8");
  });
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  const outputs = parseOutputs(readFileSync(outputFile, "utf8"));
  let report: unknown = null;
  if (outputs.report) report = JSON.parse(readFileSync(outputs.report, "utf8"));
  return { code, stdout, stderr, outputs, summary: readFileSync(summaryFile, "utf8"), report };
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join("\n");
  }
  return out;
}

/** The workflow commands the runner would execute: lines starting with "::". */
export function workflowCommands(stdout: string): { command: string; rest: string }[] {
  return stdout
    .split(/\r?\n/)
    .map((l) => /^\s*::([a-zA-Z-]+)(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ command: m[1]!, rest: m[2]! }));
}
