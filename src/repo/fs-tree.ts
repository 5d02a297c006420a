// The working tree on disk as a Tree. The checkout is untrusted (a PR's files): symlinks are
// never followed. Every path component is lstat'ed from the root, files are opened with
// O_NOFOLLOW (and O_NONBLOCK, so a FIFO cannot hang the gate) and fstat'ed through the fd, and
// the fd must be the very inode the walk saw.

import { constants, type Stats } from "node:fs";
import { type FileHandle, lstat, open, opendir, realpath } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../core/errors.ts";
import { MAX_LISTED_FILES, notAFile, requireTreePath, sortPaths, tooManyFiles } from "./memory-tree.ts";
import { normaliseRepoPath } from "./paths.ts";
import type { Entry, Tree } from "./tree.ts";

/** Buffer size of chunks(): memory per stream stays at one buffer whatever the file size. */
export const FS_CHUNK_BYTES = 1024 * 1024;

// O_NOFOLLOW does not exist on Windows; the lstat walk and the inode check still apply there.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export function createFsTree(root: string, label = "working tree"): Tree {
  let realRoot: Promise<string> | undefined;
  const rootDir = () => {
    realRoot ??= realpath(root).catch((e: unknown) => {
      throw new UserError(`cannot read the repository directory ${root}: ${errorCode(e)}`);
    });
    return realRoot;
  };

  // Submodules as a checkout shows them: a directory with its own .git (file or directory), or
  // one .gitmodules names (also when not checked out: then it is empty). Cached per directory.
  let declared: Promise<ReadonlySet<string>> | undefined;
  const gitmodules = () => {
    declared ??= rootDir().then(readGitmodules);
    return declared;
  };
  const submoduleDirs = new Map<string, Promise<boolean>>();
  const isSubmodule = (dirRel: string, dirAbs: string): Promise<boolean> => {
    let known = submoduleDirs.get(dirRel);
    if (!known) {
      known = (async () => {
        if ((await gitmodules()).has(dirRel)) return true;
        return lstat(path.join(dirAbs, ".git")).then(
          () => true,
          (e: unknown) => {
            if (isMissing(e)) return false;
            throw e;
          },
        );
      })();
      submoduleDirs.set(dirRel, known);
    }
    return known;
  };

  /** lstat every component; stops at the first symlink, submodule or missing component. */
  async function walk(rel: string): Promise<{ entry: Entry; stats?: Stats; abs: string }> {
    const parts = requireTreePath(rel).split("/");
    let abs = await rootDir();
    for (let i = 0; i < parts.length; i++) {
      abs = path.join(abs, parts[i]!);
      let st: Stats;
      try {
        st = await lstat(abs);
      } catch (e) {
        if (!isMissing(e)) throw e;
        // Under a submodule .gitmodules names that is not on disk (removed from the checkout).
        const dirs = await gitmodules();
        for (let j = i + 1; j <= parts.length; j++) {
          const d = parts.slice(0, j).join("/");
          if (dirs.has(d)) return { entry: { kind: "submodule", path: d }, abs };
        }
        return { entry: { kind: "missing" }, abs };
      }
      if (st.isSymbolicLink()) return { entry: { kind: "symlink" }, abs };
      const here = parts.slice(0, i + 1).join("/");
      if (st.isDirectory() && (await isSubmodule(here, abs)))
        return { entry: { kind: "submodule", path: here }, abs };
      const last = i === parts.length - 1;
      if (!last) {
        if (!st.isDirectory()) return { entry: { kind: "missing" }, abs };
        continue;
      }
      if (st.isFile()) return { entry: { kind: "file", size: st.size }, stats: st, abs };
      if (st.isDirectory()) return { entry: { kind: "directory" }, abs };
      return { entry: { kind: "other" }, abs };
    }
    return { entry: { kind: "missing" }, abs };
  }

  async function openFile(rel: string): Promise<FileHandle> {
    const { entry, stats, abs } = await walk(rel);
    if (entry.kind !== "file" || !stats) throw notAFile(label, rel, entry);
    const handle = await openRegularFile(abs, label, rel);
    const st = await handle.stat();
    if (st.ino !== stats.ino || st.dev !== stats.dev) {
      await handle.close();
      throw new UserError(`${rel} changed while the gate was reading it`, { file: rel });
    }
    return handle;
  }

  return {
    label,
    async stat(rel) {
      return (await walk(rel)).entry;
    },
    async read(rel) {
      const handle = await openFile(rel);
      try {
        return new Uint8Array(await handle.readFile());
      } finally {
        await handle.close();
      }
    },
    async *chunks(rel) {
      const handle = await openFile(rel);
      try {
        for (;;) {
          // A fresh buffer per chunk: consumers may keep a chunk after asking for the next.
          const buf = Buffer.allocUnsafe(FS_CHUNK_BYTES);
          const { bytesRead } = await handle.read(buf, 0, FS_CHUNK_BYTES, null);
          if (bytesRead === 0) return;
          yield buf.subarray(0, bytesRead);
        }
      } finally {
        await handle.close();
      }
    },
    async list() {
      const base = await rootDir();
      const out: string[] = [];
      const pending: string[] = [""];
      while (pending.length > 0) {
        const dirRel = pending.pop()!;
        const dir = await opendir(dirRel ? path.join(base, dirRel) : base);
        for await (const ent of dir) {
          // Dirent types come from the directory itself: a symlink is never a directory here.
          if (ent.name === ".git") continue;
          const rel = dirRel ? `${dirRel}/${ent.name}` : ent.name;
          if (ent.isDirectory()) {
            // A submodule's files are another repository's, as git ls-tree shows them.
            if (!(await isSubmodule(rel, path.join(base, rel)))) pending.push(rel);
          } else if (ent.isFile()) {
            out.push(rel);
            if (out.length > MAX_LISTED_FILES) throw tooManyFiles(label);
          }
        }
      }
      return sortPaths(out);
    },
  };
}

/**
 * Opens `abs` for reading without following a symlink in its last component and checks through
 * the fd that it is a regular file. Exported for tests of the O_NOFOLLOW guarantee.
 */
export async function openRegularFile(abs: string, label: string, rel: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(abs, OPEN_FLAGS);
  } catch (e) {
    if (errorCode(e) === "ELOOP") throw notAFile(label, rel, { kind: "symlink" });
    if (isMissing(e)) throw notAFile(label, rel, { kind: "missing" });
    throw e;
  }
  const st = await handle.stat();
  if (!st.isFile()) {
    await handle.close();
    throw notAFile(label, rel, st.isDirectory() ? { kind: "directory" } : { kind: "other" });
  }
  return handle;
}

/** .gitmodules over this size is not read (a real one is a few hundred bytes per submodule). */
const GITMODULES_MAX_BYTES = 1024 * 1024;

/**
 * The submodule paths a `.gitmodules` file at the root names (git-config syntax: `path = x`
 * in `[submodule "name"]` sections). Read like any untrusted file: never through a symlink,
 * size-capped; unreadable means none.
 */
async function readGitmodules(root: string): Promise<ReadonlySet<string>> {
  const abs = path.join(root, ".gitmodules");
  let text: string;
  try {
    const st = await lstat(abs);
    if (!st.isFile() || st.size > GITMODULES_MAX_BYTES) return new Set();
    const handle = await openRegularFile(abs, "working tree", ".gitmodules");
    try {
      text = (await handle.readFile()).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return new Set();
  }
  return parseGitmodulesPaths(text);
}

/** The `path` values of a .gitmodules text, normalised; values that are no repo path are skipped. */
export function parseGitmodulesPaths(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*path\s*=\s*(.*)$/i.exec(line);
    if (!m) continue;
    let value = m[1]!.trim();
    if (value.startsWith('"')) {
      const end = value.indexOf('"', 1);
      value = end > 0 ? value.slice(1, end) : value.slice(1);
    } else {
      value = value.replace(/\s*[#;].*$/, "");
    }
    const norm = normaliseRepoPath(value);
    if (norm.ok) out.add(norm.path);
  }
  return out;
}

function errorCode(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e ? String(e.code) : String(e);
}

function isMissing(e: unknown): boolean {
  const code = errorCode(e);
  return code === "ENOENT" || code === "ENOTDIR";
}
