import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/reports/render.ts
var REPORT_FORMATS = ["text", "json", "sarif", "markdown"];
async function renderReport(result, format, opts = {}) {
  switch (format) {
    case "text":
      return (await import("./chunk-7U3WN3HM.js")).renderText(result, { color: opts.color === true });
    case "json":
      return (await import("./chunk-OTFMPLKT.js")).renderJson(result);
    case "sarif":
      return (await import("./chunk-XRHZZR7N.js")).renderSarif(result);
    case "markdown": {
      const { COMMENT_MAX_CHARS, renderMarkdown } = await import("./chunk-KAJDUVZH.js");
      return renderMarkdown(result, { maxChars: COMMENT_MAX_CHARS });
    }
  }
}

export {
  REPORT_FORMATS,
  renderReport
};
