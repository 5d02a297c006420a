// `model-gate validate <files...>`: schema checks only, for pre-commit hooks and editors. Each
// file is read as what it is: the policy file, a native manifest, a model card (Markdown with
// front matter) or a CycloneDX ML-BOM (JSON), so a policy typo is found before it reaches the
// base branch and a valid card is not mistaken for a broken manifest.
import { readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { checkPolicyFile } from "../checks/policy-file.ts";
import { isUserError, UserError } from "../core/errors.ts";
import type { Finding } from "../core/findings.ts";
import { toFinding } from "../core/verdict.ts";
import { DEFAULT_POLICY_FILE } from "../engine/discover.ts";
import { statFile } from "../engine/files.ts";
import { manifestFormats } from "../engine/formats.ts";
import { manifestKinds, readManifestFile } from "../engine/manifests.ts";
import { hasModelExtension } from "../engine/model-files.ts";
import { decodeText } from "../manifest/load.ts";
import { BASELINE } from "../policy/baseline.ts";
import { loadPolicy } from "../policy/load.ts";
import { createFsTree } from "../repo/fs-tree.ts";
import { dirOf } from "../repo/paths.ts";
import type { Tree } from "../repo/tree.ts";
import { escapeTerminal } from "../reports/escape.ts";
import { parse } from "./args.ts";
import { HELP } from "./help.ts";

type Kind = "policy" | "manifest" | "card" | "bom";

/** What a file is, from its name first, then its first bytes. */
export function kindOf(file: string, text: string): Kind {
  const name = file.toLowerCase();
  if (name === DEFAULT_POLICY_FILE || /^kind:\s*["']?Policy["']?\s*$/m.test(text)) return "policy";
  if (name.endsWith(".md") || name.endsWith(".markdown")) return "card";
  if (name.endsWith(".json") || text.trimStart().startsWith("{")) return "bom";
  return "manifest";
}

const ANY = ["**"];

/** Reads a file named on the command line as what it is (see kindOf); `modelFolders` as the engine's. */
export function kindsFor(kind: Exclude<Kind, "policy">, modelFolders: ReadonlySet<string> = new Set()) {
  const policy = {
    ...BASELINE,
    manifests: kind === "manifest" ? ANY : [],
    modelCards: kind === "card" ? ANY : [],
    mlBoms: kind === "bom" ? ANY : [],
  };
  return manifestKinds(policy, manifestFormats(policy, modelFolders));
}

async function validateFile(tree: Tree, root: string, file: string): Promise<Finding[]> {
  const fact = await statFile(tree, file, BASELINE.limits.maxFileBytes);
  if (fact.status !== "ok" || !fact.path)
    throw new UserError(`cannot read ${file}: ${fact.reason ?? fact.status}`, { file });
  const bytes = await tree.read(fact.path);
  const decoded = decodeText(bytes);
  const kind = kindOf(fact.path, decoded.ok ? decoded.text : "");
  if (kind === "policy") {
    try {
      loadPolicy({ bytes, file: fact.path, label: "working tree" });
      return [];
    } catch (e) {
      if (!isUserError(e)) throw e;
      return checkPolicyFile(fact.path, e).map(toFinding);
    }
  }
  // A README is a card when it says so (card keys, a model-gate: block) or sits beside a model
  // file; any other README (a docs page, as pre-commit passes them all) is not ours.
  const folder = dirOf(fact.path);
  const besideModel =
    kind === "card" &&
    (await readdir(join(root, folder), { withFileTypes: true }).catch(() => [])).some(
      (e) => e.isFile() && hasModelExtension(e.name),
    );
  const kinds = kindsFor(kind, new Set(besideModel ? [folder] : []));
  const read = await readManifestFile(tree, fact.path, kinds, BASELINE.limits.maxFileBytes);
  return read.findings.map(toFinding);
}

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
  const findings: Finding[] = [];
  for (const p of positionals) {
    const file = relative(root, resolve(p)).split("\\").join("/");
    const found = await validateFile(tree, root, file);
    findings.push(...found);
    if (!found.some((f) => f.severity !== "note")) process.stdout.write(`${escapeTerminal(file)}: ok\n`);
  }
  for (const f of findings) {
    process.stdout.write(
      `${escapeTerminal(`${f.file ?? ""}${f.line ? `:${f.line}:${f.column ?? 1}` : ""}`)}: ${f.severity} ${f.ruleId}: ${escapeTerminal(f.message, 2000)}\n`,
    );
  }
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
