// HDF5 (legacy Keras `.h5` models). The superblock is found where libhdf5 looks for it: at
// byte 0, or after a user block at 512, 1024, 2048, ... The model's layer config is a JSON
// string attribute (`model_config`); rather than load the file, the scanner finds every JSON
// key/value pair `"class_name": "..."` in the bytes, decodes both strings as JSON does (so
// `\u004cambda` is `Lambda`), and flags Lambda layers. Memory stays at one chunk plus a
// small overlap, whatever the file's size.
import { Buffer } from "node:buffer";
import type { ChunkReader } from "./chunk-reader.ts";
import type { IssueSink } from "./types.ts";

export const H5_MAGIC = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads forward to an HDF5 superblock at a power of two from 512 on; true when found, with
 * the reader standing on it. Consumes the stream otherwise.
 */
export async function findH5Superblock(reader: ChunkReader): Promise<boolean> {
  let at = 512;
  for (;;) {
    const skip = at - reader.position;
    if (skip > 0 && (await reader.skip(skip)) !== skip) return false;
    const sig = await reader.peek(8);
    if (sig.length < 8) return false;
    if (H5_MAGIC.every((b, i) => sig[i] === b)) return true;
    at *= 2;
  }
}

/** A key string ends at most this far before its colon, and a value string is at most this long. */
const STR_MAX = 512;
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const LAMBDA = new Set(["Lambda", "__lambda__"]);

/** Is the quote at i escaped (an odd run of backslashes before it)? */
function escaped(b: Uint8Array, i: number, floor: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= floor && b[j] === BACKSLASH; j--) n++;
  return n % 2 === 1;
}

function decode(b: Uint8Array, from: number, to: number): string | null {
  try {
    const s = JSON.parse(`"${Buffer.from(b.buffer, b.byteOffset + from, to - from).toString("utf8")}"`);
    return typeof s === "string" ? s : null;
  } catch {
    return null;
  }
}

/** The JSON string ending with the quote at `close`, decoded, or null. */
function stringBefore(b: Uint8Array, close: number): string | null {
  const floor = Math.max(0, close - STR_MAX);
  for (let j = close - 1; j >= floor; j--) {
    if (b[j] === QUOTE && !escaped(b, j, floor)) return decode(b, j + 1, close);
  }
  return null;
}

/** The JSON string opening with the quote at `open`, decoded, or null. */
function stringAfter(b: Uint8Array, open: number): string | null {
  const ceil = Math.min(b.length, open + 1 + STR_MAX);
  for (let j = open + 1; j < ceil; j++) {
    if (b[j] === BACKSLASH) {
      j++;
      continue;
    }
    if (b[j] === QUOTE) return decode(b, open + 1, j);
  }
  return null;
}

/**
 * JSON allows any whitespace around a colon: runs longer than 32 bytes become one space, so
 * a key, its colon and its value always fit the search window. (Strings that matter hold no
 * whitespace.)
 */
function collapseWhitespace(c: Uint8Array): Uint8Array {
  const text = Buffer.from(c.buffer, c.byteOffset, c.byteLength).toString("latin1");
  if (!/[ \t\n\r]{33}/.test(text)) return c;
  return Buffer.from(text.replace(/[ \t\n\r]{33,}/g, " "), "latin1");
}

/** Finds `"class_name": "Lambda"` in any JSON spelling, across chunk boundaries. */
class ClassNameSearch {
  private carry: Uint8Array = new Uint8Array(0);
  /** Offset in `carry` from which colons are still to be looked at. */
  private from = 0;
  found: string | null = null;

  feed(input: Uint8Array): void {
    if (this.found) return;
    const chunk = collapseWhitespace(input);
    const buf =
      this.carry.length > 0
        ? Buffer.concat([this.carry, chunk])
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    // Colons near the end wait for the next chunk, so their value string is whole.
    const until = buf.length - (STR_MAX + 16);
    this.scan(buf, this.from, until);
    const keep = Math.min(buf.length, 2 * STR_MAX + 32);
    const start = buf.length - keep;
    this.from = Math.max(0, Math.max(this.from, until) - start);
    this.carry = Uint8Array.prototype.slice.call(buf, start);
  }

  end(): void {
    if (!this.found) this.scan(Buffer.from(this.carry), this.from, this.carry.length);
  }

  private scan(buf: Buffer, from: number, until: number): void {
    for (
      let i = buf.indexOf(COLON, from);
      i >= 0 && i < until && !this.found;
      i = buf.indexOf(COLON, i + 1)
    ) {
      let k = i - 1;
      while (k >= 0 && WS.has(buf[k] as number)) k--;
      if (k < 0 || buf[k] !== QUOTE) continue;
      let v = i + 1;
      while (v < buf.length && WS.has(buf[v] as number)) v++;
      if (buf[v] !== QUOTE) continue;
      const key = stringBefore(buf, k);
      if (key !== "class_name") continue;
      const value = stringAfter(buf, v);
      if (value !== null && LAMBDA.has(value)) this.found = value;
    }
  }
}

export async function scanH5(reader: ChunkReader, label: string, sink: IssueSink): Promise<void> {
  const search = new ClassNameSearch();
  for (;;) {
    const c = await reader.next();
    if (!c) break;
    search.feed(c);
    if (search.found) break;
  }
  search.end();
  if (search.found)
    sink.add(
      "unsafe-format",
      "error",
      `${label} has a Keras ${search.found === "Lambda" ? "Lambda layer" : "serialized Python lambda"}, which runs arbitrary Python code when the model is loaded; replace it with a built-in or registered layer`,
    );
}
