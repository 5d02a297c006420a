// `model-gate validate <files...>`: schema checks only, for pre-commit hooks.
import { relative, resolve } from "node:path";
import { UserError } from "../core/errors.ts";
import type { Finding } from "../core/findings.ts";
import { toFinding } from "../core/verdict.ts";
import { manifestKinds, readManifestFile } from "../engine/manifests.ts";
import { BASELINE } from "../policy/baseline.ts";
import { createFsTree } from "../repo/fs-tree.ts";
import { escapeTerminal } from "../reports/escape.ts";
import { parse } from "./args.ts";
import { HELP } from "./help.ts";

export async function runValidate(argv: string[]): Promise<number> {
  const { values, positionals } = parse("validate", argv, {}, true);
  if (values.help) {
    process.stdout.write(HELP.validate);
    return 0;
  }
  if (positionals.length === 0)
    throw new UserError("validate needs at least one file", {}, "Run: model-gate validate --help");
  const root = resolve(".");
  const tree = createFsTree(root);
  const kinds = manifestKinds({ ...BASELINE, manifests: ["**"] });
  const findings: Finding[] = [];
  for (const p of positionals) {
    const file = relative(root, resolve(p)).split("\\").join("/");
    const read = await readManifestFile(tree, file, kinds, BASELINE.limits.maxFileBytes);
    findings.push(...read.findings.map(toFinding));
    if (read.findings.length === 0) process.stdout.write(`${escapeTerminal(file)}: ok\n`);
  }
  for (const f of findings) {
    process.stdout.write(
      `${escapeTerminal(`${f.file ?? ""}${f.line ? `:${f.line}:${f.column ?? 1}` : ""}`)}: ${f.severity} ${f.ruleId}: ${escapeTerminal(f.message, 2000)}\n`,
    );
  }
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
