// One commit of a local repository as a Tree, without a checkout. The file listing comes from a
// single `git ls-tree` (lazy, cached); contents come through ONE long-running
// `git cat-file --batch` per tree, so reading a thousand files does not start a thousand
// processes. cat-file prints raw objects: no clean/smudge filters, no textconv, no hooks.
// A chunks() stream holds its process until the consumer finishes it; a request made meanwhile
// (a nested read, a second stream) goes to another process rather than wait forever.

import type { ChildProcess } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { UserError } from "../core/errors.ts";
import { gitStartError, resolveRef, runGit, spawnGit } from "./git.ts";
import { MAX_LISTED_FILES, notAFile, requireTreePath, sortPaths, tooManyFiles } from "./memory-tree.ts";
import type { Entry, Tree } from "./tree.ts";

/** Blobs up to this size are kept after a read (at most SMALL_BLOB_COUNT of them, 16 MiB). */
const SMALL_BLOB_BYTES = 1024;
const SMALL_BLOB_COUNT = 16_384;

/** Largest piece chunks() yields (pipe reads are usually 64 KiB; this is the upper bound). */
export const GIT_CHUNK_BYTES = 1024 * 1024;

interface GitTreeStats {
  /** cat-file processes started: 1, plus one per chunks() stream left open while reading more. */
  processesSpawned: number;
  /** Objects requested through cat-file. */
  requests: number;
}

export interface GitTree extends Tree {
  /** The full commit sha this tree shows. */
  readonly commit: string;
  readonly stats: Readonly<GitTreeStats>;
  /** See Tree.peek: one small ls-tree of `path` and its folders, when the tree is not listed yet. */
  peek(path: string): Promise<void>;
  /** Stops the cat-file process. The tree cannot read contents afterwards. */
  close(): Promise<void>;
}

interface LsEntry {
  mode: string;
  type: string;
  oid: string;
  size: number;
}

/**
 * `resolved`: `commit` is already a full commit sha from resolveRef(), so it is not resolved
 * (one git process) again.
 */
export async function createGitTree(
  repo: string,
  commit: string,
  label?: string,
  opts: { resolved?: boolean } = {},
): Promise<GitTree> {
  const sha =
    opts.resolved && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit) ? commit : await resolveRef(repo, commit);
  const treeLabel = label ?? (commit === sha ? sha.slice(0, 7) : commit);
  const batch = new CatFilePool(repo);
  // Small blobs (LFS pointers, read by several checks) by object id: objects never change.
  const small = new Map<string, Uint8Array>();
  let listing: Promise<Map<string, LsEntry>> | undefined;
  const entries = () => {
    listing ??= lsTree(repo, sha);
    return listing;
  };
  // peek(): the entries on the way to a few paths, for a run that never lists the tree.
  const peeked = new Map<string, Promise<Map<string, LsEntry>>>();

  const missingObject = (path: string) =>
    new UserError(
      `${path} cannot be read from ${treeLabel}: its object is missing from the repository`,
      { file: path },
      "fetch the full history (actions/checkout with fetch-depth: 0) without a blob filter",
    );

  async function lookup(path: string): Promise<{ entry: Entry; oid?: string }> {
    const full = requireTreePath(path);
    const map = await ((!listing && peeked.get(full)) || entries());
    // Each leading part of the path in turn ("a", "a/b", ..., the path itself).
    for (let cut = full.indexOf("/"); ; cut = full.indexOf("/", cut + 1)) {
      const last = cut === -1;
      const prefix = last ? full : full.slice(0, cut);
      const e = map.get(prefix);
      if (!e) return { entry: { kind: "missing" } };
      if (e.mode === "120000") return { entry: { kind: "symlink" } };
      // A gitlink: the path is the submodule or inside it, whatever the submodule holds.
      if (e.mode === GITLINK) return { entry: { kind: "submodule", path: prefix } };
      if (last) {
        const found = classify(e);
        // ls-tree -l prints "BAD" as the size of a blob whose object is absent.
        if (found.entry.kind === "file" && !(found.entry.size >= 0)) throw missingObject(path);
        return found;
      }
      // Under a file: this commit does not hold the path.
      if (e.type !== "tree") return { entry: { kind: "missing" } };
    }
  }

  async function fileOid(path: string): Promise<{ oid: string; size: number }> {
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
      const out: string[] = [];
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
    close: () => batch.close(),
  };
}

/** ls-tree's mode of a submodule entry (type "commit"). */
const GITLINK = "160000";

function classify(e: LsEntry): { entry: Entry; oid?: string } {
  if (e.mode === "120000") return { entry: { kind: "symlink" } };
  if (e.type === "tree") return { entry: { kind: "directory" } };
  if (e.type === "blob" && /^100(644|755|664)$/.test(e.mode))
    return { entry: { kind: "file", size: e.size }, oid: e.oid };
  return { entry: { kind: "other" } }; // an odd mode (gitlinks are found by lookup())
}

async function lsTree(repo: string, sha: string): Promise<Map<string, LsEntry>> {
  const r = await runGit(repo, ["ls-tree", "-r", "-t", "-z", "-l", "--full-tree", sha]);
  if (r.code !== 0) throw new UserError(`git ls-tree ${sha} failed in ${repo}: ${r.stderr.trim()}`);
  return parseLsTree(r.stdout.toString("utf8"));
}

/**
 * The entries of `path` and of each folder on the way to it, as the full listing has them: ls-tree
 * names each prefix literally, and -t shows the trees it walks through. Whatever the listing would
 * hold beyond those prefixes is left out, so a lookup of `path` reads the same entries either way.
 */
async function lsTreePath(repo: string, sha: string, path: string): Promise<Map<string, LsEntry>> {
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
    ...prefixes,
  ]);
  if (r.code !== 0) throw new UserError(`git ls-tree ${sha} failed in ${repo}: ${r.stderr.trim()}`);
  const wanted = new Set(prefixes);
  const map = parseLsTree(r.stdout.toString("utf8"));
  for (const key of map.keys()) if (!wanted.has(key)) map.delete(key);
  return map;
}

/** Parses `git ls-tree -z -l` records: "<mode> <type> <oid> <size or ->\t<path>\0". */
export function parseLsTree(out: string): Map<string, LsEntry> {
  const map = new Map<string, LsEntry>();
  for (const record of out.split("\0")) {
    if (record === "") continue;
    const tab = record.indexOf("\t");
    const [mode, type, oid, size] = record.slice(0, tab).trim().split(/ +/);
    if (tab < 0 || !mode || !type || !oid || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid) || size === undefined)
      throw new Error(`malformed git ls-tree record ${JSON.stringify(record.slice(0, 200))}`);
    // Size is "-" for trees and submodules, "BAD" for a blob whose object is missing: NaN.
    const bytes = size === "-" ? 0 : /^\d+$/.test(size) ? Number(size) : Number.NaN;
    map.set(record.slice(tab + 1), { mode, type, oid, size: bytes });
  }
  return map;
}

interface BatchProcess {
  child: ChildProcess;
  stdin: Writable;
  /** Requests not yet written: one write per event-loop turn instead of one per object. */
  outbox: string;
  stdout: AsyncIterator<Buffer>;
  pending: Buffer;
  /** Why the process stopped (spawn error), for the message of the request that notices. */
  failure?: Error;
  stderr: string;
}

/** At most this many cat-file processes per tree (only open chunks() streams need more than one). */
const MAX_PROCESSES = 8;

/**
 * Routes requests to cat-file processes. Everything goes to the first process that no chunks()
 * stream is queued on; a stream can be suspended by its consumer for as long as it likes, so a
 * request never queues behind one while another process can be started.
 */
class CatFilePool {
  readonly stats: GitTreeStats = { processesSpawned: 0, requests: 0 };
  private readonly procs: CatFileBatch[] = [];
  private closed = false;

  constructor(private readonly repo: string) {}

  get isClosed(): boolean {
    return this.closed;
  }

  object(oid: string, missing: () => Error, streaming: boolean): AsyncGenerator<Uint8Array> {
    if (this.closed) throw new Error("git tree is closed");
    let target = this.procs.find((p) => p.streams === 0);
    if (!target && this.procs.length < MAX_PROCESSES) {
      target = new CatFileBatch(this.repo, this.stats);
      this.procs.push(target);
    }
    target ??= this.procs.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    return target.object(oid, missing, streaming);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.procs.map((p) => p.close()));
  }
}

/**
 * One `git cat-file --batch` process with a request queue: a request writes an object id and
 * reads "<oid> <type> <size>\n<bytes>\n" (or "<oid> missing\n"). Requests are written at once
 * (pipelined) and their replies read in order; the child is ref'ed only while a request waits,
 * so an idle tree never keeps Node alive.
 */
class CatFileBatch {
  private proc: BatchProcess | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Requests queued or running; the child is ref'ed while this is above zero. */
  waiting = 0;
  /** chunks() streams queued or running: while above zero the pool sends requests elsewhere. */
  streams = 0;
  private closed = false;

  constructor(
    private readonly repo: string,
    private readonly stats: GitTreeStats,
  ) {}

  /** Call synchronously after choosing this process: counts the request before any await. */
  object(oid: string, missing: () => Error, streaming: boolean): AsyncGenerator<Uint8Array> {
    if (this.closed) throw new Error("git tree is closed");
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid)) throw new Error(`not an object id: ${oid}`);
    this.waiting++;
    if (streaming) this.streams++;
    this.updateRef();
    // Pipelined: the request is written now and its place in the reply order taken now, so
    // many reads are in flight at once and none waits a round trip for the one before it.
    const turn = this.acquire();
    let proc: BatchProcess | undefined;
    try {
      proc = this.ensure();
      this.send(proc, `${oid}\n`);
      this.stats.requests++;
    } catch (e) {
      proc = undefined;
      void turn.then((release) => release());
      this.waiting--;
      if (streaming) this.streams--;
      throw e;
    }
    return this.serve(proc, turn, oid, missing, streaming);
  }

  private async *serve(
    proc: BatchProcess,
    turn: Promise<() => void>,
    oid: string,
    missing: () => Error,
    streaming: boolean,
  ): AsyncGenerator<Uint8Array> {
    const release = await turn;
    let left = -1; // body bytes (plus the closing LF) still to consume; -1 = no body started
    try {
      if (proc.failure) throw proc.failure;
      const header = await readLine(proc);
      if (header === `${oid} missing`) {
        left = 0; // a complete reply: the process stays in sync
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
        if (!isBlob) continue; // drain a non-blob (tree/commit) to stay in sync, then refuse it
        yield piece;
      }
      if (proc.pending.length === 0) await fill(proc);
      if (proc.pending[0] !== 0x0a) throw new Error("git cat-file reply lost its framing");
      proc.pending = proc.pending.subarray(1);
      left = 0;
      if (!isBlob) throw new Error(`object ${oid} is a ${m[2]}, not a file`);
    } finally {
      // A consumer that stops early leaves the rest of the body in the pipe: drain it so the
      // next request reads its own reply; if that fails, the next request starts a new process.
      if (left !== 0) await this.drainOrKill(proc, left);
      release();
      this.waiting--;
      if (streaming) this.streams--;
      this.updateRef();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const proc = this.proc;
    this.proc = undefined;
    if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => proc.child.kill(), 2000);
      proc.child.once("close", () => {
        clearTimeout(timer);
        resolve();
      });
      flush(proc);
      proc.stdin.end();
    });
  }

  private send(proc: BatchProcess, request: string): void {
    if (proc.outbox === "") setImmediate(() => flush(proc));
    proc.outbox += request;
  }

  private async drainOrKill(proc: BatchProcess, left: number): Promise<void> {
    try {
      if (left < 0) throw new Error("reply not framed");
      while (left > 0) {
        if (proc.pending.length === 0) await fill(proc);
        const n = Math.min(left, proc.pending.length);
        proc.pending = proc.pending.subarray(n);
        left -= n;
      }
    } catch {
      if (this.proc === proc) this.proc = undefined;
      proc.child.kill();
    }
  }

  private acquire(): Promise<() => void> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    return previous.then(() => release);
  }

  private ensure(): BatchProcess {
    if (this.proc && this.proc.child.exitCode === null && !this.proc.failure) return this.proc;
    const child = spawnGit(this.repo, ["cat-file", "--batch"]);
    this.stats.processesSpawned++;
    const stdout = child.stdout as Readable;
    const proc: BatchProcess = {
      child,
      stdin: child.stdin as Writable,
      outbox: "",
      stdout: stdout[Symbol.asyncIterator](),
      pending: Buffer.alloc(0),
      stderr: "",
    };
    child.on("error", (e) => {
      proc.failure = gitStartError(e, this.repo);
    });
    proc.stdin.on("error", () => {}); // EPIPE if git died; the reader reports it
    child.stderr?.on("data", (b: Buffer) => {
      if (proc.stderr.length < 4096) proc.stderr += b.toString("utf8");
    });
    this.proc = proc;
    this.updateRef();
    return proc;
  }

  /** Keep the event loop alive only while some request is waiting on git. */
  private updateRef(): void {
    const proc = this.proc;
    if (!proc) return;
    const handles = [proc.child, proc.child.stdin, proc.child.stdout, proc.child.stderr] as unknown as Array<{
      ref?: () => void;
      unref?: () => void;
    } | null>;
    for (const h of handles) {
      if (this.waiting > 0) h?.ref?.();
      else h?.unref?.();
    }
  }
}

function flush(proc: BatchProcess): void {
  if (proc.outbox === "") return;
  const data = proc.outbox;
  proc.outbox = "";
  proc.stdin.write(data);
}

async function fill(proc: BatchProcess): Promise<void> {
  const next = await proc.stdout.next();
  if (next.done) {
    if (proc.failure) throw proc.failure;
    throw new Error(`git cat-file stopped unexpectedly${proc.stderr ? `: ${proc.stderr.trim()}` : ""}`);
  }
  proc.pending = proc.pending.length === 0 ? next.value : Buffer.concat([proc.pending, next.value]);
}

async function readLine(proc: BatchProcess): Promise<string> {
  for (;;) {
    const i = proc.pending.indexOf(0x0a);
    if (i >= 0) {
      const line = proc.pending.subarray(0, i).toString("utf8");
      proc.pending = proc.pending.subarray(i + 1);
      return line;
    }
    if (proc.pending.length > 4096) throw new Error("git cat-file header too long");
    await fill(proc);
  }
}
