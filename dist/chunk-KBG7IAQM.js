import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  kindOf,
  kindsFor
} from "./chunk-WTN5RNTG.js";
import {
  parse
} from "./chunk-VMPWOEQO.js";
import {
  HELP
} from "./chunk-J6MHXRAC.js";
import "./chunk-BKP6GDCV.js";
import "./chunk-RA77GLFZ.js";
import {
  artifactFact,
  collectFacts
} from "./chunk-GBDMRKNY.js";
import {
  topLevel
} from "./chunk-262QY6RP.js";
import {
  isDigest,
  modelDigest,
  readManifestFile
} from "./chunk-SWDS2RY5.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import {
  createFsTree
} from "./chunk-FLD6IZMD.js";
import "./chunk-H6IM2QCO.js";
import {
  statFile
} from "./chunk-2IGY3RLV.js";
import {
  dirOf
} from "./chunk-CHNDTHGK.js";
import "./chunk-HGUBDA4T.js";
import {
  decodeText
} from "./chunk-LUNZA4S6.js";
import {
  LineCounter,
  Scalar,
  isMap,
  isScalar,
  isSeq,
  parseDocument
} from "./chunk-JBBT76R3.js";
import "./chunk-N7ZQX2BM.js";
import {
  BASELINE
} from "./chunk-QTQMBYTJ.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import "./chunk-TVIEZLZA.js";
import {
  escapeTerminal
} from "./chunk-S2YBJ2QZ.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-YMPWKLZV.js";

// src/cli/digest.ts
import { writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";

// src/manifest/rewrite-digests.ts
var YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, maxAliasCount: 100 };
function parse2(text) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  return { doc, lineOf };
}
var str = (v) => typeof v === "string" ? v : void 0;
function isNativeManifestText(text) {
  const { doc } = parse2(text);
  if (doc.errors.length > 0) return false;
  return doc.get("apiVersion") === "model-gate/v1" && doc.get("kind") === "ModelManifest";
}
function readManifestText(text) {
  const { doc, lineOf } = parse2(text);
  const error = doc.errors[0];
  if (error) return { ok: false, reason: error.message.split("\n")[0], line: error.linePos?.[0]?.line };
  const artifacts = doc.getIn(["spec", "artifacts"], true);
  if (!isSeq(artifacts) || artifacts.items.length === 0)
    return { ok: false, reason: "spec.artifacts is not a list of artifacts" };
  const declared = [];
  for (const [index, item] of artifacts.items.entries()) {
    if (!isMap(item))
      return { ok: false, reason: `spec.artifacts[${index}] is not a mapping`, line: lineOf(item) };
    const path = str(item.get("path"));
    const uri = str(item.get("uri"));
    if (!path && !uri)
      return { ok: false, reason: `spec.artifacts[${index}] has neither path nor uri`, line: lineOf(item) };
    const digest = str(item.get("digest"));
    declared.push({
      index,
      line: lineOf(item),
      ...path ? { path } : {},
      ...uri ? { uri } : {},
      ...digest ? { digest } : {}
    });
  }
  const bindings = [];
  const risk = doc.getIn(["spec", "riskAssessment"], true);
  if (isMap(risk)) {
    const report = str(risk.get("report"));
    bindings.push({
      field: "spec.riskAssessment",
      what: `risk assessment${report ? ` ${report}` : ""}`,
      modelDigest: str(risk.get("modelDigest")) ?? null,
      line: lineOf(risk.get("modelDigest", true) ?? risk)
    });
  }
  const tests = doc.getIn(["spec", "adversarialTests"], true);
  if (isSeq(tests)) {
    for (const [i, t] of tests.items.entries()) {
      if (!isMap(t)) continue;
      const tool = str(t.get("tool")) ?? "adversarial-test";
      const report = str(t.get("report"));
      bindings.push({
        field: `spec.adversarialTests[${i}]`,
        what: `${tool} report${report ? ` ${report}` : ""}`,
        modelDigest: str(t.get("modelDigest")) ?? null,
        line: lineOf(t.get("modelDigest", true) ?? t)
      });
    }
  }
  return { ok: true, artifacts: declared, bindings };
}
function rewriteDigests(text, computed) {
  const { doc, lineOf } = parse2(text);
  const artifacts = doc.getIn(["spec", "artifacts"], true);
  if (!isSeq(artifacts)) return { text, updates: [] };
  const updates = [];
  const splices = [];
  let structural = false;
  artifacts.items.forEach((item, index) => {
    const to = computed[index];
    if (!isMap(item) || !to || !isDigest(to)) return;
    const key = str(item.get("path")) ?? str(item.get("uri")) ?? "";
    const node = item.get("digest", true);
    const from = isScalar(node) ? str(node.value) ?? null : null;
    if (from === to) return;
    updates.push({ index, key, from, to, line: lineOf(node ?? item) });
    if (isScalar(node) && node.range && typeof node.value === "string") {
      const quote = node.type === Scalar.QUOTE_DOUBLE ? '"' : node.type === Scalar.QUOTE_SINGLE ? "'" : "";
      splices.push({ start: node.range[0], end: node.range[1], value: `${quote}${to}${quote}` });
      node.value = to;
    } else if (node === void 0 && insertion(text, item, to)) {
      splices.push(insertion(text, item, to));
    } else {
      item.set("digest", to);
      structural = true;
    }
  });
  if (structural) return { text: doc.toString(), updates };
  let out2 = text;
  for (const s of splices.sort((a, b) => b.start - a.start))
    out2 = out2.slice(0, s.start) + s.value + out2.slice(s.end);
  return { text: out2, updates };
}
function insertion(text, item, to) {
  const pair = item.items.find((p) => isScalar(p.key) && p.key.value === "path");
  if (!pair || !isScalar(pair.key) || !isScalar(pair.value) || !pair.key.range || !pair.value.range)
    return null;
  const end = pair.value.range[1];
  if (item.flow) return { start: end, end, value: `, digest: ${to}` };
  const keyStart = pair.key.range[0];
  const column = keyStart - (text.lastIndexOf("\n", keyStart - 1) + 1);
  const eol = text.indexOf("\n", end);
  const at = eol === -1 ? text.length : eol;
  return { start: at, end: at, value: `
${" ".repeat(column)}digest: ${to}` };
}

// src/cli/digest.ts
var out = (s) => process.stdout.write(`${s}
`);
async function runDigest(argv) {
  const { values, positionals } = parse(
    "digest",
    argv,
    { repo: { type: "string" }, artifacts: { type: "boolean" }, write: { type: "boolean" } },
    true
  );
  if (values.help) {
    process.stdout.write(HELP.digest);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UserError("digest takes exactly one manifest path", {}, "Run: model-gate digest --help");
  const root = values.repo ? resolve(values.repo) : await topLevel(resolve("."));
  const file = relative(root, resolve(positionals[0])).split("\\").join("/");
  const tree = createFsTree(root);
  const fact = await statFile(tree, file, BASELINE.limits.maxFileBytes);
  if (fact.status !== "ok" || !fact.path)
    throw new UserError(`cannot read ${file}: ${fact.reason ?? fact.status}`, { file });
  const decoded = decodeText(await tree.read(fact.path));
  if (decoded.ok && isNativeManifestText(decoded.text))
    return nativeDigest(tree, root, fact.path, decoded.text, values);
  if (values.write)
    throw new UserError(
      "--write updates native manifests (apiVersion: model-gate/v1, kind: ModelManifest); set a model card's or ML-BOM's digests by hand",
      { file }
    );
  return declarationDigest(tree, fact.path, decoded.ok ? decoded.text : "", values.artifacts === true);
}
async function nativeDigest(tree, root, file, text, opts) {
  const read = readManifestText(text);
  if (!read.ok)
    throw new UserError(
      `cannot read the artifacts: ${read.reason}`,
      { file, line: read.line },
      "Run: model-gate validate on it."
    );
  const facts = await Promise.all(read.artifacts.map((a) => artifactFact(tree, a, a.index)));
  const broken = facts.filter((a) => a.file ? !a.computedDigest : !a.declaredDigest);
  const describeBroken = () => broken.map(
    (a) => `${escapeTerminal(a.key)} (${a.file ? a.malformedPointer ? "malformed LFS pointer" : a.file.status : "no digest"})`
  ).join(", ");
  if (!opts.write) {
    if (broken.length > 0)
      throw new UserError(`cannot compute the model digest: ${describeBroken()}`, { file });
    if (opts.artifacts)
      for (const a of facts) out(`${a.file ? a.computedDigest : a.declaredDigest}  ${escapeTerminal(a.key)}`);
    out(
      modelDigest(
        facts.map((a) => ({ key: a.key, digest: a.file ? a.computedDigest : a.declaredDigest }))
      )
    );
    return 0;
  }
  const { text: updated, updates } = rewriteDigests(
    text,
    facts.map((a) => a.file ? a.computedDigest : null)
  );
  if (updates.length > 0) await writeFile(join(root, file), updated);
  for (const u of updates)
    out(
      `${escapeTerminal(file)}:${u.line}: ${escapeTerminal(u.key)}: ${u.from ? escapeTerminal(u.from, 80) : "(no digest)"} -> ${u.to}`
    );
  out(
    updates.length > 0 ? `updated ${updates.length} artifact digest${updates.length === 1 ? "" : "s"} in ${escapeTerminal(file)}` : `${escapeTerminal(file)}: artifact digests are up to date`
  );
  if (broken.length > 0) {
    process.stderr.write(`model-gate: error: not updated (the bytes cannot be read): ${describeBroken()}
`);
    return 1;
  }
  const digest = modelDigest(
    facts.map((a) => ({ key: a.key, digest: a.file ? a.computedDigest : a.declaredDigest }))
  );
  out(`model digest: ${digest}`);
  const stale = read.bindings.filter((b) => b.modelDigest !== digest);
  if (stale.length > 0) {
    out("");
    out(
      `Evidence still bound to ${stale.length === 1 ? "another digest" : "other digests"} (not rewritten: it claims to be made for those bytes). Regenerate it for ${digest}:`
    );
    for (const b of stale) {
      const was = b.modelDigest ? `bound to ${escapeTerminal(b.modelDigest, 80)}` : "not bound to a digest";
      const todo = b.field === "spec.riskAssessment" ? "re-assess the model" : "re-run the test on the new weights and commit its report";
      out(
        `  ${escapeTerminal(file)}:${b.line}: ${b.field} (${escapeTerminal(b.what, 200)}) is ${was}: ${todo}, then set its modelDigest to ${digest}`
      );
    }
  }
  return 0;
}
async function declarationDigest(tree, file, text, artifacts) {
  const kind = kindOf(file, text);
  const kinds = kindsFor(kind === "policy" ? "manifest" : kind, /* @__PURE__ */ new Set([dirOf(file)]));
  const read = await readManifestFile(tree, file, kinds, BASELINE.limits.maxFileBytes);
  const model = read.models[0];
  if (!model) {
    const first = read.findings[0];
    throw new UserError(
      first?.message ?? "not a manifest, model card or ML-BOM",
      { file, line: first?.line },
      "Run: model-gate validate on it."
    );
  }
  for (const m of read.models) {
    const facts = await collectFacts({
      loaded: m,
      match: null,
      head: tree,
      policy: BASELINE,
      changed: /* @__PURE__ */ new Set(),
      hasChangeSet: false,
      now: /* @__PURE__ */ new Date()
    });
    const broken = facts.artifacts.filter((a) => a.file ? !a.computedDigest : !a.declaredDigest);
    if (broken.length > 0) {
      throw new UserError(
        `cannot compute the model digest: ${broken.map((a) => `${a.key} (${a.file ? a.file.status : "no digest"})`).join(", ")}`,
        { file }
      );
    }
    if (artifacts)
      for (const a of facts.artifacts)
        out(`${a.file ? a.computedDigest : a.declaredDigest}  ${escapeTerminal(a.key)}`);
    out(
      read.models.length > 1 ? `${facts.modelDigest}  ${escapeTerminal(facts.name)}` : `${facts.modelDigest}`
    );
  }
  return 0;
}
export {
  runDigest
};
