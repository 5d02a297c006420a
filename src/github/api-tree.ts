// One commit of the repository read through the GitHub API, for when the checkout does not
// hold it (a shallow clone that cannot fetch). One request lists the whole tree (with modes,
// so symlinks are seen). Reads are coalesced, DataLoader style: the reads requested in one turn
// of the event loop go out in GraphQL queries of up to 50 files each (a partial batch waits for
// a query in flight), so a caller that asks for its files together (the engine reads
// declarations and reports concurrently) pays a request per 50 files, not one per file.
import { GateError } from "../core/errors.ts";
import { notAFile, requireTreePath, sortPaths } from "../repo/memory-tree.ts";
import type { Entry, Tree } from "../repo/tree.ts";
import { mustRead, type Repo } from "./api-errors.ts";
import type { GitHubClient } from "./client.ts";

const FILES_PER_QUERY = 50;

export interface ApiTree extends Tree {
  close(): Promise<void>;
}

interface TreeEntry {
  mode: string;
  type: string;
  size: number;
  sha: string;
}

/** A submodule entry: the API lists it with type "commit" (mode 160000) and no contents. */
function isGitlink(e: TreeEntry): boolean {
  return e.type === "commit" || e.mode === "160000";
}

interface Waiting {
  path: string;
  resolve(bytes: Uint8Array): void;
  reject(error: unknown): void;
}

interface BlobNode {
  text?: string | null;
  isBinary?: boolean | null;
}

export function createApiTree(gh: GitHubClient, repo: Repo, sha: string, label: string): ApiTree {
  let listing: Promise<Map<string, TreeEntry>> | undefined;
  const contents = new Map<string, Promise<Uint8Array>>();

  const entries = () => {
    listing ??= mustRead(`the file list of ${label}`, async () => {
      const r = await gh.rest.git.getTree({ ...repo, tree_sha: sha, recursive: "true" });
      if (r.data.truncated)
        throw new GateError(
          `The repository is too large to list ${label} through the API; check out with fetch-depth: 0 so git can read it.`,
        );
      const map = new Map<string, TreeEntry>();
      for (const e of r.data.tree)
        if (e.path && e.type && e.mode && e.sha)
          map.set(e.path, { mode: e.mode, type: e.type, size: e.size ?? 0, sha: e.sha });
      return map;
    });
    return listing;
  };

  async function stat(path: string): Promise<Entry> {
    const parts = requireTreePath(path).split("/");
    const map = await entries();
    for (let i = 1; i < parts.length; i++) {
      const dir = map.get(parts.slice(0, i).join("/"));
      if (!dir) return { kind: "missing" };
      if (dir.mode === "120000") return { kind: "symlink" };
      if (isGitlink(dir)) return { kind: "submodule", path: parts.slice(0, i).join("/") };
      if (dir.type !== "tree") return { kind: "missing" };
    }
    const e = map.get(parts.join("/"));
    if (!e) return { kind: "missing" };
    if (e.mode === "120000") return { kind: "symlink" };
    if (isGitlink(e)) return { kind: "submodule", path: parts.join("/") };
    if (e.type === "tree") return { kind: "directory" };
    if (e.type === "blob") return { kind: "file", size: e.size };
    return { kind: "other" };
  }

  /** Reads waiting to be sent. */
  const queued: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  function enqueue(path: string): Promise<Uint8Array> {
    const bytes = new Promise<Uint8Array>((resolve, reject) => {
      queued.push({ path, resolve, reject });
    });
    contents.set(path, bytes);
    schedule();
    return bytes;
  }

  // setImmediate runs once the microtasks queued now have run: the reads they ask for join.
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  /**
   * Full batches go out at once; a partial one waits while a query is in flight (Nagle's rule):
   * the callers that query answers usually ask for their next files, which fill the batch.
   */
  function flush(): void {
    scheduled = false;
    while (queued.length >= FILES_PER_QUERY || (queued.length > 0 && inFlight === 0)) {
      const part = queued.splice(0, FILES_PER_QUERY);
      inFlight++;
      fetchBatch(part.map((w) => w.path))
        .then(
          (got) => {
            for (const w of part) w.resolve(got.get(w.path)!);
          },
          (e: unknown) => {
            for (const w of part) w.reject(e);
          },
        )
        .finally(() => {
          inFlight--;
          schedule();
        });
    }
  }

  async function fetchBatch(paths: string[]): Promise<Map<string, Uint8Array>> {
    const map = await entries();
    // Paths travel as GraphQL variables, never spliced into the query text.
    const vars: Record<string, string> = { owner: repo.owner, name: repo.repo };
    const decls = ["$owner: String!", "$name: String!"];
    const fields: string[] = [];
    paths.forEach((p, i) => {
      vars[`e${i}`] = `${sha}:${p}`;
      decls.push(`$e${i}: String!`);
      fields.push(`f${i}: object(expression: $e${i}) { ... on Blob { text isBinary } }`);
    });
    const query = `query(${decls.join(", ")}) { repository(owner: $owner, name: $name) { ${fields.join(" ")} } }`;
    const data = await mustRead(`files of ${label}`, () =>
      gh.graphql<{ repository: Record<string, BlobNode | null> | null }>(query, vars),
    );
    const out = new Map<string, Uint8Array>();
    for (const [i, p] of paths.entries()) {
      const node = data.repository?.[`f${i}`];
      if (node && typeof node.text === "string" && !node.isBinary) {
        out.set(p, new TextEncoder().encode(node.text));
        continue;
      }
      // Binary (or not returned as text): the blob API gives the exact bytes.
      const entry = map.get(p);
      if (!entry) throw new GateError(`${p} is missing from ${label}`);
      const blob = await mustRead(`${p} in ${label}`, () =>
        gh.rest.git.getBlob({ ...repo, file_sha: entry.sha }),
      );
      out.set(p, new Uint8Array(Buffer.from(blob.data.content, "base64")));
    }
    return out;
  }

  async function read(path: string): Promise<Uint8Array> {
    const p = requireTreePath(path);
    const cached = contents.get(p);
    if (cached !== undefined) return cached;
    const entry = await stat(p);
    if (entry.kind !== "file") throw notAFile(label, p, entry);
    return contents.get(p) ?? enqueue(p);
  }

  return {
    label,
    stat,
    read,
    async *chunks(path: string) {
      yield await read(path);
    },
    async list() {
      const map = await entries();
      return sortPaths([...map].filter(([, e]) => e.type === "blob" && e.mode !== "120000").map(([p]) => p));
    },
    async close() {},
  };
}
