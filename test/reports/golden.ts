// Golden-file comparison: byte for byte; UPDATE_GOLDEN=1 rewrites the file instead.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { expect } from "vitest";

const UPDATE = process.env.UPDATE_GOLDEN === "1";

export function expectGolden(actual: string, file: URL | string): void {
  const path = file instanceof URL ? file.pathname : file;
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(path, "utf8");
  } catch {
    throw new Error(`golden file ${path} is missing; run with UPDATE_GOLDEN=1 to create it`);
  }
  expect(actual).toBe(expected);
}
