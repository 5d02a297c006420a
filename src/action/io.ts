// The Action's interface with the workflow: every input and output of action.yml, named once.
// The code reads and writes them only through these functions, and test/action/contract.test.ts
// checks that this table and action.yml name the same inputs and outputs.
import * as core from "@actions/core";

export const INPUTS = [
  "token",
  "policy",
  "mode",
  "comment",
  "sarif-file",
  "report-file",
  "check-run",
  "environment",
  "artifacts",
  "within",
] as const;
export type InputName = (typeof INPUTS)[number];

export const OUTPUTS = ["verdict", "report", "sarif", "models", "errors", "attestation"] as const;
export type OutputName = (typeof OUTPUTS)[number];

/** An input as the workflow set it (the runner fills in action.yml's defaults). */
export function getInput(name: InputName): string {
  return core.getInput(name);
}

export function setOutput(name: OutputName, value: string): void {
  core.setOutput(name, value);
}
