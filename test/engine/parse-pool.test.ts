// When the engine parses on worker threads, and that the in-thread parser is the plain loader.
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.ts";
import {
  inThreadParser,
  MIN_MANIFESTS_FOR_WORKERS,
  openParser,
  workerCount,
} from "../../src/engine/parse-pool.ts";
import { parseEvidence } from "../../src/evidence/parse.ts";
import { loadManifest } from "../../src/manifest/load.ts";
import { garakReport } from "./helpers.ts";

describe("workerCount", () => {
  const many = MIN_MANIFESTS_FOR_WORKERS;

  it("never starts workers outside the bundle (tests run the TypeScript sources)", () => {
    expect(workerCount(10_000, undefined, 8, false)).toBe(0);
    expect(workerCount(10_000, "3", 8, false)).toBe(0);
  });

  it("parses in this thread when there is little work", () => {
    expect(workerCount(many - 1, undefined, 8, true)).toBe(0);
    expect(workerCount(0, undefined, 8, true)).toBe(0);
  });

  it("uses the spare cores, at least one worker and at most three", () => {
    expect(workerCount(many, undefined, 1, true)).toBe(1);
    expect(workerCount(many, undefined, 2, true)).toBe(1);
    expect(workerCount(many, undefined, 3, true)).toBe(2);
    expect(workerCount(many, undefined, 64, true)).toBe(3);
  });

  it("follows MODEL_GATE_WORKERS: 0 turns workers off, n asks for n", () => {
    expect(workerCount(10_000, "0", 8, true)).toBe(0);
    expect(workerCount(1, "2", 8, true)).toBe(2);
    expect(workerCount(1, "", 8, true)).toBe(0);
  });

  it("refuses a MODEL_GATE_WORKERS that is not a count", () => {
    for (const bad of ["-1", "two", "1.5", " 1", "999"])
      expect(() => workerCount(100, bad, 8, true)).toThrow(UserError);
  });

  it("opens the in-thread parser from the TypeScript sources, whatever the work", () => {
    expect(openParser(10_000)).toBe(inThreadParser);
  });
});

describe("inThreadParser", () => {
  it("gives what the loaders give", async () => {
    const report = new TextEncoder().encode(garakReport(2, 50));
    expect(await inThreadParser.parseEvidence("garak", report)).toEqual(parseEvidence("garak", report));
    const bad = new TextEncoder().encode("apiVersion: v0\n");
    expect(await inThreadParser.loadManifest("m.yaml", bad)).toEqual(loadManifest("m.yaml", bad));
  });
});
