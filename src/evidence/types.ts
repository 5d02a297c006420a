// What an adversarial-test report says, whatever tool wrote it (SPEC section 4).
import type { EvidenceTool } from "../manifest/model.ts";

export interface SuiteResult {
  /** Probe (garak), plugin or test description (promptfoo), suite (native). */
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
  /** A digest the report itself records (native format), if any. */
  modelDigest?: string;
  /** When the run happened, ISO date or date-time, if the report records it. */
  date?: string;
}

export type EvidenceParse =
  | { ok: true; summary: EvidenceSummary }
  | { ok: false; reason: string; line?: number };
