// The one sticky PR comment. Found by a hidden marker AND by being written by us (the token's
// own login: github-actions[bot] for GITHUB_TOKEN), so nobody, human or another bot, can
// hijack it by pasting the marker into their own comment.
// Updated in place; when two runs race and both create one, the newer copies are deleted.
import type { Repo } from "./api-errors.ts";
import type { GitHubClient } from "./client.ts";

export const COMMENT_MARKER = "<!-- model-gate:comment -->";

export type CommentPolicy = "always" | "on-failure" | "never";

interface ApiComment {
  id: number;
  body?: string | undefined;
  user: { login: string; type: string } | null;
}

export type CommentOutcome = "created" | "updated" | "skipped";

export async function upsertComment(
  gh: GitHubClient,
  repo: Repo,
  issue: number,
  body: string,
  opts: { policy: CommentPolicy; failing: boolean },
): Promise<CommentOutcome> {
  if (opts.policy === "never") return "skipped";
  const text = body.includes(COMMENT_MARKER) ? body : `${COMMENT_MARKER}\n${body}`;
  const existing = await ourComments(gh, repo, issue);
  const first = existing[0];
  if (first) {
    // on-failure still updates an existing comment, so it turns green with the PR.
    await gh.rest.issues.updateComment({ ...repo, comment_id: first.id, body: text });
    await deleteAll(gh, repo, existing.slice(1));
    return "updated";
  }
  if (opts.policy === "on-failure" && !opts.failing) return "skipped";
  const created = await gh.rest.issues.createComment({ ...repo, issue_number: issue, body: text });
  // Another run may have created its own comment meanwhile: keep only the oldest.
  const after = await ourComments(gh, repo, issue, created.data.user?.login);
  const oldest = after[0];
  if (oldest && oldest.id !== created.data.id) {
    await gh.rest.issues.updateComment({ ...repo, comment_id: oldest.id, body: text });
  }
  await deleteAll(gh, repo, after.slice(1));
  return "created";
}

/** Our comments on the issue, oldest first. */
async function ourComments(
  gh: GitHubClient,
  repo: Repo,
  issue: number,
  self?: string,
): Promise<ApiComment[]> {
  const all: ApiComment[] = await gh.paginate(gh.rest.issues.listComments, {
    ...repo,
    issue_number: issue,
    per_page: 100,
  });
  const marked = all.filter((c) => c.body?.includes(COMMENT_MARKER) && c.user);
  if (marked.length === 0) return [];
  // An App installation token cannot ask who it is: its first comment tells (see upsertComment),
  // and until then only the default token's bot counts.
  const me = (self ?? (await viewer(gh)) ?? DEFAULT_BOT).toLowerCase();
  return marked.filter((c) => c.user!.login.toLowerCase() === me).sort((a, b) => a.id - b.id);
}

const DEFAULT_BOT = "github-actions[bot]";

/** The token's own login (a personal token); null for app and GITHUB_TOKEN installation tokens. */
async function viewer(gh: GitHubClient): Promise<string | null> {
  try {
    return (await gh.rest.users.getAuthenticated()).data.login;
  } catch {
    return null;
  }
}

async function deleteAll(gh: GitHubClient, repo: Repo, comments: ApiComment[]): Promise<void> {
  for (const c of comments) {
    try {
      await gh.rest.issues.deleteComment({ ...repo, comment_id: c.id });
    } catch (e) {
      // The racing run deleted it first.
      if ((e as { status?: number }).status !== 404) throw e;
    }
  }
}
