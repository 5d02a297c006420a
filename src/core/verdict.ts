// The one place where findings become a verdict, and a verdict plus mode become an outcome.
import type { Finding, NewFinding, Severity, Verdict } from "./findings.ts";
import type { GateResult } from "./result.ts";
import { RULES } from "./rules.ts";

/** How a failing verdict is treated: `enforce` blocks, `warn` reports and lets the step pass. */
export type Mode = "enforce" | "warn";
export const MODES = ["enforce", "warn"] as const satisfies readonly Mode[];

/** A finding with its rule's default severity and no waiver yet. */
export function toFinding(f: NewFinding): Finding {
  return { ...f, severity: f.severity ?? RULES[f.ruleId].severity, waived: null };
}

/** An unwaived error: the only kind of finding that fails the verdict. */
export function blocking(f: Finding): boolean {
  return f.severity === "error" && !f.waived;
}

/** How many findings block; `except` leaves some out (the audit counts expiry apart). */
export function blockingCount(findings: readonly Finding[], except?: (f: Finding) => boolean): number {
  return findings.filter((f) => blocking(f) && !except?.(f)).length;
}

export function decide(findings: readonly Finding[]): Exclude<Verdict, "error"> {
  return findings.some(blocking) ? "fail" : "pass";
}

/**
 * What the verdict means for the step: `pass`; `blocked` (a failing verdict in enforce mode); or
 * `warned` (a failing verdict in warn mode, reported but not blocking).
 */
export type Outcome = "pass" | "blocked" | "warned";

export function outcome(result: Pick<GateResult, "verdict" | "mode">): Outcome {
  if (result.verdict === "pass") return "pass";
  return result.mode === "warn" ? "warned" : "blocked";
}

/** Exit code of SPEC section 6: 0 pass, 1 fail, 2 error; warn mode always 0. */
export function exitCode(result: Pick<GateResult, "verdict" | "mode">): number {
  if (outcome(result) !== "blocked") return 0;
  return result.verdict === "fail" ? 1 : 2;
}

/** The result when the gate could not evaluate: fail closed. */
export function errorResult(args: {
  message: string;
  mode: Mode;
  baseLabel: string;
  headLabel: string;
  policy?: { source: string; digest: string };
}): GateResult {
  return {
    schemaVersion: 1,
    verdict: "error",
    mode: args.mode,
    base: args.baseLabel,
    head: args.headLabel,
    policy: args.policy ?? { source: "unknown", digest: "" },
    models: [],
    findings: [],
    error: args.message,
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** The one order of findings: file, line, column, rule id, model, message; findings without a file come last. */
export function compareFindings(a: Finding, b: Finding): number {
  if ((a.file === undefined) !== (b.file === undefined)) return a.file === undefined ? 1 : -1;
  return (
    cmp(a.file ?? "", b.file ?? "") ||
    cmp(a.line ?? 0, b.line ?? 0) ||
    cmp(a.column ?? 0, b.column ?? 0) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.model ?? "", b.model ?? "") ||
    cmp(a.message, b.message) ||
    cmp(SEVERITY_RANK[a.severity], SEVERITY_RANK[b.severity])
  );
}

/** Unwaived before waived, then error, warning, note; then the rule's security severity; then the location order. */
export function compareByImportance(a: Finding, b: Finding): number {
  return (
    cmp(a.waived ? 1 : 0, b.waived ? 1 : 0) ||
    cmp(SEVERITY_RANK[a.severity], SEVERITY_RANK[b.severity]) ||
    cmp(RULES[b.ruleId]?.securitySeverity ?? 0, RULES[a.ruleId]?.securitySeverity ?? 0) ||
    compareFindings(a, b)
  );
}

/** A sorted copy, in the one order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
