// The `model-gate` command: a thin shell over the engine. Adapters (git, filesystem) are
// created here, per command, never at module load. A UserError is printed as a message with
// file and line; anything else is a bug and shows its stack.
import { isUserError } from "../core/errors.ts";
import { runAudit } from "./audit.ts";
import { runCheck } from "./check.ts";
import { runDigest } from "./digest.ts";
import { runExplain } from "./explain.ts";
import { HELP, VERSION } from "./help.ts";
import { runInit } from "./init.ts";
import { runValidate } from "./validate.ts";
import { runVerify } from "./verify.ts";

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  check: runCheck,
  digest: runDigest,
  validate: runValidate,
  init: runInit,
  explain: runExplain,
  verify: runVerify,
  audit: runAudit,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(HELP.main);
    return command ? 0 : 2;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`model-gate: unknown command ${JSON.stringify(command)}\n\n${HELP.main}`);
    return 2;
  }
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (isUserError(e)) {
      process.stderr.write(`model-gate: error: ${e.describe()}\n`);
    } else {
      process.stderr.write(
        `model-gate: internal error (a bug; please report it with this trace):\n${(e as Error)?.stack ?? String(e)}\n`,
      );
    }
    process.exitCode = 2;
  },
);
