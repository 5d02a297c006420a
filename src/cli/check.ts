import { resolve } from "node:path";
import { UserError } from "../core/errors.ts";
import { fetchPolicyFile, readPolicy } from "../engine/read-policy.ts";
import { DEFAULT_POLICY_FILE } from "../policy/default-file.ts";
import {
  defaultBranch,
  diffChanges,
  mergeBase,
  resolveRef,
  resolveTopAndRefs,
  topLevel,
} from "../repo/git.ts";
import { createGitTree } from "../repo/git-tree.ts";
import { createWorktree, hasCommit, uncommittedFiles, worktreeChanges } from "../repo/worktree.ts";
import { escapeTerminal } from "../reports/escape.ts";
import { parse, REPORT_FLAGS, reportOptions } from "./args.ts";
import { emit } from "./emit.ts";
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
      ...REPORT_FLAGS,
      worktree: { type: "boolean" },
    },
    false,
  );
  if (values.help) {
    process.stdout.write(HELP.check);
    return 0;
  }
  const { format, mode, now } = reportOptions(values);

  const dir = resolve(values.repo ?? ".");
  // One git process for the top level, HEAD (there is a commit) and the refs asked for; when it
  // cannot answer, the same questions one at a time, whose errors say what is wrong.
  const quickP = resolveTopAndRefs(dir, [
    "HEAD",
    ...(values.worktree ? [] : [values.head ?? "HEAD"]),
    ...(values.base !== undefined ? [values.base] : []),
  ]);
  // The rest of the command loads while git runs.
  const gateP = import("./check-gate.ts");
  gateP.catch(() => {});
  const quick = await quickP;
  const repo = quick?.top ?? (await topLevel(dir));
  if (values.worktree && values.head !== undefined)
    throw new UserError(
      "--worktree judges the working tree as the head: drop --head",
      {},
      "Run: model-gate check --help",
    );
  const committed = quick ? true : await hasCommit(repo);
  if (!committed && !values.worktree)
    throw new UserError(
      `${repo} has no commit yet, so there is no change to judge`,
      {},
      "commit your files (git add -A && git commit), or judge the files as they are: model-gate check --worktree",
    );
  const [quickHead, quickRef, quickBase] = quick?.shas ?? [];
  // Resolved side by side; a bad --head is still the error reported first.
  const givenBaseP =
    values.base === undefined
      ? Promise.resolve(null)
      : quick
        ? Promise.resolve(values.worktree ? quickRef! : quickBase!)
        : resolveRef(repo, values.base);
  givenBaseP.catch(() => {});
  const headSha = values.worktree ? null : (quickRef ?? (await resolveRef(repo, values.head ?? "HEAD")));
  const givenBase = await givenBaseP;
  const baseSha =
    givenBase ??
    (values.worktree
      ? committed && !values.all
        ? (quickHead ?? (await resolveRef(repo, "HEAD")))
        : null
      : values.base === undefined && !values.all
        ? await mergeBase(repo, await defaultBranch(repo), headSha!)
        : null);
  // Plain `check` judges commits and notes what the working tree holds that it did not judge:
  // asked now, side by side with the run, and awaited when the run is done.
  const uncommittedP =
    values.worktree || values.head !== undefined ? null : uncommittedFiles(repo, committed);
  uncommittedP?.catch(() => {});
  const headLabel = headSha ?? "working tree";
  // Both shas come from resolveRef: the trees need not resolve them again.
  const [head, base] = await Promise.all([
    headSha ? createGitTree(repo, headSha, short(headSha), { resolved: true }) : createWorktree(repo),
    baseSha ? createGitTree(repo, baseSha, short(baseSha), { resolved: true }) : null,
  ]);
  const policyFile = values.policy ?? DEFAULT_POLICY_FILE;
  // The policy is looked up and read now, side by side with loading the engine; readPolicy in
  // the run awaits it, so its errors become the run's verdict as before.
  const policyBytes = fetchPolicyFile(base ?? head, policyFile, values.policy !== undefined);
  policyBytes.catch(() => {});
  const { declarationRegistry, modelFileMatcher, parserFromWorkers, runGate } = await gateP;
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
      // Independent git calls run side by side.
      const changesP =
        values.all || !baseSha
          ? Promise.resolve("all" as const)
          : headSha
            ? // The same commit on both sides: nothing changed, no diff to ask git for.
              baseSha === headSha
              ? Promise.resolve([])
              : diffChanges(repo, baseSha, headSha)
            : worktreeChanges(repo, baseSha);
      const [policy, changes] = await Promise.all([
        readPolicy(base ?? head, policyFile, values.policy !== undefined, policyBytes),
        changesP,
        // The head listing, side by side, when the run will need it (a change to judge).
        changesP.then((c) => (c === "all" || c.length > 0 ? head.list() : null)),
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
      if (!uncommittedP) return;
      const isModel = modelFileMatcher(policy.policy);
      const declarations = declarationRegistry(policy.policy);
      notJudged = (await uncommittedP!).filter((p) => isModel(p) || declarations.kindOf(p) === "manifest");
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

  return emit(result, format, values.output);
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
