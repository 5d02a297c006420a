// Escaping for untrusted text (manifest fields, file paths, evidence contents) on its way into
// our three sinks: GitHub markdown (PR comment, job summary), the Actions log (workflow
// commands) and a terminal. Every reporter goes through these; none builds its own.

/** Longest untrusted string a report shows, in code points, before it is cut with an ellipsis. */
const DEFAULT_MAX_FIELD = 500;

// Characters that can hide or reorder text, or control a terminal: C0/C1 controls (except
// tab and newline, handled by each sink), DEL, bidi embeddings/overrides/isolates (the
// "Trojan Source" set), zero-width characters, line/paragraph separators and the BOM.
const INVISIBLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/gu;

/** Shows each invisible or control character as a visible `\uXXXX` escape. */
export function showInvisible(s: string): string {
  return s.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** Cuts `s` to at most `max` code points (never splitting a surrogate pair), ending in "…". */
export function truncate(s: string, max: number = DEFAULT_MAX_FIELD): string {
  if (s.length <= max) return s;
  const points = Array.from(s);
  if (points.length <= max) return s;
  return `${points.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/** Replaces unpaired surrogates, which are not valid UTF-8 and break JSON consumers and encodeURIComponent. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

// ---------------------------------------------------------------------------------------------
// Markdown (GitHub flavoured, rendered in PR comments and job summaries)

// ASCII punctuation with a meaning somewhere in GFM: emphasis, code, links, images, tables,
// headings, lists, block quotes, strikethrough, footnotes, autolinks and raw HTML. Escaped
// with a backslash, which CommonMark allows before any ASCII punctuation.
const MARKDOWN_META = /[\\`*_{}[\]()#+\-!|~^]/g;

/**
 * Makes untrusted text inert in GitHub markdown, on one line, in a table cell or in prose.
 *
 * - `&`, `<`, `>` become entities, so no raw HTML and no HTML comment survives: a string cannot
 *   forge our hidden comment marker (`<!-- model-gate:comment -->`) or open a `<details>`.
 * - Markdown metacharacters get a backslash, so no link (`[x](javascript:...)`), image, code
 *   span, emphasis, heading or table-cell break (`|`) can be formed.
 * - `@` is followed by `&#8203;` (a zero-width space as an entity, as Renovate does): GitHub
 *   only links and notifies `@name` / `@org/team` when a name character follows the `@`, so
 *   nobody is pinged, and the text still reads `@name`.
 * - Bidi controls and other invisible characters are shown as `\u202E`-style escapes.
 * - Newlines and tabs collapse into single spaces (a table row is one line).
 * - Text longer than `maxLength` code points is cut with "…" (before escaping, so an escape
 *   sequence is never cut in half).
 * `#123` stays as it is: an issue reference is harmless and often useful.
 */
export function escapeMarkdown(s: string, maxLength: number = DEFAULT_MAX_FIELD): string {
  const oneLine = truncate(wellFormed(String(s)).replace(/[\t\n\r]+/g, " "), maxLength);
  return showInvisible(oneLine)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(MARKDOWN_META, "\\$&")
    .replace(/^(\d+)([.)])/, "$1\\$2") // "1. " would start an ordered list
    .replace(/@/g, "@&#8203;");
}

// ---------------------------------------------------------------------------------------------
// GitHub Actions log and workflow commands

// The runner treats a line as a command when, after leading whitespace, it starts with "::"
// (`::error::`, `::add-mask::`, `::stop-commands::`), and it still honours the legacy "##[cmd]"
// form anywhere in a line. A zero-width space between the two characters breaks both forms
// and is invisible in the log. Leading characters the runner may trim count as whitespace.
const COMMAND_START = /^([\s\u200B-\u200D\u2060\uFEFF]*):(?=:)/gmu;
const LEGACY_COMMAND = /#(?=#\[)/g;

/**
 * Breaks workflow-command syntax in text meant for the log, leaving everything else (including
 * our own ANSI colours) alone. For text that we built and that embeds escaped untrusted parts.
 */
export function neutraliseCommands(text: string): string {
  return text.replace(COMMAND_START, "$1:\u200B").replace(LEGACY_COMMAND, "#\u200B");
}

/**
 * Makes untrusted text safe to print to stdout in Actions: control characters (ANSI escapes
 * included) are shown as `\u001B`-style escapes and no line can become a workflow command.
 * Line breaks are kept; every resulting line is neutralised.
 */
export function safeLogLine(s: string): string {
  const lines = wellFormed(String(s)).split(/\r\n|\r|\n/);
  return neutraliseCommands(lines.map((l) => showInvisible(l.replace(/\t/g, " "))).join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Terminal

// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), DCS/SOS/PM/APC strings, two-character
// ESC sequences, and the 8-bit CSI. Stripped whole so no parameter bytes are left behind.
const ANSI =
  /\u001B\[[0-?]*[ -/]*[@-~]|\u001B[\]PX^_][\s\S]*?(?:\u0007|\u001B\\|$)|\u001B[@-Z\\-_]|\u009B[0-?]*[ -/]*[@-~]/g;

/**
 * Makes an untrusted string safe for a terminal, on one line: ANSI escape sequences are
 * removed, other control and invisible characters are shown as `\uXXXX`, line breaks as `⏎`,
 * and overlong text is cut with "…".
 */
export function escapeTerminal(s: string, maxLength: number = DEFAULT_MAX_FIELD): string {
  const stripped = wellFormed(String(s)).replace(ANSI, "");
  const oneLine = stripped.replace(/\r\n|\r|\n/g, "⏎").replace(/\t/g, " ");
  return showInvisible(truncate(oneLine, maxLength));
}
