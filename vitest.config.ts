import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

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
    include: ["test/**/*.test.ts"],
    // Builds dist/ once: the end-to-end tests run the bundle the way users and the runner do.
    globalSetup: ["test/action/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
