// Shared set-up of the end-to-end tests: a workspace repository, a fake GitHub that knows the
// pull request, and a run of dist/index.js against both. Servers and temp dirs are cleaned up
// after each test / file.
import { afterAll, afterEach } from "vitest";
import {
  defaultState,
  type FakeCommit,
  type FakeGitHub,
  type FakeReview,
  type FakeState,
  startFakeGitHub,
} from "./fake-github.ts";
import {
  BASE_FILES,
  cleanTemps,
  type Files,
  makeRepo,
  prPayload,
  type RunResult,
  runAction,
  type Workspace,
} from "./harness.ts";

const servers: FakeGitHub[] = [];

/** Registers the clean-up hooks; call once at the top of a test file. */
export function useScenarios(): void {
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });
  afterAll(() => cleanTemps());
}

/** Write access per login, for baseline approvals. */
export const WRITERS = { alice: "write", bob: "admin", carol: "write", Codertocat: "admin", dave: "read" };

/** A PR (#7, by Codertocat) that adds `changes` on top of `base`, with the file list GitHub would report. */
export async function setup(opts: {
  changes: Files;
  base?: Files;
  reviews?: (ws: Workspace) => FakeReview[];
  commits?: (ws: Workspace) => FakeCommit[];
  state?: Partial<FakeState>;
  shallow?: boolean;
  files?: FakeState["pulls"][number]["files"];
}) {
  const ws = makeRepo(opts.base ?? BASE_FILES, opts.changes, { shallow: opts.shallow });
  const state = defaultState({ permissions: WRITERS, gitDir: ws.origin, ...opts.state });
  state.pulls[7] = {
    files:
      opts.files ?? Object.keys(opts.changes).map((filename) => ({ filename, status: "added" as const })),
    reviews: opts.reviews?.(ws) ?? [],
    // The PR's one commit is its author's, unless the test says otherwise.
    commits: opts.commits?.(ws) ?? [
      { sha: ws.headSha, parents: [ws.baseSha], author: "Codertocat", committer: "Codertocat" },
    ],
    headSha: ws.headSha,
  };
  const fake = await startFakeGitHub(state);
  servers.push(fake);
  return { ws, fake, state };
}

export const approve = (user: string, sha: string): FakeReview => ({
  user,
  state: "APPROVED",
  commit_id: sha,
});

export function run(
  ws: Workspace,
  f: FakeGitHub,
  opts: Partial<Parameters<typeof runAction>[0]> & { fork?: boolean } = {},
): Promise<RunResult> {
  const event = opts.event ?? "pull_request";
  return runAction({
    workspace: ws.dir,
    event,
    payload: opts.payload ?? prPayload(event, { baseSha: ws.baseSha, headSha: ws.headSha, fork: opts.fork }),
    apiUrl: f.url,
    ...opts,
  });
}

export const ruleIds = (r: RunResult): string[] => r.report.findings.map((f: { ruleId: string }) => f.ruleId);
export const errorsOf = (r: RunResult): string[] =>
  r.report.findings
    .filter((f: { severity: string; waived: unknown }) => f.severity === "error" && !f.waived)
    .map((f: { ruleId: string }) => f.ruleId);
