// Hostile pickles, one per bypass class (fixtures/hostile/generate.py writes them and the reason
// each error must name): every one blocks, at any chunk size.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { errors, scanBytes } from "./helpers.ts";

const DIR = new URL("./fixtures/hostile/", import.meta.url);
const EXPECTED: Record<string, string> = JSON.parse(readFileSync(new URL("expected.json", DIR), "utf8"));

describe("hostile pickles block with an error naming the reason", () => {
  for (const [file, reason] of Object.entries(EXPECTED)) {
    it(`blocks ${file}`, async () => {
      const data = new Uint8Array(readFileSync(new URL(file, DIR)));
      for (const chunk of [65536, 3]) {
        const errs = errors(await scanBytes(`models/${file}`, data, chunk));
        expect(
          errs.some((e) => new RegExp(reason).test(e.message)),
          `${file} @${chunk}: ${errs.map((e) => e.message).join("\n")}`,
        ).toBe(true);
      }
    });
  }
});

describe("shared references that are no attack stay clean", () => {
  it("a list of 300,000 references to one string (as CPython writes ['cat'] * 300000)", async () => {
    const parts: number[] = [0x80, 4, 0x5d, 0x94];
    for (let i = 0; i < 300; i++) {
      parts.push(0x28);
      if (i === 0) parts.push(0x8c, 3, 0x63, 0x61, 0x74, 0x94);
      for (let j = i === 0 ? 1 : 0; j < 1000; j++) parts.push(0x68, 1);
      parts.push(0x65);
    }
    parts.push(0x2e);
    expect(await scanBytes("models/labels.pkl", Uint8Array.from(parts))).toEqual([]);
  });
});

describe("recursive containers Python can build stay clean", () => {
  it("a dict that holds itself as a value, a list that holds itself", async () => {
    const dict = Uint8Array.from([0x80, 2, 0x7d, 0x71, 0, 0x4b, 1, 0x68, 0, 0x73, 0x2e]);
    const list = Uint8Array.from([0x80, 2, 0x5d, 0x71, 0, 0x68, 0, 0x61, 0x2e]);
    expect(await scanBytes("models/d.pkl", dict)).toEqual([]);
    expect(await scanBytes("models/l.pkl", list)).toEqual([]);
  });
});
