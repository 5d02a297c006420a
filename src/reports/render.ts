// One entry point for the report formats the CLI and the Action write. Each renderer is loaded
// when its format is asked for: a JSON run does not load the SARIF rule help or the Markdown
// writer (issue 13).
import type { GateResult } from "../core/result.ts";

export const REPORT_FORMATS = ["text", "json", "sarif", "markdown"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export async function renderReport(
  result: GateResult,
  format: ReportFormat,
  opts: { color?: boolean } = {},
): Promise<string> {
  switch (format) {
    case "text":
      return (await import("./text.ts")).renderText(result, { color: opts.color === true });
    case "json":
      return (await import("./json.ts")).renderJson(result);
    case "sarif":
      return (await import("./sarif.ts")).renderSarif(result);
    case "markdown": {
      // What people paste into a comment: held to the comment limit.
      const { COMMENT_MAX_CHARS, renderMarkdown } = await import("./markdown.ts");
      return renderMarkdown(result, { maxChars: COMMENT_MAX_CHARS });
    }
  }
}
