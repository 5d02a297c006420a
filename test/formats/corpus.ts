// Paths of the shared real-world corpus (CI has shared/ beside the checkout).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));

export function corpusFiles(folder: string): string[] {
  return readdirSync(`${CORPUS}${folder}`).sort();
}

export function corpusBytes(rel: string): Uint8Array {
  return readFileSync(`${CORPUS}${rel}`);
}

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
