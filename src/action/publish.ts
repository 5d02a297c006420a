// Everything the Action shows after the verdict: report files, outputs, log lines, annotations,
// the job summary, the sticky PR comment and the optional check run. The writes to GitHub are
// reports, not judgement: when the token may not write (a fork's read-only token) they become a
// warning and the verdict stays as it is.
import { lstat, mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { UserError } from "../core/errors.ts";
import type { GateResult } from "../core/result.ts";
import { blockingCount } from "../core/verdict.ts";
import type { Repo } from "../github/api-errors.ts";
import { publishCheckRun } from "../github/check-run.ts";
import { apiMessage, type GitHubClient, httpStatus } from "../github/client.ts";
import { COMMENT_MARKER, upsertComment } from "../github/comment.ts";
import type { GateEvent } from "../github/event.ts";
import { safeLogLine } from "../reports/escape.ts";
import {
  annotationLimits,
  COMMENT_MAX_CHARS,
  renderAnnotations,
  renderMarkdown,
  SUMMARY_MAX_CHARS,
} from "../reports/markdown.ts";
import { renderReport } from "../reports/render.ts";
import type { ActionInputs } from "./inputs.ts";
import { setOutput } from "./io.ts";

export interface PublishContext {
  gh: GitHubClient;
  repo: Repo;
  event: GateEvent;
  inputs: ActionInputs;
  workspace: string;
  tempDir: string;
  runUrl: string | undefined;
}

function unwaivedErrors(result: GateResult): number {
  return blockingCount(result.findings);
}

export async function publish(result: GateResult, ctx: PublishContext): Promise<void> {
  const reportPath = await writeReport(
    ctx.inputs.reportFile,
    "model-gate-report.json",
    await renderReport(result, "json"),
    ctx,
  );
  const sarifPath = await writeReport(
    ctx.inputs.sarifFile,
    "model-gate.sarif",
    await renderReport(result, "sarif"),
    ctx,
  );
  setOutput("verdict", result.verdict);
  setOutput("report", reportPath);
  setOutput("sarif", sarifPath);
  setOutput("models", String(result.models.length));
  setOutput("errors", String(unwaivedErrors(result)));

  logResult(result);
  for (const a of renderAnnotations(result, annotationLimits(result))) {
    // @actions/core escapes the message and properties of the workflow command.
    const props: core.AnnotationProperties = { title: a.title };
    if (a.file) props.file = a.file;
    if (a.startLine) props.startLine = a.startLine;
    const annotate = a.level === "error" ? core.error : a.level === "warning" ? core.warning : core.notice;
    annotate(a.message, props);
  }

  try {
    await core.summary
      .addRaw(renderMarkdown(result, { maxChars: SUMMARY_MAX_CHARS, runUrl: ctx.runUrl }))
      .write();
  } catch (e) {
    core.warning(`Could not write the job summary: ${safeLogLine(apiMessage(e))}`);
  }

  const pr = ctx.event.kind === "pull_request" ? ctx.event : null;
  if (pr && ctx.inputs.comment !== "never") {
    const body = renderMarkdown(result, {
      maxChars: COMMENT_MAX_CHARS,
      marker: COMMENT_MARKER,
      runUrl: ctx.runUrl,
    });
    await reportWrite("the pull request comment", pr.fromFork, async () => {
      const outcome = await upsertComment(ctx.gh, ctx.repo, pr.number, body, {
        policy: ctx.inputs.comment,
        failing: result.verdict !== "pass",
      });
      if (outcome !== "skipped") core.info(`Pull request comment ${outcome}.`);
    });
  }
  if (ctx.inputs.checkRun && ctx.event.kind !== "unsupported") {
    const sha = ctx.event.headSha;
    const summary = renderMarkdown(result, { maxChars: COMMENT_MAX_CHARS, runUrl: ctx.runUrl });
    await reportWrite("the check run", pr?.fromFork ?? false, async () => {
      await publishCheckRun(ctx.gh, ctx.repo, sha, result, summary);
      core.info("Check run created.");
    });
  }
}

/** A write to GitHub that may fail without changing the verdict. */
async function reportWrite(what: string, fromFork: boolean, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    const status = httpStatus(e);
    const why =
      status === 403 || status === 404
        ? `the token may not write it (HTTP ${status}: ${apiMessage(e)})${fromFork ? "; pull requests from forks get a read-only token" : ""}. Grant "pull-requests: write" / "checks: write", or use the two-workflow setup for forks (see the README)`
        : `${status ? `HTTP ${status}: ` : ""}${apiMessage(e)}`;
    core.warning(`Could not write ${what}: ${safeLogLine(why)}. The verdict is not affected.`);
  }
}

function logResult(result: GateResult): void {
  const errors = unwaivedErrors(result);
  const line =
    result.verdict === "error"
      ? "Model Gate verdict: error (the gate could not evaluate; failing closed)"
      : `Model Gate verdict: ${result.verdict} (${result.models.length} model${result.models.length === 1 ? "" : "s"}, ${errors} unwaived error${errors === 1 ? "" : "s"}, ${result.findings.length} finding${result.findings.length === 1 ? "" : "s"})`;
  core.info(line);
  if (result.error) core.error(result.error, { title: "Model Gate could not evaluate" });
  for (const f of result.findings.slice(0, 200)) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}: ` : "";
    core.info(safeLogLine(`  ${f.severity}${f.waived ? " (waived)" : ""} ${f.ruleId} ${where}${f.message}`));
  }
  if (result.findings.length > 200)
    core.info(`  … and ${result.findings.length - 200} more in the report file.`);
}

/**
 * Writes a report file. A relative path is inside the workspace, which holds the PR's files:
 * the file is written beside and renamed over, so a symlink planted there is replaced, never
 * followed.
 */
async function writeReport(
  input: string,
  fallback: string,
  text: string,
  ctx: PublishContext,
): Promise<string> {
  const target = input ? path.resolve(ctx.workspace, input) : path.join(ctx.tempDir, "model-gate", fallback);
  await refuseSymlinks(ctx.workspace, path.dirname(target));
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile(tmp, text, { flag: "wx", mode: 0o644 });
  await rename(tmp, target);
  return target;
}

/** Directories under the workspace on the way to a report file must not be symlinks. */
async function refuseSymlinks(workspace: string, dir: string): Promise<void> {
  const rel = path.relative(workspace, dir);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return; // outside the checkout: the user's choice
  let at = workspace;
  for (const part of rel.split(path.sep).filter(Boolean)) {
    at = path.join(at, part);
    const st = await lstat(at).catch(() => null);
    if (!st) return;
    if (st.isSymbolicLink() || !st.isDirectory())
      throw new UserError(
        `cannot write a report under ${rel}: ${path.relative(workspace, at)} is not a directory`,
      );
  }
}
