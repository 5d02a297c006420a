// Set-up file of the end-to-end project, run before each test file. Files share a worker's
// module cache (isolate: false), so clean-up hooks are registered here, once per file, rather
// than when a helper module is first imported.
import { afterAll } from "vitest";
import { cleanTemps as cleanActionTemps } from "../action/harness.ts";
import { removeTempDirs } from "../repo/helpers.ts";
import { cleanTemps as cleanScenarioTemps } from "./cli-repo.ts";

afterAll(() => {
  cleanScenarioTemps();
  cleanActionTemps();
  removeTempDirs();
});
