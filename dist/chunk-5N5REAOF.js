import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  MAX_LISTED_FILES,
  gitStartError,
  notAFile,
  requireTreePath,
  resolveRef,
  runGit,
  sortPaths,
  spawnGit,
  tooManyFiles
} from "./chunk-PS6DBKES.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";

// src/repo/git-tree.ts
var SMALL_BLOB_BYTES = 1024;
var SMALL_BLOB_COUNT = 16384;
var GIT_CHUNK_BYTES = 1024 * 1024;
async function createGitTree(repo, commit, label, opts = {}) {
  const sha = opts.resolved && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit) ? commit : await resolveRef(repo, commit);
  const treeLabel = label ?? (commit === sha ? sha.slice(0, 7) : commit);
  const batch = new CatFilePool(repo);
  const small = /* @__PURE__ */ new Map();
  let listing;
  const entries = () => {
    listing ??= lsTree(repo, sha);
    return listing;
  };
  const peeked = /* @__PURE__ */ new Map();
  const missingObject = (path) => new UserError(
    `${path} cannot be read from ${treeLabel}: its object is missing from the repository`,
    { file: path },
    "fetch the full history (actions/checkout with fetch-depth: 0) without a blob filter"
  );
  async function lookup(path) {
    const full = requireTreePath(path);
    const map = await (!listing && peeked.get(full) || entries());
    for (let cut = full.indexOf("/"); ; cut = full.indexOf("/", cut + 1)) {
      const last = cut === -1;
      const prefix = last ? full : full.slice(0, cut);
      const e = map.get(prefix);
      if (!e) return { entry: { kind: "missing" } };
      if (e.mode === "120000") return { entry: { kind: "symlink" } };
      if (e.mode === GITLINK) return { entry: { kind: "submodule", path: prefix } };
      if (last) {
        const found = classify(e);
        if (found.entry.kind === "file" && !(found.entry.size >= 0)) throw missingObject(path);
        return found;
      }
      if (e.type !== "tree") return { entry: { kind: "missing" } };
    }
  }
  async function fileOid(path) {
    const { entry, oid } = await lookup(path);
    if (entry.kind !== "file" || !oid) throw notAFile(treeLabel, path, entry);
    return { oid, size: entry.size };
  }
  return {
    label: treeLabel,
    commit: sha,
    stats: batch.stats,
    async stat(path) {
      return (await lookup(path)).entry;
    },
    async read(path) {
      const { oid, size } = await fileOid(path);
      const cached = small.get(oid);
      if (cached && !batch.isClosed) return cached.slice();
      const out = new Uint8Array(size);
      let at = 0;
      for await (const piece of batch.object(oid, () => missingObject(path), false)) {
        if (at + piece.length > size)
          throw new Error(`git cat-file returned more than ${size} bytes for ${path}`);
        out.set(piece, at);
        at += piece.length;
      }
      if (at !== size) throw new Error(`git cat-file returned ${at} of ${size} bytes for ${path}`);
      if (size <= SMALL_BLOB_BYTES && small.size < SMALL_BLOB_COUNT) small.set(oid, out.slice());
      return out;
    },
    async *chunks(path) {
      const { oid } = await fileOid(path);
      yield* batch.object(oid, () => missingObject(path), true);
    },
    async list() {
      const out = [];
      for (const [path, e] of await entries()) {
        if (classify(e).entry.kind !== "file") continue;
        out.push(path);
        if (out.length > MAX_LISTED_FILES) throw tooManyFiles(treeLabel);
      }
      return sortPaths(out);
    },
    async peek(path) {
      const p = requireTreePath(path);
      if (!listing && !peeked.has(p)) peeked.set(p, lsTreePath(repo, sha, p));
      await peeked.get(p);
    },
    close: () => batch.close()
  };
}
var GITLINK = "160000";
function classify(e) {
  if (e.mode === "120000") return { entry: { kind: "symlink" } };
  if (e.type === "tree") return { entry: { kind: "directory" } };
  if (e.type === "blob" && /^100(644|755|664)$/.test(e.mode))
    return { entry: { kind: "file", size: e.size }, oid: e.oid };
  return { entry: { kind: "other" } };
}
async function lsTree(repo, sha) {
  const r = await runGit(repo, ["ls-tree", "-r", "-t", "-z", "-l", "--full-tree", sha]);
  if (r.code !== 0) throw new UserError(`git ls-tree ${sha} failed in ${repo}: ${r.stderr.trim()}`);
  return parseLsTree(r.stdout.toString("utf8"));
}
async function lsTreePath(repo, sha, path) {
  const parts = path.split("/");
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
  const r = await runGit(repo, [
    "--literal-pathspecs",
    "ls-tree",
    "-t",
    "-z",
    "-l",
    "--full-tree",
    sha,
    "--",
    ...prefixes
  ]);
  if (r.code !== 0) throw new UserError(`git ls-tree ${sha} failed in ${repo}: ${r.stderr.trim()}`);
  const wanted = new Set(prefixes);
  const map = parseLsTree(r.stdout.toString("utf8"));
  for (const key of map.keys()) if (!wanted.has(key)) map.delete(key);
  return map;
}
function parseLsTree(out) {
  const map = /* @__PURE__ */ new Map();
  for (const record of out.split("\0")) {
    if (record === "") continue;
    const tab = record.indexOf("	");
    const [mode, type, oid, size] = record.slice(0, tab).trim().split(/ +/);
    if (tab < 0 || !mode || !type || !oid || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid) || size === void 0)
      throw new Error(`malformed git ls-tree record ${JSON.stringify(record.slice(0, 200))}`);
    const bytes = size === "-" ? 0 : /^\d+$/.test(size) ? Number(size) : Number.NaN;
    map.set(record.slice(tab + 1), { mode, type, oid, size: bytes });
  }
  return map;
}
var MAX_PROCESSES = 8;
var CatFilePool = class {
  constructor(repo) {
    this.repo = repo;
  }
  repo;
  stats = { processesSpawned: 0, requests: 0 };
  procs = [];
  closed = false;
  get isClosed() {
    return this.closed;
  }
  object(oid, missing, streaming) {
    if (this.closed) throw new Error("git tree is closed");
    let target = this.procs.find((p) => p.streams === 0);
    if (!target && this.procs.length < MAX_PROCESSES) {
      target = new CatFileBatch(this.repo, this.stats);
      this.procs.push(target);
    }
    target ??= this.procs.reduce((a, b) => b.waiting < a.waiting ? b : a);
    return target.object(oid, missing, streaming);
  }
  async close() {
    this.closed = true;
    await Promise.all(this.procs.map((p) => p.close()));
  }
};
var CatFileBatch = class {
  constructor(repo, stats) {
    this.repo = repo;
    this.stats = stats;
  }
  repo;
  stats;
  proc;
  queue = Promise.resolve();
  /** Requests queued or running; the child is ref'ed while this is above zero. */
  waiting = 0;
  /** chunks() streams queued or running: while above zero the pool sends requests elsewhere. */
  streams = 0;
  closed = false;
  /** Call synchronously after choosing this process: counts the request before any await. */
  object(oid, missing, streaming) {
    if (this.closed) throw new Error("git tree is closed");
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid)) throw new Error(`not an object id: ${oid}`);
    this.waiting++;
    if (streaming) this.streams++;
    this.updateRef();
    const turn = this.acquire();
    let proc;
    try {
      proc = this.ensure();
      this.send(proc, `${oid}
`);
      this.stats.requests++;
    } catch (e) {
      proc = void 0;
      void turn.then((release) => release());
      this.waiting--;
      if (streaming) this.streams--;
      throw e;
    }
    return this.serve(proc, turn, oid, missing, streaming);
  }
  async *serve(proc, turn, oid, missing, streaming) {
    const release = await turn;
    let left = -1;
    try {
      if (proc.failure) throw proc.failure;
      const header = await readLine(proc);
      if (header === `${oid} missing`) {
        left = 0;
        throw missing();
      }
      const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(header);
      if (!m || m[1] !== oid) throw new Error(`unexpected git cat-file reply ${JSON.stringify(header)}`);
      left = Number(m[3]) + 1;
      const isBlob = m[2] === "blob";
      while (left > 1) {
        if (proc.pending.length === 0) await fill(proc);
        const n = Math.min(left - 1, proc.pending.length, GIT_CHUNK_BYTES);
        const piece = proc.pending.subarray(0, n);
        proc.pending = proc.pending.subarray(n);
        left -= n;
        if (!isBlob) continue;
        yield piece;
      }
      if (proc.pending.length === 0) await fill(proc);
      if (proc.pending[0] !== 10) throw new Error("git cat-file reply lost its framing");
      proc.pending = proc.pending.subarray(1);
      left = 0;
      if (!isBlob) throw new Error(`object ${oid} is a ${m[2]}, not a file`);
    } finally {
      if (left !== 0) await this.drainOrKill(proc, left);
      release();
      this.waiting--;
      if (streaming) this.streams--;
      this.updateRef();
    }
  }
  async close() {
    this.closed = true;
    const proc = this.proc;
    this.proc = void 0;
    if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
    await new Promise((resolve) => {
      const timer = setTimeout(() => proc.child.kill(), 2e3);
      proc.child.once("close", () => {
        clearTimeout(timer);
        resolve();
      });
      flush(proc);
      proc.stdin.end();
    });
  }
  send(proc, request) {
    if (proc.outbox === "") setImmediate(() => flush(proc));
    proc.outbox += request;
  }
  async drainOrKill(proc, left) {
    try {
      if (left < 0) throw new Error("reply not framed");
      while (left > 0) {
        if (proc.pending.length === 0) await fill(proc);
        const n = Math.min(left, proc.pending.length);
        proc.pending = proc.pending.subarray(n);
        left -= n;
      }
    } catch {
      if (this.proc === proc) this.proc = void 0;
      proc.child.kill();
    }
  }
  acquire() {
    const previous = this.queue;
    let release;
    this.queue = new Promise((resolve) => {
      release = resolve;
    });
    return previous.then(() => release);
  }
  ensure() {
    if (this.proc && this.proc.child.exitCode === null && !this.proc.failure) return this.proc;
    const child = spawnGit(this.repo, ["cat-file", "--batch"]);
    this.stats.processesSpawned++;
    const stdout = child.stdout;
    const proc = {
      child,
      stdin: child.stdin,
      outbox: "",
      stdout: stdout[Symbol.asyncIterator](),
      pending: Buffer.alloc(0),
      stderr: ""
    };
    child.on("error", (e) => {
      proc.failure = gitStartError(e, this.repo);
    });
    proc.stdin.on("error", () => {
    });
    child.stderr?.on("data", (b) => {
      if (proc.stderr.length < 4096) proc.stderr += b.toString("utf8");
    });
    this.proc = proc;
    this.updateRef();
    return proc;
  }
  /** Keep the event loop alive only while some request is waiting on git. */
  updateRef() {
    const proc = this.proc;
    if (!proc) return;
    const handles = [proc.child, proc.child.stdin, proc.child.stdout, proc.child.stderr];
    for (const h of handles) {
      if (this.waiting > 0) h?.ref?.();
      else h?.unref?.();
    }
  }
};
function flush(proc) {
  if (proc.outbox === "") return;
  const data = proc.outbox;
  proc.outbox = "";
  proc.stdin.write(data);
}
async function fill(proc) {
  const next = await proc.stdout.next();
  if (next.done) {
    if (proc.failure) throw proc.failure;
    throw new Error(`git cat-file stopped unexpectedly${proc.stderr ? `: ${proc.stderr.trim()}` : ""}`);
  }
  proc.pending = proc.pending.length === 0 ? next.value : Buffer.concat([proc.pending, next.value]);
}
async function readLine(proc) {
  for (; ; ) {
    const i = proc.pending.indexOf(10);
    if (i >= 0) {
      const line = proc.pending.subarray(0, i).toString("utf8");
      proc.pending = proc.pending.subarray(i + 1);
      return line;
    }
    if (proc.pending.length > 4096) throw new Error("git cat-file header too long");
    await fill(proc);
  }
}

export {
  createGitTree
};
