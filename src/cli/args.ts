// Argument parsing for every command, with node's own parser. Bad usage is a UserError
// (exit 2) that points at --help.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { UserError } from "../core/errors.ts";
import { MODES, type Mode } from "../core/verdict.ts";
import { REPORT_FORMATS, type ReportFormat } from "../reports/render.ts";

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals: boolean,
) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals,
      strict: true,
    });
  } catch (e) {
    throw new UserError(`${(e as Error).message}`, {}, `Run: model-gate ${command} --help`);
  }
}

function oneOf<V extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly V[],
  fallback: V,
): V {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as V;
  throw new UserError(`--${flag} must be one of ${allowed.join(", ")} (got ${JSON.stringify(value)})`);
}

/** The flags every judging command shares: the report's format and file, the mode, the clock. */
export const REPORT_FLAGS = {
  format: { type: "string" },
  output: { type: "string" },
  mode: { type: "string" },
  now: { type: "string" },
} as const;

/** --format, --mode and --now checked and read; a bare date means noon UTC that day. */
export function reportOptions(values: { format?: string; mode?: string; now?: string }): {
  format: ReportFormat;
  mode: Mode;
  now: Date;
} {
  const format = oneOf<ReportFormat>("format", values.format, REPORT_FORMATS, "text");
  const mode = oneOf("mode", values.mode, MODES, "enforce");
  const value = values.now;
  const now = value ? new Date(`${value}${value.length === 10 ? "T12:00:00Z" : ""}`) : new Date();
  if (Number.isNaN(now.getTime()))
    throw new UserError(`--now must be an ISO date (got ${JSON.stringify(value)})`);
  return { format, mode, now };
}
