// The one entry point for evidence bytes: strict UTF-8 (a report with invalid bytes is not
// read "mostly"), one leading BOM tolerated, then the tool's reader. Never throws on content.
import type { EvidenceTool } from "../manifest/model.ts";
import { parseGarak } from "./garak.ts";
import { parseNative } from "./native.ts";
import { parsePromptfoo } from "./promptfoo.ts";
import type { EvidenceParse } from "./types.ts";

const READERS: Record<EvidenceTool, (text: string) => EvidenceParse> = {
  garak: parseGarak,
  promptfoo: parsePromptfoo,
  "model-gate": parseNative,
};

export function parseEvidence(tool: EvidenceTool, bytes: Uint8Array): EvidenceParse {
  if (!Object.hasOwn(READERS, tool))
    return { ok: false, reason: `no reader for the tool ${JSON.stringify(tool)}` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "the report is not valid UTF-8 text" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return READERS[tool](text);
}
