// Bundles the CLI and the Action into dist/ with esbuild. Deterministic: CI rebuilds
// and compares byte for byte with the committed dist/.

import { readFile, rm } from "node:fs/promises";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import { build } from "esbuild";

const json = async (path) => JSON.parse(await readFile(new URL(`../${path}`, import.meta.url), "utf8"));

// The schema validators, compiled to code once here instead of on every run: the module
// "model-gate:validators" that src/manifest/validators-runtime.ts stands in for under tests.
async function validatorsModule() {
  const ajv = new Ajv({
    ...(await json("src/manifest/ajv-options.json")),
    code: { source: true, esm: true },
  });
  addFormats(ajv, ["date"]);
  const manifest = await json("schema/manifest.schema.json");
  const policy = await json("schema/policy.schema.json");
  ajv.addSchema(manifest);
  ajv.addSchema(policy);
  const code = standaloneCode(ajv, { manifest: manifest.$id, policy: policy.$id });
  return `${code}\nexport function schemaValidators() { return { manifest, policy }; }\n`;
}

const validators = await validatorsModule();
const validatorsPlugin = {
  name: "model-gate-validators",
  setup(b) {
    b.onResolve({ filter: /^model-gate:validators$/ }, () => ({
      path: "validators",
      namespace: "model-gate",
    }));
    b.onLoad({ filter: /.*/, namespace: "model-gate" }, () => ({
      contents: validators,
      loader: "js",
      resolveDir: new URL("..", import.meta.url).pathname,
    }));
  },
};

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
  plugins: [validatorsPlugin],
};

await build({
  ...common,
  entryPoints: { cli: "src/cli/main.ts" },
  outdir: "dist",
  banner: { js: `#!/usr/bin/env node\n${banner}` },
});
await build({
  ...common,
  entryPoints: { index: "src/action/index.ts" },
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
