// Shared fast-check settings for the fuzz suite: a fixed seed per property (reproducible in CI),
// FUZZ_RUNS to run longer (e.g. FUZZ_RUNS=20000 npx vitest run test/fuzz) and FUZZ_SEED to
// replay or vary the seed. A failure prints the seed and the shrunk counterexample.
import "./warm-globals.ts";
import { assertNoPoisoning, restoreGlobals } from "@fast-check/poisoning";
import type { Parameters } from "fast-check";
import { afterEach, vi } from "vitest";

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

/** Fails the test when any reader changed a global (Object.prototype, Array.prototype, ...). */
export function noPoisoningAfterEach(): void {
  afterEach(() => {
    try {
      assertNoPoisoning({ ignoredRootRegex: /^(__vitest|__VITEST|\$|_)/ });
    } catch (e) {
      restoreGlobals({ ignoredRootRegex: /^(__vitest|__VITEST|\$|_)/ });
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
