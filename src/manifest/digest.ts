// Digests and the model digest (SPEC section 2). A digest is "sha256:" + 64 lowercase hex.
import { createHash } from "node:crypto";
import { LFS_POINTER_MAX_BYTES, looksLikeLfsPointer, parseLfsPointer } from "../repo/lfs.ts";

const DIGEST = /^sha256:[0-9a-f]{64}$/;

export function isDigest(s: unknown): s is string {
  return typeof s === "string" && DIGEST.test(s);
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Hashes a stream in constant memory. */
export async function digestChunks(
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ digest: string; size: number }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.byteLength;
  }
  return { digest: `sha256:${hash.digest("hex")}`, size };
}

export interface ArtifactDigest {
  /** sha256:<oid> for a valid Git LFS pointer, else sha256 of the bytes. */
  digest: string;
  /** The pointer, when the file is one (then `digest` names the real weights, not the pointer). */
  lfs: { oid: string; size: number } | null;
  /** Starts like an LFS pointer but is not a valid one: the digest is of the pointer text. */
  malformedPointer: boolean;
}

/** The digest of an in-repo artifact whose whole content is in memory. */
export function artifactDigestFromContent(bytes: Uint8Array): ArtifactDigest {
  const lfs = parseLfsPointer(bytes);
  if (lfs) return { digest: `sha256:${lfs.oid}`, lfs, malformedPointer: false };
  return { digest: `sha256:${sha256Hex(bytes)}`, lfs: null, malformedPointer: looksLikeLfsPointer(bytes) };
}

/**
 * The same, for a stream: hashes everything while keeping only the first bytes, which is all
 * a pointer can be (git-lfs pointers are under 1024 bytes).
 */
export async function artifactDigestFromChunks(chunks: AsyncIterable<Uint8Array>): Promise<ArtifactDigest> {
  const hash = createHash("sha256");
  const head: Uint8Array[] = [];
  let kept = 0;
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.byteLength;
    if (kept <= LFS_POINTER_MAX_BYTES) {
      const part = chunk.subarray(0, LFS_POINTER_MAX_BYTES + 1 - kept);
      head.push(Uint8Array.from(part));
      kept += part.byteLength;
    }
  }
  const first = Buffer.concat(head);
  const lfs = size <= LFS_POINTER_MAX_BYTES ? parseLfsPointer(first) : null;
  if (lfs) return { digest: `sha256:${lfs.oid}`, lfs, malformedPointer: false };
  return { digest: `sha256:${hash.digest("hex")}`, lfs: null, malformedPointer: looksLikeLfsPointer(first) };
}

/**
 * The model digest: the artifact's digest when there is one; with several, "sha256:" + sha256
 * of the sha256sum-style lines `<hex>  <key>\n` (key = path or uri as declared), sorted by key.
 *
 * Sort order is by UTF-16 code unit (JavaScript's default string order), which equals byte
 * order (`LC_ALL=C sort`) for every key without characters beyond U+FFFF next to U+E000-U+FFFF.
 * Two artifacts with the same key are ordered by digest, so input order never matters.
 *
 * null when the list is empty, a digest is not a valid sha256 digest, or a key is empty or
 * holds a newline (which could forge a line of the hashed text).
 */
export function modelDigest(artifacts: readonly { key: string; digest: string }[]): string | null {
  if (artifacts.length === 0) return null;
  for (const a of artifacts) {
    if (!isDigest(a.digest) || typeof a.key !== "string" || a.key === "" || a.key.includes("\n")) return null;
  }
  if (artifacts.length === 1) return artifacts[0]!.digest;
  const lines = artifacts
    .map((a) => ({ key: a.key, line: `${a.digest.slice("sha256:".length)}  ${a.key}\n` }))
    .sort((x, y) => compare(x.key, y.key) || compare(x.line, y.line));
  return `sha256:${sha256Hex(lines.map((l) => l.line).join(""))}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
