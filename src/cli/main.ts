// The `model-gate` command: a thin shell over the engine. Adapters (git, filesystem) are
// created here, per command, never at module load. A UserError is printed as a message with
// file and line; anything else is a bug and shows its stack.
import { isUserError } from "../core/errors.ts";
import { HELP, VERSION } from "./help.ts";

// Each command is loaded when it runs: `check` need not evaluate the GitHub client `verify`
// brings, nor `verify` the engine (esbuild keeps one file and defers each module's start-up).
const COMMANDS: Record<string, () => Promise<(argv: string[]) => Promise<number>>> = {
  check: async () => (await import("./check.ts")).runCheck,
  digest: async () => (await import("./digest.ts")).runDigest,
  validate: async () => (await import("./validate.ts")).runValidate,
  init: async () => (await import("./init.ts")).runInit,
  explain: async () => (await import("./explain.ts")).runExplain,
  verify: async () => (await import("./verify.ts")).runVerify,
  audit: async () => (await import("./audit.ts")).runAudit,
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
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    process.stderr.write(`model-gate: unknown command ${JSON.stringify(command)}\n\n${HELP.main}`);
    return 2;
  }
  return (await load())(rest);
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
