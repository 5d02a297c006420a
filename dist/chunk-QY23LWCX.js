import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
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
  artifactFact,
  collectFacts
} from "./chunk-WEKPBRKS.js";
import {
  declarationRegistry,
  isNativeManifestText,
  modelDigest,
  namedKind,
  readManifestFile,
  readManifestText,
  rewritableDigests,
  rewriteDigests
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
  statFile
} from "./chunk-5JGHM2XT.js";
import {
  decodeText
} from "./chunk-GAQLD7RB.js";
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
import "./chunk-CHNDTHGK.js";
import "./chunk-PVXUEQET.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";

// src/cli/digest.ts
import { writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
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
  const text = decoded.ok ? decoded.text : "";
  const policy = await workingPolicy(tree);
  const registry = declarationRegistry(policy, {
    modelFolders: await modelFolderOf(root, fact.path, policy)
  });
  const kind = namedKind(registry, fact.path, text);
  if (rewritableDigests(kind) && decoded.ok && isNativeManifestText(decoded.text))
    return nativeDigest(tree, root, fact.path, decoded.text, values);
  if (values.write)
    throw new UserError(
      "--write updates native manifests (apiVersion: model-gate/v1, kind: ModelManifest); set a model card's or ML-BOM's digests by hand",
      { file }
    );
  return declarationDigest(tree, registry, fact.path, kind, values.artifacts === true);
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
async function declarationDigest(tree, registry, file, kind, artifacts) {
  const read = await readManifestFile(tree, file, registry, BASELINE.limits.maxFileBytes, kind);
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
    if (!facts.modelDigest)
      throw new UserError(
        `cannot compute the model digest: ${facts.artifacts.length === 0 ? "no artifact is declared" : "a declared digest is not sha256:<64 hex>"}`,
        { file },
        "Run: model-gate validate on it."
      );
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
