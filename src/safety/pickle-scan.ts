// Turns what the pickle walker found into issues, and walks pickle streams.
import { judgeGlobal } from "./pickle-globals.ts";
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

/** A name from the file as it can be shown: control characters escaped, length capped. */
function printable(s: string): string {
  const shown = s.length > 200 ? `${s.slice(0, 200)}...` : s;
  return shown.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
}

export interface PickleReportOptions {
  /** The base policy's scan.allowGlobals ("module.Name", "module.*"). */
  allowGlobals?: readonly string[];
  /**
   * What to do when nothing in the bytes was a pickle: "error" reports them as an invalid
   * pickle (a file that claims to be one); "silent" leaves it to the caller (not-scanned).
   */
  notPickle?: "error" | "silent";
}

/**
 * Reports a walked pickle. `label` names it ("models/x.pt: pickle member archive/data.pkl").
 * Allow-list first (SPEC 9): an import that is denied, or not allowed, is an error.
 */
export function reportPickle(
  s: PickleSummary,
  label: string,
  advice: string,
  sink: IssueSink,
  options: PickleReportOptions = {},
): void {
  const allow = options.allowGlobals ?? [];
  if (s.invalid !== null && (s.pickle || options.notPickle !== "silent")) {
    sink.add(
      "unsafe-format",
      "error",
      `${label} is not a valid pickle (${s.invalid}); a loader may still run what comes before the error, so ${advice}`,
    );
  }
  if (s.unfollowed !== null) {
    sink.add(
      "unsafe-format",
      "error",
      `${label}: the scan stopped at ${s.unfollowed}, where a loader would read on; the rest was not checked, so ${advice}`,
    );
  }
  for (const a of s.anomalies) {
    sink.add("unsafe-format", "error", `${label}: ${a.reason}; ${advice}`);
  }
  const unknown: string[] = [];
  for (const imp of s.imports) {
    const judged = judgeGlobal(imp.module, imp.name, allow);
    const what = printable(`${imp.module}.${imp.name}`);
    if (judged.verdict === "dangerous") {
      sink.add(
        "unsafe-pickle",
        "error",
        `${label} imports ${what}, which is on the deny list (it ${judged.why}; ${imp.via} at byte ${imp.offset}); remove it: ${advice}`,
      );
    } else if (judged.verdict === "unknown") {
      unknown.push(what);
    }
  }
  if (unknown.length > 0) {
    const shown = unknown.slice(0, LIST_MAX).join(", ");
    const more = unknown.length > LIST_MAX ? ` and ${unknown.length - LIST_MAX} more` : "";
    const one = unknown.length === 1;
    sink.add(
      "unsafe-pickle",
      "error",
      `${label} imports ${one ? "a global" : `${unknown.length} globals`} not on the allow list: ${shown}${more}; loading the file imports ${one ? "it" : "them"} and may call ${one ? "it" : "them"}. Remove ${one ? "it" : "them"} (${advice}), or, if ${one ? "it is a class" : "they are classes"} you trust, add ${one ? "it" : "them"} to scan.allowGlobals in the base branch's policy`,
    );
  }
  for (const o of s.oddities) {
    if (o.kind === "unresolved-stack-global") {
      sink.add(
        "unsafe-pickle",
        "error",
        `${label} imports a global with STACK_GLOBAL at byte ${o.offset} whose module or name cannot be resolved statically (an obfuscation trick); ${advice}`,
      );
    } else {
      sink.add(
        "unsafe-pickle",
        "error",
        `${label} imports through the copyreg extension registry (EXT opcode at byte ${o.offset}), which cannot be checked; ${advice}`,
      );
    }
  }
  if (s.trailingAt !== null && s.imports.some((i) => i.module.startsWith("joblib.numpy_pickle"))) {
    sink.add(
      "unsafe-format",
      "warning",
      `${label}: joblib array data at byte ${s.trailingAt} stops the scan; the rest of the file was not checked, so ${advice}`,
    );
  }
}
