import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/core/errors.ts
var UserError = class extends Error {
  constructor(message, location = {}, hint) {
    super(message);
    this.location = location;
    this.hint = hint;
  }
  location;
  hint;
  name = "UserError";
  /** "file:line:col: message\n  hint" */
  describe() {
    const where = formatLocation(this.location);
    return `${where ? `${where}: ` : ""}${this.message}${this.hint ? `
  ${this.hint}` : ""}`;
  }
};
var GateError = class extends UserError {
};
function formatLocation(loc) {
  if (!loc.file) return "";
  return `${loc.file}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ""}` : ""}`;
}
function isUserError(e) {
  return e instanceof UserError;
}

export {
  UserError,
  GateError,
  isUserError
};
