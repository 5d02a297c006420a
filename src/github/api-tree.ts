// One commit of the repository read through the GitHub API, for when the checkout does not
// hold it (a shallow clone that cannot fetch). One request lists the whole tree (with modes,
// so symlinks are seen); contents come in batched GraphQL queries of 50 files each, and
// prefetch() loads every file the gate will need up front, so the number of requests does not
// grow with every manifest read one by one.
import { GateError } from "../core/errors.ts";
import { notAFile, requireTreePath, sortPaths } from "../repo/memory-tree.ts";
import type { Entry, Tree } from "../repo/tree.ts";
import { mustRead, type Repo } from "./api-errors.ts";
import type { GitHubClient } from "./client.ts";

const FILES_PER_QUERY = 50;

export interface ApiTree extends Tree {
  /** Loads these files (those that exist, as regular files, up to maxBytes) in batched queries. */
  prefetch(paths: readonly string[], maxBytes: number): Promise<void>;
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

  async function load(paths: string[]): Promise<void> {
    const map = await entries();
    for (let i = 0; i < paths.length; i += FILES_PER_QUERY) {
      const batch = paths.slice(i, i + FILES_PER_QUERY);
      const pending = fetchBatch(batch, map);
      for (const p of batch) {
        const one = pending.then((m) => m.get(p)!);
        one.catch(() => {}); // observed by whoever reads it
        contents.set(p, one);
      }
      await pending;
    }
  }

  async function fetchBatch(paths: string[], map: Map<string, TreeEntry>): Promise<Map<string, Uint8Array>> {
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
    await load([p]);
    return contents.get(p)!;
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
    async prefetch(paths, maxBytes) {
      const wanted: string[] = [];
      for (const raw of new Set(paths)) {
        const p = requireTreePath(raw);
        if (contents.has(p)) continue;
        const e = await stat(p);
        if (e.kind === "file" && e.size <= maxBytes) wanted.push(p);
      }
      await load(wanted);
    },
    async close() {},
  };
}
