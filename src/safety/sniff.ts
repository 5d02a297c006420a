// Whether a changed file with an ordinary name holds a model, by its content alone (SPEC 9
// "Model files"): cheap for ordinary files, which are told apart by their first bytes.
import { ChunkReader, rest } from "./chunk-reader.ts";
import { H5_MAGIC } from "./hdf5.ts";
import {
  ascii,
  isProtocol2Pickle,
  looksLikeSafetensors,
  MAGIC_BYTES,
  PICKLE_START,
  SEVEN_ZIP,
  startsWith,
  ZIP_LOCAL,
} from "./magic.ts";
import { NPY_MAGIC, npyHoldsPickle } from "./npy.ts";
import { walkPickle } from "./pickle-scan.ts";
import { isTarHeader } from "./tar.ts";
import { DEFAULT_LIMITS, SourceError } from "./types.ts";
import { READABLE_WRAPPERS, sniffWrapper, unwrap } from "./wrappers.ts";
import { walkZip } from "./zip-walker.ts";

export interface ContentSniff {
  kind: string;
  strength: "model" | "note";
}

/**
 * What a file holds, by content alone (SPEC 9 "Model files"): "model" for a pickle that walks
 * to STOP, a zip with a pickle member, a safetensors header or GGUF; "note" for HDF5, plain
 * NumPy arrays, tar and 7z; null otherwise. Reads only what it needs.
 */
export async function sniffModelContent(
  chunks: () => AsyncIterable<Uint8Array>,
  size: number,
): Promise<ContentSniff | null> {
  const reader = new ChunkReader(chunks());
  try {
    return await sniffStream(reader, size, 0);
  } catch (e) {
    if (e instanceof SourceError) throw e.cause;
    return null;
  } finally {
    await reader.close();
  }
}

/** Decompressed bytes a sniff may look at inside a wrapper. */
const SNIFF_INFLATE = 64 * 1024 * 1024;

async function sniffStream(
  reader: ChunkReader,
  size: number | null,
  depth: number,
): Promise<ContentSniff | null> {
  {
    const magic = await reader.peek(2048 + 8);
    if (startsWith(magic, ascii("GGUF"))) return { kind: "gguf", strength: "model" };
    if (looksLikeSafetensors(magic, size)) return { kind: "safetensors", strength: "model" };
    // HDF5 superblock at 0, or after a user block of 512, 1024 or 2048 bytes
    if ([0, 512, 1024, 2048].some((at) => startsWith(magic.subarray(at), H5_MAGIC)))
      return { kind: "hdf5", strength: "note" };
    if (startsWith(magic, SEVEN_ZIP)) return { kind: "7z", strength: "note" };
    if (startsWith(magic, NPY_MAGIC)) {
      const objects = await npyHoldsPickle(reader).catch(() => false);
      return objects ? { kind: "npy-pickle", strength: "model" } : { kind: "npy", strength: "note" };
    }
    if (magic.length >= MAGIC_BYTES && isTarHeader(magic.subarray(0, MAGIC_BYTES)))
      return { kind: "tar", strength: "note" };
    if (startsWith(magic, ZIP_LOCAL)) {
      const inside = await zipContent(reader);
      if (inside === "pickle") return { kind: "zip-pickle", strength: "model" };
      if (inside === "unreadable") return { kind: "zip (malformed)", strength: "model" };
      return inside === "npz" ? { kind: "npz", strength: "note" } : null;
    }
    // joblib.load decompresses gzip, bzip2, xz and zlib by their magic: look inside.
    const wrapper = sniffWrapper(magic);
    if (wrapper && READABLE_WRAPPERS.has(wrapper) && (wrapper !== "zlib" || magic[0] === 0x78) && depth < 2) {
      const inner = new ChunkReader(
        unwrap(wrapper, rest(reader), { inflated: 0, maxInflated: SNIFF_INFLATE }),
      );
      try {
        const found = await sniffStream(inner, null, depth + 1);
        return found && { kind: `${found.kind} (${wrapper})`, strength: found.strength };
      } catch (e) {
        if (e instanceof SourceError) throw e;
        return null;
      } finally {
        await inner.close();
      }
    }
    if (isProtocol2Pickle(magic) || PICKLE_START.has(magic[0] ?? -1)) {
      const s = await walkPickle(limited(rest(reader), SNIFF_INFLATE));
      // A text file can start like a protocol 0 pickle, so those must reach STOP; one that opens
      // with PROTO is a pickle once an import or call is reached (joblib dumps hold array bytes
      // before their STOP).
      const model = s.pickles > 0 || (isProtocol2Pickle(magic) && s.pickle);
      return model ? { kind: "pickle", strength: "model" } : null;
    }
    return null;
  }
}

async function* limited(src: AsyncIterable<Uint8Array>, max: number): AsyncGenerator<Uint8Array> {
  let n = 0;
  for await (const c of src) {
    yield c;
    n += c.length;
    if (n >= max) return;
  }
}

class Found extends Error {}

/** What a zip holds, by its members' first bytes: a pickle, NumPy arrays, or neither. */
async function zipContent(reader: ChunkReader): Promise<"pickle" | "unreadable" | "npz" | null> {
  let arrays = false;
  const budget = {
    inflated: 0,
    members: 0,
    maxInflated: DEFAULT_LIMITS.maxInflatedBytes,
    maxMembers: DEFAULT_LIMITS.maxMembers,
  };
  try {
    await walkZip(reader, budget, () => async (data) => {
      const inner = new ChunkReader(data);
      try {
        const m = await inner.peek(MAGIC_BYTES);
        if (isProtocol2Pickle(m)) throw new Found();
        if (startsWith(m, NPY_MAGIC)) {
          if (await npyHoldsPickle(inner)) throw new Found();
          arrays = true;
        }
      } finally {
        await inner.close();
      }
    });
  } catch (e) {
    if (e instanceof Found) return "pickle";
    if (e instanceof SourceError) throw e;
    // A zip the walk cannot follow as loaders do may hide a pickle a loader reads: the scan,
    // which reports why, must see it.
    return "unreadable";
  }
  return arrays ? "npz" : null;
}
