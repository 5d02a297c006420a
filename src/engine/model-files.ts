// Which changed files are model files (SPEC section 9): by extension, case-insensitively, the
// policy's `artifacts` patterns plus every format the scanner reads, with the pickle-capable
// ones also under a .gz/.bz2/.xz wrapper. The base policy's `ignore` globs exclude paths (test
// fixtures). Files with other names are recognised by content (engine/scan.ts).
import picomatch from "picomatch";
import type { Policy } from "../policy/types.ts";

const PICKLE_CAPABLE = "pkl|pickle|dill|joblib|pt|pth|ckpt|bin|npy|npz|data|dat";
const OTHER_FORMATS = "safetensors|gguf|ggml|onnx|keras|h5|hdf5|tflite|pb|mlmodel|msgpack|7z";
const MODEL_EXTENSION = new RegExp(
  `\\.(?:(?:${PICKLE_CAPABLE})(?:\\.(?:gz|bz2|xz|z|lzma))?|${OTHER_FORMATS})$`,
  "i",
);

/** Whether a file name has one of the model extensions the gate always knows. */
function hasModelExtension(path: string): boolean {
  return MODEL_EXTENSION.test(path);
}

export interface ModelFileMatcher {
  (path: string): boolean;
  /** Excluded by the policy's `ignore` globs. */
  ignored(path: string): boolean;
}

export function modelFileMatcher(policy: Pick<Policy, "artifacts" | "ignore">): ModelFileMatcher {
  const patterns = policy.artifacts.length
    ? picomatch([...policy.artifacts], { dot: true, nocase: true })
    : () => false;
  const ignore = policy.ignore?.length ? picomatch([...policy.ignore], { dot: true }) : () => false;
  const f = ((p: string) => !ignore(p) && (hasModelExtension(p) || patterns(p))) as ModelFileMatcher;
  f.ignored = (p) => ignore(p);
  return f;
}
