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
