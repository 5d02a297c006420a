// One entry point for the report formats the CLI and the Action write.
import type { GateResult } from "../core/result.ts";
import { renderJson } from "./json.ts";
import { COMMENT_MAX_CHARS, renderMarkdown } from "./markdown.ts";
import { renderSarif } from "./sarif.ts";
import { renderText } from "./text.ts";

export const REPORT_FORMATS = ["text", "json", "sarif", "markdown"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderReport(
  result: GateResult,
  format: ReportFormat,
  opts: { color?: boolean } = {},
): string {
  switch (format) {
    case "text":
      return renderText(result, { color: opts.color === true });
    case "json":
      return renderJson(result);
    case "sarif":
      return renderSarif(result);
    case "markdown":
      // What people paste into a comment: held to the comment limit.
      return renderMarkdown(result, { maxChars: COMMENT_MAX_CHARS });
  }
}
