// The engine: from a GateInput (policy, two trees, the change set, PR facts) to a GateResult.
// Reads files only through the Tree interface; everything else is pure.
import { checkAgent } from "../checks/agent.ts";
import { checkApprovals } from "../checks/approval.ts";
import type { Check } from "../checks/context.ts";
import { checkControls } from "../checks/controls.ts";
import { checkEvaluation } from "../checks/evaluation.ts";
import { checkEvidence } from "../checks/evidence.ts";
import { checkIntegrity } from "../checks/integrity.ts";
import { checkProvenance } from "../checks/provenance.ts";
import { checkRisk } from "../checks/risk.ts";
import { checkSignature } from "../checks/signature.ts";
import type { Finding, NewFinding } from "../core/findings.ts";
import type { GateResult, ModelResult } from "../core/result.ts";
import { blocks, decide, sortFindings, toFinding } from "../core/verdict.ts";
import type { LoadedManifest } from "../manifest/model.ts";
import { applyWaivers, checkWaivers } from "../policy/waivers.ts";
import { collectFacts, type ModelFacts } from "./collect.ts";
import { discover } from "./discover.ts";
import { type ManifestKinds, readManifestFile } from "./manifests.ts";
import { openParser, type Parser } from "./parse-pool.ts";
import { mapPool } from "./pool.ts";
import { scanChangedModelFiles } from "./scan.ts";
import type { GateInput } from "./types.ts";

/** The rule families, one file each under src/checks/. */
const CHECKS: Check[] = [
  checkIntegrity,
  checkSignature,
  checkRisk,
  checkEvidence,
  checkProvenance,
  checkControls,
  checkEvaluation,
  checkAgent,
];

const CONCURRENCY = 64;

export async function evaluate(input: GateInput): Promise<GateResult> {
  let parser: Parser | undefined;
  try {
    return await evaluateWith(input, (manifests) => {
      parser = openParser(manifests);
      return parser;
    });
  } finally {
    await parser?.close();
  }
}

async function evaluateWith(input: GateInput, open: (manifests: number) => Parser): Promise<GateResult> {
  const { policy } = input.policy;
  const raw: NewFinding[] = [];
  const waivers = checkWaivers(policy, input.now, input.policy.file);
  raw.push(...waivers.findings);

  const found = await discover(input, open);
  raw.push(...found.findings);

  const results = await mapPool(found.targets, CONCURRENCY, async (target) => {
    const base = await baseModel(input, found.kinds, target.baseFile, target.model);
    const facts = await collectFacts({
      loaded: target.model,
      base,
      head: input.head,
      policy,
      changed: found.changedPaths,
      hasChangeSet: input.changes !== "all" && input.base !== null,
      now: input.now,
      headFiles: found.headFiles,
      parser: found.parser,
    });
    return { facts, findings: CHECKS.flatMap((check) => check(facts)) };
  });
  for (const r of results) raw.push(...r.findings);

  raw.push(
    ...(await scanChangedModelFiles(
      input,
      found,
      results.map((r) => r.facts),
    )),
  );

  raw.push(
    ...checkApprovals({
      models: results.map(({ facts }) => ({
        name: facts.name,
        file: facts.loaded.file,
        tier: facts.tier,
        line: facts.loaded.source.locate(["metadata", "name"]).line,
      })),
      policy,
      pr: input.pullRequest,
      policyChanged: found.policyChanged,
      policyFile: found.policyFile,
    }),
  );

  const findings = sortFindings(applyWaivers(raw.map(toFinding), waivers.active));
  const failing = new Set(findings.filter(blocks).map((f) => `${f.file}\0${f.model ?? ""}`));
  return {
    schemaVersion: 1,
    verdict: decide(findings),
    mode: input.mode,
    base: input.baseLabel,
    head: input.headLabel,
    policy: { source: input.policy.source, digest: input.policy.digest },
    models: [
      ...results.map(({ facts }) => modelResult(facts, failing.has(`${facts.loaded.file}\0${facts.name}`))),
      ...found.unreadable.map((file) => unreadableModel(file, findings)),
    ],
    findings,
  };
}

async function baseModel(
  input: GateInput,
  kinds: ManifestKinds,
  baseFile: string | null,
  head: LoadedManifest,
): Promise<LoadedManifest | null> {
  if (!input.base || !baseFile) return null;
  const read = await readManifestFile(input.base, baseFile, kinds, input.policy.policy.limits.maxFileBytes);
  const name = head.manifest.metadata.name;
  return (
    read.models.find((m) => m.manifest.metadata.name === name) ??
    (read.models.length === 1 ? (read.models[0] ?? null) : null)
  );
}

function modelResult(facts: ModelFacts, failing: boolean): ModelResult {
  return {
    manifest: facts.loaded.file,
    name: facts.name,
    riskTier: facts.tier,
    modelDigest: facts.modelDigest,
    verdict: failing ? "fail" : "pass",
  };
}

function unreadableModel(file: string, findings: Finding[]): ModelResult {
  return {
    manifest: file,
    name: file.split("/").pop() ?? file,
    riskTier: null,
    modelDigest: null,
    verdict: findings.some((f) => f.file === file && blocks(f)) ? "fail" : "pass",
  };
}
