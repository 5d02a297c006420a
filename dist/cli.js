#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  HELP
} from "./chunk-GDB26TB7.js";
import {
  isUserError
} from "./chunk-DFUNPAS7.js";
import {
  VERSION
} from "./chunk-TVIEZLZA.js";
import "./chunk-YMPWKLZV.js";

// src/cli/main.ts
var COMMANDS = {
  check: async () => (await import("./chunk-OLZ3EVEY.js")).runCheck,
  digest: async () => (await import("./chunk-QY23LWCX.js")).runDigest,
  validate: async () => (await import("./chunk-3WZH4JAL.js")).runValidate,
  init: async () => (await import("./chunk-PPFNDVKF.js")).runInit,
  explain: async () => (await import("./chunk-FWREQHWO.js")).runExplain,
  verify: async () => (await import("./chunk-5SC6YVO6.js")).runVerify,
  audit: async () => (await import("./chunk-5JDGCKXA.js")).runAudit
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
