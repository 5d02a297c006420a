// What one evaluation produces: the JSON report of SPEC section 6, before serialisation.

import type { RiskTier } from "../manifest/model.ts";
import type { Finding, Verdict } from "./findings.ts";

export interface ModelResult {
  manifest: string;
  name: string;
  riskTier: RiskTier | null;
  modelDigest: string | null;
  verdict: Exclude<Verdict, "error">;
}

export interface GateResult {
  schemaVersion: 1;
  verdict: Verdict;
  mode: "enforce" | "warn";
  base: string;
  head: string;
  policy: { source: string; digest: string };
  models: ModelResult[];
  findings: Finding[];
  /** Set when verdict is "error": why the gate could not evaluate. */
  error?: string;
}
