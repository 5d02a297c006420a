// The engine: from a GateInput (policy, two trees, the change set, PR facts) to a GateResult.
// Reads files only through the Tree interface; everything else is pure.
import { checkAgent } from "../checks/agent.ts";
import { checkApprovals } from "../checks/approval.ts";
import { checkChangeSet, checkDeparture, checkModelChange } from "../checks/change.ts";
import type { Check } from "../checks/context.ts";
import { checkControls } from "../checks/controls.ts";
import { checkEvaluation } from "../checks/evaluation.ts";
import { checkEvidence } from "../checks/evidence.ts";
import { checkExpiring, checkVettingAge, expiryItems, waiverExpiryItems } from "../checks/expiry.ts";
import type { ModelFacts } from "../checks/facts.ts";
import { checkIntegrity } from "../checks/integrity.ts";
import { checkProvenance } from "../checks/provenance.ts";
import { checkRisk } from "../checks/risk.ts";
import { checkSafety } from "../checks/safety.ts";
import { checkSignature } from "../checks/signature.ts";
import { checkWaivers } from "../checks/waivers.ts";
import type { Finding, NewFinding } from "../core/findings.ts";
import type { ExpiryItem, GateResult, ModelResult } from "../core/result.ts";
import { blocking, decide, sortFindings, toFinding } from "../core/verdict.ts";
import { findingInFormatTerms } from "../formats/terms.ts";
import type { LoadedManifest } from "../manifest/model.ts";
import { tierOf } from "../policy/strictest.ts";
import { applyWaivers } from "../policy/waivers.ts";
import { normaliseRepoPath } from "../repo/paths.ts";
import { baseReports } from "./base-reports.ts";
import { collectFacts, declaredModelDigest } from "./collect.ts";
import { discover } from "./discover.ts";
import { matchBase } from "./identity.ts";
import { inThreadParser, type Parser } from "./parse-pool.ts";
import { mapPool } from "./pool.ts";
import { ReadPrefixes } from "./prefixes.ts";
import { modelRecord } from "./record.ts";
import { scanChangedModelFiles } from "./scan.ts";
import type { GateInput } from "./types.ts";

/** The rule families, one file each under src/checks/. */
const CHECKS: Check[] = [
  checkModelChange,
  checkIntegrity,
  checkSignature,
  checkRisk,
  checkEvidence,
  checkProvenance,
  checkControls,
  checkEvaluation,
  checkAgent,
  checkVettingAge,
];

const CONCURRENCY = 64;

export async function evaluate(input: GateInput): Promise<GateResult> {
  let parser: Parser | undefined;
  try {
    return await evaluateWith(input, (manifests) => {
      parser = input.openParser ? input.openParser(manifests) : inThreadParser;
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
  raw.push(...found.findings, ...checkChangeSet(found));

  const matches = new Map(
    found.targets.map((t) => [
      t,
      found.baseIndex ? matchBase(t.model, found.baseIndex, found.headIndex) : null,
    ]),
  );
  // When a model's bytes change, its base versions' reports are compared with the head's: ask for
  // them together (the declared digests tell; a wrong declaration only costs a read later).
  const reports = input.base ? baseReports(input.base, policy.limits.maxFileBytes) : null;
  reports?.together(
    [...matches].flatMap(([t, m]) => {
      const now = declaredModelDigest(t.model);
      return (m?.versions ?? []).filter((v) => declaredModelDigest(v) !== now).flatMap(reportPaths);
    }),
  );
  const prefixes = new ReadPrefixes(new Set(found.otherChanged));
  const results = await mapPool(found.targets, CONCURRENCY, async (target) => {
    const facts = await collectFacts({
      loaded: target.model,
      match: matches.get(target) ?? null,
      baseReports: reports,
      head: input.head,
      policy,
      changed: found.changedPaths,
      hasChangeSet: input.changes !== "all" && input.base !== null,
      now: input.now,
      headFiles: found.headFiles,
      parser: found.parser,
      prefixes,
    });
    // A card's or BOM's model hears about its own fields, not a manifest's.
    const format = target.model.format;
    return {
      facts,
      findings: CHECKS.flatMap((check) => check(facts)).map((f) => findingInFormatTerms(f, format)),
    };
  });
  for (const r of results) raw.push(...r.findings);
  raw.push(...found.departures.flatMap(checkDeparture));
  // Issue 12, audit: what expires soon (policy waivers included).
  let expiry: ExpiryItem[] | undefined;
  if (input.expiringWithin !== undefined) {
    expiry = [
      ...results.flatMap(({ facts }) => expiryItems(facts)),
      ...waiverExpiryItems(policy, input.now, input.policy.file),
    ];
    raw.push(...checkExpiring(expiry, input.expiringWithin));
  }

  raw.push(
    ...checkSafety(
      await scanChangedModelFiles(
        input,
        found,
        results.map((r) => r.facts),
        prefixes,
      ),
    ),
  );

  raw.push(
    ...checkApprovals({
      // A declaration that left the gate needs the approvals of its base tier.
      models: [
        ...results.map(({ facts }) => ({
          name: facts.name,
          file: facts.loaded.file,
          tier: facts.tier,
          line: facts.loaded.source.locate(["metadata", "name"]).line,
        })),
        ...found.departures.map(({ model }) => ({
          name: model.manifest.metadata.name,
          file: model.file,
          tier: tierOf(model),
          line: model.source.locate(["metadata", "name"]).line,
        })),
      ],
      policy,
      pr: input.pullRequest,
      policyChanged: found.policyChanged,
      policyFile: found.policyFile,
    }),
  );

  // A waiver follows the model it was written for: not onto other bytes under its name.
  const unwaivable = new Set(results.filter(({ facts }) => !facts.waivable).map(({ facts }) => facts.name));
  const findings = sortFindings(
    applyWaivers(raw.map(toFinding), waivers.active, (f) => !unwaivable.has(f.model ?? "")),
  );
  const failing = new Set(findings.filter(blocking).map((f) => `${f.file}\0${f.model ?? ""}`));
  return {
    schemaVersion: 1,
    verdict: decide(findings),
    mode: input.mode,
    base: input.baseLabel,
    head: input.headLabel,
    policy: { source: input.policy.source, digest: input.policy.digest },
    models: [
      ...results.map(({ facts }) =>
        modelResult(facts, failing.has(`${facts.loaded.file}\0${facts.name}`), input.pullRequest),
      ),
      ...found.unreadable.map((file) => unreadableModel(file, findings)),
    ],
    findings,
    evaluatedAt: input.now.toISOString(),
    waivers: waivers.active.map(({ line: _line, ...w }) => w),
    ...(expiry ? { expiry } : {}),
  };
}

function reportPaths(m: LoadedManifest): string[] {
  const spec = m.manifest.spec;
  return [spec.riskAssessment?.report, ...(spec.adversarialTests ?? []).map((t) => t.report)].flatMap((p) => {
    const n = p ? normaliseRepoPath(p) : null;
    return n?.ok ? [n.path] : [];
  });
}

function modelResult(facts: ModelFacts, failing: boolean, pr: GateInput["pullRequest"]): ModelResult {
  return {
    manifest: facts.loaded.file,
    name: facts.name,
    riskTier: facts.declaredTier,
    modelDigest: facts.modelDigest,
    verdict: failing ? "fail" : "pass",
    record: modelRecord(facts, pr?.unverifiable === undefined ? pr : null),
  };
}

function unreadableModel(file: string, findings: Finding[]): ModelResult {
  return {
    manifest: file,
    name: file.split("/").pop() ?? file,
    riskTier: null,
    modelDigest: null,
    verdict: findings.some((f) => f.file === file && blocking(f)) ? "fail" : "pass",
  };
}
