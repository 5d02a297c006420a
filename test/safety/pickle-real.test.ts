// Real files made by torch, numpy, scikit-learn and joblib (test/safety/fixtures/real/generate.py,
// versions in VERSIONS.txt): allow-list first must keep them clean (issue 8 class 6, issue 9 class 8).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { judgeGlobal } from "../../src/safety/pickle-globals.ts";
import { walkPickle } from "../../src/safety/pickle-scan.ts";
import { scanBytes } from "./helpers.ts";

const DIR = new URL("./fixtures/real/", import.meta.url);
const FILES = readdirSync(DIR).filter((f) => /\.(pt|pkl|joblib)$/.test(f));

describe("real checkpoints and estimators raise no error and no unknown global", () => {
  it("has the files the generator makes", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(15);
  });
  for (const file of FILES) {
    it(`passes ${file}`, async () => {
      const data = new Uint8Array(readFileSync(new URL(file, DIR)));
      for (const chunk of [65536, 7]) {
        const issues = await scanBytes(`models/${file}`, data, chunk);
        expect(issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(issues.filter((i) => /allow list/.test(i.message))).toEqual([]);
      }
    });
  }
  for (const file of FILES.filter((f) => !f.includes("torch_") || f.includes("legacy"))) {
    it(`walks ${file} to its imports, all on the built-in allow list`, async () => {
      const data = new Uint8Array(readFileSync(new URL(file, DIR)));
      const s = await walkPickle(
        (async function* () {
          yield data;
        })(),
      );
      expect(s.imports.length).toBeGreaterThan(0);
      for (const i of s.imports)
        expect(judgeGlobal(i.module, i.name).verdict, `${i.module}.${i.name}`).toBe("safe");
      expect(s.anomalies).toEqual([]);
    });
  }
});
