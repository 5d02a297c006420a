// action.yml is the Action's public interface: its inputs and outputs must be exactly the ones the
// code reads and writes (src/action/io.ts names them once), or a user's `with:` line is silently
// ignored, or a documented output is never set.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readInputs } from "../../src/action/inputs.ts";
import { INPUTS, type InputName, OUTPUTS } from "../../src/action/io.ts";

const root = join(import.meta.dirname, "../..");
const actionYml = parse(readFileSync(join(root, "action.yml"), "utf8")) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { main: string };
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}
const code = sources(join(root, "src")).map((file) => ({ file, text: readFileSync(file, "utf8") }));

describe("action.yml and the code agree", () => {
  it("declares exactly the inputs the code knows", () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...INPUTS].sort());
  });

  it("declares exactly the outputs the code knows", () => {
    expect(Object.keys(actionYml.outputs).sort()).toEqual([...OUTPUTS].sort());
  });

  it("reads every declared input", () => {
    const read = new Set<InputName>();
    readInputs((name) => {
      read.add(name);
      return "";
    });
    expect([...read].sort()).toEqual([...INPUTS].sort());
  });

  it("sets every declared output somewhere", () => {
    const all = code.map((c) => c.text).join("\n");
    for (const name of OUTPUTS) expect(all, name).toContain(`setOutput("${name}"`);
  });

  it("reads and writes them only through src/action/io.ts", () => {
    const bypass = code
      .filter((c) => !c.file.endsWith(join("action", "io.ts")))
      .filter((c) => /\bcore\.(getInput|getBooleanInput|getMultilineInput|setOutput)\(/.test(c.text))
      .map((c) => c.file);
    expect(bypass).toEqual([]);
  });

  it("runs the bundled entry", () => {
    expect(actionYml.runs.main).toBe("dist/index.js");
  });
});

describe("the Action is importable", () => {
  it("main.ts exports run() and does nothing when imported", async () => {
    const before = process.exitCode;
    const main = await import("../../src/action/main.ts");
    expect(typeof main.run).toBe("function");
    expect(process.exitCode).toBe(before);
  });
});
