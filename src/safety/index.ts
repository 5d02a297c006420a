// Model file safety scanner: finds model files that can run code when loaded (pickles that
// import dangerous globals, Keras Lambda layers, chat templates with injection, ONNX external
// data that reads outside the model's folder) and files that are not what their format
// promises. Pure TypeScript over a stream of chunks: nothing is deserialised, memory stays
// bounded, large tensor data is skipped. Dispatches on content first (magic bytes), whatever
// the name; archives, compression wrappers and containers are opened and their members
// scanned by content in turn.
import { Buffer } from "node:buffer";
import { ChunkReader, rest } from "./chunk-reader.ts";
import { scanGguf } from "./gguf.ts";
import { findH5Superblock, H5_MAGIC, scanH5 } from "./hdf5.ts";
import { scanJoblib } from "./joblib.ts";
import { checkKerasConfig, MAX_CONFIG_BYTES } from "./keras.ts";
import {
  ascii,
  isProtocol2Pickle,
  looksLikeSafetensors,
  looksLikeText,
  MAGIC_BYTES,
  PICKLE_NAME,
  PICKLE_START,
  SEVEN_ZIP,
  startsWith,
  ZIP_EMPTY,
  ZIP_LOCAL,
} from "./magic.ts";
import { NPY_MAGIC, npyHoldsPickle } from "./npy.ts";
import { scanOnnx } from "./onnx.ts";
import { pickleAdvice, reportPickle, walkPickle } from "./pickle-scan.ts";
import { scanSafetensors } from "./safetensors.ts";
import { isTarHeader, walkTar } from "./tar.ts";
import { isLegacyTorchMember, scanLegacyTorchMember } from "./torch-legacy.ts";
import {
  DEFAULT_LIMITS,
  IssueSink,
  LimitError,
  MalformedError,
  MemberError,
  type SafetyIssue,
  type ScanLimits,
  SourceError,
  UnreadableError,
} from "./types.ts";
import { READABLE_WRAPPERS, sniffWrapper, unwrap, type Wrapper } from "./wrappers.ts";
import { lastXzStreamSize } from "./xz.ts";
import {
  isReadableMethod,
  type MemberConsumer,
  walkZip,
  type ZipBudget,
  type ZipEntry,
  zipStartFromTail,
} from "./zip-walker.ts";

export { isModelFileName } from "./magic.ts";
export { sniffModelContent } from "./sniff.ts";
export type { SafetyIssue, ScanLimits } from "./types.ts";

type Kind =
  | "zip"
  | "gguf"
  | "npy"
  | "h5"
  | "safetensors"
  | "onnx"
  | "pickle"
  | "tar"
  | "7z"
  | "wrapper"
  | "text"
  | "unknown";

function detect(magic: Uint8Array, name: string, size: number | null): Kind {
  if (startsWith(magic, ZIP_LOCAL) || startsWith(magic, ZIP_EMPTY)) return "zip";
  if (startsWith(magic, ascii("GGUF"))) return "gguf";
  if (startsWith(magic, NPY_MAGIC)) return "npy";
  if (startsWith(magic, H5_MAGIC)) return "h5";
  if (startsWith(magic, SEVEN_ZIP)) return "7z";
  if (isProtocol2Pickle(magic)) return "pickle";
  if (looksLikeSafetensors(magic, size)) return "safetensors";
  if (sniffWrapper(magic) !== null && sniffWrapper(magic) !== "zlib") return "wrapper";
  if (magic.length >= MAGIC_BYTES && isTarHeader(magic.subarray(0, MAGIC_BYTES))) return "tar";
  if (/\.safetensors$/i.test(name)) return "safetensors";
  if (/\.onnx$/i.test(name)) return "onnx";
  if (sniffWrapper(magic) === "zlib") return "wrapper";
  // A pickle-capable name is walked as pickle streams whatever the first byte (PROTO is optional).
  if (PICKLE_START.has(magic[0] ?? -1) || PICKLE_NAME.test(name)) return "pickle";
  if (looksLikeText(magic)) return "text";
  return "unknown";
}

interface Ctx {
  path: string;
  sink: IssueSink;
  budget: ZipBudget;
  limits: ScanLimits;
  advice: string;
  /** What the file itself was read as, for messages. */
  kind?: Kind;
  /** An xz decoder is open (the WebAssembly decoder serves one stream at a time). */
  xzOpen?: boolean;
  /** The file's last bytes, while they are kept. */
  tail?: TailTap;
  /** Keep the file's last bytes although it is a wrapper (to count its xz streams). */
  keepTail?: boolean;
}

interface Where {
  /** The archive member path ("a/b", nested "inner.zip!a/b"), null for the file itself. */
  member: string | null;
  /** Wrappers the stream came through ("gzip"), outermost first. */
  via: string[];
  /** The name whose extension tells what loaders would do with it (the path or member name). */
  name: string;
  /** Archive and wrapper nesting so far. */
  depth: number;
  /** A whole file (unrecognised content is reported) rather than a member (data is normal). */
  top: boolean;
}

/** How findings name a stream: "m.pt", "m.pt: member a/b", with its wrappers. */
function labelOf(at: Where, ctx: Ctx, what?: string): string {
  const via = at.via.length > 0 ? ` (inside ${at.via.join(" inside ")})` : "";
  if (what === undefined) return `${ctx.path}${at.member !== null ? `: member ${at.member}` : ""}${via}`;
  return `${ctx.path}: ${what}${at.member !== null ? ` ${what === "pickle" ? "member" : "in member"} ${at.member}` : ""}${via}`;
}

/**
 * Scans one model file by content, whatever its name. `chunks` yields its bytes (it may be
 * called more than once); `size` is its length in bytes. Never throws for bad content (that is
 * an issue); errors reading the bytes propagate.
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
    advice: pickleAdvice(path),
    budget: { inflated: 0, members: 0, maxInflated: lim.maxInflatedBytes, maxMembers: lim.maxMembers },
  };
  await guarded(ctx, path, async () => {
    const tail = new TailTap(
      chunks(),
      () => ctx.kind === undefined || PROBED.has(ctx.kind) || ctx.keepTail === true,
    );
    ctx.tail = tail;
    const reader = new ChunkReader(tail);
    try {
      const kind = await scanStream(
        reader,
        { member: null, via: [], name: path, depth: 0, top: true },
        ctx,
        size,
        chunks,
      );
      if (PROBED.has(kind)) {
        while (await reader.next()) {}
        await probeForZip(tail, ctx, chunks, kind);
      }
    } finally {
      await reader.close();
    }
  });
  return sink.finish(path);
}

/** Runs one scan stage, turning bad content into findings; read errors propagate. */
async function guarded(ctx: Ctx, label: string, run: () => Promise<void>): Promise<void> {
  const { sink } = ctx;
  try {
    await run();
  } catch (e) {
    if (e instanceof SourceError) throw e.cause;
    const what = ctx.kind && ctx.kind !== "unknown" && ctx.kind !== "text" ? `${ctx.kind} file` : "file";
    if (e instanceof MalformedError) {
      sink.add(
        "unsafe-format",
        "error",
        `${label} is not a valid ${what}: ${e.message}; it cannot be checked, so re-export it or remove it`,
      );
    } else if (e instanceof LimitError) {
      sink.add("unsafe-format", "error", `${label}: ${e.message}; the rest of the ${what} was not scanned`);
    } else if (e instanceof UnreadableError) {
      sink.add("not-scanned", "note", `${label} ${e.message}`);
    } else {
      sink.add(
        "unsafe-format",
        "error",
        `${label} could not be scanned (${e instanceof Error ? e.message : String(e)}); treat it as unchecked`,
      );
    }
  }
}

/** Scans a stream by its content; returns the kind it was read as. */
async function scanStream(
  reader: ChunkReader,
  at: Where,
  ctx: Ctx,
  size: number | null,
  again: (() => AsyncIterable<Uint8Array>) | null,
): Promise<Kind> {
  const magic = await reader.peek(MAGIC_BYTES);
  let kind = detect(magic, at.name, size);
  if (kind === "unknown" && /\.(?:h5|hdf5|keras)$/i.test(at.name)) {
    // A user block in front of an HDF5 file: the superblock sits at 512, 1024, 2048, ...
    if (await findH5Superblock(reader)) kind = "h5";
  }
  const { sink } = ctx;
  if (at.top && at.depth === 0) ctx.kind = kind;
  switch (kind) {
    case "zip":
      await scanZip(reader, at, ctx, 0);
      break;
    case "gguf":
      await scanGguf(reader, labelOf(at, ctx), sink);
      break;
    case "safetensors":
      // Inside an archive or wrapper the size is not known up front; safetensors runs no code.
      if (size !== null) await scanSafetensors(reader, size, labelOf(at, ctx), sink);
      break;
    case "onnx":
      await scanOnnx(reader, labelOf(at, ctx), sink);
      break;
    case "h5":
      await scanH5(reader, labelOf(at, ctx), sink);
      break;
    case "npy":
      if (await npyHoldsPickle(reader))
        reportPickle(
          await walkPickle(rest(reader)),
          labelOf(at, ctx, "object array pickle"),
          ctx.advice,
          sink,
          { allowGlobals: ctx.limits.allowGlobals },
        );
      break;
    case "tar":
      await walkTar(reader, ctx.budget, async (name, data) => {
        if (!isLegacyTorchMember(name)) return scanMember(data, memberOf(at, name), name, at.depth + 1, ctx);
        const inner = new ChunkReader(data);
        try {
          await scanLegacyTorchMember(
            inner,
            name,
            `${ctx.path}: member ${memberOf(at, name)}`,
            ctx.advice,
            sink,
            ctx.limits.allowGlobals,
          );
        } finally {
          await inner.close();
        }
      });
      break;
    case "7z":
      throw new UnreadableError(
        "is a 7z archive, which the scanner cannot read; store the model uncompressed or in a format it reads (safetensors)",
      );
    case "wrapper":
      return scanWrapped(reader, magic, at, ctx, again);
    case "pickle":
      await scanPickle(reader, at, ctx, again);
      break;
    case "text":
    case "unknown":
      if (at.top && kind === "unknown") notScanned(at, ctx);
      break;
  }
  return kind;
}

/**
 * The allowed globals: the policy's, and in archive members TorchScript's `__torch__.*`
 * classes, which name classes compiled from the archive's own code; Python has no `__torch__`
 * module, so its unpickler cannot import them.
 */
function allowed(at: Where, ctx: Ctx): readonly string[] | undefined {
  if (at.member === null) return ctx.limits.allowGlobals;
  return [...(ctx.limits.allowGlobals ?? []), "__torch__.*"];
}

const CLAIMS_PICKLE = /\.(?:pkl|pickle)(?:\.(?:gz|bz2|xz|lzma|z))?$/i;

/** A pickle: walked as pickle streams; joblib dumps are walked around their array data. */
async function scanPickle(
  reader: ChunkReader,
  at: Where,
  ctx: Ctx,
  again: (() => AsyncIterable<Uint8Array>) | null,
): Promise<void> {
  const magic = await reader.peek(64);
  const summary = await walkPickle(rest(reader));
  const joblib = summary.imports.some(
    (i) => i.module === "joblib.numpy_pickle" && i.name === "NumpyArrayWrapper",
  );
  if (joblib && summary.trailingAt !== null && again) {
    // Array bytes sit inside the pickle: a second pass that follows joblib's reader. The
    // first pass's decoders are released first (xz's WebAssembly decoder runs one at a time).
    await reader.close();
    const second = new ChunkReader(again());
    try {
      await scanJoblib(second, labelOf(at, ctx), ctx.advice, ctx.sink, ctx.limits.allowGlobals);
      while (await second.next()) {} // to the end, so a corrupt wrapper always shows
    } finally {
      await second.close();
    }
    return;
  }
  // Under another name, bytes that only start like a pickle (text, source code) are reported
  // when they are a protocol 2+ pickle or walk to STOP.
  const pickleName = PICKLE_NAME.test(at.name);
  if (!pickleName && !isProtocol2Pickle(magic) && summary.pickles === 0) {
    if (at.top && !looksLikeText(magic)) notScanned(at, ctx);
    return;
  }
  // A stream that opens with PROTO, or a .pkl/.pickle file, claims to be a pickle: if it is
  // not a valid one, that is an error (reportPickle's default).
  if (magic[0] === 0x80 || CLAIMS_PICKLE.test(at.name)) {
    reportPickle(summary, labelOf(at, ctx, "pickle"), ctx.advice, ctx.sink, {
      allowGlobals: allowed(at, ctx),
    });
    return;
  }
  if (!summary.pickle) {
    // Bytes that are no pickle at all: nothing a loader would run, but nothing vouched for.
    if (at.top || pickleName)
      ctx.sink.add(
        "not-scanned",
        "note",
        `${labelOf(at, ctx)} holds no pickle (${summary.invalid ?? "no pickle opcodes"}) and no other format the scanner recognises, so it was not scanned; review where it came from`,
      );
    return;
  }
  reportPickle(summary, labelOf(at, ctx, "pickle"), ctx.advice, ctx.sink, {
    allowGlobals: allowed(at, ctx),
    notPickle: "silent",
  });
}

/** A compression wrapper: the inner stream is scanned by content. */
async function scanWrapped(
  reader: ChunkReader,
  magic: Uint8Array,
  at: Where,
  ctx: Ctx,
  again: (() => AsyncIterable<Uint8Array>) | null,
): Promise<Kind> {
  const kind = sniffWrapper(magic) as Wrapper;
  if (!READABLE_WRAPPERS.has(kind))
    throw new UnreadableError(
      `is ${kind} compressed, which the scanner cannot read; store it uncompressed, or gzip/bzip2/xz compressed`,
    );
  if (at.depth + 1 > ctx.limits.maxZipDepth)
    throw new LimitError(`compression and archives are nested more than ${ctx.limits.maxZipDepth} deep`);
  const wholeFile = at.top && at.depth === 0;
  if (kind === "xz") {
    if (ctx.xzOpen)
      throw new UnreadableError("holds xz data inside xz data, which the scanner does not read");
    ctx.xzOpen = true;
    if (wholeFile) ctx.keepTail = true;
  }
  const inner = new ChunkReader(unwrap(kind, rest(reader), ctx.budget));
  const reopen = again ? () => unwrap(kind, rest(new ChunkReader(again())), ctx.budget) : null;
  try {
    if (kind === "zlib") {
      // A zlib header can be chance: bytes that do not inflate are read as what they are.
      try {
        await inner.peek(1);
      } catch (e) {
        if (!(e instanceof MalformedError)) throw e;
        return scanUnwrapped(magic, at, ctx, again);
      }
    }
    const name = at.name.replace(/\.(?:gz|bz2|xz|lzma|z)$/i, "");
    await scanStream(
      inner,
      { member: at.member, via: [kind, ...at.via], name, depth: at.depth + 1, top: at.top },
      ctx,
      null,
      reopen,
    );
    // Decompressed to the end, as loaders do: corrupt or trailing data always shows.
    while (await inner.next()) {}
  } finally {
    await inner.close();
    if (kind === "xz") ctx.xzOpen = false;
  }
  if (kind === "xz" && wholeFile && ctx.tail) await checkXzStreams(reader, ctx.tail);
  return "wrapper";
}

/** The decoder reads one xz stream; Python's lzma reads them all: refuse files with several. */
async function checkXzStreams(reader: ChunkReader, tail: TailTap): Promise<void> {
  while (await reader.next()) {}
  const last = lastXzStreamSize(tail.tail);
  if (last === null) {
    if (tail.total <= TailTap.KEEP)
      throw new MalformedError("the xz data has no valid stream footer where the file ends");
    return; // an index larger than the kept tail: thousands of blocks
  }
  if (last.size + last.padding !== tail.total || last.padding % 4 !== 0)
    throw new MalformedError(
      "the file holds more than one xz stream (or bytes around it); the scanner decodes the first, Python's lzma reads them all",
    );
}

/** Bytes that looked like zlib but do not inflate: read again as what they are. */
async function scanUnwrapped(
  magic: Uint8Array,
  at: Where,
  ctx: Ctx,
  again: (() => AsyncIterable<Uint8Array>) | null,
): Promise<Kind> {
  if (!PICKLE_START.has(magic[0] ?? -1) || !again) {
    if (at.top) notScanned(at, ctx);
    return "unknown";
  }
  const plain = new ChunkReader(again());
  try {
    await scanPickle(plain, at, ctx, again);
  } finally {
    await plain.close();
  }
  return "pickle";
}

function notScanned(
  at: Where,
  ctx: Ctx,
  why = `${labelOf(at, ctx)} is not in a format the scanner recognises from its content, so it was not scanned; review where it came from`,
): void {
  ctx.sink.add("not-scanned", "note", why);
}

/** A member of an archive, scanned by content. */
function memberOf(at: Where, name: string): string {
  return at.member !== null ? `${at.member}!${name}` : name;
}

async function scanMember(
  data: AsyncIterable<Uint8Array>,
  member: string,
  name: string,
  depth: number,
  ctx: Ctx,
): Promise<void> {
  if (depth > ctx.limits.maxZipDepth)
    throw new LimitError(`archives are nested more than ${ctx.limits.maxZipDepth} deep (${member})`);
  const inner = new ChunkReader(data);
  try {
    await scanStream(inner, { member, via: [], name, depth, top: false }, ctx, null, null);
  } catch (e) {
    // A member the scanner cannot read is reported; the archive's other members are still scanned.
    if (e instanceof UnreadableError) {
      ctx.sink.add("not-scanned", "note", `${ctx.path}: member ${member} ${e.message}`);
      return;
    }
    if (e instanceof MalformedError && !(e instanceof MemberError))
      throw new MemberError(`member ${member}: ${e.message}`);
    throw e;
  } finally {
    await inner.close();
  }
}

async function scanZip(reader: ChunkReader, at: Where, ctx: Ctx, prefix: number): Promise<void> {
  const { sink } = ctx;
  const flagged: { entry: ZipEntry; sub: IssueSink; failure: unknown }[] = [];
  const onMember = (e: ZipEntry): MemberConsumer | null => {
    const label = `${ctx.path}: member ${memberOf(at, e.name)}`;
    // A member flagged encrypted: no loader passes a password, but PyTorch's reader ignores the
    // flag and loads the bytes as they are. So they are scanned as they are, into a sink of
    // their own; once the walker knows whether they match the member's CRC (after this
    // returns), the scan counts, or the member is reported as encrypted and not scanned.
    if (e.encrypted && isReadableMethod(e.method))
      return async (data) => {
        const sub = new IssueSink(ctx.limits.maxIssues);
        const entry = { entry: e, sub, failure: undefined as unknown };
        flagged.push(entry);
        try {
          await scanMember(data, memberOf(at, e.name), e.name, at.depth + 1, { ...ctx, sink: sub });
        } catch (err) {
          if (!(err instanceof MalformedError)) throw err;
          entry.failure = err;
        }
      };
    if (e.encrypted) {
      notScanned(at, ctx, encryptedNote(label));
      return null;
    }
    // A compression method we cannot decode may still be one Python's zipfile reads (LZMA,
    // zstd): that is an error.
    if (!isReadableMethod(e.method)) {
      sink.add(
        "unsafe-format",
        "error",
        `${label} cannot be read (compression method ${e.method}), so it was not scanned; re-save the archive without it`,
      );
      return null;
    }
    // TorchScript debug info: read only by TorchScript's own unpickler, which resolves a fixed
    // set of helpers and never imports Python modules.
    if (/\.debug_pkl$/.test(e.name)) return null;
    if (at.depth === 0 && e.name === "config.json")
      return async (data) =>
        checkKerasConfig(await collect(data, MAX_CONFIG_BYTES, e.name), labelOf(at, ctx), sink);
    return (data) => scanMember(data, memberOf(at, e.name), e.name, at.depth + 1, ctx);
  };
  await walkZip(reader, ctx.budget, onMember, prefix);
  for (const { entry, sub, failure } of flagged) {
    // Ciphertext (its bytes miss the CRC) runs nowhere. Bytes not all read count when their
    // scan found fault: failing closed costs a password-protected archive nothing it had.
    const counts =
      entry.plaintext === true ||
      (entry.plaintext === null && (failure !== undefined || sub.issues.some((i) => i.severity === "error")));
    if (!counts) {
      notScanned(at, ctx, encryptedNote(`${ctx.path}: member ${memberOf(at, entry.name)}`));
      continue;
    }
    for (const i of sub.issues) sink.add(i.kind, i.severity, i.message);
    if (failure !== undefined) throw failure;
  }
}

function encryptedNote(label: string): string {
  return `${label} is encrypted, so it was not scanned; loaders cannot read it either. Re-save the archive without encryption to have it scanned`;
}

// Files read as pickles, HDF5 (Keras 3 opens a `.keras` as a zip whenever zipfile finds one)
// or not recognised can hide a zip behind their first bytes.
const PROBED: ReadonlySet<Kind> = new Set(["pickle", "h5", "unknown", "text"]);

/** Keeps the last bytes of a file as it streams by, whoever reads them, while `wanted()`. */
class TailTap implements AsyncIterable<Uint8Array> {
  static readonly KEEP = 65536 + 22 + 76;
  tail = new Uint8Array(0);
  total = 0;
  constructor(
    private readonly src: AsyncIterable<Uint8Array>,
    private readonly wanted: () => boolean,
  ) {}
  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for await (const c of this.src) {
      this.total += c.length;
      if (!this.wanted()) {
        yield c;
        continue;
      }
      const keep = TailTap.KEEP;
      if (c.length >= keep) this.tail = c.slice(c.length - keep);
      else {
        const joined = new Uint8Array(Math.min(keep, this.tail.length + c.length));
        const fromTail = joined.length - c.length;
        joined.set(this.tail.subarray(this.tail.length - fromTail), 0);
        joined.set(c, fromTail);
        this.tail = joined;
      }
      yield c;
    }
  }
}

/**
 * Python's zipfile finds an archive by its end record, whatever comes before the first
 * header; torch.load and numpy.load read such a file from byte 0 as something else. When
 * zipfile would find a zip at the end of this file, that zip is scanned too and the
 * disagreement reported.
 */
async function probeForZip(
  tap: TailTap,
  ctx: Ctx,
  chunks: () => AsyncIterable<Uint8Array>,
  kind: Kind,
): Promise<void> {
  const found = zipStartFromTail(tap.tail, tap.total - tap.tail.length);
  if (found === null) return;
  // zipfile opens an archive whose directory starts with its signature (or is empty); four
  // such bytes where the end record says are no chance in tensor data.
  if (found.entries > 0) {
    const probe = new ChunkReader(chunks());
    try {
      const at = found.directoryAt;
      if ((await probe.skip(at)) !== at || !startsWith(await probe.peek(4), [0x50, 0x4b, 0x01, 0x02])) return;
    } finally {
      await probe.close();
    }
  }
  const { start } = found;
  const { path, sink } = ctx;
  sink.add(
    "unsafe-format",
    "error",
    `${path} holds a zip archive after ${start} bytes of ${kind === "h5" ? "HDF5" : kind === "pickle" ? "pickle" : "something else"}: Python's zipfile (Keras, NumPy archives) reads the archive, while h5py, torch.load and numpy.load read the file from its first byte; re-export it as one format`,
  );
  const second = new ChunkReader(chunks());
  try {
    await guarded(ctx, `${path} (the zip archive at byte ${start})`, async () => {
      if ((await second.skip(start)) !== start) throw new MalformedError("the archive start is past the end");
      const magic = await second.peek(4);
      if (!startsWith(magic, ZIP_LOCAL) && !startsWith(magic, ZIP_EMPTY))
        throw new MalformedError("no zip header where the end record says the archive starts");
      await scanZip(second, { member: null, via: [], name: path, depth: 0, top: true }, ctx, start);
    });
  } finally {
    await second.close();
  }
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
