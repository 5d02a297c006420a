import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/reports/escape.ts
var DEFAULT_MAX_FIELD = 500;
var INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/gu;
function showInvisible(s) {
  return s.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}
function truncate(s, max = DEFAULT_MAX_FIELD) {
  if (s.length <= max) return s;
  const points = Array.from(s);
  if (points.length <= max) return s;
  return `${points.slice(0, Math.max(0, max - 1)).join("")}…`;
}
function wellFormed(s) {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "�");
}
var MARKDOWN_META = /[\\`*_{}[\]()#+\-!|~^]/g;
function escapeMarkdown(s, maxLength = DEFAULT_MAX_FIELD) {
  const oneLine = truncate(wellFormed(String(s)).replace(/[\t\n\r]+/g, " "), maxLength);
  return showInvisible(oneLine).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_META, "\\$&").replace(/^(\d+)([.)])/, "$1\\$2").replace(/@/g, "@&#8203;");
}
var COMMAND_START = /^([\s\u200B-\u200D\u2060\uFEFF]*):(?=:)/gmu;
var LEGACY_COMMAND = /#(?=#\[)/g;
function neutraliseCommands(text) {
  return text.replace(COMMAND_START, "$1:​").replace(LEGACY_COMMAND, "#​");
}
function safeLogLine(s) {
  const lines = wellFormed(String(s)).split(/\r\n|\r|\n/);
  return neutraliseCommands(lines.map((l) => showInvisible(l.replace(/\t/g, " "))).join("\n"));
}
var ANSI = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B[\]PX^_][\s\S]*?(?:\u0007|\u001B\\|$)|\u001B[@-Z\\-_]|\u009B[0-?]*[ -/]*[@-~]/g;
function escapeTerminal(s, maxLength = DEFAULT_MAX_FIELD) {
  const stripped = wellFormed(String(s)).replace(ANSI, "");
  const oneLine = stripped.replace(/\r\n|\r|\n/g, "⏎").replace(/\t/g, " ");
  return showInvisible(truncate(oneLine, maxLength));
}

export {
  showInvisible,
  truncate,
  wellFormed,
  escapeMarkdown,
  neutraliseCommands,
  safeLogLine,
  escapeTerminal
};
