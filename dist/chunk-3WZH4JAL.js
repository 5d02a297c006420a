import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  createWorktree
} from "./chunk-IBEXMKTC.js";
import {
  modelFolderOf,
  workingPolicy
} from "./chunk-BKUQ2LXP.js";
import {
  parse
} from "./chunk-4XQNZSEZ.js";
import {
  HELP
} from "./chunk-GDB26TB7.js";
import {
  declarationRegistry,
  namedKind,
  readManifestFile
} from "./chunk-CXMFJBLL.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-3L5BALE3.js";
import {
  createFsTree
} from "./chunk-EZSKWDCS.js";
import {
  topLevel
} from "./chunk-PS6DBKES.js";
import {
  DEFAULT_POLICY_FILE,
  statFile
} from "./chunk-5JGHM2XT.js";
import {
  PolicyInvalid,
  loadPolicy
} from "./chunk-K52TXQ7T.js";
import {
  decodeText
} from "./chunk-GAQLD7RB.js";
import "./chunk-QTQMBYTJ.js";
import {
  UserError,
  isUserError
} from "./chunk-DFUNPAS7.js";
import "./chunk-TVIEZLZA.js";
import {
  escapeTerminal
} from "./chunk-S2YBJ2QZ.js";
import {
  toFinding
} from "./chunk-JOZW2F7Z.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-PVXUEQET.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";

// src/cli/validate.ts
import { relative, resolve } from "node:path";

// src/checks/policy-file.ts
function checkPolicyFile(file, e) {
  const at = { file, line: e.location?.line, column: e.location?.column };
  if (!(e instanceof PolicyInvalid))
    return [{ ruleId: "manifest/schema", severity: "error", message: e.message, ...at }];
  return [
    { ruleId: "manifest/schema", severity: "error", message: e.headline, ...at },
    ...e.issues.slice(1).map((i) => ({
      ruleId: "manifest/schema",
      severity: "error",
      message: i.message,
      file,
      line: i.line || void 0
    }))
  ];
}

// src/cli/validate.ts
function isPolicyFile(registry, file, text) {
  if (file.toLowerCase() === DEFAULT_POLICY_FILE) return true;
  return registry.kindOf(file) === null && /^kind:\s*["']?Policy["']?\s*$/m.test(text);
}
async function validateFile(tree, root, file, policy) {
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
  const folders = kind === "card" ? await modelFolderOf(root, fact.path, policy) : /* @__PURE__ */ new Set();
  const reader = declarationRegistry(policy, { modelFolders: folders });
  const read = await readManifestFile(tree, fact.path, reader, max, kind);
  return read.findings.map(toFinding);
}
async function everyDeclaration(root, policy) {
  const registry = declarationRegistry(policy);
  return (await createWorktree(root).list()).filter(
    (p) => p.toLowerCase() === DEFAULT_POLICY_FILE || registry.kindOf(p) !== null
  );
}
async function runValidate(argv) {
  const { values, positionals } = parse("validate", argv, { all: { type: "boolean" } }, true);
  if (values.help) {
    process.stdout.write(HELP.validate);
    return 0;
  }
  if (values.all && positionals.length > 0)
    throw new UserError(
      "--all validates every declaration: drop the file names",
      {},
      "Run: model-gate validate --help"
    );
  if (!values.all && positionals.length === 0)
    throw new UserError("validate needs at least one file, or --all", {}, "Run: model-gate validate --help");
  const root = values.all ? await topLevel(resolve(".")) : resolve(".");
  const tree = createFsTree(root);
  const policy = await workingPolicy(tree);
  const files = values.all ? await everyDeclaration(root, policy) : positionals.map((p) => relative(root, resolve(p)).split("\\").join("/"));
  const findings = [];
  for (const file of files) {
    const found = await validateFile(tree, root, file, policy);
    findings.push(...found);
    if (!values.all && !found.some((f) => f.severity !== "note"))
      process.stdout.write(`${escapeTerminal(file)}: ok
`);
  }
  if (values.all)
    process.stdout.write(
      `${files.length} file${files.length === 1 ? "" : "s"} validated (the policy file and every declaration the working tree's policy names)
`
    );
  for (const f of findings) {
    process.stdout.write(
      `${escapeTerminal(`${f.file ?? ""}${f.line ? `:${f.line}:${f.column ?? 1}` : ""}`)}: ${f.severity} ${f.ruleId}: ${escapeTerminal(f.message, 2e3)}
`
    );
  }
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
export {
  runValidate
};
