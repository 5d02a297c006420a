// Set-up file of the unit project: a unit test that starts a process (git, the built CLI, a
// shell tool), directly or through an adapter, fails at once instead of silently slowing the
// unit run. Processes belong to the end-to-end project: name the file *.e2e.test.ts.
import childProcess from "node:child_process";
import { syncBuiltinESMExports } from "node:module";

const SPAWNERS = ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"] as const;

for (const name of SPAWNERS) {
  Object.assign(childProcess, {
    [name]: (command: unknown) => {
      throw new Error(
        `unit tests start no process (child_process.${name}(${JSON.stringify(command)})): ` +
          "end-to-end tests go in a file named *.e2e.test.ts",
      );
    },
  });
}
// Named imports (`import { spawn } from "node:child_process"`) see the replacements too.
syncBuiltinESMExports();
