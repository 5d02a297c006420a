// Bundles the CLI and the Action into dist/ with esbuild. Deterministic: CI rebuilds
// and compares byte for byte with the committed dist/.

import { rm } from "node:fs/promises";
import { build } from "esbuild";

const banner = [
  "import { createRequire as __mgCreateRequire } from 'node:module';",
  "const require = __mgCreateRequire(import.meta.url);",
].join("\n");

await rm(new URL("../dist", import.meta.url), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  legalComments: "eof",
  charset: "utf8",
  logLevel: "warning",
  // Tells the engine it runs from the bundle, where dist/parse-worker.js sits beside it.
  define: { __MODEL_GATE_BUNDLE__: "true" },
};

await build({
  ...common,
  entryPoints: { cli: "src/cli/main.ts" },
  outdir: "dist",
  banner: { js: `#!/usr/bin/env node\n${banner}` },
});
await build({
  ...common,
  entryPoints: { index: "src/action/main.ts" },
  outdir: "dist",
  banner: { js: banner },
});
// The engine's parse worker thread (src/engine/parse-pool.ts), loaded from beside cli.js/index.js.
await build({
  ...common,
  entryPoints: { "parse-worker": "src/engine/parse-worker.ts" },
  outdir: "dist",
  banner: { js: banner },
});
