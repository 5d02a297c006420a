import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  deployApprovals,
  fileChunks,
  fileDigest,
  writeAttestation
} from "./chunk-DGHAJETH.js";
import {
  auditModels,
  verifyDeployment
} from "./chunk-KF726BMP.js";
import "./chunk-WA4ATLNZ.js";
import {
  info,
  openCommitTree,
  setOutput,
  warning
} from "./chunk-VA42BSUB.js";
import {
  apiMessage,
  httpStatus,
  mustRead
} from "./chunk-HQAJRXE2.js";
import {
  EXPIRED_RULES,
  parserFromWorkers
} from "./chunk-VBMURWB2.js";
import "./chunk-5N5REAOF.js";
import "./chunk-WEKPBRKS.js";
import "./chunk-CXMFJBLL.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import {
  createFsTree
} from "./chunk-EZSKWDCS.js";
import {
  readPolicy
} from "./chunk-PS6DBKES.js";
import "./chunk-5JGHM2XT.js";
import "./chunk-GAQLD7RB.js";
import "./chunk-QTQMBYTJ.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  escapeMarkdown,
  safeLogLine
} from "./chunk-S2YBJ2QZ.js";
import {
  blockingCount,
  errorResult
} from "./chunk-JOZW2F7Z.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-PVXUEQET.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";

// src/action/deploy.ts
import path from "node:path";

// src/github/tracking-issue.ts
var ISSUE_LABEL = "model-gate";
var ISSUE_MARKER = "<!-- model-gate:audit -->";
var ISSUE_TITLE = "Model Gate audit: model evidence expired or expiring";
var ISSUE_MAX_CHARS = 65536;
var DEFAULT_BOT = "github-actions[bot]";
function issueRows(result, within) {
  return (result.expiry ?? []).filter((i) => i.daysLeft <= within).map((i) => ({ model: i.model, item: i.item, expires: i.expires, daysLeft: i.daysLeft })).sort((a, b) => a.daysLeft - b.daysLeft || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}
function issueBody(rows, opts) {
  const head = [
    ISSUE_MARKER,
    "Model Gate's scheduled audit found risk assessments, adversarial tests, evaluations, dataset vettings or waivers that have expired or expire soon. Deployments of these models are refused once an item has expired.",
    "",
    "| Model | Item | Current until | Days left |",
    "| --- | --- | --- | --- |"
  ];
  const tail = [
    "",
    ...opts.otherErrors > 0 ? [
      `The audit also found ${opts.otherErrors} other unwaived error${opts.otherErrors === 1 ? "" : "s"}; see the run.`
    ] : [],
    ...opts.runUrl ? [`[Audit run](${encodeURI(opts.runUrl)})`] : [],
    "This issue is kept by Model Gate: it is updated by each audit and closed when all is clear."
  ];
  const reserve = tail.join("\n").length + 200;
  let text = head.join("\n");
  let shown = 0;
  for (const r of rows) {
    const left = r.daysLeft < 0 ? `expired ${-r.daysLeft} day${r.daysLeft === -1 ? "" : "s"} ago` : String(r.daysLeft);
    const line = `
| ${escapeMarkdown(r.model, 100)} | ${escapeMarkdown(r.item, 300)} | ${escapeMarkdown(r.expires, 20)} | ${left} |`;
    if (text.length + line.length + reserve > ISSUE_MAX_CHARS) break;
    text += line;
    shown++;
  }
  const more = rows.length - shown;
  if (more > 0)
    text += `

${more} more item${more === 1 ? "" : "s"} not shown; the JSON report of the run holds them all.`;
  return `${text}
${tail.join("\n")}
`;
}
async function upsertTrackingIssue(gh, repo, rows, body) {
  const ours = await ourIssues(gh, repo);
  const open = ours.find((i) => i.state === "open");
  const existing = open ?? ours[0];
  if (rows.length === 0) {
    if (!open) return "none";
    await gh.rest.issues.update({
      ...repo,
      issue_number: open.number,
      body: `${ISSUE_MARKER}
All clear: the latest scheduled audit found nothing expired or expiring.
`,
      state: "closed"
    });
    return "closed";
  }
  if (existing) {
    const reopen = existing.state !== "open";
    await gh.rest.issues.update({
      ...repo,
      issue_number: existing.number,
      body,
      ...reopen ? { state: "open" } : {}
    });
    return reopen ? "reopened" : "updated";
  }
  await gh.rest.issues.create({ ...repo, title: ISSUE_TITLE, body, labels: [ISSUE_LABEL] });
  return "created";
}
async function ourIssues(gh, repo) {
  const all = await gh.paginate(gh.rest.issues.listForRepo, {
    ...repo,
    labels: ISSUE_LABEL,
    state: "all",
    per_page: 100
  });
  const marked = all.filter((i) => !i.pull_request && i.user && i.body?.includes(ISSUE_MARKER));
  if (marked.length === 0) return [];
  const me = (await viewer(gh) ?? DEFAULT_BOT).toLowerCase();
  return marked.filter((i) => i.user.login.toLowerCase() === me).sort((a, b) => a.number - b.number);
}
async function viewer(gh) {
  try {
    return (await gh.rest.users.getAuthenticated()).data.login;
  } catch {
    return null;
  }
}

// src/action/deploy.ts
var DEPLOY_EVENTS = ["push", "deployment", "workflow_dispatch", "release", "schedule"];
function deployedSha(eventName, payload, fallback) {
  const d = payload.deployment;
  if (eventName === "deployment" && typeof d?.sha === "string" && /^[0-9a-f]{40}$/.test(d.sha)) return d.sha;
  return fallback;
}
async function withPolicy(ctx, headSha, run) {
  const trees = [];
  try {
    const repoInfo = payloadRepo(ctx.payload);
    const branch = repoInfo ?? (await mustRead("the repository", () => ctx.gh.rest.repos.get({ ...ctx.repo }))).data.default_branch;
    const tip = (await mustRead(
      `the default branch ${branch}`,
      () => ctx.gh.rest.repos.getBranch({ ...ctx.repo, branch })
    )).data.commit.sha;
    const tree = await openCommitTree({
      workspace: ctx.workspace,
      sha: tip,
      label: tip.slice(0, 7),
      gh: ctx.gh,
      repo: ctx.repo,
      log: ctx.log
    });
    trees.push(tree);
    const policy = await readPolicy(tree, ctx.inputs.policy.file, ctx.inputs.policy.explicit);
    ctx.log(
      `Policy: ${policy.source} (the default branch ${branch}; judging commit ${headSha.slice(0, 7)}).`
    );
    return await run(policy);
  } finally {
    for (const t of trees) await t.close().catch(() => {
    });
  }
}
function payloadRepo(payload) {
  const r = payload.repository;
  return typeof r?.default_branch === "string" && /^[A-Za-z0-9._/-]{1,255}$/.test(r.default_branch) ? r.default_branch : null;
}
async function runVerifyAction(ctx) {
  const { inputs } = ctx;
  const environment = inputs.environment;
  const sha = deployedSha(ctx.eventName, ctx.payload, ctx.sha);
  let result;
  try {
    if (!DEPLOY_EVENTS.includes(ctx.eventName))
      throw new UserError(
        /^pull_request|^merge_group$/.test(ctx.eventName) ? `input environment runs the deployment gate; on ${ctx.eventName} it would silently replace the pull request gate. Remove environment from this workflow, and run verify in the deploy job.` : `input environment runs the deployment gate on ${DEPLOY_EVENTS.join(", ")}; it was triggered by "${ctx.eventName}"`
      );
    const artifacts = await deployFiles(ctx.workspace, inputs.artifacts);
    result = await withPolicy(
      ctx,
      sha,
      (policy) => verifyDeployment({
        policy,
        head: createFsTree(ctx.workspace, "workspace"),
        headLabel: sha,
        environment,
        models: [],
        artifacts,
        approvals: { lookup: (models) => deployApprovals(ctx.gh, ctx.repo, sha, models, policy.policy) },
        now: ctx.now,
        mode: inputs.mode,
        openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS)
      })
    );
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    result = {
      ...errorResult({ message: e.describe(), mode: inputs.mode, baseLabel: "none", headLabel: sha }),
      command: "verify",
      environment
    };
  }
  const file = path.join(ctx.tempDir, "model-gate", "model-gate.intoto.json");
  await writeAttestation(file, result, sha);
  setOutput("attestation", file);
  return result;
}
async function deployFiles(workspace, names) {
  return Promise.all(
    names.map(async (name) => {
      const abs = path.resolve(workspace, name);
      return { name, ...await fileDigest(abs), chunks: () => fileChunks(abs) };
    })
  );
}
async function runAuditAction(ctx, runUrl) {
  let result;
  try {
    result = await withPolicy(
      ctx,
      ctx.sha,
      (policy) => auditModels({
        policy,
        head: createFsTree(ctx.workspace, "workspace"),
        headLabel: ctx.sha,
        within: ctx.inputs.within,
        now: ctx.now,
        mode: ctx.inputs.mode,
        openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS)
      })
    );
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return {
      ...errorResult({ message: e.describe(), mode: ctx.inputs.mode, baseLabel: "none", headLabel: ctx.sha }),
      command: "audit"
    };
  }
  const rows = issueRows(result, ctx.inputs.within);
  const otherErrors = blockingCount(result.findings, (f) => EXPIRED_RULES.has(f.ruleId));
  try {
    const outcome = await upsertTrackingIssue(
      ctx.gh,
      ctx.repo,
      rows,
      issueBody(rows, { runUrl, otherErrors })
    );
    if (outcome !== "none") info(`Tracking issue ${outcome}.`);
  } catch (e) {
    const status = httpStatus(e);
    warning(
      `Could not keep the audit's tracking issue: ${safeLogLine(status === 403 || status === 404 ? `the token may not write issues (HTTP ${status}: ${apiMessage(e)}); grant "issues: write"` : apiMessage(e))}. The verdict is not affected.`
    );
  }
  return result;
}
export {
  runAuditAction,
  runVerifyAction
};
