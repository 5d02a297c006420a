// What the safety scanners report, and the limits that keep a scan bounded on hostile input.

/**
 * What a scanner found, as a fact (src/checks/safety.ts names the rule): code a pickle would run
 * on load, a file that is malformed or carries content a loader acts on, or content the scanner
 * could not look at.
 */
export type SafetyKind = "unsafe-pickle" | "unsafe-format" | "not-scanned";
export type SafetySeverity = "error" | "warning" | "note";

export interface SafetyIssue {
  kind: SafetyKind;
  severity: SafetySeverity;
  /** Says what was found and what to do; names the file (and archive member) it is about. */
  message: string;
}

export interface ScanLimits {
  /** Bytes inflated from compressed archive members, over the whole scan (zip-bomb guard). */
  maxInflatedBytes: number;
  /** Archive members walked, over the whole scan, nested archives included. */
  maxMembers: number;
  /** Archives inside archives. */
  maxZipDepth: number;
  /** Issues reported for one file; the rest are summarised in one line. */
  maxIssues: number;
  /** The base policy's scan.allowGlobals: pickle globals the team trusts ("module.Name", "module.*"). */
  allowGlobals?: readonly string[];
}

export const DEFAULT_LIMITS: ScanLimits = {
  maxInflatedBytes: 2 * 1024 ** 3,
  maxMembers: 20_000,
  maxZipDepth: 3,
  maxIssues: 50,
};

/** Bytes produced by decompression over one scan, against a cap (decompression-bomb guard). */
export interface InflateBudget {
  inflated: number;
  readonly maxInflated: number;
}

/** The content is not what its format says (truncated, inconsistent, over a cap). */
export class MalformedError extends Error {
  override readonly name = "MalformedError";
}

/** Malformed content of an archive member, in a message that already names the member. */
export class MemberError extends MalformedError {}

/** A format the scanner identifies but cannot read (7z, lzma-alone): safety/not-scanned. */
export class UnreadableError extends Error {
  override readonly name = "UnreadableError";
}

/** A scan limit was hit: the rest of the file was not checked. */
export class LimitError extends Error {
  override readonly name = "LimitError";
}

/** Reading the bytes failed (I/O): not a finding, the caller's problem. */
export class SourceError extends Error {
  override readonly name = "SourceError";
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Collects issues for one file, with dedupe and a cap. */
export class IssueSink {
  readonly issues: SafetyIssue[] = [];
  private readonly seen = new Set<string>();
  private dropped = 0;
  constructor(private readonly max: number) {}

  add(kind: SafetyKind, severity: SafetySeverity, message: string): void {
    const key = `${kind}\u0000${severity}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.issues.length >= this.max) {
      this.dropped++;
      return;
    }
    this.issues.push({ kind, severity, message });
  }

  get errorCount(): number {
    return this.issues.filter((i) => i.severity === "error").length;
  }

  finish(path: string): SafetyIssue[] {
    if (this.dropped > 0) {
      const worst = this.issues.some((i) => i.severity === "error") ? "error" : "warning";
      this.issues.push({
        kind: "unsafe-format",
        severity: worst,
        message: `${path}: ${this.dropped} more safety issues not listed`,
      });
    }
    return this.issues;
  }
}
