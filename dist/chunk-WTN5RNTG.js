import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parse
} from "./chunk-VMPWOEQO.js";
import {
  HELP
} from "./chunk-J6MHXRAC.js";
import {
  DEFAULT_POLICY_FILE
} from "./chunk-RA77GLFZ.js";
import {
  hasModelExtension,
  manifestFormats,
  manifestKinds,
  readManifestFile
} from "./chunk-SWDS2RY5.js";
import {
  createFsTree
} from "./chunk-FLD6IZMD.js";
import {
  statFile
} from "./chunk-2IGY3RLV.js";
import {
  dirOf
} from "./chunk-CHNDTHGK.js";
import {
  PolicyInvalid,
  loadPolicy
} from "./chunk-HGUBDA4T.js";
import {
  decodeText
} from "./chunk-LUNZA4S6.js";
import {
  BASELINE
} from "./chunk-QTQMBYTJ.js";
import {
  UserError,
  isUserError
} from "./chunk-DFUNPAS7.js";
import {
  escapeTerminal
} from "./chunk-S2YBJ2QZ.js";
import {
  toFinding
} from "./chunk-JOZW2F7Z.js";

// src/cli/validate.ts
import { readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";

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
function kindOf(file, text) {
  const name = file.toLowerCase();
  if (name === DEFAULT_POLICY_FILE || /^kind:\s*["']?Policy["']?\s*$/m.test(text)) return "policy";
  if (name.endsWith(".md") || name.endsWith(".markdown")) return "card";
  if (name.endsWith(".json") || text.trimStart().startsWith("{")) return "bom";
  return "manifest";
}
var ANY = ["**"];
function kindsFor(kind, modelFolders = /* @__PURE__ */ new Set()) {
  const policy = {
    ...BASELINE,
    manifests: kind === "manifest" ? ANY : [],
    modelCards: kind === "card" ? ANY : [],
    mlBoms: kind === "bom" ? ANY : []
  };
  return manifestKinds(policy, manifestFormats(policy, modelFolders));
}
async function validateFile(tree, root, file) {
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
  const folder = dirOf(fact.path);
  const besideModel = kind === "card" && (await readdir(join(root, folder), { withFileTypes: true }).catch(() => [])).some(
    (e) => e.isFile() && hasModelExtension(e.name)
  );
  const kinds = kindsFor(kind, new Set(besideModel ? [folder] : []));
  const read = await readManifestFile(tree, fact.path, kinds, BASELINE.limits.maxFileBytes);
  return read.findings.map(toFinding);
}
async function runValidate(argv) {
  const { values, positionals } = parse("validate", argv, {}, true);
  if (values.help) {
    process.stdout.write(HELP.validate);
    return 0;
  }
  if (positionals.length === 0)
    throw new UserError("validate needs at least one file", {}, "Run: model-gate validate --help");
  const root = resolve(".");
  const tree = createFsTree(root);
  const findings = [];
  for (const p of positionals) {
    const file = relative(root, resolve(p)).split("\\").join("/");
    const found = await validateFile(tree, root, file);
    findings.push(...found);
    if (!found.some((f) => f.severity !== "note")) process.stdout.write(`${escapeTerminal(file)}: ok
`);
  }
  for (const f of findings) {
    process.stdout.write(
      `${escapeTerminal(`${f.file ?? ""}${f.line ? `:${f.line}:${f.column ?? 1}` : ""}`)}: ${f.severity} ${f.ruleId}: ${escapeTerminal(f.message, 2e3)}
`
    );
  }
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

export {
  kindOf,
  kindsFor,
  runValidate
};
