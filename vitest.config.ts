import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

// Two projects, run together by `npm test` (or alone: `npm run test:unit`, `npm run test:e2e`).
// - unit: every test file not named *.e2e.test.ts. Pure: no child process (test/support/no-spawn.ts
//   stops one at run time, test/unit-guard.test.ts rejects the imports that start one), no dist/.
// - e2e: files named *.e2e.test.ts. They run git, the built CLI (dist/cli.js) or the Action
//   (dist/index.js); dist/ is built once, for this project only.
const E2E = "test/**/*.e2e.test.ts";

// Files share a worker's module cache (isolate: false): importing the engine once per worker
// instead of once per file is most of the unit run. The end-to-end files run first (group 0),
// one worker per core and one more, as they mostly wait for their children; then the unit files
// (group 1), one worker per core, as each worker imports the engine again.
const cores = availableParallelism();

export default defineConfig({
  resolve: {
    // The bundle compiles the validators at build time (scripts/build.mjs); tests compile them.
    alias: {
      "model-gate:validators": fileURLToPath(
        new URL("./src/manifest/validators-runtime.ts", import.meta.url),
      ),
    },
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    isolate: false,
    maxWorkers: cores + 1,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, E2E],
          setupFiles: ["test/support/no-spawn.ts"],
          maxWorkers: cores,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: [E2E],
          // Builds dist/ once: the end-to-end tests run the bundle the way users and the runner do.
          globalSetup: ["test/action/global-setup.ts"],
          setupFiles: ["test/support/e2e-setup.ts"],
          maxWorkers: cores + 1,
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
