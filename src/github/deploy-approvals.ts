// Deploy-time approvals (SPEC 10): the last pull request that changed a model's declaration or a
// file it references, found through the newest commit of each path at the deployed ref and that
// commit's associated pull requests. One GraphQL query per batch of paths, however many models;
// then the chosen pull requests' reviews through the same reader the merge gate uses.
import { GateError } from "../core/errors.ts";
import type { PullRequestFacts } from "../core/pull-request.ts";
import type { Policy } from "../policy/types.ts";
import { mustRead, type Repo } from "./api-errors.ts";
import type { GitHubClient } from "./client.ts";
import { gatherPullRequestFacts } from "./pull-request-facts.ts";

export interface ModelPaths {
  name: string;
  /** The declaration and every in-repo file it references. */
  paths: string[];
}

/** How a model's current content arrived: the last merged pull request, or a direct push. */
type LastChange =
  | { kind: "pull"; number: number; author: string; headSha: string; mergedAt: string }
  | { kind: "direct"; commit: string; path: string }
  | { kind: "none" };

const PATHS_PER_QUERY = 40;

interface HistoryNode {
  oid: string;
  associatedPullRequests?: {
    nodes?: ({
      number?: number;
      merged?: boolean;
      mergedAt?: string | null;
      headRefOid?: string;
      author?: { login?: string } | null;
    } | null)[];
  };
}

/** The newest commit of each path at `ref`, with its merged pull requests. */
async function newestCommits(
  gh: GitHubClient,
  repo: Repo,
  ref: string,
  paths: string[],
): Promise<Map<string, HistoryNode | null>> {
  const out = new Map<string, HistoryNode | null>();
  for (let i = 0; i < paths.length; i += PATHS_PER_QUERY) {
    const batch = paths.slice(i, i + PATHS_PER_QUERY);
    const vars: Record<string, string> = { owner: repo.owner, name: repo.repo, ref };
    const fields = batch.map((p, j) => {
      vars[`p${j}`] = p;
      return `h${j}: history(first: 1, path: $p${j}) { nodes { oid associatedPullRequests(first: 10) { nodes { number merged mergedAt headRefOid author { login } } } } }`;
    });
    const query = `query($owner: String!, $name: String!, $ref: String!, ${batch.map((_, j) => `$p${j}: String!`).join(", ")}) {
  repository(owner: $owner, name: $name) { object(expression: $ref) { ... on Commit { ${fields.join("\n")} } } }
}`;
    const data = (await mustRead(`the history of the deployed commit ${ref.slice(0, 7)}`, () =>
      gh.graphql(query, vars),
    )) as { repository?: { object?: Record<string, { nodes?: HistoryNode[] }> | null } | null };
    const object = data.repository?.object;
    if (!object)
      throw new GateError(
        `GitHub does not know the commit ${ref}: push it before deploying (approvals are read from its pull requests)`,
      );
    batch.forEach((p, j) => {
      out.set(p, object[`h${j}`]?.nodes?.[0] ?? null);
    });
  }
  return out;
}

/** For each model, how its current content arrived. */
async function lastChanges(
  gh: GitHubClient,
  repo: Repo,
  ref: string,
  models: readonly ModelPaths[],
): Promise<Map<string, LastChange>> {
  const paths = [...new Set(models.flatMap((m) => m.paths))].sort();
  const newest = await newestCommits(gh, repo, ref, paths);
  const out = new Map<string, LastChange>();
  for (const m of models) {
    let best: Extract<LastChange, { kind: "pull" }> | null = null;
    let direct: LastChange | null = null;
    for (const p of m.paths) {
      const node = newest.get(p);
      if (!node) continue;
      const merged = (node.associatedPullRequests?.nodes ?? []).filter(
        (n): n is NonNullable<typeof n> =>
          !!n && n.merged === true && typeof n.number === "number" && !!n.mergedAt && !!n.headRefOid,
      );
      if (merged.length === 0) {
        // The newest change to this file came in without a pull request: nobody approved it.
        direct ??= { kind: "direct", commit: node.oid, path: p };
        continue;
      }
      for (const n of merged)
        if (!best || n.mergedAt! > best.mergedAt)
          best = {
            kind: "pull",
            number: n.number!,
            author: n.author?.login ?? "",
            headSha: n.headRefOid!,
            mergedAt: n.mergedAt!,
          };
    }
    out.set(m.name, direct ?? best ?? { kind: "none" });
  }
  return out;
}

/** What checks/approval.ts judges for one model at deploy time. */
export type DeployApprovals =
  | { kind: "pull"; facts: PullRequestFacts; mergedAt: string }
  | { kind: "direct"; commit: string; path: string }
  | { kind: "none" };

/** The approvals of each model's last pull request; each pull request is read once. */
export async function deployApprovals(
  gh: GitHubClient,
  repo: Repo,
  ref: string,
  models: readonly ModelPaths[],
  policy: Policy,
): Promise<Map<string, DeployApprovals>> {
  const changes = await lastChanges(gh, repo, ref, models);
  const facts = new Map<number, PullRequestFacts>();
  const out = new Map<string, DeployApprovals>();
  for (const [name, c] of changes) {
    if (c.kind !== "pull") {
      out.set(name, c);
      continue;
    }
    let f = facts.get(c.number);
    if (!f) {
      f = await mustRead(`the reviews of pull request #${c.number}`, () =>
        gatherPullRequestFacts(gh, repo, { number: c.number, author: c.author, headSha: c.headSha }, policy),
      );
      facts.set(c.number, f);
    }
    out.set(name, { kind: "pull", facts: f, mergedAt: c.mergedAt });
  }
  return out;
}
