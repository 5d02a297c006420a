// An in-memory Tree for tests (engine unit tests build repos from a plain object), plus the
// small helpers every Tree implementation shares: path re-validation, listing cap, order.

import { UserError } from "../core/errors.ts";
import { normaliseRepoPath } from "./paths.ts";
import type { Entry, Tree } from "./tree.ts";

/** list() refuses repositories with more regular files than this (runaway walks, hostile repos). */
export const MAX_LISTED_FILES = 200_000;

/**
 * Defence in depth: callers normalise paths first; a Tree re-checks and throws a plain Error
 * (a caller bug, not a user mistake) on a path that leaves the repo or points into .git.
 */
export function requireTreePath(path: string): string {
  const check = normaliseRepoPath(path);
  if (!check.ok) throw new Error(`refusing path ${JSON.stringify(path)}: ${check.reason}`);
  return check.path;
}

export function tooManyFiles(label: string): UserError {
  return new UserError(
    `${label} holds more than ${MAX_LISTED_FILES} files; refusing to list them all`,
    {},
    "run the gate on the changed files only (without --all), or on a smaller checkout",
  );
}

/** Code-unit order, the same for every Tree, so lists compare equal across implementations. */
export function sortPaths(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function notAFile(label: string, path: string, entry: Entry): UserError {
  return new UserError(`${path} is not a regular file in ${label} (it is ${describe(entry)})`, {
    file: path,
  });
}

function describe(entry: Entry): string {
  return entry.kind === "missing" ? "missing" : `a ${entry.kind}`;
}

/** `{ submodule: sha }`: a gitlink (a submodule pinned at that commit), as git stores one. */
export type MemoryFile = string | Uint8Array | { symlink: string } | { submodule: string };

type Node =
  | { kind: "file"; bytes: Uint8Array }
  | { kind: "symlink" }
  | { kind: "directory" }
  | { kind: "submodule" };

/** Chunk size of the memory tree's chunks(): small, so tests exercise multi-chunk consumers. */
const MEMORY_CHUNK = 64 * 1024;

export function createMemoryTree(files: Record<string, MemoryFile>, label = "memory"): Tree {
  const nodes = new Map<string, Node>();
  for (const [raw, value] of Object.entries(files)) {
    const path = requireTreePath(raw);
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      const existing = nodes.get(dir);
      if (existing && existing.kind !== "directory")
        throw new Error(`memory tree: ${dir} is both a ${existing.kind} and a directory`);
      nodes.set(dir, { kind: "directory" });
    }
    if (nodes.has(path)) throw new Error(`memory tree: ${path} given twice`);
    if (typeof value === "string") nodes.set(path, { kind: "file", bytes: new TextEncoder().encode(value) });
    else if (value instanceof Uint8Array) nodes.set(path, { kind: "file", bytes: new Uint8Array(value) });
    else if ("submodule" in value) nodes.set(path, { kind: "submodule" });
    else nodes.set(path, { kind: "symlink" });
  }

  function lookup(path: string): Entry {
    const parts = requireTreePath(path).split("/");
    for (let i = 1; i <= parts.length; i++) {
      const node = nodes.get(parts.slice(0, i).join("/"));
      if (!node) return { kind: "missing" };
      if (node.kind === "symlink") return { kind: "symlink" };
      if (node.kind === "submodule") return { kind: "submodule", path: parts.slice(0, i).join("/") };
      if (i === parts.length) return node.kind === "file" ? { kind: "file", size: node.bytes.length } : node;
      if (node.kind === "file") return { kind: "missing" };
    }
    return { kind: "missing" };
  }

  function bytesOf(path: string): Uint8Array {
    const entry = lookup(path);
    const node = nodes.get(requireTreePath(path));
    if (entry.kind !== "file" || node?.kind !== "file") throw notAFile(label, path, entry);
    return node.bytes;
  }

  return {
    label,
    async stat(path) {
      return lookup(path);
    },
    async read(path) {
      return new Uint8Array(bytesOf(path));
    },
    async *chunks(path) {
      const bytes = bytesOf(path);
      for (let at = 0; at < bytes.length; at += MEMORY_CHUNK) yield bytes.slice(at, at + MEMORY_CHUNK);
    },
    async list() {
      const out: string[] = [];
      for (const [path, node] of nodes) if (node.kind === "file") out.push(path);
      return sortPaths(out);
    },
  };
}
