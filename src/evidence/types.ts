// What an adversarial-test report says, whatever tool wrote it (SPEC section 4).
import type { EvidenceTool } from "../manifest/model.ts";

export interface SuiteResult {
  /** Probe (garak, summed over detectors), plugin (promptfoo), suite (native). */
  name: string;
  attempts: number;
  successes: number;
}

export interface EvidenceSummary {
  tool: EvidenceTool;
  /** Attacks tried and attacks that succeeded, over the whole report. */
  attempts: number;
  successes: number;
  /** successes / attempts; 0 when attempts is 0 (the check treats 0 attempts as unreadable). */
  attackSuccessRate: number;
  suites: SuiteResult[];
  /**
   * promptfoo only: false when the run has no red-team configuration and no result names a
   * plugin (a plain eval, not adversarial evidence).
   */
  redTeam?: boolean;
  /** A digest the report itself records (native format), if any. */
  modelDigest?: string;
  /** When the run happened, ISO date or date-time, if the report records it. */
  date?: string;
}

export type EvidenceParse =
  | { ok: true; summary: EvidenceSummary }
  | { ok: false; reason: string; line?: number };
