// Typed errors. A UserError is the user's to fix: it is printed as a clear message with
// file and line and what to do, without a stack. Anything else is a bug: stack trace.

export interface Location {
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
}

export class UserError extends Error {
  override readonly name = "UserError";
  constructor(
    message: string,
    readonly location: Location = {},
    /** What the user should do about it. */
    readonly hint?: string,
  ) {
    super(message);
  }

  /** "file:line:col: message\n  hint" */
  describe(): string {
    const where = formatLocation(this.location);
    return `${where ? `${where}: ` : ""}${this.message}${this.hint ? `\n  ${this.hint}` : ""}`;
  }
}

/** The gate could not evaluate (API down, truncated file list): verdict `error`, fail closed. */
export class GateError extends UserError {}

function formatLocation(loc: Location): string {
  if (!loc.file) return "";
  return `${loc.file}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ""}` : ""}`;
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
