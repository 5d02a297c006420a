import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-DFUNPAS7.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
function parse(command, argv, options, allowPositionals) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals,
      strict: true
    });
  } catch (e) {
    throw new UserError(`${e.message}`, {}, `Run: model-gate ${command} --help`);
  }
}
function oneOf(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UserError(`--${flag} must be one of ${allowed.join(", ")} (got ${JSON.stringify(value)})`);
}

export {
  parse,
  oneOf
};
