// Git LFS pointer files (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). The gate
// takes an in-repo artifact's digest from its pointer's oid, without fetching the weights, so
// only the canonical form git-lfs itself writes is accepted:
//
//   version https://git-lfs.github.com/spec/v1\n
//   oid sha256:<64 lowercase hex>\n
//   size <bytes>\n
//
// Everything else a lenient decoder might take is refused here (and the caller reports it,
// see looksLikeLfsPointer): CRLF or missing final newline, trailing spaces, the pre-release
// "hawser" version URL, unknown keys, and pointer extensions (ext-N-name lines): with an
// extension the oid names the cleaned object, not the bytes the model actually loads.

export interface LfsPointer {
  /** sha256 of the real file, 64 lowercase hex digits. */
  oid: string;
  /** Size of the real file in bytes. */
  size: number;
}

/** git-lfs never treats a file of this size or more as a pointer. */
const LFS_POINTER_MAX_BYTES = 1024;

const VERSION_LINE = "version https://git-lfs.github.com/spec/v1\n";
const POINTER =
  /^version https:\/\/git-lfs\.github\.com\/spec\/v1\noid sha256:([0-9a-f]{64})\nsize (0|[1-9][0-9]{0,15})\n$/;

export function parseLfsPointer(bytes: Uint8Array): LfsPointer | null {
  if (bytes.length >= LFS_POINTER_MAX_BYTES || bytes.length < VERSION_LINE.length) return null;
  // Pure ASCII by construction of the pattern; latin1 maps any other byte to a non-matching char.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const m = POINTER.exec(text);
  if (!m) return null;
  const size = Number(m[2]);
  if (!Number.isSafeInteger(size)) return null;
  return { oid: m[1]!, size };
}

/** The canonical pointer text for an oid and size (what `git lfs` writes). */
export function formatLfsPointer(pointer: LfsPointer): string {
  return `${VERSION_LINE}oid sha256:${pointer.oid}\nsize ${pointer.size}\n`;
}

const INTENT_PREFIXES = ["version https://git-lfs", "version https://hawser"];

/**
 * True when the bytes start like an LFS pointer: the file was meant to be one. When
 * parseLfsPointer still says null, the caller reports a malformed pointer rather than
 * silently hashing the pointer text as if it were the model.
 */
export function looksLikeLfsPointer(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64)).toString("latin1");
  return INTENT_PREFIXES.some((p) => head.startsWith(p));
}
