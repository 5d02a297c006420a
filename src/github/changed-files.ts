// The changed-file list. For a pull request it comes from the API (paginated), which stops at
// 3,000 files: a list that may be truncated cannot prove the PR is audited, so it is an error.
// For push and merge_group the compare API is used when git cannot diff locally; it stops at
// 300 files, with the same consequence.
import type { Change, ChangeStatus } from "../core/change.ts";
import { GateError } from "../core/errors.ts";
import { mustRead, type Repo } from "./api-errors.ts";
import type { GitHubClient } from "./client.ts";

const PR_FILES_CAP = 3000;
const COMPARE_FILES_CAP = 300;

interface ApiFile {
  filename: string;
  status: string;
  previous_filename?: string | undefined;
}

export async function pullRequestChanges(
  gh: GitHubClient,
  repo: Repo,
  number: number,
  expectedCount: number | null,
): Promise<Change[]> {
  const files = await mustRead(`the files of pull request #${number}`, () =>
    gh.paginate(gh.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 }),
  );
  if (files.length >= PR_FILES_CAP || (expectedCount !== null && expectedCount > files.length))
    throw new GateError(
      `Pull request #${number} changes ${expectedCount !== null && expectedCount > files.length ? expectedCount : `at least ${files.length}`} files; GitHub lists at most ${PR_FILES_CAP.toLocaleString("en-US")}, so the gate cannot see every change and fails closed. Split the pull request.`,
    );
  return toChanges(files);
}

export async function compareChanges(
  gh: GitHubClient,
  repo: Repo,
  base: string,
  head: string,
): Promise<Change[]> {
  const data = await mustRead(`the comparison ${base.slice(0, 7)}...${head.slice(0, 7)}`, async () => {
    const r = await gh.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 1,
    });
    return r.data;
  });
  const files = data.files ?? [];
  if (files.length >= COMPARE_FILES_CAP)
    throw new GateError(
      `The comparison ${base.slice(0, 7)}...${head.slice(0, 7)} lists ${files.length} files, GitHub's limit; the gate cannot see every change and fails closed. Check out with fetch-depth: 0 so git can compare.`,
    );
  return toChanges(files);
}

export function toChanges(files: readonly ApiFile[]): Change[] {
  const out: Change[] = [];
  for (const f of files) {
    const status = mapStatus(f.status);
    if (!status) continue;
    out.push(
      status === "renamed" && f.previous_filename
        ? { path: f.filename, status, previousPath: f.previous_filename }
        : { path: f.filename, status },
    );
  }
  return out;
}

function mapStatus(s: string): ChangeStatus | null {
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
      // "modified", "changed" (mode change) and anything new: treat as modified, never skip.
      return "modified";
  }
}
