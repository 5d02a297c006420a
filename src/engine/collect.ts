// Gathers the facts the checks judge for one model: computed artifact digests, the state of
// every referenced file, parsed evidence. The only part of the per-model work that reads files;
// the checks themselves are pure functions of these facts.
import type { ArtifactFact, BaseVersion, EvidenceFact, FileFact, ModelFacts } from "../checks/facts.ts";
import { parseEvidence } from "../evidence/parse.ts";
import { digestChunks, isDigest, modelDigest, sha256Hex } from "../manifest/digest.ts";
import type { LoadedManifest } from "../manifest/model.ts";
import { higherTier, strictestTierPolicy, tierOf } from "../policy/strictest.ts";
import type { Policy, TierPolicy } from "../policy/types.ts";
import { looksLikeLfsPointer, parseLfsPointer } from "../repo/lfs.ts";
import { dirOf } from "../repo/paths.ts";
import type { Tree } from "../repo/tree.ts";
import type { BaseReports } from "./base-reports.ts";
import { statFile } from "./files.ts";
import type { BaseMatch } from "./identity.ts";
import type { Parser } from "./parse-pool.ts";
import type { ReadPrefixes } from "./prefixes.ts";

const POINTER_MAX = 1024;

export async function collectFacts(args: {
  loaded: LoadedManifest;
  /** How the model matched the base declarations; null when there is no base to compare. */
  match: BaseMatch | null;
  /** The base versions' reports, read from the base tree. */
  baseReports?: BaseReports | null;
  head: Tree;
  policy: Policy;
  changed: ReadonlySet<string>;
  hasChangeSet: boolean;
  now: Date;
  /** Every file in head, for the files a model signature covers. */
  headFiles?: readonly string[];
  /** Parses evidence (in this thread or on a worker); in this thread by default. */
  parser?: Parser;
  /** Told of the report bytes read, for the safety scan's sniff. */
  prefixes?: ReadPrefixes;
}): Promise<ModelFacts> {
  const { loaded, head, policy } = args;
  const spec = loaded.manifest.spec;
  const max = policy.limits.maxFileBytes;
  const declaredTier = spec.riskTier ?? null;
  const artifacts = await Promise.all(spec.artifacts.map((a, index) => artifactFact(head, a, index)));
  const modelDigest = digestOf(
    artifacts.map((a) => ({ key: a.key, digest: a.file ? a.computedDigest : a.declaredDigest })),
  );
  const baseVersions = await Promise.all(
    (args.match?.versions ?? []).map((m) => baseVersion(m, modelDigest, args.baseReports ?? null)),
  );
  let tier = tierOf(loaded);
  let tierPolicy = policy.tiers[tier] ?? {};
  for (const b of baseVersions) {
    tier = higherTier(tier, b.tier);
    tierPolicy = strictestTierPolicy(tierPolicy, policy.tiers[b.tier] ?? {});
  }
  const types = [...new Set([spec.type, ...baseVersions.map((b) => b.model.manifest.spec.type)])];
  const environments = [
    ...new Set([
      ...(spec.environments ?? []),
      ...baseVersions.flatMap((b) => b.model.manifest.spec.environments ?? []),
    ]),
  ];

  const reportDigests = new Map<string, string>();
  const riskReport = spec.riskAssessment?.report
    ? await statFile(head, spec.riskAssessment.report, max)
    : null;
  // Every report's digest: compared with the base versions' when the model's bytes changed, and
  // recorded in the report (decision records, issue 12).
  if (riskReport?.status === "ok" && riskReport.path) {
    const bytes = await head.read(riskReport.path);
    args.prefixes?.note(riskReport.path, bytes);
    reportDigests.set(riskReport.path, sha256Hex(bytes));
  }
  const evidence = await Promise.all(
    (spec.adversarialTests ?? []).map(async (t, index): Promise<EvidenceFact> => {
      const file = await statFile(head, t.report, max);
      if (file.status !== "ok" || !file.path) return { index, file, parse: null };
      const bytes = await head.read(file.path);
      args.prefixes?.note(file.path, bytes);
      reportDigests.set(file.path, sha256Hex(bytes));
      const parse = args.parser
        ? await args.parser.parseEvidence(t.tool, bytes)
        : parseEvidence(t.tool, bytes);
      return { index, file, parse };
    }),
  );
  const dpias = new Map<number, FileFact>();
  for (const [i, d] of (spec.datasets ?? []).entries()) {
    if (d.dpia) dpias.set(i, await statFile(head, d.dpia, max));
  }
  const signature = spec.signature?.path
    ? await signatureFact(
        head,
        spec.signature.path,
        policy,
        tierPolicy,
        args.headFiles ?? [],
        loaded,
        args.now,
      )
    : null;
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
    modelDigest,
    riskReport,
    reportDigests,
    evidence,
    dpias,
    signature,
    changed: args.changed,
    hasChangeSet: args.hasChangeSet,
    now: args.now,
  };
}

async function baseVersion(
  model: LoadedManifest,
  headDigest: string | null,
  reports: BaseReports | null,
): Promise<BaseVersion> {
  const spec = model.manifest.spec;
  const digest = declaredModelDigest(model);
  const reportDigests = new Set<string>();
  // Its reports matter only when the bytes changed: a head report equal to one of them is stale.
  if (reports && digest !== headDigest) {
    const paths = [spec.riskAssessment?.report, ...(spec.adversarialTests ?? []).map((t) => t.report)];
    for (const p of paths) {
      const d = p ? await reports.digest(p) : null;
      if (d) reportDigests.add(d);
    }
  }
  return { model, tier: tierOf(model), modelDigest: digest, reportDigests };
}

/** The model digest a manifest claims, from its declared digests alone. */
export function declaredModelDigest(m: LoadedManifest): string | null {
  return digestOf(
    m.manifest.spec.artifacts.map((a) => ({ key: a.path ?? a.uri ?? "", digest: a.digest ?? null })),
  );
}

function digestOf(items: { key: string; digest: string | null | undefined }[]): string | null {
  if (items.length === 0 || items.some((i) => !i.digest || !isDigest(i.digest))) return null;
  return modelDigest(items.map((i) => ({ key: i.key, digest: i.digest as string })));
}

const MAX_SIGNED_FILES = 10_000;

/** Verifies a model signature against the files in its folder, hashed as the signer hashed them. */
async function signatureFact(
  head: Tree,
  declared: string,
  policy: Policy,
  tierPolicy: TierPolicy,
  headFiles: readonly string[],
  loaded: LoadedManifest,
  now: Date,
): Promise<ModelFacts["signature"]> {
  const file = await statFile(head, declared, policy.limits.maxFileBytes);
  if (file.status !== "ok" || !file.path) return { file, check: null };
  const folder = dirOf(file.path);
  const prefix = folder ? `${folder}/` : "";
  const covered = headFiles.filter((p) => p.startsWith(prefix) && p !== file.path).slice(0, MAX_SIGNED_FILES);
  const files = await Promise.all(
    covered.map(async (p) => ({
      path: p.slice(prefix.length),
      digest: (await artifactFact(head, { path: p }, 0)).computedDigest,
    })),
  );
  // Loaded with the first signature: the sigstore libraries are large and most models have none.
  const { checkModelSignature } = await import("../formats/model-signing.ts");
  const check = await checkModelSignature({
    sigFile: file.path,
    sigBytes: await head.read(file.path),
    files,
    allowedSigners: tierPolicy.signature?.signers ?? [],
    trustedKeys: policy.signing?.keys ?? [],
    trustedCertificates: policy.signing?.certificates ?? [],
    at: { file: loaded.file, line: loaded.source.locate(["spec", "signature", "path"]).line },
    model: loaded.manifest.metadata.name,
    now,
  });
  return { file, check };
}

/** What an artifact's bytes (or its LFS pointer) hash to; `model-gate digest` uses it too. */
export async function artifactFact(
  head: Tree,
  a: { path?: string; uri?: string; digest?: string },
  index: number,
): Promise<ArtifactFact> {
  const declaredDigest = typeof a.digest === "string" ? a.digest : null;
  if (!a.path) {
    return {
      index,
      key: a.uri ?? "",
      declaredDigest,
      computedDigest: null,
      file: null,
      lfs: false,
      malformedPointer: false,
    };
  }
  // Artifacts are hashed in a stream, so the manifest size limit does not apply to them.
  const file = await statFile(head, a.path, Number.MAX_SAFE_INTEGER);
  const fact: ArtifactFact = {
    index,
    key: a.path,
    declaredDigest,
    computedDigest: null,
    file,
    lfs: false,
    malformedPointer: false,
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
