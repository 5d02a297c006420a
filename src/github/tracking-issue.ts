// The audit's one tracking issue (SPEC 11). Found by the label, a hidden marker and being
// written by us (the token's own login), so an issue someone else wrote is never touched even
// when it carries the marker. Opened when something has expired or expires soon, updated in
// place, reopened rather than duplicated, closed when all is clear.
import type { GateResult } from "../core/result.ts";
import { escapeMarkdown } from "../reports/escape.ts";
import type { Repo } from "./api-errors.ts";
import type { GitHubClient } from "./client.ts";

const ISSUE_LABEL = "model-gate";
export const ISSUE_MARKER = "<!-- model-gate:audit -->";
const ISSUE_TITLE = "Model Gate audit: model evidence expired or expiring";
const ISSUE_MAX_CHARS = 65_536;
const DEFAULT_BOT = "github-actions[bot]";

interface ApiIssue {
  number: number;
  state: string;
  body?: string | null;
  user: { login: string } | null;
  pull_request?: unknown;
}

export type IssueOutcome = "created" | "updated" | "reopened" | "closed" | "none";

export interface IssueRow {
  model: string;
  item: string;
  expires: string;
  daysLeft: number;
}

/** The rows of the issue: every item expired or expiring within the window, soonest first. */
export function issueRows(result: GateResult, within: number): IssueRow[] {
  return (result.expiry ?? [])
    .filter((i) => i.daysLeft <= within)
    .map((i) => ({ model: i.model, item: i.item, expires: i.expires, daysLeft: i.daysLeft }))
    .sort((a, b) => a.daysLeft - b.daysLeft || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}

/** The issue body: one escaped row per item, within GitHub's limit, with an "N more" line. */
export function issueBody(rows: readonly IssueRow[], opts: { runUrl?: string; otherErrors: number }): string {
  const head = [
    ISSUE_MARKER,
    "Model Gate's scheduled audit found risk assessments, adversarial tests, evaluations, dataset vettings or waivers that have expired or expire soon. Deployments of these models are refused once an item has expired.",
    "",
    "| Model | Item | Current until | Days left |",
    "| --- | --- | --- | --- |",
  ];
  const tail = [
    "",
    ...(opts.otherErrors > 0
      ? [
          `The audit also found ${opts.otherErrors} other unwaived error${opts.otherErrors === 1 ? "" : "s"}; see the run.`,
        ]
      : []),
    ...(opts.runUrl ? [`[Audit run](${encodeURI(opts.runUrl)})`] : []),
    "This issue is kept by Model Gate: it is updated by each audit and closed when all is clear.",
  ];
  const reserve = tail.join("\n").length + 200;
  let text = head.join("\n");
  let shown = 0;
  for (const r of rows) {
    const left =
      r.daysLeft < 0 ? `expired ${-r.daysLeft} day${r.daysLeft === -1 ? "" : "s"} ago` : String(r.daysLeft);
    const line = `\n| ${escapeMarkdown(r.model, 100)} | ${escapeMarkdown(r.item, 300)} | ${escapeMarkdown(r.expires, 20)} | ${left} |`;
    if (text.length + line.length + reserve > ISSUE_MAX_CHARS) break;
    text += line;
    shown++;
  }
  const more = rows.length - shown;
  if (more > 0)
    text += `\n\n${more} more item${more === 1 ? "" : "s"} not shown; the JSON report of the run holds them all.`;
  return `${text}\n${tail.join("\n")}\n`;
}

export async function upsertTrackingIssue(
  gh: GitHubClient,
  repo: Repo,
  rows: readonly IssueRow[],
  body: string,
): Promise<IssueOutcome> {
  const ours = await ourIssues(gh, repo);
  const open = ours.find((i) => i.state === "open");
  const existing = open ?? ours[0];
  if (rows.length === 0) {
    if (!open) return "none";
    await gh.rest.issues.update({
      ...repo,
      issue_number: open.number,
      body: `${ISSUE_MARKER}\nAll clear: the latest scheduled audit found nothing expired or expiring.\n`,
      state: "closed",
    });
    return "closed";
  }
  if (existing) {
    const reopen = existing.state !== "open";
    await gh.rest.issues.update({
      ...repo,
      issue_number: existing.number,
      body,
      ...(reopen ? { state: "open" as const } : {}),
    });
    return reopen ? "reopened" : "updated";
  }
  await gh.rest.issues.create({ ...repo, title: ISSUE_TITLE, body, labels: [ISSUE_LABEL] });
  return "created";
}

/** Issues with our label and marker that we wrote, oldest first (pull requests excluded). */
async function ourIssues(gh: GitHubClient, repo: Repo): Promise<ApiIssue[]> {
  const all = (await gh.paginate(gh.rest.issues.listForRepo, {
    ...repo,
    labels: ISSUE_LABEL,
    state: "all",
    per_page: 100,
  })) as ApiIssue[];
  const marked = all.filter((i) => !i.pull_request && i.user && i.body?.includes(ISSUE_MARKER));
  if (marked.length === 0) return [];
  const me = ((await viewer(gh)) ?? DEFAULT_BOT).toLowerCase();
  return marked.filter((i) => i.user!.login.toLowerCase() === me).sort((a, b) => a.number - b.number);
}

async function viewer(gh: GitHubClient): Promise<string | null> {
  try {
    return (await gh.rest.users.getAuthenticated()).data.login;
  } catch {
    return null;
  }
}
