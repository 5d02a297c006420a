// Small helpers shared by the standard-format adapters (model cards, CycloneDX, model signing).
import type { PathSegment, SourceMap } from "../manifest/model.ts";

export const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Bytes a standard-format file may have before it is refused (the engine applies its own limit first). */
export const MAX_FORMAT_BYTES = 10 * 1024 * 1024;

/** Turns any display name into a model-gate model name (^[a-z0-9][a-z0-9._-]{0,62}$). */
export function sanitiseName(raw: string): string {
  const s = raw
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/-{2,}/g, "-")
    .slice(0, 63)
    .replace(/[._-]+$/, "");
  return s.length > 0 ? s : "model";
}

/** Decodes UTF-8 (a BOM is dropped); invalid sequences become U+FFFD rather than throwing. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Own property only: `__proto__`, `constructor` and friends in untrusted data never resolve to the prototype. */
export function own(o: unknown, key: string): unknown {
  return isRecord(o) && Object.hasOwn(o, key) ? o[key] : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" && v.length > 0 ? v : undefined;
}

/**
 * Any untrusted value as text. Not String(v): parsed data may hold a `toString` or `valueOf`
 * key (as plain data), and String() on such an object throws instead of describing it.
 */
export function asText(v: unknown): string {
  return typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
}

/** Untrusted text shown in a message: one line, bounded. */
export function quote(v: unknown, max = 80): string {
  const s = asText(v).replace(/[\u0000-\u001f\u007f]+/g, " ");
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
}

/** A SourceMap that answers for a translated path (the internal model's path -> the file's path). */
export function mappedSource(
  under: SourceMap,
  translate: (p: readonly PathSegment[]) => PathSegment[],
): SourceMap {
  return { locate: (p) => under.locate(translate(p)) };
}
