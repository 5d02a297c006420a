import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  digestChunks,
  higherTier,
  isDigest,
  modelDigest,
  parseEvidence,
  sha256Hex,
  strictestTierPolicy,
  tierOf
} from "./chunk-CXMFJBLL.js";
import {
  statFile
} from "./chunk-5JGHM2XT.js";
import {
  dirOf
} from "./chunk-CHNDTHGK.js";

// src/repo/lfs.ts
var LFS_POINTER_MAX_BYTES = 1024;
var VERSION_LINE = "version https://git-lfs.github.com/spec/v1\n";
var POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\noid sha256:([0-9a-f]{64})\nsize (0|[1-9][0-9]{0,15})\n$/;
function parseLfsPointer(bytes) {
  if (bytes.length >= LFS_POINTER_MAX_BYTES || bytes.length < VERSION_LINE.length) return null;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const m = POINTER.exec(text);
  if (!m) return null;
  const size = Number(m[2]);
  if (!Number.isSafeInteger(size)) return null;
  return { oid: m[1], size };
}
var INTENT_PREFIXES = ["version https://git-lfs", "version https://hawser"];
function looksLikeLfsPointer(bytes) {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64)).toString("latin1");
  return INTENT_PREFIXES.some((p) => head.startsWith(p));
}

// src/engine/collect.ts
var POINTER_MAX = 1024;
async function collectFacts(args) {
  const { loaded, head, policy } = args;
  const spec = loaded.manifest.spec;
  const max = policy.limits.maxFileBytes;
  const declaredTier = spec.riskTier ?? null;
  const artifacts = await Promise.all(spec.artifacts.map((a, index) => artifactFact(head, a, index)));
  const modelDigest2 = digestOf(
    artifacts.map((a) => ({ key: a.key, digest: a.file ? a.computedDigest : a.declaredDigest }))
  );
  const baseVersions = await Promise.all(
    (args.match?.versions ?? []).map((m) => baseVersion(m, modelDigest2, args.baseReports ?? null))
  );
  let tier = tierOf(loaded);
  let tierPolicy = policy.tiers[tier] ?? {};
  for (const b of baseVersions) {
    tier = higherTier(tier, b.tier);
    tierPolicy = strictestTierPolicy(tierPolicy, policy.tiers[b.tier] ?? {});
  }
  const types = [.../* @__PURE__ */ new Set([spec.type, ...baseVersions.map((b) => b.model.manifest.spec.type)])];
  const environments = [
    .../* @__PURE__ */ new Set([
      ...spec.environments ?? [],
      ...baseVersions.flatMap((b) => b.model.manifest.spec.environments ?? [])
    ])
  ];
  const reportDigests = /* @__PURE__ */ new Map();
  const riskReport = spec.riskAssessment?.report ? await statFile(head, spec.riskAssessment.report, max) : null;
  if (riskReport?.status === "ok" && riskReport.path) {
    const bytes = await head.read(riskReport.path);
    args.prefixes?.note(riskReport.path, bytes);
    reportDigests.set(riskReport.path, sha256Hex(bytes));
  }
  const evidence = await Promise.all(
    (spec.adversarialTests ?? []).map(async (t, index) => {
      const file = await statFile(head, t.report, max);
      if (file.status !== "ok" || !file.path) return { index, file, parse: null };
      const bytes = await head.read(file.path);
      args.prefixes?.note(file.path, bytes);
      reportDigests.set(file.path, sha256Hex(bytes));
      const parse = args.parser ? await args.parser.parseEvidence(t.tool, bytes) : parseEvidence(t.tool, bytes);
      return { index, file, parse };
    })
  );
  const dpias = /* @__PURE__ */ new Map();
  for (const [i, d] of (spec.datasets ?? []).entries()) {
    if (d.dpia) dpias.set(i, await statFile(head, d.dpia, max));
  }
  const signature = spec.signature?.path ? await signatureFact(
    head,
    spec.signature.path,
    policy,
    tierPolicy,
    args.headFiles ?? [],
    loaded,
    args.now
  ) : null;
  return {
    loaded,
    name: loaded.manifest.metadata.name,
    declaredTier,
    tier,
    tierPolicy,
    types,
    environments,
    baseVersions,
    renamedFrom: args.match?.renamedFrom ?? [],
    waivable: args.match?.waivable ?? true,
    policy,
    artifacts,
    modelDigest: modelDigest2,
    riskReport,
    reportDigests,
    evidence,
    dpias,
    signature,
    changed: args.changed,
    hasChangeSet: args.hasChangeSet,
    now: args.now
  };
}
async function baseVersion(model, headDigest, reports) {
  const spec = model.manifest.spec;
  const digest = declaredModelDigest(model);
  const reportDigests = /* @__PURE__ */ new Set();
  if (reports && digest !== headDigest) {
    const paths = [spec.riskAssessment?.report, ...(spec.adversarialTests ?? []).map((t) => t.report)];
    for (const p of paths) {
      const d = p ? await reports.digest(p) : null;
      if (d) reportDigests.add(d);
    }
  }
  return { model, tier: tierOf(model), modelDigest: digest, reportDigests };
}
function declaredModelDigest(m) {
  return digestOf(
    m.manifest.spec.artifacts.map((a) => ({ key: a.path ?? a.uri ?? "", digest: a.digest ?? null }))
  );
}
function digestOf(items) {
  if (items.length === 0 || items.some((i) => !i.digest || !isDigest(i.digest))) return null;
  return modelDigest(items.map((i) => ({ key: i.key, digest: i.digest })));
}
var MAX_SIGNED_FILES = 1e4;
async function signatureFact(head, declared, policy, tierPolicy, headFiles, loaded, now) {
  const file = await statFile(head, declared, policy.limits.maxFileBytes);
  if (file.status !== "ok" || !file.path) return { file, check: null };
  const folder = dirOf(file.path);
  const prefix = folder ? `${folder}/` : "";
  const covered = headFiles.filter((p) => p.startsWith(prefix) && p !== file.path).slice(0, MAX_SIGNED_FILES);
  const files = await Promise.all(
    covered.map(async (p) => ({
      path: p.slice(prefix.length),
      digest: (await artifactFact(head, { path: p }, 0)).computedDigest
    }))
  );
  const { checkModelSignature } = await import("./chunk-SH4XGBFH.js");
  const check = await checkModelSignature({
    sigFile: file.path,
    sigBytes: await head.read(file.path),
    files,
    allowedSigners: tierPolicy.signature?.signers ?? [],
    trustedKeys: policy.signing?.keys ?? [],
    trustedCertificates: policy.signing?.certificates ?? [],
    at: { file: loaded.file, line: loaded.source.locate(["spec", "signature", "path"]).line },
    model: loaded.manifest.metadata.name,
    now
  });
  return { file, check };
}
async function artifactFact(head, a, index) {
  const declaredDigest = typeof a.digest === "string" ? a.digest : null;
  if (!a.path) {
    return {
      index,
      key: a.uri ?? "",
      declaredDigest,
      computedDigest: null,
      file: null,
      lfs: false,
      malformedPointer: false
    };
  }
  const file = await statFile(head, a.path, Number.MAX_SAFE_INTEGER);
  const fact = {
    index,
    key: a.path,
    declaredDigest,
    computedDigest: null,
    file,
    lfs: false,
    malformedPointer: false
  };
  if (file.status !== "ok" || !file.path) return fact;
  if ((file.size ?? 0) <= POINTER_MAX) {
    const bytes = await head.read(file.path);
    const pointer = parseLfsPointer(bytes);
    if (pointer) return { ...fact, lfs: true, computedDigest: `sha256:${pointer.oid}` };
    if (looksLikeLfsPointer(bytes)) return { ...fact, malformedPointer: true };
  }
  const { digest } = await digestChunks(head.chunks(file.path));
  return { ...fact, computedDigest: digest };
}

export {
  parseLfsPointer,
  collectFacts,
  declaredModelDigest,
  artifactFact
};
