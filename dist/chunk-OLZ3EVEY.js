import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  emit
} from "./chunk-W6SR5CE6.js";
import {
  createWorktree,
  hasCommit,
  uncommittedFiles,
  worktreeChanges
} from "./chunk-IBEXMKTC.js";
import {
  REPORT_FLAGS,
  parse,
  reportOptions
} from "./chunk-4XQNZSEZ.js";
import {
  HELP
} from "./chunk-GDB26TB7.js";
import {
  createGitTree
} from "./chunk-5N5REAOF.js";
import "./chunk-3L5BALE3.js";
import "./chunk-EZSKWDCS.js";
import {
  defaultBranch,
  diffChanges,
  fetchPolicyFile,
  mergeBase,
  readPolicy,
  resolveRef,
  resolveTopAndRefs,
  topLevel
} from "./chunk-PS6DBKES.js";
import {
  DEFAULT_POLICY_FILE
} from "./chunk-5JGHM2XT.js";
import "./chunk-QTQMBYTJ.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import "./chunk-TVIEZLZA.js";
import {
  escapeTerminal
} from "./chunk-S2YBJ2QZ.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-YMPWKLZV.js";

// src/cli/check.ts
import { resolve } from "node:path";
async function runCheck(argv) {
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
      worktree: { type: "boolean" }
    },
    false
  );
  if (values.help) {
    process.stdout.write(HELP.check);
    return 0;
  }
  const { format, mode, now } = reportOptions(values);
  const dir = resolve(values.repo ?? ".");
  const quickP = resolveTopAndRefs(dir, [
    "HEAD",
    ...values.worktree ? [] : [values.head ?? "HEAD"],
    ...values.base !== void 0 ? [values.base] : []
  ]);
  const gateP = import("./chunk-RNX3M5TH.js");
  gateP.catch(() => {
  });
  const quick = await quickP;
  const repo = quick?.top ?? await topLevel(dir);
  if (values.worktree && values.head !== void 0)
    throw new UserError(
      "--worktree judges the working tree as the head: drop --head",
      {},
      "Run: model-gate check --help"
    );
  const committed = quick ? true : await hasCommit(repo);
  if (!committed && !values.worktree)
    throw new UserError(
      `${repo} has no commit yet, so there is no change to judge`,
      {},
      "commit your files (git add -A && git commit), or judge the files as they are: model-gate check --worktree"
    );
  const [quickHead, quickRef, quickBase] = quick?.shas ?? [];
  const givenBaseP = values.base === void 0 ? Promise.resolve(null) : quick ? Promise.resolve(values.worktree ? quickRef : quickBase) : resolveRef(repo, values.base);
  givenBaseP.catch(() => {
  });
  const headSha = values.worktree ? null : quickRef ?? await resolveRef(repo, values.head ?? "HEAD");
  const givenBase = await givenBaseP;
  const baseSha = givenBase ?? (values.worktree ? committed && !values.all ? quickHead ?? await resolveRef(repo, "HEAD") : null : values.base === void 0 && !values.all ? await mergeBase(repo, await defaultBranch(repo), headSha) : null);
  const uncommittedP = values.worktree || values.head !== void 0 ? null : uncommittedFiles(repo, committed);
  uncommittedP?.catch(() => {
  });
  const headLabel = headSha ?? "working tree";
  const [head, base] = await Promise.all([
    headSha ? createGitTree(repo, headSha, short(headSha), { resolved: true }) : createWorktree(repo),
    baseSha ? createGitTree(repo, baseSha, short(baseSha), { resolved: true }) : null
  ]);
  const policyFile = values.policy ?? DEFAULT_POLICY_FILE;
  const policyBytes = fetchPolicyFile(base ?? head, policyFile, values.policy !== void 0);
  policyBytes.catch(() => {
  });
  const { declarationRegistry, modelFileMatcher, parserFromWorkers, runGate } = await gateP;
  let notJudged = [];
  const result = await runGate({
    mode,
    now,
    baseLabel: baseSha ?? "none",
    headLabel,
    openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS),
    gather: async (track) => {
      if ("close" in head) track(head);
      if (base) track(base);
      const changesP = values.all || !baseSha ? Promise.resolve("all") : headSha ? (
        // The same commit on both sides: nothing changed, no diff to ask git for.
        baseSha === headSha ? Promise.resolve([]) : diffChanges(repo, baseSha, headSha)
      ) : worktreeChanges(repo, baseSha);
      const [policy, changes] = await Promise.all([
        readPolicy(base ?? head, policyFile, values.policy !== void 0, policyBytes),
        changesP,
        // The head listing, side by side, when the run will need it (a change to judge).
        changesP.then((c) => c === "all" || c.length > 0 ? head.list() : null)
      ]);
      return {
        policy,
        head,
        base,
        changes,
        pullRequest: null,
        noFastPath: process.env.MODEL_GATE_NO_FAST_PATH === "1"
      };
    },
    // Plain `check` judges commits: say what the working tree holds that it did not judge.
    after: async ({ policy }) => {
      if (!uncommittedP) return;
      const isModel = modelFileMatcher(policy.policy);
      const declarations = declarationRegistry(policy.policy);
      notJudged = (await uncommittedP).filter((p) => isModel(p) || declarations.kindOf(p) === "manifest");
    },
    // The gate could not evaluate (a bad policy, say): verdict error, fail closed.
    onUserError: (e) => process.stderr.write(`model-gate: error: ${e.describe()}
`)
  });
  if (notJudged.length > 0) {
    const shown = notJudged.slice(0, 5).map((p) => escapeTerminal(p, 200));
    if (notJudged.length > 5) shown.push(`${notJudged.length - 5} more`);
    process.stderr.write(
      `model-gate: note: ${notJudged.length} uncommitted model file${notJudged.length === 1 ? "" : "s"} not judged (${shown.join(", ")}); check judges commits. Commit them, or run: model-gate check --worktree
`
    );
  }
  return emit(result, format, values.output);
}
function short(sha) {
  return sha.slice(0, 12);
}
export {
  runCheck
};
