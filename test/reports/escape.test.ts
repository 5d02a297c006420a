import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  escapeMarkdown,
  escapeTerminal,
  neutraliseCommands,
  safeLogLine,
  truncate,
} from "../../src/reports/escape.ts";
import { HOSTILE } from "./sample-result.ts";

// What the Actions runner treats as a command: a line that starts with "::" after leading
// whitespace, or the legacy "##[" form anywhere in a line.
function isWorkflowCommandLine(line: string): boolean {
  return /^\s*::/.test(line) || line.includes("##[");
}

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

describe("escapeMarkdown", () => {
  it("turns HTML into entities so no tag or comment survives", () => {
    expect(escapeMarkdown("<script>alert(1)</script>")).toBe("&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
    const marker = escapeMarkdown("<!-- model-gate:comment -->");
    expect(marker).not.toContain("<!--");
    expect(marker).not.toContain("-->");
    expect(escapeMarkdown("a & b")).toBe("a &amp; b");
  });

  it("cannot form a link, image, code span or table cell break", () => {
    const link = escapeMarkdown("[link](javascript:alert(1))");
    expect(link).toBe("\\[link\\]\\(javascript:alert\\(1\\)\\)");
    expect(escapeMarkdown("![img](https://x/y.png)")).toBe("\\!\\[img\\]\\(https://x/y.png\\)");
    expect(escapeMarkdown("`code`")).toBe("\\`code\\`");
    expect(escapeMarkdown("a | b")).toBe("a \\| b");
    // every pipe is escaped, so a table row keeps its number of cells
    for (const s of HOSTILE) expect(escapeMarkdown(s)).not.toMatch(/(^|[^\\])\|/);
  });

  it("does not let @mentions ping anyone", () => {
    const out = escapeMarkdown("@org/team and @alice");
    expect(out).toBe("@&#8203;org/team and @&#8203;alice");
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
  });

  it("keeps issue references as they read", () => {
    expect(escapeMarkdown("see #123")).toBe("see \\#123");
  });

  it("shows bidi and other invisible characters instead of passing them through", () => {
    const out = escapeMarkdown("evil\u202Egnp.exe\u200B\u0000");
    expect(out).not.toMatch(BIDI);
    expect(out).toContain("\\\\u202E");
    expect(out).toContain("\\\\u200B");
    expect(out).toContain("\\\\u0000");
  });

  it("collapses newlines so a table row stays one line", () => {
    expect(escapeMarkdown("a\n\n| x |\r\nb\tc")).toBe("a \\| x \\| b c");
  });

  it("does not start an ordered list or heading", () => {
    expect(escapeMarkdown("1. item")).toBe("1\\. item");
    expect(escapeMarkdown("# title")).toBe("\\# title");
    expect(escapeMarkdown("- item")).toBe("\\- item");
  });

  it("truncates long text with an ellipsis, never inside an escape or a surrogate pair", () => {
    const long = "<".repeat(1000);
    const out = escapeMarkdown(long, 10);
    expect(out).toBe(`${"&lt;".repeat(9)}…`);
    expect(truncate("😀😀😀", 2)).toBe("😀…");
    expect(truncate("short", 10)).toBe("short");
  });

  it("property: no raw HTML, mention, newline, bidi or unescaped pipe survives any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        const out = escapeMarkdown(s);
        expect(out).not.toMatch(/[<>\n\r]/);
        expect(out).not.toMatch(/@[^&]/);
        expect(out).not.toMatch(BIDI);
        expect(out).not.toMatch(/(^|[^\\])\|/);
        expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
    );
  });
});

describe("workflow command escaping", () => {
  it("safeLogLine: no hostile string prints a workflow command", () => {
    for (const s of HOSTILE) {
      for (const line of safeLogLine(s).split("\n")) expect(isWorkflowCommandLine(line)).toBe(false);
    }
    expect(safeLogLine("::stop-commands::tok")).toBe(":\u200B:stop-commands::tok");
    expect(safeLogLine("  ::add-mask::secret")).toBe("  :\u200B:add-mask::secret");
    expect(safeLogLine("x\r::error::y")).toBe("x\n:\u200B:error::y");
    expect(safeLogLine("\u001B[31m::error::x")).toBe("\\u001B[31m::error::x");
  });

  it("property: safeLogLine never yields a command line or a control character", () => {
    const pieces = fc.constantFrom(
      "::",
      "\n",
      "\r",
      " ",
      "#",
      "##[",
      "error",
      "\u001B",
      "\u202E",
      "%0A",
      "a",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const out = safeLogLine(parts.join(""));
        for (const line of out.split("\n")) expect(isWorkflowCommandLine(line)).toBe(false);
        expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
      }),
    );
  });

  it("neutraliseCommands keeps our own colours and ordinary text", () => {
    const text = "\u001B[31mred\u001B[0m\nplain: text :: here";
    expect(neutraliseCommands(text)).toBe(text);
  });
});

describe("escapeTerminal", () => {
  it("strips ANSI escape sequences, including OSC 8 hyperlinks", () => {
    expect(escapeTerminal("\u001B[31mred\u001B[0m")).toBe("red");
    expect(escapeTerminal("\u001B]8;;https://evil.example\u0007click\u001B]8;;\u0007")).toBe("click");
    expect(escapeTerminal("\u009B2Jcleared")).toBe("cleared");
  });

  it("shows other control and bidi characters, and keeps the text on one line", () => {
    expect(escapeTerminal("evil\u202Egnp.exe")).toBe("evil\\u202Egnp.exe");
    expect(escapeTerminal("a\nb\r\nc")).toBe("a⏎b⏎c");
    expect(escapeTerminal("bell\u0007")).toBe("bell\\u0007");
  });

  it("property: output never contains ESC, C1 controls, bidi controls or newlines", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        const out = escapeTerminal(s);
        expect(out).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
        expect(out).not.toMatch(BIDI);
      }),
    );
  });
});
