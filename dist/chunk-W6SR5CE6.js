import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  renderReport
} from "./chunk-3L5BALE3.js";
import {
  exitCode
} from "./chunk-JOZW2F7Z.js";

// src/cli/emit.ts
import { writeFile } from "node:fs/promises";

// src/cli/color.ts
function useColor(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !["0", "false"].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return isTTY;
}

// src/cli/emit.ts
async function emit(result, format, output) {
  const color = !output && format === "text" && useColor(process.env, process.stdout.isTTY === true);
  const report = await renderReport(result, format, { color });
  if (output) {
    await writeFile(output, report);
    process.stderr.write(`model-gate: ${result.verdict} (${format} report written to ${output})
`);
  } else {
    process.stdout.write(report);
  }
  return exitCode(result);
}

export {
  emit
};
