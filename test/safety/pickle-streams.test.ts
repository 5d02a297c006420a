// Pickle streams as the dispatcher walks and judges a pickle-capable file (SPEC 9 "Scanning",
// issue 9 class 6): streams one after another, PROTO optional, up to the first invalid opcode;
// what is reached before it is judged; bytes that are no pickle at all are reported as such.
import { describe, expect, it } from "vitest";
import { reportPickle, walkPickle } from "../../src/safety/pickle-scan.ts";
import { IssueSink } from "../../src/safety/types.ts";
import { bytes, P, pickle } from "./helpers.ts";

async function* chunks(b: Uint8Array, size = 5) {
  for (let i = 0; i < b.length; i += size) yield b.slice(i, i + size);
}

async function scan(b: Uint8Array, allowGlobals?: string[]) {
  // What src/safety/index.ts does for a file that only may be a pickle: silent when it is none.
  const sink = new IssueSink(50);
  const s = await walkPickle(chunks(b));
  if (s.pickle) reportPickle(s, "m.bin: pickle", "remove it", sink, { allowGlobals, notPickle: "silent" });
  const issues = sink.issues;
  return { pickle: s.pickle, issues, messages: issues.map((i) => `${i.severity} ${i.kind} ${i.message}`) };
}

const OK = pickle(P.proto(2), P.emptyDict, P.stop);
const EVIL = pickle(P.global("os", "system"), P.string("'id'"), P.tuple1, P.reduce);

describe("pickle streams", () => {
  it("bytes that are no pickle at all: pickle false and no issue (the caller says not-scanned)", async () => {
    for (const b of [
      bytes("GGUF\x03\x00"),
      bytes("ggjt\x01\x00\x00\x00"),
      new Uint8Array([0, 0, 0, 0]),
      bytes("K\x05\xff"),
      new Uint8Array(0),
    ]) {
      const r = await scan(b);
      expect(r.pickle, JSON.stringify([...b])).toBe(false);
      expect(r.issues).toEqual([]);
    }
  });
  it("a clean stream then raw data: a pickle, no issue", async () => {
    const r = await scan(bytes(OK, OK, new Uint8Array([0, 1, 2, 3, 0xff])));
    expect(r).toMatchObject({ pickle: true, issues: [] });
  });
  it("an import reached in a later stream before its invalid opcode is judged", async () => {
    const r = await scan(bytes(OK, EVIL, new Uint8Array([0xff, 0xff])));
    expect(r.messages).toEqual([expect.stringMatching(/^error unsafe-pickle .*os\.system.*deny list/)]);
  });
  it("a stream without PROTO is walked", async () => {
    const r = await scan(bytes(EVIL, P.stop));
    expect(r.messages.join("\n")).toMatch(/os\.system/);
  });
  it("the third of three streams is judged", async () => {
    const r = await scan(bytes(OK, OK, pickle(P.proto(2), P.global("mylib", "Thing"), P.stop)));
    expect(r.messages.join("\n")).toMatch(/not on the allow list: mylib\.Thing/);
    expect(
      (await scan(bytes(OK, OK, pickle(P.proto(2), P.global("mylib", "Thing"), P.stop)), ["mylib.*"])).issues,
    ).toEqual([]);
  });
  it("a first stream broken after an import is an invalid pickle as well as its import", async () => {
    const r = await scan(
      bytes(pickle(P.proto(2), P.global("collections", "OrderedDict")), new Uint8Array([0xff])),
    );
    expect(r.pickle).toBe(true);
    expect(r.messages).toEqual([expect.stringMatching(/^error unsafe-format .*not a valid pickle/)]);
  });
  it("an import line too long to follow in a later stream is never a pass", async () => {
    const long = `${"os.path.".repeat(200)}system`;
    const r = await scan(bytes(OK, P.global("os", long), P.stop));
    expect(r.messages.join("\n")).toMatch(/error unsafe-format .*import line longer/);
  });
  it("raw zero bytes after a 'c' opcode in trailing data are no import", async () => {
    const r = await scan(bytes(OK, "c", new Uint8Array(5000)));
    expect(r).toMatchObject({ pickle: true, issues: [] });
  });
});

describe("names from the file in messages", () => {
  it("a NUL-cut module is judged as the module it imports and shown escaped", async () => {
    const r = await scan(
      pickle(P.proto(4), P.shortUnicode("os\0x"), P.shortUnicode("system"), P.stackGlobal, P.stop),
    );
    expect(r.messages.join("\n")).toMatch(/imports os\\x00x\.system, which is on the deny list/);
    expect(r.messages.join("\n")).not.toContain("\0");
  });
});
