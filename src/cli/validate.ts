// `model-gate validate <files...>`: schema checks only, for pre-commit hooks and editors. Each
// file is read as what it is: the policy file, or the declaration the working tree's policy makes
// it (the registry, engine/declarations.ts, as `check` reads it), by content when no pattern
// covers it. So a policy typo is found before it reaches the base branch, and a valid card is
// not mistaken for a policy or a broken manifest.
import { relative, resolve } from "node:path";
import { checkPolicyFile } from "../checks/policy-file.ts";
import { isUserError, UserError } from "../core/errors.ts";
import type { Finding } from "../core/findings.ts";
import { toFinding } from "../core/verdict.ts";
import { type Declarations, declarationRegistry, namedKind } from "../engine/declarations.ts";
import { DEFAULT_POLICY_FILE } from "../engine/discover.ts";
import { statFile } from "../engine/files.ts";
import { readManifestFile } from "../engine/manifests.ts";
import { decodeText } from "../manifest/load.ts";
import { loadPolicy } from "../policy/load.ts";
import type { Policy } from "../policy/types.ts";
import { createFsTree } from "../repo/fs-tree.ts";
import { topLevel } from "../repo/git.ts";
import type { Tree } from "../repo/tree.ts";
import { createWorktree } from "../repo/worktree.ts";
import { escapeTerminal } from "../reports/escape.ts";
import { parse } from "./args.ts";
import { HELP } from "./help.ts";
import { modelFolderOf, workingPolicy } from "./working-tree.ts";

/** The policy file: by its name, or by its header when no declaration pattern covers the file. */
function isPolicyFile(registry: Declarations, file: string, text: string): boolean {
  if (file.toLowerCase() === DEFAULT_POLICY_FILE) return true;
  return registry.kindOf(file) === null && /^kind:\s*["']?Policy["']?\s*$/m.test(text);
}

async function validateFile(tree: Tree, root: string, file: string, policy: Policy): Promise<Finding[]> {
  const max = policy.limits.maxFileBytes;
  const fact = await statFile(tree, file, max);
  if (fact.status !== "ok" || !fact.path)
    throw new UserError(`cannot read ${file}: ${fact.reason ?? fact.status}`, { file });
  const bytes = await tree.read(fact.path);
  const decoded = decodeText(bytes);
  const text = decoded.ok ? decoded.text : "";
  const registry = declarationRegistry(policy);
  if (isPolicyFile(registry, fact.path, text)) {
    try {
      loadPolicy({ bytes, file: fact.path, label: "working tree" });
      return [];
    } catch (e) {
      if (!isUserError(e)) throw e;
      return checkPolicyFile(fact.path, e).map(toFinding);
    }
  }
  const kind = namedKind(registry, fact.path, text);
  // A README is a card when it says so (card keys, a model-gate: block) or sits beside a model
  // file; any other README (a docs page, as pre-commit passes them all) is not ours.
  const folders = kind === "card" ? await modelFolderOf(root, fact.path, policy) : new Set<string>();
  const reader = declarationRegistry(policy, { modelFolders: folders });
  const read = await readManifestFile(tree, fact.path, reader, max, kind);
  return read.findings.map(toFinding);
}

/**
 * `--all`: the policy file and every file the working tree's policy makes a declaration, among
 * the files git would commit (tracked, and untracked ones not ignored): what a pre-commit hook
 * with a custom policy validates, whatever its patterns.
 */
async function everyDeclaration(root: string, policy: Policy): Promise<string[]> {
  const registry = declarationRegistry(policy);
  return (await createWorktree(root).list()).filter(
    (p) => p.toLowerCase() === DEFAULT_POLICY_FILE || registry.kindOf(p) !== null,
  );
}

export async function runValidate(argv: string[]): Promise<number> {
  const { values, positionals } = parse("validate", argv, { all: { type: "boolean" } }, true);
  if (values.help) {
    process.stdout.write(HELP.validate);
    return 0;
  }
  if (values.all && positionals.length > 0)
    throw new UserError(
      "--all validates every declaration: drop the file names",
      {},
      "Run: model-gate validate --help",
    );
  if (!values.all && positionals.length === 0)
    throw new UserError("validate needs at least one file, or --all", {}, "Run: model-gate validate --help");
  const root = values.all ? await topLevel(resolve(".")) : resolve(".");
  const tree = createFsTree(root);
  const policy = await workingPolicy(tree);
  const files = values.all
    ? await everyDeclaration(root, policy)
    : positionals.map((p) => relative(root, resolve(p)).split("\\").join("/"));
  const findings: Finding[] = [];
  for (const file of files) {
    const found = await validateFile(tree, root, file, policy);
    findings.push(...found);
    if (!values.all && !found.some((f) => f.severity !== "note"))
      process.stdout.write(`${escapeTerminal(file)}: ok\n`);
  }
  if (values.all)
    process.stdout.write(
      `${files.length} file${files.length === 1 ? "" : "s"} validated (the policy file and every declaration the working tree's policy names)\n`,
    );
  for (const f of findings) {
    process.stdout.write(
      `${escapeTerminal(`${f.file ?? ""}${f.line ? `:${f.line}:${f.column ?? 1}` : ""}`)}: ${f.severity} ${f.ruleId}: ${escapeTerminal(f.message, 2000)}\n`,
    );
  }
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
