// Shared fast-check settings for the fuzz suite: a fixed seed per property (reproducible in CI),
// FUZZ_RUNS to run longer (e.g. FUZZ_RUNS=20000 npx vitest run test/fuzz) and FUZZ_SEED to
// replay or vary the seed. A failure prints the seed and the shrunk counterexample.
import "./warm-globals.ts";
import type { Parameters } from "fast-check";
import { afterEach, beforeAll, vi } from "vitest";

type Poisoning = typeof import("@fast-check/poisoning");

const envRuns = Number(process.env.FUZZ_RUNS);
const envSeed = Number(process.env.FUZZ_SEED);
// Longer runs need more than the default 30 s per test.
if (envRuns > 0) vi.setConfig({ testTimeout: 30 * 60_000 });

/** Runs for a property: `base` by default, FUZZ_RUNS when set. */
export function settings(seed: number, base: number): Parameters<unknown> {
  return {
    seed: Number.isInteger(envSeed) && process.env.FUZZ_SEED ? envSeed : seed,
    numRuns: Number.isInteger(envRuns) && envRuns > 0 ? envRuns : base,
    endOnFailure: true,
  };
}

let loads = 0;
/**
 * @fast-check/poisoning compares with the globals as they were when it was loaded. Test files
 * share a worker's modules (isolate: false), so each file loads its own copy (a distinct URL is
 * a distinct module): what an earlier file set up (e.g. fetch's dispatcher) is not this file's doing.
 */
async function loadPoisoning(): Promise<Poisoning> {
  const url = new URL(import.meta.resolve("@fast-check/poisoning"));
  url.searchParams.set("file", String(++loads));
  return import(/* @vite-ignore */ url.href);
}

/** Fails the test when any reader changed a global (Object.prototype, Array.prototype, ...). */
export function noPoisoningAfterEach(): void {
  let poisoning: Poisoning;
  beforeAll(async () => {
    poisoning = await loadPoisoning();
  });
  afterEach(() => {
    const options = { ignoredRootRegex: /^(__vitest|__VITEST|\$|_)/ };
    try {
      poisoning.assertNoPoisoning(options);
    } catch (e) {
      poisoning.restoreGlobals(options);
      throw e;
    }
  });
}

/** Keys that pollute prototypes when a reader assigns them naively. */
export const DANGEROUS_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
];
