// What the first bytes of a file say it is, and which names are model files.
import { Buffer } from "node:buffer";

const PICKLE_CAPABLE = "pkl|pickle|dill|joblib|pt|pth|ckpt|bin|npy|npz|data|dat";
const COMPRESSED = "gz|bz2|xz|lzma|z";
const OTHER_FORMATS = "safetensors|gguf|onnx|keras|h5|hdf5|tflite|pb|mlmodel|7z|tar";
const MODEL_NAME = new RegExp(`\\.(?:(?:${PICKLE_CAPABLE})(?:\\.(?:${COMPRESSED}))?|${OTHER_FORMATS})$`, "i");
export const PICKLE_NAME = new RegExp(`\\.(?:${PICKLE_CAPABLE})(?:\\.(?:${COMPRESSED}))?$`, "i");

/**
 * Whether a path names a model file (SPEC 9 "Model files"): case-insensitive extension, the
 * pickle-capable ones with or without a compression suffix, and every other format the
 * scanner reads.
 */
export function isModelFileName(path: string): boolean {
  return MODEL_NAME.test(path);
}

export const startsWith = (b: Uint8Array, bytes: number[]) => bytes.every((x, i) => b[i] === x);
export const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
export const SEVEN_ZIP = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
export const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
export const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** How much of a file detection looks at (a tar header is 512 bytes). */
export const MAGIC_BYTES = 512;

/** Opcodes a protocol 0/1 pickle can start with. */
export const PICKLE_START = new Set(ascii("(.)]}NIJKLFGSTUVXcdilpPgh"));

export const isProtocol2Pickle = (m: Uint8Array) => m[0] === 0x80 && (m[1] ?? 99) <= 5 && m.length > 2;

export function looksLikeSafetensors(m: Uint8Array, size: number | null): boolean {
  if (m.length < 10 || m[8] !== 0x7b) return false;
  const n = new DataView(m.buffer, m.byteOffset, 8).getBigUint64(0, true);
  return n >= 2n && (size === null ? n < 100n * 1024n * 1024n : n + 8n <= BigInt(size));
}

/** Printable UTF-8 with no NUL: a text file (JSON, YAML, a README). */
export function looksLikeText(m: Uint8Array): boolean {
  if (m.length === 0) return true;
  if (m.includes(0)) return false;
  for (const b of m) if (b < 9 || (b > 13 && b < 32)) return false;
  // The sample may end inside a multi-byte character.
  const whole = m.length >= MAGIC_BYTES ? m.subarray(0, m.length - 3) : m;
  return Buffer.from(whole).toString("utf8").indexOf("\uFFFD") < 0;
}
