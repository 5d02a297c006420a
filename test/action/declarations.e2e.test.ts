// Issue 11, step 3: the Action reads declarations as `check` does (one registry, one discovery):
// the same files are models, and reading each reports the same findings, as in
// test/cli/declarations.e2e.test.ts. The base is read through the API (a shallow checkout).
import { describe, expect, it } from "vitest";
import { CHECK_NOW, cli, scenario } from "../support/cli-repo.ts";
import { CANDIDATES, FILES, modelsOf, POLICY, readerFindings } from "../support/declaration-files.ts";
import { BASE_FILES } from "./harness.ts";
import { run, setup, useScenarios } from "./scenario.ts";

useScenarios();

describe("the Action classifies declarations as check does", () => {
  it("a pull request adding every kind of file: the same models and the same reader findings", async () => {
    const { ".github/model-gate.yml": _policy, ...added } = FILES;
    const { ws, fake } = await setup({
      base: { ...BASE_FILES, ".github/model-gate.yml": POLICY },
      changes: added,
      shallow: true,
    });
    const action = await run(ws, fake);
    expect(action.report, action.stderr).toBeTruthy();

    const local = cli(scenario({}, FILES), ["check", "--all", "--now", CHECK_NOW, "--format", "json"]);
    const check = JSON.parse(local.out);
    expect(modelsOf(action.report)).toEqual(modelsOf(check));
    expect(modelsOf(check)).toEqual(["models/a.model.yaml", "models/b.model.json", "models/c/README.md"]);
    for (const file of CANDIDATES)
      expect(readerFindings(action.report.findings, file), file).toEqual(
        readerFindings(check.findings, file),
      );
  });
});
