// Where the engine's CPU-heavy parsing runs: in this thread, or on a small pool of worker
// threads so that parsing overlaps the git reads and the checks on a second core. Results are
// the same either way (test/perf/workers.e2e.test.ts compares whole reports).
//
// Workers are used only from the bundle (dist/parse-worker.js beside dist/cli.js and
// dist/index.js; scripts/build.mjs defines __MODEL_GATE_BUNDLE__), and only with enough work.
// MODEL_GATE_WORKERS=0 turns them off; MODEL_GATE_WORKERS=n asks for n whatever the work, and
// gives them every job (none parsed in the main thread), for tests and diagnosis.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { UserError } from "../core/errors.ts";
import { parseEvidence } from "../evidence/parse.ts";
import type { EvidenceParse } from "../evidence/types.ts";
import { type LoadManifestResult, loadManifest } from "../manifest/load.ts";
import type { EvidenceTool } from "../manifest/model.ts";
import { type ManifestReply, manifestFromReply, type ParseJob, type ParseReply } from "./parse-jobs.ts";

declare const __MODEL_GATE_BUNDLE__: boolean | undefined;

/** node:worker_threads, loaded when the first worker starts: most runs start none (issue 13). */
const workerThreads = (): typeof import("node:worker_threads") =>
  createRequire(import.meta.url)("node:worker_threads");

export interface Parser {
  loadManifest(file: string, bytes: Uint8Array): Promise<LoadManifestResult>;
  parseEvidence(tool: EvidenceTool, bytes: Uint8Array): Promise<EvidenceParse>;
  /** Stops the workers, if any. */
  close(): Promise<void>;
}

export const inThreadParser: Parser = {
  loadManifest: async (file, bytes) => loadManifest(file, bytes),
  parseEvidence: async (tool, bytes) => parseEvidence(tool, bytes),
  close: async () => {},
};

/** Below this many manifest files, starting a worker costs more than it saves. The two broke
 * even near 1,000 models when YAML parsing was most of the work; with the fast YAML path a
 * model's parsing costs about a third of what it did (bench/run.mjs on 2 cores), and at 1,000
 * models in-thread parsing is as fast and keeps the workers' heap (about 20 MB) out of the peak. */
export const MIN_MANIFESTS_FOR_WORKERS = 4000;
const MAX_WORKERS = 3;

/** How many workers to start for `manifests` manifest files; 0 for in-thread parsing. */
export function workerCount(
  manifests: number,
  env: string | undefined,
  cores: number,
  bundled: boolean,
): number {
  if (!bundled) return 0;
  if (env !== undefined && env !== "") {
    if (!/^\d{1,2}$/.test(env))
      throw new UserError(
        `MODEL_GATE_WORKERS must be a whole number of worker threads (got ${JSON.stringify(env)})`,
        {},
        "set it to 0 to parse in the main thread, or unset it",
      );
    return Math.min(Number(env), 16);
  }
  if (manifests < MIN_MANIFESTS_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(cores - 1, MAX_WORKERS));
}

/**
 * The parser for a run reading `manifests` manifest files. Close it when done. `workers` is
 * MODEL_GATE_WORKERS as the shell read it: the engine reads no environment itself.
 */
export function openParser(manifests: number, workers?: string): Parser {
  const bundled = typeof __MODEL_GATE_BUNDLE__ !== "undefined" && __MODEL_GATE_BUNDLE__ === true;
  const n = workerCount(manifests, workers, availableParallelism(), bundled);
  if (n === 0) return inThreadParser;
  const script = new URL("./parse-worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(script))) {
    // A bundle copied without its worker file still works, in one thread, unless workers were
    // asked for by name (the end-to-end test relies on that to know the workers ran).
    if (workers) throw new Error(`MODEL_GATE_WORKERS is set but ${script} is missing`);
    return inThreadParser;
  }
  return new WorkerPool(script, n, Boolean(workers));
}

interface Slot {
  worker: Worker;
  pending: number;
}

interface Queued {
  job: ParseJob;
  resolve(v: ParseReply | LoadManifestResult): void;
  reject(e: Error): void;
}

type Reply = { id: number; ok: true; value: ParseReply } | { id: number; ok: false; stack: string };

/** Jobs posted to a worker ahead of its replies, so it never waits on the main thread. */
const IN_FLIGHT = 4;

/**
 * Workers take jobs as they free up; the main thread takes one queued job per
 * turn of its event loop (setImmediate runs after pending I/O), so both cores parse while git
 * keeps streaming. With `workersOnly` (MODEL_GATE_WORKERS=n) every job goes to a worker.
 */
class WorkerPool implements Parser {
  private readonly slots: Slot[];
  private readonly waiting = new Map<number, { slot: Slot } & Omit<Queued, "job">>();
  private readonly queue: Queued[] = [];
  private nextId = 1;
  private failure: Error | undefined;
  private localScheduled = false;

  constructor(
    script: URL,
    size: number,
    private readonly workersOnly: boolean,
  ) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = {
        // A larger young generation: parsing makes much short-lived garbage, fewer scavenges.
        worker: new (workerThreads().Worker)(script, {
          resourceLimits: { maxYoungGenerationSizeMb: 48 },
        }),
        pending: 0,
      };
      slot.worker.unref(); // ref'ed only while a job waits on it
      slot.worker.on("message", (m: Reply) => this.settle(m));
      slot.worker.on("error", (e) => this.fail(new Error(`a parse worker failed (a bug): ${e.stack ?? e}`)));
      slot.worker.on("exit", (code) => {
        if (slot.pending > 0) this.fail(new Error(`a parse worker exited (code ${code}) with jobs pending`));
      });
      return slot;
    });
  }

  async loadManifest(file: string, bytes: Uint8Array): Promise<LoadManifestResult> {
    const r = await this.run({ kind: "manifest", file, bytes });
    return "table" in r ? manifestFromReply(r as ManifestReply) : (r as LoadManifestResult);
  }

  async parseEvidence(tool: EvidenceTool, bytes: Uint8Array): Promise<EvidenceParse> {
    return (await this.run({ kind: "evidence", tool, bytes })) as EvidenceParse;
  }

  async close(): Promise<void> {
    this.failure ??= new Error("the parse pool is closed");
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private run(job: ParseJob): Promise<ParseReply | LoadManifestResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.pending < IN_FLIGHT && this.queue.length > 0) this.post(slot, this.queue.shift() as Queued);
    }
    if (!this.workersOnly && this.queue.length > 0 && !this.localScheduled) {
      this.localScheduled = true;
      setImmediate(() => this.runLocal());
    }
  }

  private post(slot: Slot, q: Queued): void {
    const id = this.nextId++;
    this.waiting.set(id, { slot, resolve: q.resolve, reject: q.reject });
    if (slot.pending++ === 0) slot.worker.ref();
    // A private copy, handed over rather than cloned: the caller's bytes stay usable.
    const job = { ...q.job, bytes: q.job.bytes.slice() };
    slot.worker.postMessage({ id, job }, [job.bytes.buffer as ArrayBuffer]);
  }

  private runLocal(): void {
    this.localScheduled = false;
    const q = this.queue.shift();
    if (q) {
      const { job } = q;
      try {
        q.resolve(
          job.kind === "manifest" ? loadManifest(job.file, job.bytes) : parseEvidence(job.tool, job.bytes),
        );
      } catch (e) {
        q.reject(e as Error);
      }
    }
    this.pump();
  }

  private settle(m: Reply): void {
    const w = this.waiting.get(m.id);
    if (!w) return;
    this.waiting.delete(m.id);
    if (--w.slot.pending === 0) w.slot.worker.unref();
    if (m.ok) w.resolve(m.value);
    else w.reject(new Error(`a parse worker threw (a bug):\n${m.stack}`));
    this.pump();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const [id, w] of this.waiting) {
      this.waiting.delete(id);
      w.slot.pending = 0;
      w.slot.worker.unref();
      w.reject(e);
    }
    for (const q of this.queue.splice(0)) q.reject(e);
  }
}
