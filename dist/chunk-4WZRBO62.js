import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/formats/common.ts
var NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;
var SHA256_HEX = /^[0-9a-f]{64}$/;
var MAX_FORMAT_BYTES = 10 * 1024 * 1024;
function sanitiseName(raw) {
  const s = raw.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "").replace(/-{2,}/g, "-").slice(0, 63).replace(/[._-]+$/, "");
  return s.length > 0 ? s : "model";
}
function decodeText(bytes) {
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function own(o, key) {
  return isRecord(o) && Object.hasOwn(o, key) ? o[key] : void 0;
}
function str(v) {
  return typeof v === "string" && v.length > 0 ? v : void 0;
}
function asText(v) {
  return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
}
function quote(v, max = 80) {
  const s = asText(v).replace(/[\u0000-\u001f\u007f]+/g, " ");
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
}
function mappedSource(under, translate) {
  return { locate: (p) => under.locate(translate(p)) };
}

export {
  NAME_PATTERN,
  SHA256_HEX,
  MAX_FORMAT_BYTES,
  sanitiseName,
  decodeText,
  isRecord,
  own,
  str,
  asText,
  quote,
  mappedSource
};
