// The floor: one Node process reading, parsing and hashing the same files the gate reads
// (manifests as YAML, evidence as JSON lines, every file hashed). Run as a child process so
// it pays the same start-up as the CLI.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";

const root = process.argv[2];
function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === ".git") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}
let n = 0;
for (const file of walk(root)) {
  const bytes = readFileSync(file);
  createHash("sha256").update(bytes).digest("hex");
  const rel = relative(root, file);
  if (rel.endsWith(".yaml") || rel.endsWith(".yml")) parse(bytes.toString("utf8"));
  else if (rel.endsWith(".jsonl"))
    for (const line of bytes.toString("utf8").split("\n")) if (line) JSON.parse(line);
  n++;
}
process.stdout.write(`${n}\n`);
