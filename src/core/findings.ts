// The one vocabulary every part of the engine speaks: findings, severities, verdicts.
import type { RuleId } from "./rules.ts";

export type Severity = "error" | "warning" | "note";
export type Verdict = "pass" | "fail" | "error";

/** A waiver from the base policy, as it appears in reports. */
export interface WaiverRef {
  rule: string;
  model: string;
  reason: string;
  owner: string;
  ticket?: string | undefined;
  expires: string;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** What is wrong and what to do, in one or two sentences. Untrusted parts are plain text, escaped by reporters. */
  message: string;
  /** Repository-relative path of the file the finding is about (usually the manifest line that declares the thing). */
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  /** metadata.name of the model, when the finding belongs to one. */
  model?: string | undefined;
  waived: WaiverRef | null;
}

/** Builds a finding; severity defaults to the rule's. */
export type NewFinding = Omit<Finding, "waived" | "severity"> & { severity?: Severity };
