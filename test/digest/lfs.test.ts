import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatLfsPointer, looksLikeLfsPointer, parseLfsPointer } from "../../src/repo/lfs.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const OID = "4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393";
const V = "version https://git-lfs.github.com/spec/v1";

describe("Git LFS pointers (cases from git-lfs/git-lfs lfs/pointer_test.go)", () => {
  it("reads the canonical pointer", () => {
    expect(parseLfsPointer(enc(`${V}\noid sha256:${OID}\nsize 12345\n`))).toEqual({ oid: OID, size: 12345 });
    expect(parseLfsPointer(enc(`${V}\noid sha256:${OID}\nsize 0\n`))).toEqual({ oid: OID, size: 0 });
  });

  it.each([
    ["not a pointer", "invalid stuff"],
    ["git-media", "# git-media"],
    ["an empty file", ""],
    ["a bad oid", `${V}\noid sha256:boom\nsize 12345\n`],
    ["a bad oid type", `${V}\noid shazam:${OID}\nsize 12345\n`],
    ["an upper-case oid", `${V}\noid sha256:${OID.toUpperCase()}\nsize 12345\n`],
    ["an oid with a trailing &", `${V}\noid sha256:${OID}&\nsize 177735\n`],
    ["no oid", `${V}\nsize 12345\n`],
    ["a bad version", `version http://git-media.io/v/whatever\noid sha256:${OID}\nsize 12345\n`],
    ["no version", `oid sha256:${OID}\nsize 12345\n`],
    ["a bad size", `${V}\noid sha256:${OID}\nsize fif\n`],
    ["a negative size", `${V}\noid sha256:${OID}\nsize -1\n`],
    ["a size with a leading zero", `${V}\noid sha256:${OID}\nsize 012\n`],
    ["a size beyond 2^53", `${V}\noid sha256:${OID}\nsize 9007199254740993\n`],
    ["no size", `${V}\noid sha256:${OID}\n`],
    ["key=value lines", `version=https://git-lfs.github.com/spec/v1\noid=sha256:${OID}\nsize=fif\n`],
    ["an extra key", `${V}\noid sha256:${OID}\nsize 12345\nwat wat\n`],
    ["keys out of order", `${V}\nsize 12345\noid sha256:${OID}\n`],
    // Non-canonical forms git-lfs decodes but never writes: refused, the caller reports them.
    ["no final newline", `${V}\noid sha256:${OID}\nsize 12345`],
    ["CRLF line ends", `${V}\r\noid sha256:${OID}\r\nsize 12345\r\n`],
    ["trailing whitespace", `${V}\noid sha256:${OID}\nsize 12345   \n`],
    [
      "the pre-release hawser version",
      `version https://hawser.github.com/spec/v1\noid sha256:${OID}\nsize 12345\n`,
    ],
    [
      "extensions (the oid would not be the model's bytes)",
      `${V}\next-0-foo sha256:${"f".repeat(64)}\noid sha256:${OID}\nsize 12345\n`,
    ],
    ["a second pointer appended", `${V}\noid sha256:${OID}\nsize 1\n${V}\noid sha256:${OID}\nsize 2\n`],
  ])("refuses %s", (_, text) => {
    expect(parseLfsPointer(enc(text))).toBeNull();
  });

  it("refuses anything of 1024 bytes or more, however it starts", () => {
    const pointer = `${V}\noid sha256:${OID}\nsize 1\n`;
    expect(parseLfsPointer(enc(pointer + "x".repeat(1024 - pointer.length)))).toBeNull();
    expect(parseLfsPointer(new Uint8Array(10_000_000))).toBeNull();
  });

  it("reads a pointer from a view into a larger buffer", () => {
    const bytes = enc(`junk${V}\noid sha256:${OID}\nsize 7\nmore`);
    const view = bytes.subarray(4, bytes.length - 4);
    expect(parseLfsPointer(view)).toEqual({ oid: OID, size: 7 });
  });

  it("tells a malformed pointer from an ordinary file", () => {
    expect(looksLikeLfsPointer(enc(`${V}\r\noid sha256:${OID}\r\nsize 12345\r\n`))).toBe(true);
    expect(looksLikeLfsPointer(enc(`version https://hawser.github.com/spec/v1\n`))).toBe(true);
    expect(looksLikeLfsPointer(enc("version https://git-lfs"))).toBe(true);
    expect(looksLikeLfsPointer(enc("{}"))).toBe(false);
    expect(looksLikeLfsPointer(enc(" version https://git-lfs.github.com/spec/v1\n"))).toBe(false);
    expect(looksLikeLfsPointer(new Uint8Array(0))).toBe(false);
  });
});

describe("LFS pointers: properties", () => {
  const oid = fc.stringMatching(/^[0-9a-f]{64}$/);
  const size = fc.oneof(fc.nat(), fc.constant(0), fc.constant(Number.MAX_SAFE_INTEGER), fc.maxSafeNat());

  it("parse ∘ format is the identity for valid oids and sizes", () => {
    fc.assert(
      fc.property(oid, size, (o, s) => {
        expect(parseLfsPointer(enc(formatLfsPointer({ oid: o, size: s })))).toEqual({ oid: o, size: s });
      }),
    );
  });

  it("mutations never crash, and whatever still parses is canonical", () => {
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant("flip" as const),
        at: fc.nat(200),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      fc.record({ kind: fc.constant("delete" as const), at: fc.nat(200), byte: fc.constant(0) }),
      fc.record({
        kind: fc.constant("insert" as const),
        at: fc.nat(200),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
    );
    fc.assert(
      fc.property(oid, size, fc.array(mutation, { minLength: 1, maxLength: 5 }), (o, s, mutations) => {
        const bytes = [...enc(formatLfsPointer({ oid: o, size: s }))];
        for (const m of mutations) {
          const at = m.at % (bytes.length + 1);
          if (m.kind === "flip" && at < bytes.length) bytes[at] = m.byte;
          else if (m.kind === "delete") bytes.splice(at, 1);
          else if (m.kind === "insert") bytes.splice(at, 0, m.byte);
        }
        const input = Uint8Array.from(bytes);
        const parsed = parseLfsPointer(input);
        looksLikeLfsPointer(input);
        if (parsed) expect(formatLfsPointer(parsed)).toBe(Buffer.from(input).toString("latin1"));
      }),
    );
  });

  it("never crashes on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1100 }), (bytes) => {
        const parsed = parseLfsPointer(bytes);
        if (parsed) expect(looksLikeLfsPointer(bytes)).toBe(true);
      }),
    );
  });
});
