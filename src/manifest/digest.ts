// Digests and the model digest (SPEC section 2). A digest is "sha256:" + 64 lowercase hex.
import { createHash } from "node:crypto";

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
