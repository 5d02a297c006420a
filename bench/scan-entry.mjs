// Bench entry: scans the files (and directories, recursively) it is given with the safety
// scanner, as the gate does (1 MiB chunks, a few files at a time), and prints the error count.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { scanModelFile } from "../src/safety/index.ts";

const files = (p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .flatMap((n) => files(join(p, n)))
    : [p];

function chunks(path, size) {
  // A small file is one chunk, read at once (what the gate's tree reader does for blobs).
  if (size <= 1 << 20)
    return async function* () {
      yield readFileSync(path);
    };
  return async function* () {
    const fh = await open(path, "r");
    try {
      for (let pos = 0; pos < size; ) {
        const buf = Buffer.allocUnsafe(Math.min(1 << 20, size - pos));
        const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
        if (bytesRead === 0) return;
        pos += bytesRead;
        yield buf.subarray(0, bytesRead);
      }
    } finally {
      await fh.close();
    }
  };
}

const list = process.argv.slice(2).flatMap(files);
let errors = 0;
let next = 0;
async function worker() {
  while (next < list.length) {
    const path = list[next++];
    const { size } = statSync(path);
    const issues = await scanModelFile(path, chunks(path, size), size);
    for (const i of issues) {
      if (i.severity !== "error") continue;
      errors++;
      console.error(i.message);
    }
  }
}
await Promise.all(Array.from({ length: 8 }, worker));
console.log(`${errors} errors in ${list.length} files`);
