// A local stand-in for the GitHub REST and GraphQL API (127.0.0.1, random port), answering the
// endpoints the Action uses the way github.com does: Link pagination headers, the 3,000-file
// cap of the PR files list, the real error bodies (403 "Resource not accessible by
// integration" for a read-only token), and a configurable sequence of failures. Every request
// is logged so tests can count them. Git objects (trees, blobs) come from a local repository.
import { execFileSync } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

interface FakeFile {
  filename: string;
  status: "added" | "modified" | "removed" | "renamed";
  previous_filename?: string;
}

export interface FakeReview {
  user: string;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
  commit_id: string;
  submitted_at?: string;
}

/** A commit of a pull request: logins (null when no account is linked) and parents. */
export interface FakeCommit {
  sha: string;
  parents: string[];
  author: string | null;
  committer: string | null;
  /** The git author name; defaults to the login. */
  authorName?: string;
  /** GitHub verified the signature (web-flow commits are signed by GitHub). */
  verified?: boolean;
}

/** A pull request as GET /pulls/:n gives it (for merge_group runs). */
interface FakePull {
  files: FakeFile[];
  reviews: FakeReview[];
  commits?: FakeCommit[];
  author?: string;
  headSha?: string;
  baseRef?: string;
}

interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: "Bot" | "User" };
}

export interface FakeState {
  owner: string;
  repo: string;
  pulls: Record<number, FakePull>;
  comments: Record<number, FakeComment[]>;
  /** "org/slug" -> members, or "forbidden" when the token cannot read the team. */
  teams: Record<string, string[] | "forbidden">;
  /** login -> permission (admin | write | read | none). */
  permissions: Record<string, string>;
  /** Tokens that may write (comments, check runs); any other token is read-only. */
  writeTokens: string[];
  /** The identity that writes comments with a write token. */
  botLogin: string;
  checkRuns: { id: number; head_sha: string; conclusion: string; annotations: unknown[]; requests: number }[];
  /** A local git repository for /git/trees, /git/blobs, /compare and GraphQL object(). */
  gitDir?: string;
  /** commit sha -> the merged pull requests GitHub associates with it (GraphQL history). */
  commitPulls?: Record<string, FakeMergedPull[]>;
  /** Issues (the audit's tracking issue), by number. */
  issues?: FakeIssue[];
  /** Labels that exist in the repository. */
  labels?: string[];
  /** The default branch and its tip (GET /repos/:o/:r and /branches/:b). */
  defaultBranch?: string;
}

/** A merged pull request associated with a commit. */
interface FakeMergedPull {
  number: number;
  author: string;
  headRefOid: string;
  mergedAt: string;
}

interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
  user: { login: string; type: "Bot" | "User" };
  pull_request?: unknown;
}

interface Failure {
  /** Matches "METHOD /path" (no query). */
  match: RegExp;
  status: number;
  /** How many times to fail; Infinity for an outage. */
  times: number;
}

interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  status: number;
}

export interface FakeGitHub {
  url: string;
  state: FakeState;
  requests: LoggedRequest[];
  failures: Failure[];
  /** Runs before a write to comments, to simulate another run racing. */
  beforeCreateComment?: (issue: number) => void;
  close(): Promise<void>;
}

const READ_ONLY = {
  message: "Resource not accessible by integration",
  documentation_url: "https://docs.github.com/rest",
  status: "403",
};
const NOT_FOUND = { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" };

export function defaultState(over: Partial<FakeState> = {}): FakeState {
  return {
    owner: "Codertocat",
    repo: "Hello-World",
    pulls: {},
    comments: {},
    teams: {},
    permissions: {},
    writeTokens: ["write-token"],
    botLogin: "github-actions[bot]",
    checkRuns: [],
    ...over,
  };
}

export async function startFakeGitHub(state: FakeState): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: FakeGitHub = {
    url: "",
    state,
    requests: [],
    failures: [],
    close: () => new Promise((resolve) => (server.listening ? server.close(() => resolve()) : resolve())),
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
      const logged: LoggedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        status: 0,
      };
      fake.requests.push(logged);
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        logged.status = status;
        res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
        res.end(data === undefined ? "" : JSON.stringify(data));
      };
      const key = `${logged.method} ${url.pathname}`;
      const failure = fake.failures.find((f) => f.times > 0 && f.match.test(key));
      if (failure) {
        failure.times -= 1;
        send(failure.status, { message: failure.status >= 500 ? "Server Error" : "Error" });
        return;
      }
      try {
        route(req, url, body, send);
      } catch (e) {
        send(500, { message: String(e) });
      }
    });
  });

  const canWrite = (req: IncomingMessage) => {
    const auth = req.headers.authorization ?? "";
    return state.writeTokens.some((t) => auth === `token ${t}` || auth === `Bearer ${t}`);
  };

  function paginate(
    url: URL,
    all: unknown[],
    send: (s: number, d: unknown, h?: Record<string, string>) => void,
  ) {
    const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30), 100);
    const page = Number(url.searchParams.get("page") ?? 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const headers: Record<string, string> = {};
    const link = (p: number, rel: string) => {
      const u = new URL(url.toString());
      u.searchParams.set("page", String(p));
      u.searchParams.set("per_page", String(perPage));
      return `<${fake.url}${u.pathname}${u.search}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
    if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
    if (links.length) headers.link = links.join(", ");
    send(200, all.slice((page - 1) * perPage, page * perPage), headers);
  }

  function apiCommit(c: FakeCommit) {
    const who = (login: string | null) => (login ? { login, type: "User" } : null);
    const name = c.authorName ?? c.author ?? "Someone";
    return {
      sha: c.sha,
      commit: {
        author: { name, email: `${name}@example.com`, date: "2026-01-01T00:00:00Z" },
        committer: { name: c.committer ?? name, email: "c@example.com", date: "2026-01-01T00:00:00Z" },
        message: "commit",
        verification: { verified: c.verified ?? false, reason: c.verified ? "valid" : "unsigned" },
      },
      author: who(c.author),
      committer: who(c.committer),
      parents: c.parents.map((sha) => ({ sha, url: "" })),
    };
  }

  function git(...args: string[]): string {
    if (!state.gitDir) throw new Error("no gitDir");
    return execFileSync("git", args, { cwd: state.gitDir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  }

  function route(
    req: IncomingMessage,
    url: URL,
    body: Record<string, unknown> | undefined,
    send: (s: number, d: unknown, h?: Record<string, string>) => void,
  ) {
    const method = req.method ?? "GET";
    const p = url.pathname;
    const repoPrefix = `/repos/${state.owner}/${state.repo}`;
    let m: RegExpExecArray | null;

    if (method === "GET" && p === "/user") return send(403, READ_ONLY);

    if (method === "POST" && p === "/graphql") return graphql(body ?? {}, send);

    m = /^\/orgs\/([^/]+)\/teams\/([^/]+)(?:\/memberships\/([^/]+))?$/.exec(p);

    if (m && method === "GET") {
      const team = state.teams[`${m[1]}/${m[2]}`];
      if (team === undefined) return send(404, NOT_FOUND);
      if (team === "forbidden") return send(403, READ_ONLY);
      if (!m[3]) return send(200, { id: 1, slug: m[2], name: m[2] });
      return team.some((u) => u.toLowerCase() === m![3]!.toLowerCase())
        ? send(200, { state: "active", role: "member", url: "" })
        : send(404, NOT_FOUND);
    }

    if (p === repoPrefix && method === "GET")
      return send(200, {
        full_name: `${state.owner}/${state.repo}`,
        default_branch: state.defaultBranch ?? "main",
      });
    if (!p.startsWith(`${repoPrefix}/`)) return send(404, NOT_FOUND);
    const rest = p.slice(repoPrefix.length);

    m = /^\/branches\/([^/]+)$/.exec(rest);
    if (m && method === "GET") {
      try {
        const sha = git("rev-parse", "--verify", "--quiet", `refs/heads/${m[1]}^{commit}`).trim();
        return send(200, { name: m[1], commit: { sha } });
      } catch {
        return send(404, NOT_FOUND);
      }
    }
    if (rest === "/issues" && method === "GET") {
      const label = url.searchParams.get("labels");
      const st = url.searchParams.get("state") ?? "open";
      const list = (state.issues ?? []).filter(
        (i) => (!label || i.labels.includes(label)) && (st === "all" || i.state === st),
      );
      return paginate(
        url,
        list.map((i) => ({ ...i, labels: i.labels.map((name) => ({ name })) })),
        send,
      );
    }
    if (rest === "/issues" && method === "POST") {
      if (!canWrite(req)) return send(403, READ_ONLY);
      state.issues ??= [];
      const issue: FakeIssue = {
        number: nextId++,
        title: String(body?.title ?? ""),
        body: String(body?.body ?? ""),
        state: "open",
        labels: ((body?.labels as string[]) ?? []).map(String),
        user: { login: state.botLogin, type: "Bot" },
      };
      state.issues.push(issue);
      return send(201, issue);
    }
    m = /^\/issues\/(\d+)$/.exec(rest);
    if (m && method === "PATCH") {
      const issue = (state.issues ?? []).find((i) => i.number === Number(m![1]));
      if (!issue) return send(404, NOT_FOUND);
      if (!canWrite(req)) return send(403, READ_ONLY);
      if (typeof body?.body === "string") issue.body = body.body;
      if (body?.state === "open" || body?.state === "closed") issue.state = body.state;
      return send(200, issue);
    }

    m = /^\/pulls\/(\d+)\/files$/.exec(rest);

    if (m && method === "GET") {
      const pr = state.pulls[Number(m[1])];
      if (!pr) return send(404, NOT_FOUND);
      // GitHub lists at most 3,000 files of a pull request.
      return paginate(
        url,
        pr.files
          .slice(0, 3000)
          .map((f) => ({ sha: "0".repeat(40), additions: 1, deletions: 0, changes: 1, ...f })),
        send,
      );
    }
    m = /^\/pulls\/(\d+)\/commits$/.exec(rest);
    if (m && method === "GET") {
      const pr = state.pulls[Number(m[1])];
      if (!pr) return send(404, NOT_FOUND);
      // GitHub lists at most 250 commits of a pull request.
      return paginate(url, (pr.commits ?? []).slice(0, 250).map(apiCommit), send);
    }
    m = /^\/pulls\/(\d+)$/.exec(rest);
    if (m && method === "GET") {
      const number = Number(m[1]);
      const pr = state.pulls[number];
      if (!pr) return send(404, NOT_FOUND);
      return send(200, {
        number,
        state: "open",
        user: { login: pr.author ?? "Codertocat", type: "User" },
        head: { sha: pr.headSha ?? pr.commits?.at(-1)?.sha ?? "0".repeat(40), ref: "feature" },
        base: { ref: pr.baseRef ?? "main", sha: "0".repeat(40) },
        commits: pr.commits?.length ?? 0,
        changed_files: pr.files.length,
      });
    }
    m = /^\/pulls\/(\d+)\/reviews$/.exec(rest);
    if (m && method === "GET") {
      const pr = state.pulls[Number(m[1])];
      if (!pr) return send(404, NOT_FOUND);
      return paginate(
        url,
        pr.reviews.map((r, i) => ({
          id: i + 1,
          user: { login: r.user, type: "User" },
          body: "",
          state: r.state,
          commit_id: r.commit_id,
          submitted_at:
            r.state === "PENDING"
              ? undefined
              : (r.submitted_at ?? new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()),
        })),
        send,
      );
    }
    m = /^\/collaborators\/([^/]+)\/permission$/.exec(rest);
    if (m && method === "GET") {
      const perm = state.permissions[m[1]!] ?? "none";
      return send(200, { permission: perm, role_name: perm, user: { login: m[1] } });
    }
    m = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (m) {
      const n = Number(m[1]);
      state.comments[n] ??= [];
      const list = state.comments[n];
      if (method === "GET") return paginate(url, list, send);
      if (method === "POST") {
        if (!canWrite(req)) return send(403, READ_ONLY);
        fake.beforeCreateComment?.(n);
        const c: FakeComment = {
          id: nextId++,
          body: String(body?.body ?? ""),
          user: { login: state.botLogin, type: "Bot" },
        };
        list.push(c);
        return send(201, c);
      }
    }
    m = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (m) {
      const id = Number(m[1]);
      const owner = Object.values(state.comments).find((l) => l.some((c) => c.id === id));
      const c = owner?.find((x) => x.id === id);
      if (!owner || !c) return send(404, NOT_FOUND);
      if (!canWrite(req)) return send(403, READ_ONLY);
      if (method === "PATCH") {
        if (c.user.login !== state.botLogin) return send(403, READ_ONLY);
        c.body = String(body?.body ?? "");
        return send(200, c);
      }
      if (method === "DELETE") {
        owner.splice(owner.indexOf(c), 1);
        return send(204, undefined);
      }
    }
    if (rest === "/check-runs" && method === "POST") {
      if (!canWrite(req)) return send(403, READ_ONLY);
      const output = (body?.output ?? {}) as { annotations?: unknown[] };
      if ((output.annotations?.length ?? 0) > 50)
        return send(422, {
          message: "Validation Failed",
          errors: ["Only 50 annotations are allowed per request"],
        });
      const run = {
        id: nextId++,
        head_sha: String(body?.head_sha),
        conclusion: String(body?.conclusion),
        annotations: [...(output.annotations ?? [])],
        requests: 1,
      };
      state.checkRuns.push(run);
      return send(201, { id: run.id, head_sha: run.head_sha });
    }
    m = /^\/check-runs\/(\d+)$/.exec(rest);
    if (m && method === "PATCH") {
      if (!canWrite(req)) return send(403, READ_ONLY);
      const run = state.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return send(404, NOT_FOUND);
      const output = (body?.output ?? {}) as { annotations?: unknown[] };
      if ((output.annotations?.length ?? 0) > 50)
        return send(422, {
          message: "Validation Failed",
          errors: ["Only 50 annotations are allowed per request"],
        });
      run.annotations.push(...(output.annotations ?? []));
      run.requests += 1;
      return send(200, { id: run.id });
    }
    m = /^\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/.exec(rest);
    if (m && method === "GET") {
      const out = git("diff", "--name-status", "--no-renames", m[1]!, m[2]!);
      const files = out
        .split("\n")
        .filter(Boolean)
        .map((l) => {
          const [s, f] = l.split("\t");
          return { filename: f, status: s === "A" ? "added" : s === "D" ? "removed" : "modified" };
        });
      return send(200, { status: "ahead", files: files.slice(0, 300), commits: [] });
    }
    m = /^\/git\/trees\/([0-9a-f]+)$/.exec(rest);
    if (m && method === "GET") {
      const out = git("ls-tree", "-r", "-t", "-l", "-z", m[1]!);
      const tree = out
        .split("\0")
        .filter(Boolean)
        .map((l) => {
          const [meta, path] = l.split("\t");
          const [mode, type, sha, size] = meta!.split(/\s+/);
          return { path, mode, type, sha, ...(type === "blob" ? { size: Number(size) } : {}) };
        });
      return send(200, { sha: m[1], tree, truncated: false });
    }
    m = /^\/git\/blobs\/([0-9a-f]+)$/.exec(rest);
    if (m && method === "GET") {
      const bytes = execFileSync("git", ["cat-file", "blob", m[1]!], { cwd: state.gitDir });
      return send(200, {
        sha: m[1],
        encoding: "base64",
        content: bytes.toString("base64"),
        size: bytes.length,
      });
    }
    return send(404, NOT_FOUND);
  }

  function graphql(body: Record<string, unknown>, send: (s: number, d: unknown) => void) {
    const query = String(body.query ?? "");
    const vars = (body.variables ?? {}) as Record<string, string>;
    if (query.includes("history(")) return history(query, vars, send);
    const repository: Record<string, unknown> = {};
    for (const m of query.matchAll(/(\w+): object\(expression: \$(\w+)\)/g)) {
      const expr = vars[m[2]!]!;
      try {
        const bytes = execFileSync("git", ["cat-file", "blob", expr], {
          cwd: state.gitDir,
          stdio: ["ignore", "pipe", "ignore"],
        });
        const isBinary = bytes.includes(0);
        repository[m[1]!] = { text: isBinary ? null : bytes.toString("utf8"), isBinary };
      } catch {
        repository[m[1]!] = null;
      }
    }
    send(200, { data: { repository } });
  }

  /** Deploy-time approvals: the newest commit of each path at a ref, with its merged pull requests. */
  function history(query: string, vars: Record<string, string>, send: (s: number, d: unknown) => void) {
    const ref = vars.ref!;
    try {
      git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
    } catch {
      return send(200, { data: { repository: { object: null } } });
    }
    const object: Record<string, unknown> = {};
    for (const m of query.matchAll(/(\w+): history\(first: 1, path: \$(\w+)\)/g)) {
      const oid = git("log", "-n1", "--format=%H", ref, "--", vars[m[2]!]!).trim();
      const pulls = (state.commitPulls?.[oid] ?? []).map((p) => ({
        number: p.number,
        merged: true,
        mergedAt: p.mergedAt,
        headRefOid: p.headRefOid,
        author: { login: p.author },
      }));
      object[m[1]!] = { nodes: oid ? [{ oid, associatedPullRequests: { nodes: pulls } }] : [] };
    }
    send(200, { data: { repository: { object } } });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
