// The floor: the least work any correct gate does, in one Node process that pays the same
// start-up as the CLI. `floor.mjs DIR` lists the tree, reads every manifest and every file it
// references, parses the manifests with `yaml` and the evidence as JSON lines, and hashes every
// file it read; nothing else. `floor.mjs DIR --declarations FILE...` is the floor of a pull
// request that changes FILEs: parse every declaration once, hash the changed files.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const [root, mode, ...changed] = process.argv.slice(2);
const manifests = [];
(function walk(dir, rel) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === ".git") continue;
    if (e.isDirectory()) walk(join(dir, e.name), `${rel}${e.name}/`);
    else if (e.name.endsWith(".model.yaml")) manifests.push(`${rel}${e.name}`);
  }
})(root, "");

const hash = (bytes) => createHash("sha256").update(bytes).digest("hex");
const read = (rel) => {
  const bytes = readFileSync(join(root, rel));
  hash(bytes);
  return bytes;
};
let n = 0;
for (const m of manifests) {
  const doc = parse(read(m).toString("utf8"));
  n++;
  if (mode === "--declarations") continue;
  const spec = doc.spec;
  for (const a of spec.artifacts) read(a.path);
  read(spec.riskAssessment.report);
  for (const t of spec.adversarialTests) {
    for (const line of read(t.report).toString("utf8").split("\n")) if (line) JSON.parse(line);
  }
}
for (const f of changed) read(f);
process.stdout.write(`${n}\n`);
