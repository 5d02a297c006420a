#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  HELP
} from "./chunk-TJH66ASZ.js";
import {
  isUserError
} from "./chunk-DFUNPAS7.js";
import {
  VERSION
} from "./chunk-TVIEZLZA.js";
import "./chunk-YMPWKLZV.js";

// src/cli/main.ts
var COMMANDS = {
  check: async () => (await import("./chunk-NDS4K7SB.js")).runCheck,
  digest: async () => (await import("./chunk-6MQ5CIZ6.js")).runDigest,
  validate: async () => (await import("./chunk-DNJKQVQK.js")).runValidate,
  init: async () => (await import("./chunk-FQBJGUG2.js")).runInit,
  explain: async () => (await import("./chunk-445EL2EK.js")).runExplain,
  verify: async () => (await import("./chunk-NVYRONCW.js")).runVerify,
  audit: async () => (await import("./chunk-T7P3TE4P.js")).runAudit
};
async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(HELP.main);
    return command ? 0 : 2;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : void 0;
  if (!load) {
    process.stderr.write(`model-gate: unknown command ${JSON.stringify(command)}

${HELP.main}`);
    return 2;
  }
  return (await load())(rest);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (isUserError(e)) {
      process.stderr.write(`model-gate: error: ${e.describe()}
`);
    } else {
      process.stderr.write(
        `model-gate: internal error (a bug; please report it with this trace):
${e?.stack ?? String(e)}
`
      );
    }
    process.exitCode = 2;
  }
);
