// What `model-gate check` runs once its refs are known: the engine, the policy reader and the
// git trees. check.ts loads this module while its first git process runs, so compiling the
// engine overlaps git's own start-up (issue 13).

export { declarationRegistry } from "../engine/declarations.ts";
export { modelFileMatcher } from "../engine/model-files.ts";
export { parserFromWorkers, runGate } from "../engine/run-gate.ts";
// The policy parser, loaded here so that readPolicy's import of it finds it ready.
export { loadPolicy } from "../policy/load.ts";
