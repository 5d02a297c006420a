// The one place where findings become a verdict.
import type { Finding, NewFinding, Verdict } from "./findings.ts";
import type { GateResult } from "./result.ts";
import { RULES } from "./rules.ts";

/** A finding with its rule's default severity and no waiver yet. */
export function toFinding(f: NewFinding): Finding {
  return { ...f, severity: f.severity ?? RULES[f.ruleId].severity, waived: null };
}

export function blocks(f: Finding): boolean {
  return f.severity === "error" && f.waived === null;
}

export function decide(findings: readonly Finding[]): Exclude<Verdict, "error"> {
  return findings.some(blocks) ? "fail" : "pass";
}

/** Exit code of SPEC section 6: 0 pass, 1 fail, 2 error; warn mode always 0. */
export function exitCode(result: Pick<GateResult, "verdict" | "mode">): number {
  if (result.mode === "warn") return 0;
  return result.verdict === "pass" ? 0 : result.verdict === "fail" ? 1 : 2;
}

/** The result when the gate could not evaluate: fail closed. */
export function errorResult(args: {
  message: string;
  mode: "enforce" | "warn";
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

/** Deterministic order for every report: file, line, rule, message. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      cmp(a.file ?? "\uffff", b.file ?? "\uffff") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
