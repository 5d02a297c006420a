// The first bytes of head files the engine has already read (risk reports, evidence), kept for
// the changed ones the safety scan will sniff by content: a sniff looks at the first few KiB, so
// a pull request adding a thousand reports does not read each one from git a second time. A
// sniff that reads further gets the rest from the tree: the bytes are the same either way.
import type { Tree } from "../repo/tree.ts";

/** A little more than a sniff's first look (2,056 bytes). */
const PREFIX_BYTES = 2560;

export class ReadPrefixes {
  private readonly kept = new Map<string, { head: Uint8Array; size: number }>();

  /** `wanted`: the normalised head paths the scan will sniff. */
  constructor(private readonly wanted: ReadonlySet<string>) {}

  /** Keeps the start of `bytes` (the whole head file at `path`) when the scan will sniff it. */
  note(path: string, bytes: Uint8Array): void {
    if (!this.wanted.has(path) || this.kept.has(path)) return;
    this.kept.set(path, { head: bytes.slice(0, PREFIX_BYTES), size: bytes.length });
  }

  /** The file's bytes as chunks, from the kept start when there is one; else from the tree. */
  chunks(tree: Tree, path: string): AsyncIterable<Uint8Array> {
    const kept = this.kept.get(path);
    if (!kept) return tree.chunks(path);
    this.kept.delete(path);
    return rest(tree, path, kept.head, kept.size);
  }
}

async function* rest(tree: Tree, path: string, head: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  yield head;
  if (head.length >= size) return;
  let skip = head.length;
  for await (const chunk of tree.chunks(path)) {
    if (skip >= chunk.length) {
      skip -= chunk.length;
      continue;
    }
    yield skip > 0 ? chunk.subarray(skip) : chunk;
    skip = 0;
  }
}
