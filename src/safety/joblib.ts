// joblib dumps: NumPy arrays are written inside the pickle, right after each
// NumpyArrayWrapper is built, and joblib's unpickler reads them from the file when BUILD
// completes the wrapper (an object array is a whole pickle of its own, read with pickle.load).
// This pass follows that reader: it evaluates the pickle's plain data (strings, numbers,
// tuples, dicts; it never calls or imports anything) far enough to know each wrapper's shape
// and dtype, cuts the array bytes out, and hands the opcodes alone to the pickle walker, so
// every opcode before, between and after the arrays is judged, to the end of the file.
import type { ChunkReader } from "./chunk-reader.ts";
import {
  classOf,
  dictGet,
  Evaluator,
  isGlobal,
  itemsOf,
  type ReadAfterBuild,
  type Value,
} from "./pickle-eval.ts";
import { reportPickle, walkPickle } from "./pickle-scan.ts";
import { type IssueSink, MalformedError } from "./types.ts";

const isWrapper = (o: Value) =>
  isGlobal(classOf(o), (m, n) => m === "joblib.numpy_pickle" && n === "NumpyArrayWrapper");

/** Bytes per element and whether elements are Python objects, from a pickled numpy dtype. */
function dtypeInfo(dt: Value): { itemsize: number; objects: boolean } | null {
  if (typeof dt !== "object" || dt === null || dt.t !== "object") return null;
  if (!isGlobal(dt.cls, (m, n) => m.startsWith("numpy") && (n === "dtype" || n.endsWith("DType"))))
    return null;
  const code = itemsOf(dt.args)?.[0];
  if (typeof code !== "string") return null;
  const state = itemsOf(dt.state);
  const subarray = state?.[2];
  if (subarray !== undefined && subarray !== null) return null;
  const elsize = state?.[5];
  const flags = state?.[7];
  const objects = code.startsWith("O") || (typeof flags === "number" && (flags & 1) === 1);
  if (typeof elsize === "number" && elsize > 0) return { itemsize: elsize, objects };
  const m = /^[<>|=]?([a-zA-Z?])(\d*)$/.exec(code);
  if (!m) return null;
  const [, letter, digits] = m as unknown as [string, string, string];
  const n = digits === "" ? null : Number(digits);
  if (letter === "O") return { itemsize: 8, objects: true };
  if (letter === "U") return n === null ? null : { itemsize: 4 * n, objects };
  if ("biufcVSaMm".includes(letter))
    return n === null ? (letter === "b" ? { itemsize: 1, objects } : null) : { itemsize: n, objects };
  return null;
}

/** The array a wrapper's state describes: bytes to skip, or a nested pickle. */
function arrayLayout(state: Value): { bytes: number; objects: boolean; padded: boolean } | null {
  const shape = itemsOf(dictGet(state, "shape") ?? null);
  const dt = dtypeInfo(dictGet(state, "dtype") ?? null);
  if (!shape || !dt) return null;
  let count = 1;
  for (const d of shape) {
    if (typeof d !== "number" || !Number.isSafeInteger(d) || d < 0) return null;
    count *= d;
  }
  const bytes = count * dt.itemsize;
  if (!Number.isSafeInteger(bytes)) return null;
  const align = dictGet(state, "numpy_array_alignment_bytes");
  return { bytes, objects: dt.objects, padded: align !== undefined && align !== null };
}

/**
 * Scans a joblib dump from the reader's start: the pickle around the arrays, and every
 * object array's own pickle (read with plain pickle.load, so arrays in it are not special).
 */
export async function scanJoblib(
  reader: ChunkReader,
  label: string,
  advice: string,
  sink: IssueSink,
  allowGlobals?: readonly string[],
): Promise<void> {
  const options = { allowGlobals };
  const readArray: ReadAfterBuild = (obj, state) => {
    if (!isWrapper(obj)) return null;
    const layout = arrayLayout(state);
    if (!layout)
      throw new MalformedError(
        "a joblib array's shape or dtype cannot be read, so where the pickle goes on cannot be known",
      );
    return async (r) => {
      if (layout.objects) {
        const at = r.position;
        const inner = new Evaluator(r);
        reportPickle(
          await walkPickle(inner.run()),
          `${label}: object array pickle at byte ${at}`,
          advice,
          sink,
          options,
        );
        if (!inner.stopped) throw new MalformedError(`the object array pickle at byte ${at} does not end`);
        return;
      }
      if (layout.padded) {
        const pad = await r.read(1);
        if (pad.length < 1) throw new MalformedError("a joblib array is truncated");
        await r.skip(pad[0] as number);
      }
      if ((await r.skip(layout.bytes)) !== layout.bytes)
        throw new MalformedError("a joblib array is truncated");
    };
  };
  const outer = new Evaluator(reader, readArray);
  const summary = await walkPickle(
    (async function* () {
      yield* outer.run();
      // After the dump: whatever follows is walked as it is.
      for (;;) {
        const c = await reader.next();
        if (!c) return;
        yield c;
      }
    })(),
  );
  reportPickle(summary, `${label}: pickle`, advice, sink, options);
}
