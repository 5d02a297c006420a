// The walker keeps the strings STACK_GLOBAL may consume in compacted arenas, not as JS strings:
// a name pushed or memoised long before it is used must survive every compaction, wherever
// the stream is cut into chunks.
import { describe, expect, it } from "vitest";
import { errors, P, pickle, scanBytes, u32 } from "./helpers.ts";

/** n SHORT_BINUNICODE strings, each followed by `after` (MEMOIZE, POP...). */
function manyStrings(n: number, ...after: number[][]): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = `name_${i}`;
    out.push(0x8c, s.length, ...[...s].map((c) => c.charCodeAt(0)), ...after.flat());
  }
  return Uint8Array.from(out);
}

async function flagged(data: Uint8Array, expected: RegExp, chunkSize: number) {
  const errs = errors(await scanBytes("m.pkl", data, chunkSize));
  return errs.some((i) => i.kind === "unsafe-pickle" && expected.test(i.message));
}

describe("pickle walker: strings kept across arena compactions", () => {
  it("resolves a module memoised before 300,000 other memoised strings", async () => {
    const data = (n: number) =>
      pickle(
        P.proto(4),
        P.shortUnicode("os"),
        P.memoize,
        P.pop,
        manyStrings(n, P.memoize, P.pop),
        P.binget(0),
        P.shortUnicode("system"),
        P.stackGlobal,
        P.stop,
      );
    for (const size of [1 << 20, 4093]) expect(await flagged(data(300_000), /os\.system/, size)).toBe(true);
    expect(await flagged(data(20_000), /os\.system/, 7)).toBe(true);
  });

  it("resolves memoised names while other memo slots are overwritten again and again", async () => {
    const data = pickle(
      P.proto(4),
      manyStrings(5000, P.binput(2), P.pop), // garbage in the memo's arena, below the names
      P.shortUnicode("os"),
      P.binput(0),
      P.pop,
      P.shortUnicode("nt"),
      [0x72, ...u32(5_000_000)], // LONG_BINPUT: a key past the dense memo
      P.pop,
      manyStrings(100_000, P.binput(1), P.pop),
      P.binget(0),
      P.shortUnicode("system"),
      P.stackGlobal,
      P.longBinget(5_000_000),
      P.shortUnicode("system"),
      P.stackGlobal,
      P.stop,
    );
    for (const size of [1 << 20, 997]) {
      expect(await flagged(data, /os\.system/, size)).toBe(true);
      expect(await flagged(data, /nt\.system/, size)).toBe(true);
    }
  });

  it("resolves a memo slot written late, after the memo stopped keeping strings", async () => {
    // The memo keeps a bounded number of strings: past that, a memoised name is not
    // remembered, and using it must be reported as unresolvable, never silently accepted.
    const data = pickle(
      P.proto(4),
      manyStrings(250_000, P.memoize, P.pop),
      P.shortUnicode("os"),
      P.memoize,
      P.pop,
      [0x6a, 0x90, 0xd0, 0x03, 0x00], // LONG_BINGET 250000
      P.shortUnicode("system"),
      P.stackGlobal,
      P.stop,
    );
    const errs = errors(await scanBytes("m.pkl", data, 1 << 20));
    expect(errs.some((i) => /os\.system|cannot be resolved/.test(i.message))).toBe(true);
  });

  it("resolves a string deep in the stack after many strings pushed and dropped above it", async () => {
    const data = pickle(
      P.proto(4),
      manyStrings(3000, P.pop), // garbage below: the name moves when the arena is compacted
      P.shortUnicode("builtins"),
      P.mark,
      manyStrings(200_000, [0x31], P.mark), // MARK, then many times: string POP_MARK MARK
      [0x31],
      manyStrings(100_000, P.pop),
      P.shortUnicode("eval"),
      P.stackGlobal,
      P.stop,
    );
    for (const size of [1 << 20, 4093, 61]) expect(await flagged(data, /builtins\.eval/, size)).toBe(true);
  });

  it("resolves a DUP'd string shared by two stack slots across compactions", async () => {
    const data = pickle(
      P.proto(4),
      manyStrings(3000, P.pop),
      P.shortUnicode("subprocess"),
      P.dup,
      manyStrings(150_000, P.pop),
      P.pop,
      P.shortUnicode("Popen"),
      P.stackGlobal,
      P.stop,
    );
    for (const size of [1 << 20, 29]) expect(await flagged(data, /subprocess\.Popen/, size)).toBe(true);
  });

  it("resolves names memoised by BINPUT and stacked strings at once, in a long pickle", async () => {
    const data = pickle(
      P.proto(4),
      P.shortUnicode("posix"),
      [0x72, ...u32(5_000_000)], // LONG_BINPUT: a key far past the dense memo
      manyStrings(30_000, P.memoize), // all stay on the stack
      P.mark,
      P.longBinget(5_000_000),
      P.shortUnicode("system"),
      P.stackGlobal,
      P.stop,
    );
    expect(await flagged(data, /posix\.system/, 1 << 20)).toBe(true);
    expect(await flagged(data, /posix\.system/, 64)).toBe(true);
  });
});

describe("pickle walker: opcodes outside the fast path", () => {
  it("accepts BUILD (object state) and still sees an import after it", async () => {
    const benign = pickle(P.proto(2), P.emptyList, P.emptyDict, P.build, P.stop);
    expect(await scanBytes("m.pkl", benign)).toEqual([]);
    const evil = pickle(
      P.proto(2),
      P.emptyList,
      P.emptyDict,
      P.build,
      P.pop,
      P.global("os", "system"),
      P.stop,
    );
    expect(await flagged(evil, /os\.system/, 1)).toBe(true);
  });
});
