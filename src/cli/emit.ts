// The report a judging command prints or writes (check, verify, audit), with colour as
// color.ts decides, and the exit code its verdict gives.
import { writeFile } from "node:fs/promises";
import type { GateResult } from "../core/result.ts";
import { exitCode } from "../core/verdict.ts";
import { type ReportFormat, renderReport } from "../reports/render.ts";
import { useColor } from "./color.ts";

export async function emit(
  result: GateResult,
  format: ReportFormat,
  output: string | undefined,
): Promise<number> {
  const color = !output && format === "text" && useColor(process.env, process.stdout.isTTY === true);
  const report = await renderReport(result, format, { color });
  if (output) {
    await writeFile(output, report);
    process.stderr.write(`model-gate: ${result.verdict} (${format} report written to ${output})\n`);
  } else {
    process.stdout.write(report);
  }
  return exitCode(result);
}
