// Argument parsing for every command, with node's own parser. Bad usage is a UserError
// (exit 2) that points at --help.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { UserError } from "../core/errors.ts";

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

export function oneOf<V extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly V[],
  fallback: V,
): V {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as V;
  throw new UserError(`--${flag} must be one of ${allowed.join(", ")} (got ${JSON.stringify(value)})`);
}
