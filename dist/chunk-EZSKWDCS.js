import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  MAX_LISTED_FILES,
  notAFile,
  requireTreePath,
  sortPaths,
  tooManyFiles
} from "./chunk-PS6DBKES.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  normaliseRepoPath
} from "./chunk-CHNDTHGK.js";

// src/repo/fs-tree.ts
import { constants } from "node:fs";
import { lstat, open, opendir, realpath } from "node:fs/promises";
import path from "node:path";
var FS_CHUNK_BYTES = 1024 * 1024;
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
function createFsTree(root, label = "working tree") {
  let realRoot;
  const rootDir = () => {
    realRoot ??= realpath(root).catch((e) => {
      throw new UserError(`cannot read the repository directory ${root}: ${errorCode(e)}`);
    });
    return realRoot;
  };
  let declared;
  const gitmodules = () => {
    declared ??= rootDir().then(readGitmodules);
    return declared;
  };
  const submoduleDirs = /* @__PURE__ */ new Map();
  const isSubmodule = (dirRel, dirAbs) => {
    let known = submoduleDirs.get(dirRel);
    if (!known) {
      known = (async () => {
        if ((await gitmodules()).has(dirRel)) return true;
        return lstat(path.join(dirAbs, ".git")).then(
          () => true,
          (e) => {
            if (isMissing(e)) return false;
            throw e;
          }
        );
      })();
      submoduleDirs.set(dirRel, known);
    }
    return known;
  };
  async function walk(rel) {
    const parts = requireTreePath(rel).split("/");
    let abs = await rootDir();
    for (let i = 0; i < parts.length; i++) {
      abs = path.join(abs, parts[i]);
      let st;
      try {
        st = await lstat(abs);
      } catch (e) {
        if (!isMissing(e)) throw e;
        const dirs = await gitmodules();
        for (let j = i + 1; j <= parts.length; j++) {
          const d = parts.slice(0, j).join("/");
          if (dirs.has(d)) return { entry: { kind: "submodule", path: d }, abs };
        }
        return { entry: { kind: "missing" }, abs };
      }
      if (st.isSymbolicLink()) return { entry: { kind: "symlink" }, abs };
      const here = parts.slice(0, i + 1).join("/");
      if (st.isDirectory() && await isSubmodule(here, abs))
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
  async function openFile(rel) {
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
        for (; ; ) {
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
      const out = [];
      const pending = [""];
      while (pending.length > 0) {
        const dirRel = pending.pop();
        const dir = await opendir(dirRel ? path.join(base, dirRel) : base);
        for await (const ent of dir) {
          if (ent.name === ".git") continue;
          const rel = dirRel ? `${dirRel}/${ent.name}` : ent.name;
          if (ent.isDirectory()) {
            if (!await isSubmodule(rel, path.join(base, rel))) pending.push(rel);
          } else if (ent.isFile()) {
            out.push(rel);
            if (out.length > MAX_LISTED_FILES) throw tooManyFiles(label);
          }
        }
      }
      return sortPaths(out);
    }
  };
}
async function openRegularFile(abs, label, rel) {
  let handle;
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
var GITMODULES_MAX_BYTES = 1024 * 1024;
async function readGitmodules(root) {
  const abs = path.join(root, ".gitmodules");
  let text;
  try {
    const st = await lstat(abs);
    if (!st.isFile() || st.size > GITMODULES_MAX_BYTES) return /* @__PURE__ */ new Set();
    const handle = await openRegularFile(abs, "working tree", ".gitmodules");
    try {
      text = (await handle.readFile()).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return /* @__PURE__ */ new Set();
  }
  return parseGitmodulesPaths(text);
}
function parseGitmodulesPaths(text) {
  const out = /* @__PURE__ */ new Set();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*path\s*=\s*(.*)$/i.exec(line);
    if (!m) continue;
    let value = m[1].trim();
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
function errorCode(e) {
  return typeof e === "object" && e !== null && "code" in e ? String(e.code) : String(e);
}
function isMissing(e) {
  const code = errorCode(e);
  return code === "ENOENT" || code === "ENOTDIR";
}

export {
  createFsTree
};
