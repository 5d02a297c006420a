// Entry point of a parse worker thread (bundled to dist/parse-worker.js). No I/O: it receives
// bytes, parses them, and posts plain data back. A throw here is a bug, sent back with its stack.
import { parentPort } from "node:worker_threads";
import { type ParseJob, runParseJob } from "./parse-jobs.ts";

const port = parentPort;
if (!port) throw new Error("parse-worker.js runs only as a worker thread");
port.on("message", (message: { id: number; job: ParseJob }) => {
  try {
    port.postMessage({ id: message.id, ok: true, value: runParseJob(message.job) });
  } catch (e) {
    port.postMessage({ id: message.id, ok: false, stack: (e as Error)?.stack ?? String(e) });
  }
});
