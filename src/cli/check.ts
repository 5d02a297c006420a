// `model-gate check`: git adapters in, engine, one report out.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { UserError } from "../core/errors.ts";
import { exitCode, MODES } from "../core/verdict.ts";
import { declarationRegistry } from "../engine/declarations.ts";
import { DEFAULT_POLICY_FILE } from "../engine/discover.ts";
import { modelFileMatcher } from "../engine/model-files.ts";
import { parserFromWorkers, runGate } from "../engine/run-gate.ts";
import { readPolicy } from "../policy/read.ts";
import { defaultBranch, diffChanges, mergeBase, resolveRef, topLevel } from "../repo/git.ts";
import { createGitTree } from "../repo/git-tree.ts";
import { createWorktree, hasCommit, uncommittedFiles, worktreeChanges } from "../repo/worktree.ts";
import { escapeTerminal } from "../reports/escape.ts";
import { REPORT_FORMATS, type ReportFormat, renderReport } from "../reports/render.ts";
import { oneOf, parse } from "./args.ts";
import { useColor } from "./color.ts";
import { HELP } from "./help.ts";

export async function runCheck(argv: string[]): Promise<number> {
  const { values } = parse(
    "check",
    argv,
    {
      repo: { type: "string" },
      base: { type: "string" },
      head: { type: "string" },
      all: { type: "boolean" },
      policy: { type: "string" },
      format: { type: "string" },
      output: { type: "string" },
      mode: { type: "string" },
      now: { type: "string" },
      worktree: { type: "boolean" },
    },
    false,
  );
  if (values.help) {
    process.stdout.write(HELP.check);
    return 0;
  }
  const format = oneOf<ReportFormat>("format", values.format, REPORT_FORMATS, "text");
  const mode = oneOf("mode", values.mode, MODES, "enforce");
  const now = values.now
    ? new Date(`${values.now}${values.now.length === 10 ? "T12:00:00Z" : ""}`)
    : new Date();
  if (Number.isNaN(now.getTime()))
    throw new UserError(`--now must be an ISO date (got ${JSON.stringify(values.now)})`);

  const repo = await topLevel(resolve(values.repo ?? "."));
  if (values.worktree && values.head !== undefined)
    throw new UserError(
      "--worktree judges the working tree as the head: drop --head",
      {},
      "Run: model-gate check --help",
    );
  const committed = await hasCommit(repo);
  if (!committed && !values.worktree)
    throw new UserError(
      `${repo} has no commit yet, so there is no change to judge`,
      {},
      "commit your files (git add -A && git commit), or judge the files as they are: model-gate check --worktree",
    );
  // Resolved side by side; a bad --head is still the error reported first.
  const givenBaseP = values.base !== undefined ? resolveRef(repo, values.base) : Promise.resolve(null);
  givenBaseP.catch(() => {});
  const headSha = values.worktree ? null : await resolveRef(repo, values.head ?? "HEAD");
  const givenBase = await givenBaseP;
  const baseSha =
    givenBase ??
    (values.worktree
      ? committed && !values.all
        ? await resolveRef(repo, "HEAD")
        : null
      : values.base === undefined && !values.all
        ? await mergeBase(repo, await defaultBranch(repo), headSha!)
        : null);
  const headLabel = headSha ?? "working tree";

  // Both shas come from resolveRef: the trees need not resolve them again.
  const [head, base] = await Promise.all([
    headSha ? createGitTree(repo, headSha, short(headSha), { resolved: true }) : createWorktree(repo),
    baseSha ? createGitTree(repo, baseSha, short(baseSha), { resolved: true }) : null,
  ]);
  let notJudged: string[] = [];
  const result = await runGate({
    mode,
    now,
    baseLabel: baseSha ?? "none",
    headLabel,
    openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS),
    gather: async (track) => {
      if ("close" in head) track(head);
      if (base) track(base);
      const policyFile = values.policy ?? DEFAULT_POLICY_FILE;
      // Independent git calls run side by side.
      const [policy, changes] = await Promise.all([
        readPolicy(base ?? head, policyFile, values.policy !== undefined),
        values.all || !baseSha
          ? ("all" as const)
          : headSha
            ? diffChanges(repo, baseSha, headSha)
            : worktreeChanges(repo, baseSha),
        head.list(),
      ]);
      return {
        policy,
        head,
        base,
        changes,
        pullRequest: null,
        noFastPath: process.env.MODEL_GATE_NO_FAST_PATH === "1",
      };
    },
    // Plain `check` judges commits: say what the working tree holds that it did not judge.
    after: async ({ policy }) => {
      if (values.worktree || values.head !== undefined) return;
      const isModel = modelFileMatcher(policy.policy);
      const declarations = declarationRegistry(policy.policy);
      notJudged = (await uncommittedFiles(repo)).filter(
        (p) => isModel(p) || declarations.kindOf(p) === "manifest",
      );
    },
    // The gate could not evaluate (a bad policy, say): verdict error, fail closed.
    onUserError: (e) => process.stderr.write(`model-gate: error: ${e.describe()}\n`),
  });
  if (notJudged.length > 0) {
    const shown = notJudged.slice(0, 5).map((p) => escapeTerminal(p, 200));
    if (notJudged.length > 5) shown.push(`${notJudged.length - 5} more`);
    process.stderr.write(
      `model-gate: note: ${notJudged.length} uncommitted model file${notJudged.length === 1 ? "" : "s"} not judged (${shown.join(", ")}); check judges commits. Commit them, or run: model-gate check --worktree\n`,
    );
  }

  const color = !values.output && format === "text" && useColor(process.env, process.stdout.isTTY === true);
  const report = renderReport(result, format, { color });
  if (values.output) {
    await writeFile(values.output, report);
    process.stderr.write(`model-gate: ${result.verdict} (${format} report written to ${values.output})\n`);
  } else {
    process.stdout.write(report);
  }
  return exitCode(result);
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
