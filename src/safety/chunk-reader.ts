// A pull reader over a stream of chunks. Keeps only the current chunk and small pushed-back
// pieces, so memory stays constant however large the file. Views it returns are valid until
// the next call.
import { LimitError, MalformedError, SourceError } from "./types.ts";

const EMPTY = new Uint8Array(0);

export class ChunkReader {
  /** Bytes consumed so far. */
  position = 0;
  private readonly it: AsyncIterator<Uint8Array>;
  private cur: Uint8Array = EMPTY;
  private off = 0;
  private readonly pushed: Uint8Array[] = [];
  private ended = false;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** Makes unread bytes available in `cur`; false at end of input. */
  private async fill(): Promise<boolean> {
    while (this.off >= this.cur.length) {
      const p = this.pushed.pop();
      if (p) {
        this.cur = p;
        this.off = 0;
        continue;
      }
      if (this.ended) return false;
      let r: IteratorResult<Uint8Array>;
      try {
        r = await this.it.next();
      } catch (e) {
        // A nested reader's source is another scanner stage: its findings pass through.
        if (e instanceof MalformedError || e instanceof LimitError || e instanceof SourceError) throw e;
        throw new SourceError(e);
      }
      if (r.done) {
        this.ended = true;
        return false;
      }
      this.cur = r.value;
      this.off = 0;
    }
    return true;
  }

  /** The next run of unread bytes (at most max), or null at end of input. */
  async next(max = Number.POSITIVE_INFINITY): Promise<Uint8Array | null> {
    if (!(await this.fill())) return null;
    const n = Math.min(max, this.cur.length - this.off);
    const out = this.cur.subarray(this.off, this.off + n);
    this.off += n;
    this.position += n;
    return out;
  }

  /** Puts bytes back in front of the unread ones. */
  unshift(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.off < this.cur.length) this.pushed.push(this.cur.subarray(this.off));
    this.cur = bytes;
    this.off = 0;
    this.position -= bytes.length;
  }

  /** Exactly n bytes, or fewer at end of input. n must be small: the result may be a copy. */
  async read(n: number): Promise<Uint8Array> {
    if (this.cur.length - this.off >= n) {
      const out = this.cur.subarray(this.off, this.off + n);
      this.off += n;
      this.position += n;
      return out;
    }
    const out = new Uint8Array(n);
    let got = 0;
    while (got < n && (await this.fill())) {
      const take = Math.min(n - got, this.cur.length - this.off);
      out.set(this.cur.subarray(this.off, this.off + take), got);
      got += take;
      this.off += take;
    }
    this.position += got;
    return got === n ? out : out.subarray(0, got);
  }

  /** Exactly n bytes or a MalformedError-style failure reported by the caller. */
  async readExact(n: number, what: () => Error): Promise<Uint8Array> {
    const b = await this.read(n);
    if (b.length !== n) throw what();
    return b;
  }

  /** Skips up to n bytes; returns how many were skipped. */
  async skip(n: number): Promise<number> {
    let left = n;
    while (left > 0) {
      const c = await this.next(left);
      if (!c) break;
      left -= c.length;
    }
    return n - left;
  }

  /** Up to n bytes without consuming them (a copy). */
  async peek(n: number): Promise<Uint8Array> {
    const b = (await this.read(n)).slice();
    this.unshift(b);
    return b;
  }

  /** Stops pulling from the source. */
  async close(): Promise<void> {
    this.ended = true;
    try {
      await this.it.return?.();
    } catch {
      // closing a source that failed is not our concern
    }
  }
}

/** The bytes a reader has not handed out yet, as a stream. */
export async function* rest(reader: ChunkReader): AsyncGenerator<Uint8Array> {
  for (;;) {
    const c = await reader.next();
    if (!c) return;
    yield c;
  }
}
