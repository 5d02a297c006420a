// Bundles the CLI and the Action into dist/ with esbuild. Deterministic: CI rebuilds
// and compares byte for byte with the committed dist/.

import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import { build } from "esbuild";

const json = async (path) => JSON.parse(await readFile(new URL(`../${path}`, import.meta.url), "utf8"));

// The schema validators, compiled to code once here instead of on every run: the module
// "model-gate:validators" that src/manifest/validators-runtime.ts stands in for under tests.
// The policy's validator is in the bundle; the manifest's is dist/manifest-validator.cjs, loaded
// (synchronously, with require) on the first manifest validated: a run that reads only the
// policy (issue 13: a PR that touches no model) does not parse the manifest schema's code.
const MANIFEST_VALIDATOR = "./manifest-validator.cjs";
async function validatorsModules() {
  const options = await json("src/manifest/ajv-options.json");
  const manifest = await json("schema/manifest.schema.json");
  const policy = await json("schema/policy.schema.json");
  const compiler = (esm) => {
    const ajv = new Ajv({ ...options, code: { source: true, esm } });
    addFormats(ajv, ["date"]);
    ajv.addSchema(manifest);
    ajv.addSchema(policy);
    return ajv;
  };
  const manifestAjv = compiler(false);
  return {
    policy: `${standaloneCode(compiler(true), { policy: policy.$id })}
let manifest;
export function schemaValidators() {
  return {
    policy,
    get manifest() {
      manifest ??= require(${JSON.stringify(MANIFEST_VALIDATOR)});
      return manifest;
    },
  };
}
`,
    manifest: standaloneCode(manifestAjv, manifestAjv.getSchema(manifest.$id)),
  };
}

const validators = await validatorsModules();
const validatorsPlugin = {
  name: "model-gate-validators",
  setup(b) {
    b.onResolve({ filter: /^model-gate:validators$/ }, () => ({
      path: "validators",
      namespace: "model-gate",
    }));
    b.onLoad({ filter: /.*/, namespace: "model-gate" }, () => ({
      contents: validators.policy,
      loader: "js",
      resolveDir: new URL("..", import.meta.url).pathname,
    }));
  },
};

// `yaml` as its ES module build (the same code as its CommonJS build, which Node would pick):
// esbuild hoists it and drops what the gate never calls instead of wrapping every file, and
// it has no LOG_TOKENS/LOG_STREAM environment hooks that print to stdout. Parsing starts sooner.
const yamlEsmPlugin = {
  name: "model-gate-yaml-esm",
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({
      path: fileURLToPath(new URL("../node_modules/yaml/browser/index.js", import.meta.url)),
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
  plugins: [validatorsPlugin, yamlEsmPlugin],
  // Beside every entry and chunk in dist/: require() resolves it from import.meta.url.
  external: [MANIFEST_VALIDATOR],
  outdir: "dist",
  // Every chunk carries the banner: a CommonJS dependency's require() may land in any of them.
  banner: { js: banner },
};

// The CLI and the Action in one build with code splitting: a run loads the entry and then only
// the chunks its dynamic imports reach (issue 13: `--version` or a PR that touches no model does
// not compile the scanner, the formats or the GitHub client). Chunks sit beside the entries, so
// import.meta.url means dist/ in every one of them; their names are content hashes, stable
// from build to build.
const split = await build({
  ...common,
  entryPoints: { cli: "src/cli/main.ts", index: "src/action/index.ts" },
  splitting: true,
  chunkNames: "chunk-[hash]",
  write: false,
  metafile: true,
});
// MODEL_GATE_METAFILE=path writes esbuild's metafile: which module lands in which chunk and why.
if (process.env.MODEL_GATE_METAFILE)
  await writeFile(process.env.MODEL_GATE_METAFILE, JSON.stringify(split.metafile));
for (const file of split.outputFiles) {
  const isCli = file.path === fileURLToPath(new URL("../dist/cli.js", import.meta.url));
  await mkdir(dirname(file.path), { recursive: true });
  await writeFile(file.path, isCli ? `#!/usr/bin/env node\n${file.text}` : file.contents);
}
// The manifest validator, self-contained CommonJS (ajv's runtime helpers and the date format inside).
await build({
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  legalComments: "eof",
  charset: "utf8",
  logLevel: "warning",
  stdin: { contents: validators.manifest, loader: "js", resolveDir: new URL("..", import.meta.url).pathname },
  outfile: "dist/manifest-validator.cjs",
});
// The engine's parse worker thread (src/engine/parse-pool.ts), loaded from beside cli.js/index.js.
await build({
  ...common,
  entryPoints: { "parse-worker": "src/engine/parse-worker.ts" },
});
