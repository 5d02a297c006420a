// Turns what the pickle walker found into issues, and scans one pickle stream.
import { classifyGlobal } from "./pickle-globals.ts";
import { type PickleSummary, PickleWalker } from "./pickle-walker.ts";
import type { IssueSink } from "./types.ts";

/** Feeds a stream of chunks to a walker; stops pulling as soon as the walker is done. */
export async function walkPickle(chunks: AsyncIterable<Uint8Array>): Promise<PickleSummary> {
  const w = new PickleWalker();
  for await (const c of chunks) {
    w.feed(c);
    if (w.finished) break;
  }
  return w.finish();
}

/** What to tell the user to do, by file kind. */
export function pickleAdvice(path: string): string {
  return /\.(pt|pth|ckpt|bin)$/i.test(path)
    ? "convert the checkpoint to safetensors"
    : "use a format that cannot run code (safetensors) or review where the file came from";
}

const LIST_MAX = 8;

/**
 * Reports a walked pickle. `label` names it ("models/x.pt: pickle member archive/data.pkl").
 */
export function reportPickle(s: PickleSummary, label: string, advice: string, sink: IssueSink): void {
  if (s.invalid !== null) {
    sink.add(
      "safety/unsafe-format",
      "error",
      `${label} is not a valid pickle (${s.invalid}); a loader may still run what comes before the error, so ${advice}`,
    );
  }
  const unknown: string[] = [];
  for (const imp of s.imports) {
    const verdict = classifyGlobal(imp.module, imp.name);
    const what = `${imp.module}.${imp.name}`;
    if (verdict === "dangerous") {
      sink.add(
        "safety/unsafe-pickle",
        "error",
        `${label} imports ${what} (can run code on load; ${imp.via} at byte ${imp.offset}); ${advice}`,
      );
    } else if (verdict === "unknown" && imp.trusted) {
      unknown.push(what);
    }
  }
  if (unknown.length > 0) {
    const shown = unknown.slice(0, LIST_MAX).join(", ");
    const more = unknown.length > LIST_MAX ? ` and ${unknown.length - LIST_MAX} more` : "";
    sink.add(
      "safety/unsafe-pickle",
      "warning",
      `${label} imports ${unknown.length === 1 ? "a global" : `${unknown.length} globals`} not on the allow list: ${shown}${more}; loading it imports and may call them, so review them or ${advice}`,
    );
  }
  for (const o of s.oddities) {
    if (!o.trusted) continue;
    if (o.kind === "unresolved-stack-global") {
      sink.add(
        "safety/unsafe-pickle",
        "error",
        `${label} imports a global with STACK_GLOBAL at byte ${o.offset} whose module or name cannot be resolved statically (an obfuscation trick); ${advice}`,
      );
    } else {
      sink.add(
        "safety/unsafe-pickle",
        "error",
        `${label} imports through the copyreg extension registry (EXT opcode at byte ${o.offset}), which cannot be checked; ${advice}`,
      );
    }
  }
  if (s.trailingAt !== null && s.imports.some((i) => i.module.startsWith("joblib.numpy_pickle"))) {
    sink.add(
      "safety/unsafe-format",
      "warning",
      `${label}: joblib array data at byte ${s.trailingAt} stops the scan; the rest of the file was not checked, so ${advice}`,
    );
  }
}
