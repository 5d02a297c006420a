// Model file safety scanner: finds model files that can run code when loaded (pickles that
// import dangerous globals, Keras Lambda layers, chat templates with injection, ONNX external
// data that reads outside the model's folder) and files that are not what their format
// promises. Pure TypeScript over a stream of chunks: nothing is deserialised, memory stays
// bounded, large tensor data is skipped. Dispatches on magic bytes first, then extension.
import { Buffer } from "node:buffer";
import { ChunkReader } from "./chunk-reader.ts";
import { scanGguf } from "./gguf.ts";
import { checkKerasConfig, H5LambdaSearch, MAX_CONFIG_BYTES } from "./keras.ts";
import { NPY_MAGIC, npyHoldsPickle } from "./npy.ts";
import { scanOnnx } from "./onnx.ts";
import { pickleAdvice, reportPickle, walkPickle } from "./pickle-scan.ts";
import { scanSafetensors } from "./safetensors.ts";
import {
  DEFAULT_LIMITS,
  IssueSink,
  LimitError,
  MalformedError,
  type SafetyIssue,
  type ScanLimits,
  SourceError,
} from "./types.ts";
import { type MemberConsumer, walkZip, type ZipBudget, type ZipEntry } from "./zip-walker.ts";

export type { SafetyIssue, SafetyRuleId, SafetySeverity, ScanLimits } from "./types.ts";
export { DEFAULT_LIMITS } from "./types.ts";

const SCANNABLE =
  /\.(?:pkl|pickle|joblib|dill|pt|pth|ckpt|bin|safetensors|gguf|onnx|keras|h5|hdf5|npy|npz)$/i;
const PICKLE_EXT = /\.(?:pkl|pickle|joblib|dill|pt|pth|ckpt|bin|dat|data)$/i;
const PICKLE_MEMBER = /\.(?:pkl|pickle|joblib|dill)$/i;

/** Whether the scanner understands files with this path's extension. */
export function isScannableModelPath(path: string): boolean {
  return SCANNABLE.test(path);
}

type Kind = "zip" | "gguf" | "npy" | "h5" | "safetensors" | "onnx" | "pickle" | "unknown" | "none";

const startsWith = (b: Uint8Array, bytes: number[]) => bytes.every((x, i) => b[i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Opcodes a protocol 0/1 pickle can start with. */
const PICKLE_START = new Set(ascii("(.)]}NIJKLFGSTUVXcdilpPgh"));

function detect(path: string, magic: Uint8Array, size: number): Kind {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? "";
  if (startsWith(magic, [0x50, 0x4b, 0x03, 0x04]) || startsWith(magic, [0x50, 0x4b, 0x05, 0x06]))
    return "zip";
  if (startsWith(magic, ascii("GGUF"))) return "gguf";
  if (startsWith(magic, NPY_MAGIC)) return "npy";
  if (startsWith(magic, [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a])) return "h5";
  if (ext === "safetensors") return "safetensors";
  if (magic.length >= 9 && magic[8] === 0x7b) {
    const n = new DataView(magic.buffer, magic.byteOffset, 8).getBigUint64(0, true);
    if (n >= 2n && n + 8n <= BigInt(size)) return "safetensors";
  }
  if (ext === "onnx") return "onnx";
  if (magic[0] === 0x80 && (magic[1] ?? 99) <= 5) return "pickle";
  if (ext === "keras" || ext === "npz" || ext === "gguf" || ext === "npy") return "unknown";
  if (PICKLE_EXT.test(path)) return ext === "bin" && !PICKLE_START.has(magic[0] ?? -1) ? "unknown" : "pickle";
  if (ext === "h5" || ext === "hdf5") return "unknown";
  return "none";
}

async function* rest(reader: ChunkReader): AsyncGenerator<Uint8Array> {
  for (;;) {
    const c = await reader.next();
    if (!c) return;
    yield c;
  }
}

interface Ctx {
  path: string;
  sink: IssueSink;
  budget: ZipBudget;
  limits: ScanLimits;
}

/**
 * Scans one model file. `chunks` yields its bytes (it may be called more than once); `size`
 * is its length in bytes. Never throws for bad content (that is an issue); errors reading the
 * bytes propagate.
 */
export async function scanModelFile(
  path: string,
  chunks: () => AsyncIterable<Uint8Array>,
  size: number,
  limits: Partial<ScanLimits> = {},
): Promise<SafetyIssue[]> {
  const lim: ScanLimits = { ...DEFAULT_LIMITS, ...limits };
  const sink = new IssueSink(lim.maxIssues);
  const ctx: Ctx = {
    path,
    sink,
    limits: lim,
    budget: { inflated: 0, members: 0, maxInflated: lim.maxInflatedBytes, maxMembers: lim.maxMembers },
  };
  const reader = new ChunkReader(chunks());
  let kind: Kind = "none";
  try {
    kind = detect(path, await reader.peek(16), size);
    await scanKind(kind, reader, size, ctx);
  } catch (e) {
    if (e instanceof SourceError) throw e.cause;
    const what = kind === "none" || kind === "unknown" ? "file" : `${kind} file`;
    if (e instanceof MalformedError) {
      sink.add(
        "safety/unsafe-format",
        "error",
        `${path} is not a valid ${what}: ${e.message}; it cannot be checked, so re-export it or remove it`,
      );
    } else if (e instanceof LimitError) {
      sink.add(
        "safety/unsafe-format",
        "error",
        `${path}: ${e.message}; the rest of the ${what} was not scanned`,
      );
    } else {
      sink.add(
        "safety/unsafe-format",
        "error",
        `${path} could not be scanned (${e instanceof Error ? e.message : String(e)}); treat it as unchecked`,
      );
    }
  } finally {
    await reader.close();
  }
  return sink.finish(path);
}

async function scanKind(kind: Kind, reader: ChunkReader, size: number, ctx: Ctx): Promise<void> {
  const { path, sink } = ctx;
  switch (kind) {
    case "zip":
      return scanZip(reader, ctx, 0, "");
    case "gguf":
      return scanGguf(reader, path, sink);
    case "safetensors":
      return scanSafetensors(reader, size, path, sink);
    case "onnx":
      return scanOnnx(reader, path, sink);
    case "pickle":
      return reportPickle(await walkPickle(rest(reader)), `${path}: pickle`, pickleAdvice(path), sink, {
        allowGlobals: ctx.limits.allowGlobals,
      });
    case "npy":
      if (await npyHoldsPickle(reader))
        reportPickle(
          await walkPickle(rest(reader)),
          `${path}: object array pickle`,
          pickleAdvice(path),
          sink,
          { allowGlobals: ctx.limits.allowGlobals },
        );
      return;
    case "h5": {
      const search = new H5LambdaSearch();
      for await (const c of rest(reader)) {
        search.feed(c);
        if (search.found) break;
      }
      if (search.found)
        sink.add(
          "safety/unsafe-format",
          "error",
          `${path} has a Keras Lambda layer, which runs arbitrary Python code when the model is loaded; replace it with a built-in or registered layer`,
        );
      return;
    }
    case "unknown":
      sink.add(
        "safety/unsafe-format",
        "warning",
        `${path} is not in a format the scanner recognises from its content; it was not scanned, so review where it came from`,
      );
      return;
    case "none":
      return;
  }
}

async function scanZip(reader: ChunkReader, ctx: Ctx, depth: number, prefix: string): Promise<void> {
  const { path, sink } = ctx;
  const isKeras = depth === 0 && /\.keras$/i.test(path);
  let kerasMetadata = false;
  const onMember = (e: ZipEntry): MemberConsumer | null => {
    const member = `${prefix}${e.name}`;
    const isConfig = depth === 0 && e.name === "config.json" && (isKeras || kerasMetadata);
    const wanted = PICKLE_MEMBER.test(e.name) || isConfig;
    if (e.encrypted || (e.method !== 0 && e.method !== 8)) {
      if (wanted)
        sink.add(
          "safety/unsafe-format",
          "error",
          `${path}: member ${member} cannot be read (${e.encrypted ? "encrypted" : `compression method ${e.method}`}), so it was not scanned; re-save the archive without it`,
        );
      return null;
    }
    if (PICKLE_MEMBER.test(e.name)) {
      return async (data) =>
        reportPickle(await walkPickle(data), `${path}: pickle member ${member}`, pickleAdvice(path), sink, {
          allowGlobals: ctx.limits.allowGlobals,
        });
    }
    if (isConfig)
      return async (data) => checkKerasConfig(await collect(data, MAX_CONFIG_BYTES, member), `${path}`, sink);
    if (depth === 0 && e.name === "metadata.json") {
      return async (data) => {
        kerasMetadata = (await collect(data, 1024 * 1024, member)).includes('"keras_version"');
      };
    }
    // Any other member: look at its first bytes for a nested archive or a pickle.
    return async (data) => {
      const inner = new ChunkReader(data);
      try {
        const magic = await inner.peek(8);
        if (startsWith(magic, [0x50, 0x4b, 0x03, 0x04])) {
          if (depth + 1 > ctx.limits.maxZipDepth)
            throw new LimitError(`archives are nested more than ${ctx.limits.maxZipDepth} deep (${member})`);
          await scanZip(inner, ctx, depth + 1, `${member}!`);
        } else if (startsWith(magic, NPY_MAGIC)) {
          if (await npyHoldsPickle(inner))
            reportPickle(
              await walkPickle(rest(inner)),
              `${path}: object array pickle in member ${member}`,
              pickleAdvice(path),
              sink,
              { allowGlobals: ctx.limits.allowGlobals },
            );
        } else if (magic[0] === 0x80 && (magic[1] ?? 99) <= 5 && PICKLE_EXT.test(e.name)) {
          reportPickle(
            await walkPickle(rest(inner)),
            `${path}: pickle member ${member}`,
            pickleAdvice(path),
            sink,
            { allowGlobals: ctx.limits.allowGlobals },
          );
        }
      } catch (err) {
        if (err instanceof MalformedError) throw new MalformedError(`member ${member}: ${err.message}`);
        throw err;
      } finally {
        await inner.close();
      }
    };
  };
  await walkZip(reader, ctx.budget, onMember);
}

async function collect(data: AsyncIterable<Uint8Array>, max: number, member: string): Promise<string> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const c of data) {
    total += c.length;
    if (total > max) throw new LimitError(`member ${member} is larger than ${max} bytes`);
    parts.push(c.slice());
  }
  return Buffer.concat(parts).toString("utf8");
}
