import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  error,
  getInput,
  info,
  notice,
  openCommitTree,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-VA42BSUB.js";
import {
  apiMessage,
  createClient,
  httpStatus,
  mustRead,
  parseRepository,
  readError,
  readPullRequestFacts
} from "./chunk-HQAJRXE2.js";
import {
  parserFromWorkers,
  runGate
} from "./chunk-VBMURWB2.js";
import "./chunk-5N5REAOF.js";
import "./chunk-WEKPBRKS.js";
import "./chunk-CXMFJBLL.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import {
  renderReport
} from "./chunk-3L5BALE3.js";
import {
  createFsTree
} from "./chunk-EZSKWDCS.js";
import {
  diffChanges,
  readPolicy,
  runGit
} from "./chunk-PS6DBKES.js";
import "./chunk-5JGHM2XT.js";
import "./chunk-GAQLD7RB.js";
import "./chunk-QTQMBYTJ.js";
import {
  GateError,
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  COMMENT_MAX_CHARS,
  SUMMARY_MAX_CHARS,
  annotationLimits,
  renderAnnotations,
  renderMarkdown
} from "./chunk-WTKYYD4A.js";
import "./chunk-MY2WDOL5.js";
import {
  safeLogLine
} from "./chunk-S2YBJ2QZ.js";
import "./chunk-7LIN5H2E.js";
import {
  MODES,
  RULES,
  blockingCount,
  errorResult,
  outcome
} from "./chunk-JOZW2F7Z.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-PVXUEQET.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";

// src/action/main.ts
import { readFile } from "node:fs/promises";
import os from "node:os";

// src/github/event.ts
var SUPPORTED_EVENTS = [
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "merge_group",
  "push"
];
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var ZERO = /^0+$/;
function parseEvent(name, payload, repository) {
  const p = obj(payload);
  switch (name) {
    case "pull_request":
    case "pull_request_target":
    case "pull_request_review": {
      const pr = obj(p.pull_request);
      const head = obj(pr.head);
      const base = obj(pr.base);
      const number = typeof pr.number === "number" ? pr.number : p.number;
      const headRepo = obj(head.repo).full_name;
      const headSha = sha(head.sha);
      const baseSha = sha(base.sha);
      const author = login(obj(pr.user).login);
      if (typeof number !== "number" || !Number.isSafeInteger(number) || !headSha || !baseSha || !author)
        return bad(name, "the event payload has no pull request with a number, head and base sha and author");
      return {
        kind: "pull_request",
        name,
        number,
        author,
        baseSha,
        headSha,
        changedFiles: typeof pr.changed_files === "number" ? pr.changed_files : null,
        fromFork: typeof headRepo === "string" && headRepo.toLowerCase() !== repository.toLowerCase()
      };
    }
    case "merge_group": {
      const mg = obj(p.merge_group);
      const baseSha = sha(mg.base_sha);
      const headSha = sha(mg.head_sha);
      if (!baseSha || !headSha)
        return bad(name, "the event payload has no merge_group base_sha and head_sha");
      return { kind: "merge_group", name, baseSha, headSha, queue: parseQueueRef(mg.head_ref) };
    }
    case "push": {
      const after = sha(p.after);
      const before = sha(p.before);
      if (!after || ZERO.test(after))
        return bad(name, "the push deleted the branch; there is nothing to audit");
      return { kind: "push", name, baseSha: before && !ZERO.test(before) ? before : null, headSha: after };
    }
    default:
      return bad(name, `model-gate runs on ${SUPPORTED_EVENTS.join(", ")}; it was triggered by "${name}"`);
  }
}
var QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/(.+)\/pr-([1-9][0-9]{0,9})-([0-9a-f]{40}|[0-9a-f]{64})$/;
function parseQueueRef(ref) {
  const m = typeof ref === "string" ? QUEUE_REF.exec(ref) : null;
  const number = m ? Number(m[2]) : Number.NaN;
  if (!m || !Number.isSafeInteger(number))
    return {
      unparsable: `the merge group's head_ref ${typeof ref === "string" ? `"${ref.slice(0, 200)}" is not` : "is missing, not"} of the form refs/heads/gh-readonly-queue/<base>/pr-<number>-<sha>, so the gate cannot tell which pull request's approvals to check`
    };
  return { baseRef: m[1], number, parentSha: m[3] };
}
function bad(name, reason) {
  return { kind: "unsupported", name, reason };
}
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
}
function sha(v) {
  return typeof v === "string" && SHA.test(v) ? v : null;
}
function login(v) {
  return typeof v === "string" && /^[A-Za-z0-9-]+(\[bot\])?$/.test(v) ? v : null;
}

// src/action/audit-events.ts
var AUDIT_EVENTS = ["schedule", "workflow_dispatch"];

// src/github/changed-files.ts
var PR_FILES_CAP = 3e3;
var COMPARE_FILES_CAP = 300;
async function pullRequestChanges(gh, repo, number, expectedCount) {
  const files = await mustRead(
    `the files of pull request #${number}`,
    () => gh.paginate(gh.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 })
  );
  if (files.length >= PR_FILES_CAP || expectedCount !== null && expectedCount > files.length)
    throw new GateError(
      `Pull request #${number} changes ${expectedCount !== null && expectedCount > files.length ? expectedCount : `at least ${files.length}`} files; GitHub lists at most ${PR_FILES_CAP.toLocaleString("en-US")}, so the gate cannot see every change and fails closed. Split the pull request.`
    );
  return toChanges(files);
}
async function compareChanges(gh, repo, base, head) {
  const data = await mustRead(`the comparison ${base.slice(0, 7)}...${head.slice(0, 7)}`, async () => {
    const r = await gh.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 1
    });
    return r.data;
  });
  const files = data.files ?? [];
  if (files.length >= COMPARE_FILES_CAP)
    throw new GateError(
      `The comparison ${base.slice(0, 7)}...${head.slice(0, 7)} lists ${files.length} files, GitHub's limit; the gate cannot see every change and fails closed. Check out with fetch-depth: 0 so git can compare.`
    );
  return toChanges(files);
}
function toChanges(files) {
  const out = [];
  for (const f of files) {
    const status = mapStatus(f.status);
    if (!status) continue;
    out.push(
      status === "renamed" && f.previous_filename ? { path: f.filename, status, previousPath: f.previous_filename } : { path: f.filename, status }
    );
  }
  return out;
}
function mapStatus(s) {
  switch (s) {
    case "added":
    case "copied":
      return "added";
    case "removed":
      return "deleted";
    case "renamed":
      return "renamed";
    case "unchanged":
      return null;
    default:
      return "modified";
  }
}

// src/github/merge-queue.ts
async function readQueuedPullRequest(gh, repo, queue, groupHead, policy) {
  if ("unparsable" in queue) return unverifiable(0, groupHead, queue.unparsable);
  const { number } = queue;
  let data;
  try {
    data = (await gh.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (e) {
    const status = httpStatus(e);
    if (status === void 0 || status >= 500 || status === 429)
      throw readError(`pull request #${number}`, e);
    return unverifiable(
      number,
      groupHead,
      `pull request #${number}, named by the merge group's head_ref, cannot be read (HTTP ${status}: ${apiMessage(e)}); the token needs "pull-requests: read"`
    );
  }
  const author = data.user?.login;
  if (!author || !data.head?.sha)
    return unverifiable(number, groupHead, `pull request #${number} has no author or head commit`);
  if (data.base?.ref !== queue.baseRef)
    return unverifiable(
      number,
      groupHead,
      `pull request #${number} targets ${data.base?.ref ?? "no branch"}, not the queue's branch ${queue.baseRef}`
    );
  return readPullRequestFacts(
    gh,
    repo,
    { number, author, headSha: data.head.sha, commitCount: data.commits ?? null },
    policy
  );
}
function unverifiable(number, headSha, why) {
  return {
    number,
    author: "",
    headSha,
    reviews: [],
    teams: {},
    writers: { members: [] },
    unverifiable: why
  };
}

// src/action/gate.ts
async function runPullRequestGate(ctx) {
  const { event, inputs } = ctx;
  const changeBase = event.kind === "unsupported" ? null : changeBaseOf(event);
  return runGate({
    mode: inputs.mode,
    now: ctx.now,
    baseLabel: changeBase ?? "",
    headLabel: event.kind === "unsupported" ? "" : event.headSha,
    openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS),
    gather: async (track, policyRead) => {
      if (event.kind === "unsupported") throw new UserError(event.reason);
      const open = async (sha2) => track(
        await openCommitTree({
          workspace: ctx.workspace,
          sha: sha2,
          label: sha2.slice(0, 7),
          gh: ctx.gh,
          repo: ctx.repo,
          log: ctx.log
        })
      );
      const fromGit = event.kind === "pull_request" && event.name === "pull_request_target";
      if (!fromGit) await requireCheckout(ctx.workspace);
      const head = fromGit ? await open(event.headSha) : createFsTree(ctx.workspace, "workspace");
      const base = changeBase ? await open(changeBase) : null;
      if (base) ctx.log(`Base ${changeBase.slice(0, 7)} read via ${base.via}.`);
      const policyTree = event.baseSha && event.baseSha !== changeBase ? await open(event.baseSha) : base ?? head;
      const policy = await readPolicy(policyTree, inputs.policy.file, inputs.policy.explicit);
      policyRead(policy);
      ctx.log(`Policy: ${policy.source} (${policy.digest.slice(0, 19)}).`);
      const changes = await changesOf(ctx, event, changeBase);
      const pullRequest = await pullRequestOf(ctx, event, policy.policy);
      return { policy, head, base, changes, pullRequest };
    }
  });
}
async function requireCheckout(workspace) {
  const r = await runGit(workspace, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).catch(() => null);
  if (r?.code === 0) return;
  const git = r?.stderr.trim().split("\n")[0];
  throw new UserError(
    `The workspace ${workspace} holds no git checkout${git ? ` (git: ${git})` : ""}.`,
    {},
    "Add `- uses: actions/checkout@v5` before the model-gate step."
  );
}
function changeBaseOf(event) {
  if (event.kind === "merge_group" && !("unparsable" in event.queue)) return event.queue.parentSha;
  return event.baseSha;
}
async function pullRequestOf(ctx, event, policy) {
  if (event.kind === "pull_request") return readPullRequestFacts(ctx.gh, ctx.repo, event, policy);
  if (event.kind !== "merge_group") return null;
  const facts = await readQueuedPullRequest(ctx.gh, ctx.repo, event.queue, event.headSha, policy);
  ctx.log(
    facts.unverifiable !== void 0 ? `Merge queue: approvals cannot be checked (${facts.unverifiable}).` : `Merge queue: judging the approvals of pull request #${facts.number} (head ${facts.headSha.slice(0, 7)}).`
  );
  return facts;
}
async function changesOf(ctx, event, from) {
  if (event.kind === "pull_request")
    return pullRequestChanges(ctx.gh, ctx.repo, event.number, event.changedFiles);
  if (!from) return "all";
  try {
    return await diffChanges(ctx.workspace, from, event.headSha);
  } catch (e) {
    if (e instanceof GateError || !(e instanceof UserError)) throw e;
    ctx.log("git cannot compare the commits locally; asking the GitHub compare API.");
    return compareChanges(ctx.gh, ctx.repo, from, event.headSha);
  }
}

// src/action/inputs.ts
var DEFAULT_POLICY = ".github/model-gate.yml";
function readInputs(get = getInput) {
  const policy = get("policy").trim();
  return {
    token: get("token").trim(),
    policy: { file: policy || DEFAULT_POLICY, explicit: policy !== "" && policy !== DEFAULT_POLICY },
    mode: oneOf(get, "mode", MODES, "enforce"),
    comment: oneOf(get, "comment", ["always", "on-failure", "never"], "always"),
    sarifFile: get("sarif-file").trim(),
    reportFile: get("report-file").trim(),
    checkRun: oneOf(get, "check-run", ["true", "false"], "false") === "true",
    environment: get("environment").trim(),
    within: days(get("within").trim()),
    artifacts: get("artifacts").split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
  };
}
function days(raw) {
  if (raw === "") return 30;
  const n = Number(raw);
  if (!/^\d{1,4}$/.test(raw) || n > 3650)
    throw new UserError(
      `input within is ${JSON.stringify(raw.slice(0, 50))}; it takes a number of days from 0 to 3650`,
      {},
      'fix the "with: within:" line of the workflow step'
    );
  return n;
}
function modeOf(get = getInput) {
  return get("mode").trim().toLowerCase() === "warn" ? "warn" : "enforce";
}
function oneOf(get, name, values, dflt) {
  const raw = get(name).trim().toLowerCase();
  if (raw === "") return dflt;
  if (values.includes(raw)) return raw;
  throw new UserError(
    `input ${name} is ${JSON.stringify(raw.slice(0, 50))}; it takes ${values.map((v) => `"${v}"`).join(", ")}`,
    {},
    `fix the "with: ${name}:" line of the workflow step`
  );
}

// src/action/publish.ts
import { lstat, mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

// src/github/check-run.ts
var CHECK_RUN_NAME = "Model Gate";
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_TEXT = 65e3;
function checkAnnotations(findings) {
  return findings.filter((f) => f.file).map((f) => ({
    path: f.file,
    start_line: f.line ?? 1,
    end_line: f.line ?? 1,
    annotation_level: level(f),
    message: (f.waived ? `[waived: ${f.waived.reason}] ` : "") + f.message,
    title: `${f.ruleId}: ${RULES[f.ruleId]?.title ?? ""}`.slice(0, 255)
  }));
}
function level(f) {
  if (f.waived) return "notice";
  return f.severity === "error" ? "failure" : f.severity === "warning" ? "warning" : "notice";
}
function conclusion(result) {
  const o = outcome(result);
  return o === "pass" ? "success" : o === "warned" ? "neutral" : "failure";
}
async function publishCheckRun(gh, repo, headSha, result, summary2) {
  const annotations = checkAnnotations(result.findings);
  const title = checkTitle(result);
  const text = summary2.length > MAX_TEXT ? `${summary2.slice(0, MAX_TEXT)}

…` : summary2;
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const created = await gh.rest.checks.create({
    ...repo,
    name: CHECK_RUN_NAME,
    head_sha: headSha,
    status: "completed",
    conclusion: conclusion(result),
    output: { title, summary: text, annotations: batches[0] ?? [] }
  });
  for (const batch of batches.slice(1))
    await gh.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      output: { title, summary: text, annotations: batch }
    });
  return created.data.id;
}
function checkTitle(result) {
  const errors = blockingCount(result.findings);
  if (result.verdict === "error") return "Model Gate could not evaluate";
  const models = `${result.models.length} model${result.models.length === 1 ? "" : "s"}`;
  return result.verdict === "pass" ? `${models} audited` : `${errors} unaudited finding${errors === 1 ? "" : "s"} in ${models}`;
}

// src/github/comment.ts
var COMMENT_MARKER = "<!-- model-gate:comment -->";
async function upsertComment(gh, repo, issue, body, opts) {
  if (opts.policy === "never") return "skipped";
  const text = body.includes(COMMENT_MARKER) ? body : `${COMMENT_MARKER}
${body}`;
  const existing = await ourComments(gh, repo, issue);
  const first = existing[0];
  if (first) {
    await gh.rest.issues.updateComment({ ...repo, comment_id: first.id, body: text });
    await deleteAll(gh, repo, existing.slice(1));
    return "updated";
  }
  if (opts.policy === "on-failure" && !opts.failing) return "skipped";
  const created = await gh.rest.issues.createComment({ ...repo, issue_number: issue, body: text });
  const after = await ourComments(gh, repo, issue, created.data.user?.login);
  const oldest = after[0];
  if (oldest && oldest.id !== created.data.id) {
    await gh.rest.issues.updateComment({ ...repo, comment_id: oldest.id, body: text });
  }
  await deleteAll(gh, repo, after.slice(1));
  return "created";
}
async function ourComments(gh, repo, issue, self) {
  const all = await gh.paginate(gh.rest.issues.listComments, {
    ...repo,
    issue_number: issue,
    per_page: 100
  });
  const marked = all.filter((c) => c.body?.includes(COMMENT_MARKER) && c.user);
  if (marked.length === 0) return [];
  const me = (self ?? await viewer(gh) ?? DEFAULT_BOT).toLowerCase();
  return marked.filter((c) => c.user.login.toLowerCase() === me).sort((a, b) => a.id - b.id);
}
var DEFAULT_BOT = "github-actions[bot]";
async function viewer(gh) {
  try {
    return (await gh.rest.users.getAuthenticated()).data.login;
  } catch {
    return null;
  }
}
async function deleteAll(gh, repo, comments) {
  for (const c of comments) {
    try {
      await gh.rest.issues.deleteComment({ ...repo, comment_id: c.id });
    } catch (e) {
      if (e.status !== 404) throw e;
    }
  }
}

// src/action/publish.ts
function unwaivedErrors(result) {
  return blockingCount(result.findings);
}
async function publish(result, ctx) {
  const reportPath = await writeReport(
    ctx.inputs.reportFile,
    "model-gate-report.json",
    await renderReport(result, "json"),
    ctx
  );
  const sarifPath = await writeReport(
    ctx.inputs.sarifFile,
    "model-gate.sarif",
    await renderReport(result, "sarif"),
    ctx
  );
  setOutput("verdict", result.verdict);
  setOutput("report", reportPath);
  setOutput("sarif", sarifPath);
  setOutput("models", String(result.models.length));
  setOutput("errors", String(unwaivedErrors(result)));
  logResult(result);
  for (const a of renderAnnotations(result, annotationLimits(result))) {
    const props = { title: a.title };
    if (a.file) props.file = a.file;
    if (a.startLine) props.startLine = a.startLine;
    const annotate = a.level === "error" ? error : a.level === "warning" ? warning : notice;
    annotate(a.message, props);
  }
  try {
    await summary.addRaw(renderMarkdown(result, { maxChars: SUMMARY_MAX_CHARS, runUrl: ctx.runUrl })).write();
  } catch (e) {
    warning(`Could not write the job summary: ${safeLogLine(apiMessage(e))}`);
  }
  const pr = ctx.event.kind === "pull_request" ? ctx.event : null;
  if (pr && ctx.inputs.comment !== "never") {
    const body = renderMarkdown(result, {
      maxChars: COMMENT_MAX_CHARS,
      marker: COMMENT_MARKER,
      runUrl: ctx.runUrl
    });
    await reportWrite("the pull request comment", pr.fromFork, async () => {
      const outcome2 = await upsertComment(ctx.gh, ctx.repo, pr.number, body, {
        policy: ctx.inputs.comment,
        failing: result.verdict !== "pass"
      });
      if (outcome2 !== "skipped") info(`Pull request comment ${outcome2}.`);
    });
  }
  if (ctx.inputs.checkRun && ctx.event.kind !== "unsupported") {
    const sha2 = ctx.event.headSha;
    const summary2 = renderMarkdown(result, { maxChars: COMMENT_MAX_CHARS, runUrl: ctx.runUrl });
    await reportWrite("the check run", pr?.fromFork ?? false, async () => {
      await publishCheckRun(ctx.gh, ctx.repo, sha2, result, summary2);
      info("Check run created.");
    });
  }
}
async function reportWrite(what, fromFork, write) {
  try {
    await write();
  } catch (e) {
    const status = httpStatus(e);
    const why = status === 403 || status === 404 ? `the token may not write it (HTTP ${status}: ${apiMessage(e)})${fromFork ? "; pull requests from forks get a read-only token" : ""}. Grant "pull-requests: write" / "checks: write", or use the two-workflow setup for forks (see the README)` : `${status ? `HTTP ${status}: ` : ""}${apiMessage(e)}`;
    warning(`Could not write ${what}: ${safeLogLine(why)}. The verdict is not affected.`);
  }
}
function logResult(result) {
  const errors = unwaivedErrors(result);
  const line = result.verdict === "error" ? "Model Gate verdict: error (the gate could not evaluate; failing closed)" : `Model Gate verdict: ${result.verdict} (${result.models.length} model${result.models.length === 1 ? "" : "s"}, ${errors} unwaived error${errors === 1 ? "" : "s"}, ${result.findings.length} finding${result.findings.length === 1 ? "" : "s"})`;
  info(line);
  if (result.error) error(result.error, { title: "Model Gate could not evaluate" });
  for (const f of result.findings.slice(0, 200)) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}: ` : "";
    info(safeLogLine(`  ${f.severity}${f.waived ? " (waived)" : ""} ${f.ruleId} ${where}${f.message}`));
  }
  if (result.findings.length > 200)
    info(`  … and ${result.findings.length - 200} more in the report file.`);
}
async function writeReport(input, fallback, text, ctx) {
  const target = input ? path.resolve(ctx.workspace, input) : path.join(ctx.tempDir, "model-gate", fallback);
  await refuseSymlinks(ctx.workspace, path.dirname(target));
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile(tmp, text, { flag: "wx", mode: 420 });
  await rename(tmp, target);
  return target;
}
async function refuseSymlinks(workspace, dir) {
  const rel = path.relative(workspace, dir);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return;
  let at = workspace;
  for (const part of rel.split(path.sep).filter(Boolean)) {
    at = path.join(at, part);
    const st = await lstat(at).catch(() => null);
    if (!st) return;
    if (st.isSymbolicLink() || !st.isDirectory())
      throw new UserError(
        `cannot write a report under ${rel}: ${path.relative(workspace, at)} is not a directory`
      );
  }
}

// src/action/main.ts
async function main() {
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const inputs = readInputs();
  const repo = parseRepository(env.GITHUB_REPOSITORY ?? "");
  if (!inputs.token)
    throw new UserError(
      "input token is empty",
      {},
      "remove the token input to use the default github.token, or pass a token"
    );
  const retryBaseMs = Number(env.MODEL_GATE_RETRY_BASE_MS);
  const gh = createClient({
    token: inputs.token,
    baseUrl: env.GITHUB_API_URL || "https://api.github.com",
    retryBaseMs: Number.isFinite(retryBaseMs) && retryBaseMs >= 0 ? retryBaseMs : 1e3,
    log: (m) => info(safeLogLine(m))
  });
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const payload = await readPayload(env.GITHUB_EVENT_PATH);
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const runUrl = env.GITHUB_RUN_ID ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const tempDir = env.RUNNER_TEMP || os.tmpdir();
  if (inputs.environment || AUDIT_EVENTS.includes(eventName)) {
    const sha2 = env.GITHUB_SHA ?? "";
    if (!/^[0-9a-f]{40}$/.test(sha2)) throw new UserError("GITHUB_SHA is not a commit sha");
    const ctx = {
      gh,
      repo,
      workspace,
      inputs,
      eventName,
      payload: payload ?? {},
      sha: sha2,
      tempDir,
      now: /* @__PURE__ */ new Date(),
      log: (m) => info(safeLogLine(m))
    };
    info(
      inputs.environment ? `Event ${eventName}: deployment gate for environment ${safeLogLine(inputs.environment)}, commit ${sha2.slice(0, 7)}.` : `Event ${eventName}: scheduled audit of ${sha2.slice(0, 7)}.`
    );
    const { runAuditAction, runVerifyAction } = await import("./chunk-GGQWJOIS.js");
    const result2 = inputs.environment ? await runVerifyAction(ctx) : await runAuditAction(ctx, runUrl);
    const event2 = { kind: "push", name: eventName, baseSha: null, headSha: sha2 };
    await publish(result2, { gh, repo, event: event2, inputs, workspace, tempDir, runUrl });
    conclude(result2);
    return;
  }
  const event = parseEvent(eventName, payload, `${repo.owner}/${repo.repo}`);
  info(
    safeLogLine(
      event.kind === "unsupported" ? `Event ${eventName}: not supported.` : `Event ${eventName}: ${event.kind === "pull_request" ? `pull request #${event.number}, ` : ""}base ${event.baseSha?.slice(0, 7) ?? "(none)"}, head ${event.headSha.slice(0, 7)}.`
    )
  );
  const result = await runPullRequestGate({
    gh,
    repo,
    workspace,
    inputs,
    event,
    now: /* @__PURE__ */ new Date(),
    log: (m) => info(safeLogLine(m))
  });
  await publish(result, { gh, repo, event, inputs, workspace, tempDir, runUrl });
  conclude(result);
}
async function readPayload(file) {
  if (!file) return {};
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new UserError(
      `cannot read the event payload ${file}: ${e instanceof Error ? e.message : String(e)}`
    );
  }
}
function conclude(result) {
  const o = outcome(result);
  if (o === "pass") return;
  const what = result.verdict === "error" ? "Model Gate could not evaluate this change (verdict error, failing closed)." : `Model Gate ${result.command === "verify" ? `refuses the deployment to ${result.environment}` : result.command === "audit" ? "audit found expired evidence or other errors" : "found unaudited model changes"} (${blockingCount(result.findings)} unwaived errors).`;
  if (o === "warned") warning(`${what} Mode is warn, so the step passes.`);
  else setFailed(what);
}
async function run() {
  try {
    await main();
  } catch (e) {
    fail(e);
  }
}
function fail(e) {
  if (e instanceof UserError) {
    const mode = modeOf();
    const result = errorResult({ message: e.describe(), mode, baseLabel: "", headLabel: "" });
    setOutput("verdict", "error");
    error(result.error, { title: "Model Gate could not evaluate" });
    conclude(result);
    return;
  }
  const stack = e instanceof Error ? e.stack ?? e.message : String(e);
  info(safeLogLine(stack));
  setFailed(
    `Model Gate crashed; this is a bug, please report it with the log above: ${e instanceof Error ? e.message : String(e)}`
  );
}

// src/action/index.ts
await run();
