import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  DEFAULT_POLICY_FILE
} from "./chunk-RA77GLFZ.js";
import {
  checkMergedDeclaration,
  higherTier,
  inThreadParser,
  isDigest,
  manifestFormats,
  manifestKinds,
  modelFileMatcher,
  readManifestFile,
  tierOf
} from "./chunk-SWDS2RY5.js";
import {
  dirOf,
  normaliseRepoPath
} from "./chunk-CHNDTHGK.js";

// src/engine/identity.ts
function artifactKeys(m) {
  const keys = /* @__PURE__ */ new Set();
  for (const a of m.manifest.spec.artifacts) {
    if (a.path) {
      const p = normaliseRepoPath(a.path);
      if (p.ok) keys.add(`path:${p.path}`);
    }
    if (a.uri) keys.add(`uri:${a.uri}`);
    if (isDigest(a.digest)) keys.add(`digest:${a.digest}`);
  }
  return keys;
}
var shares = (a, b) => {
  for (const k of a) if (b.has(k)) return true;
  return false;
};
var DeclarationIndex = class {
  byName = /* @__PURE__ */ new Map();
  byKey = /* @__PURE__ */ new Map();
  all;
  constructor(models) {
    this.all = models.map((model) => ({ model, keys: artifactKeys(model) }));
    for (const e of this.all) {
      push(this.byName, e.model.manifest.metadata.name, e);
      for (const k of e.keys) push(this.byKey, k, e);
    }
  }
  named(name) {
    return this.byName.get(name) ?? [];
  }
  holding(keys) {
    const out = /* @__PURE__ */ new Set();
    for (const k of keys) for (const e of this.byKey.get(k) ?? []) out.add(e);
    return [...out];
  }
};
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function matchBase(head, base, headIndex) {
  const name = head.manifest.metadata.name;
  const keys = artifactKeys(head);
  const byName = base.named(name);
  const continued = (b) => headIndex.named(b.model.manifest.metadata.name).some((h) => h.model !== head && shares(h.keys, b.keys));
  const renamed = base.holding(keys).filter((b) => b.model.manifest.metadata.name !== name && !continued(b));
  const versions = [...new Set([...byName, ...renamed].map((e) => e.model))];
  return {
    versions,
    byName: byName.map((e) => e.model),
    renamedFrom: renamed.map((e) => e.model),
    waivable: versions.length === 0 || byName.some((b) => shares(b.keys, keys))
  };
}
function hasHeadVersion(baseModel, headIndex) {
  if (headIndex.named(baseModel.manifest.metadata.name).length > 0) return true;
  return headIndex.holding(artifactKeys(baseModel)).length > 0;
}

// src/engine/merge-declarations.ts
var TYPE_STRICTNESS = {
  agent: 2,
  llm: 1,
  classifier: 0,
  regression: 0,
  embedding: 0,
  other: 0
};
function mergeDeclarations(files) {
  const natives = files.flatMap((f) => f.models.filter((m) => m.format === "model-gate"));
  const mergedInto = /* @__PURE__ */ new Map();
  if (natives.length === 0) return { files: [...files], mergedInto };
  const byPath = /* @__PURE__ */ new Map();
  const byFolder = /* @__PURE__ */ new Map();
  for (const m of natives)
    for (const k of artifactKeys(m)) {
      if (!k.startsWith("path:")) continue;
      byPath.set(k, m);
      const folder = dirOf(k.slice("path:".length));
      byFolder.set(folder, (byFolder.get(folder) ?? /* @__PURE__ */ new Set()).add(m));
    }
  const besideOne = (m) => {
    if (m.format !== "hf-model-card" || m.manifest.spec.artifacts.length > 0) return void 0;
    const owners = byFolder.get(dirOf(m.file));
    return owners?.size === 1 ? [...owners][0] : void 0;
  };
  const replaced = /* @__PURE__ */ new Map();
  const notes = /* @__PURE__ */ new Map();
  const out = files.map((f) => {
    const kept = [];
    const dropped = [];
    for (const m of f.models) {
      const native = m.format === "model-gate" ? void 0 : [...artifactKeys(m)].map((k) => byPath.get(k)).find((n) => n !== void 0) ?? besideOne(m);
      if (!native) {
        kept.push(m);
        continue;
      }
      const into = replaced.get(native) ?? native;
      replaced.set(native, stricter(into, m));
      mergedInto.set(f.file, native.file);
      dropped.push(m.manifest.metadata.name);
      const list = notes.get(native.file) ?? [];
      list.push(checkMergedDeclaration(native, m));
      notes.set(native.file, list);
    }
    if (dropped.length === 0) return f;
    const gone = new Set(dropped);
    return {
      ...f,
      models: kept,
      findings: f.findings.filter((x) => !(x.model && gone.has(x.model)))
    };
  });
  return {
    files: out.map((f) => ({
      ...f,
      models: f.models.map((m) => replaced.get(m) ?? m),
      findings: [...f.findings, ...notes.get(f.file) ?? []]
    })),
    mergedInto
  };
}
function stricter(native, other) {
  const a = native.manifest.spec;
  const b = other.manifest.spec;
  const tier = higherTier(tierOf(native), tierOf(other));
  const type = TYPE_STRICTNESS[b.type] > TYPE_STRICTNESS[a.type] ? b.type : a.type;
  const environments = [.../* @__PURE__ */ new Set([...a.environments ?? [], ...b.environments ?? []])];
  return {
    ...native,
    manifest: {
      ...native.manifest,
      spec: {
        ...a,
        ...b.license !== void 0 && a.license === void 0 ? { license: b.license } : {},
        type,
        riskTier: tier,
        ...environments.length > 0 ? { environments } : {}
      }
    }
  };
}

// src/engine/owners-under.ts
function ownersUnder(owners) {
  let byDir;
  return (dir) => {
    if (!byDir) {
      byDir = /* @__PURE__ */ new Map();
      for (const [path, list] of owners) {
        for (let i = path.indexOf("/"); i > 0; i = path.indexOf("/", i + 1)) {
          const d = path.slice(0, i);
          const set = byDir.get(d) ?? /* @__PURE__ */ new Set();
          for (const m of list) set.add(m);
          byDir.set(d, set);
        }
      }
    }
    return [...byDir.get(dir) ?? []];
  };
}

// src/engine/pool.ts
async function mapPool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

// src/engine/discover.ts
function referencedPaths(m) {
  const s = m.manifest.spec;
  const norm = (p) => {
    if (!p) return [];
    const r = normaliseRepoPath(p);
    return r.ok ? [r.path] : [];
  };
  return {
    artifacts: s.artifacts.flatMap((a) => norm(a.path)),
    others: [
      ...norm(s.riskAssessment?.report),
      ...(s.adversarialTests ?? []).flatMap((t) => norm(t.report)),
      ...(s.datasets ?? []).flatMap((d) => norm(d.dpia)),
      ...norm(s.signature?.path)
    ]
  };
}
async function discover(input, openParser = () => inThreadParser) {
  const { policy } = input.policy;
  const max = policy.limits.maxFileBytes;
  const isModelFile = modelFileMatcher(policy);
  const policyFile = input.policy.file ?? DEFAULT_POLICY_FILE;
  let parser = inThreadParser;
  if (input.changes !== "all" && input.changes.length === 0 && !input.noFastPath)
    return nothingChanged(
      input,
      manifestKinds(policy, manifestFormats(policy), () => parser),
      isModelFile,
      policyFile
    );
  const headFiles = await input.head.list();
  const modelFolders = new Set(headFiles.filter(isModelFile).map(dirOf));
  const kinds = manifestKinds(policy, manifestFormats(policy, modelFolders), () => parser);
  const manifestPaths = headFiles.filter(kinds.isManifest);
  parser = openParser(manifestPaths.length);
  const findings = [];
  const unowned = [];
  const read = await mapPool(manifestPaths, 64, (p) => readManifestFile(input.head, p, kinds, max));
  const { files, mergedInto } = mergeDeclarations(read);
  const byFile = new Map(files.map((f) => [f.file, f]));
  const owners = /* @__PURE__ */ new Map();
  const artifactOwners = /* @__PURE__ */ new Map();
  const own = (map, path, m) => {
    const list = map.get(path);
    if (list) list.push(m);
    else map.set(path, [m]);
  };
  for (const f of files) {
    for (const m of f.models) {
      const refs = referencedPaths(m);
      for (const p of refs.artifacts) {
        own(artifactOwners, p, m);
        own(owners, p, m);
      }
      for (const p of refs.others) own(owners, p, m);
    }
  }
  for (const [card, manifest] of mergedInto)
    for (const m of byFile.get(manifest)?.models ?? []) own(owners, card, m);
  const under = ownersUnder(owners);
  const targetFiles = /* @__PURE__ */ new Set();
  const changedPaths = /* @__PURE__ */ new Set();
  const changedArtifacts = [];
  const otherChanged = [];
  let policyChanged = false;
  if (input.changes === "all") {
    for (const p of manifestPaths) targetFiles.add(p);
    for (const p of headFiles) {
      if (isModelFile(p) && !artifactOwners.has(p)) unowned.push({ path: p, reason: { kind: "present" } });
    }
  } else {
    for (const c of input.changes) {
      if (c.path === policyFile || c.previousPath === policyFile) policyChanged = true;
      for (const p of [c.path, c.previousPath]) {
        for (const m of p ? [...owners.get(p) ?? [], ...under(p)] : []) targetFiles.add(m.file);
      }
      if (c.status === "deleted") continue;
      changedPaths.add(c.path);
      if (kinds.isManifest(c.path)) {
        targetFiles.add(c.path);
        if (!byFile.has(c.path)) {
          const read2 = await readManifestFile(input.head, c.path, kinds, max);
          findings.push(...read2.findings);
        }
      }
      const ownedBy = artifactOwners.get(c.path) ?? [];
      if (ownedBy.length > 0 || isModelFile(c.path)) changedArtifacts.push({ path: c.path, owners: ownedBy });
      else if (!kinds.isManifest(c.path) && !isModelFile.ignored(c.path)) otherChanged.push(c.path);
      if (ownedBy.length === 0 && isModelFile(c.path))
        unowned.push({ path: c.path, reason: { kind: "changed", change: c } });
    }
  }
  const targets = [];
  const unreadable = [];
  for (const file of targetFiles) {
    const f = byFile.get(file);
    if (!f) continue;
    findings.push(...f.findings);
    if (f.models.length === 0 && f.findings.length > 0) unreadable.push(file);
    for (const model of f.models) targets.push({ model });
  }
  const duplicateNames = duplicatesOf(files, targetFiles);
  const headIndex = new DeclarationIndex(files.flatMap((f) => f.models));
  const baseIndex = input.changes !== "all" && input.base ? await readBaseIndex(input, input.changes, kinds, read, max) : null;
  const departures = [];
  if (baseIndex && input.changes !== "all") {
    const changes = input.changes;
    const touched = touchedBaseFiles(changes);
    const headPaths = new Set(headFiles);
    const leftBehind = (a) => {
      const p = a.path ? normaliseRepoPath(a.path) : null;
      if (!p?.ok) return [];
      const moved = changes.filter((c) => c.previousPath === p.path).map((c) => c.path);
      return [p.path, ...moved].filter((x) => headPaths.has(x) && !artifactOwners.has(x));
    };
    const reported = new Set(unowned.map((u) => u.path));
    for (const { model } of baseIndex.all) {
      if (!touched.has(model.file)) continue;
      const remaining = [...new Set(model.manifest.spec.artifacts.flatMap(leftBehind))];
      if (!hasHeadVersion(model, headIndex)) {
        departures.push({ model, remaining });
        continue;
      }
      for (const path of remaining) {
        if (reported.has(path)) continue;
        reported.add(path);
        unowned.push({
          path,
          reason: { kind: "undeclared", model: model.manifest.metadata.name, file: model.file }
        });
      }
    }
  }
  return {
    kinds,
    parser,
    headFiles,
    targets,
    unreadable,
    findings,
    unowned,
    duplicateNames,
    changedPaths,
    changedArtifacts,
    otherChanged,
    isModelFile,
    policyChanged,
    policyFile,
    headIndex,
    baseIndex,
    departures
  };
}
function nothingChanged(input, kinds, isModelFile, policyFile) {
  return {
    kinds,
    parser: inThreadParser,
    // Not listed: only the models judged (none) read the listing.
    headFiles: [],
    targets: [],
    unreadable: [],
    findings: [],
    unowned: [],
    duplicateNames: [],
    changedPaths: /* @__PURE__ */ new Set(),
    changedArtifacts: [],
    otherChanged: [],
    isModelFile,
    policyChanged: false,
    policyFile,
    // Matched against only by targets and departures, of which there are none.
    headIndex: new DeclarationIndex([]),
    baseIndex: input.base ? new DeclarationIndex([]) : null,
    departures: []
  };
}
function touchedBaseFiles(changes) {
  const out = /* @__PURE__ */ new Set();
  for (const c of changes) {
    if (c.status !== "added") out.add(c.path);
    if (c.previousPath) out.add(c.previousPath);
  }
  return out;
}
async function readBaseIndex(input, changes, kinds, headFiles, max) {
  const touched = touchedBaseFiles(changes);
  const base = input.base;
  const unchanged = headFiles.filter((f) => !touched.has(f.file));
  const read = base ? await mapPool(
    [...touched].filter((p) => kinds.isManifest(p)),
    64,
    (p) => readManifestFile(base, p, kinds, max)
  ) : [];
  return new DeclarationIndex(mergeDeclarations([...unchanged, ...read]).files.flatMap((f) => f.models));
}
function duplicatesOf(files, targets) {
  const byName = /* @__PURE__ */ new Map();
  for (const f of files) {
    for (const m of f.models) {
      const list = byName.get(m.manifest.metadata.name) ?? [];
      list.push(m);
      byName.set(m.manifest.metadata.name, list);
    }
  }
  const out = [];
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    for (const m of list) {
      if (!targets.has(m.file)) continue;
      out.push({ model: m, others: [...new Set(list.filter((o) => o !== m).map((o) => o.file))] });
    }
  }
  return out;
}

export {
  matchBase,
  mapPool,
  discover
};
