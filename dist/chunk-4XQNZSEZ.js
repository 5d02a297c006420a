import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  REPORT_FORMATS
} from "./chunk-3L5BALE3.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  MODES
} from "./chunk-JOZW2F7Z.js";

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
var REPORT_FLAGS = {
  format: { type: "string" },
  output: { type: "string" },
  mode: { type: "string" },
  now: { type: "string" }
};
function reportOptions(values) {
  const format = oneOf("format", values.format, REPORT_FORMATS, "text");
  const mode = oneOf("mode", values.mode, MODES, "enforce");
  const value = values.now;
  const now = value ? /* @__PURE__ */ new Date(`${value}${value.length === 10 ? "T12:00:00Z" : ""}`) : /* @__PURE__ */ new Date();
  if (Number.isNaN(now.getTime()))
    throw new UserError(`--now must be an ISO date (got ${JSON.stringify(value)})`);
  return { format, mode, now };
}

export {
  parse,
  REPORT_FLAGS,
  reportOptions
};
