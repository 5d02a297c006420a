// SARIF 2.1.0 for GitHub code scanning: the rules that fired with their documentation and
// security severity, one result per finding (every result with a line, line 1 for a binary
// file), waived findings as accepted external suppressions. A local run's "approvals are
// checked on the pull request" note is not a code-scanning alert and is left out.
import { createHash } from "node:crypto";
import type { Finding, Severity } from "../core/findings.ts";
import type { GateResult } from "../core/result.ts";
import { DOCS_BASE_URL, RULE_IDS, RULES, type RuleId, ruleDocUrl } from "../core/rules.ts";
import { sortFindings } from "../core/verdict.ts";
import { VERSION } from "../core/version.ts";
import { ruleFamily } from "./common.ts";
import { showInvisible, wellFormed } from "./escape.ts";
import { RULE_HELP } from "./rule-help.ts";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = DOCS_BASE_URL.replace(/\/blob\/.*$/, "");
/** Key of our own entry in partialFingerprints (GitHub combines it with the rule and path). */
export const FINGERPRINT_KEY = "modelGateFindingHash/v1";

export interface SarifOptions {
  /** The tool's version shown by code scanning (default: this build's VERSION). */
  toolVersion?: string;
}

/** Findings that are not alerts about the code: a local run's pending approvals. */
function isAlert(f: Finding): boolean {
  return !(f.ruleId === "approval/pending" && f.severity === "note");
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  note: "note",
};

/** "evidence/threshold-exceeded" -> "EvidenceThresholdExceeded" (SARIF recommends an identifier-like name). */
function ruleName(id: RuleId): string {
  return id
    .split(/[/-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

function ruleDescriptor(id: RuleId) {
  const rule = RULES[id];
  const help = RULE_HELP[id];
  const url = ruleDocUrl(id);
  const refs = help.refs.join("; ");
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: rule.title },
    fullDescription: { text: help.checks },
    helpUri: url,
    help: {
      text: `${help.checks}\n\nWhy: ${help.why}\n\nHow to fix: ${help.fix}\n\nReferences: ${refs}\n\nDocumentation: ${url}`,
      markdown: [
        help.checks,
        `**Why.** ${help.why}`,
        `**How to fix.** ${help.fix}`,
        `**References.** ${refs}`,
        `[Rule documentation](${url})`,
      ].join("\n\n"),
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      // GitHub reads security-severity as a string holding a number from 0.0 to 10.0, and
      // only for rules tagged "security".
      "security-severity": rule.securitySeverity.toFixed(1),
      tags: ["security", ruleFamily(id)],
      precision: "very-high",
    },
  };
}

/**
 * Stable across runs: the rule, file, model and message, with the numbers and digests that
 * change from day to day (ages, rates, digests) blurred, so a finding keeps its alert while
 * it ages and lines shift. The line is left out on purpose, as GitHub recommends.
 */
function findingFingerprint(f: Finding): string {
  const message = f.message.replace(/sha256:[0-9a-f]{64}/gi, "sha256:*").replace(/\d+(\.\d+)?/g, "#");
  return createHash("sha256")
    .update(JSON.stringify([f.ruleId, f.file ?? "", f.model ?? "", message]))
    .digest("hex");
}

/** A repository-relative path as a relative URI reference (each segment percent-encoded). */
export function pathToUri(path: string): string {
  return (
    path
      .replace(/\\/g, "/")
      .replace(/^\/+/, "")
      .split("/")
      // A lone surrogate (possible in a name read from YAML or JSON escapes) would make
      // encodeURIComponent throw: it becomes U+FFFD like everywhere else in the reports.
      .map((segment) => encodeURIComponent(wellFormed(segment)))
      .join("/")
  );
}

function physicalLocation(file: string, line?: number, column?: number) {
  // Code scanning places an alert without a region nowhere useful: a finding about a whole
  // file (a binary model file, say) points at its line 1.
  const hasLine = line !== undefined && Number.isInteger(line) && line >= 1;
  const region = {
    region: {
      startLine: hasLine ? line : 1,
      ...(hasLine && column !== undefined && Number.isInteger(column) && column >= 1
        ? { startColumn: column }
        : {}),
    },
  };
  return {
    physicalLocation: { artifactLocation: { uri: pathToUri(file), uriBaseId: "%SRCROOT%" }, ...region },
  };
}

/** Code scanning shows only results with a location: fall back to the model's manifest, then the policy file. */
function fallbackFile(f: Finding, result: GateResult): string | undefined {
  const manifest = result.models.find((m) => m.name === f.model)?.manifest;
  if (manifest) return manifest;
  const policy = result.policy.source.replace(/@[^@]*$/, "");
  return /\.ya?ml$/i.test(policy) ? policy : undefined;
}

function sarifResult(f: Finding, result: GateResult, ruleIndex: Map<RuleId, number>) {
  const file = f.file ?? fallbackFile(f, result);
  return {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: showInvisible(f.message) },
    ...(file !== undefined
      ? { locations: [physicalLocation(file, f.file !== undefined ? f.line : undefined, f.column)] }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(f) },
    ...(f.waived
      ? {
          suppressions: [
            {
              kind: "external",
              status: "accepted",
              justification: showInvisible(
                `Waived by ${f.waived.owner} until ${f.waived.expires}${f.waived.ticket ? ` (${f.waived.ticket})` : ""}: ${f.waived.reason}`,
              ),
            },
          ],
        }
      : {}),
    ...(f.model !== undefined ? { properties: { model: f.model } } : {}),
  };
}

export function renderSarif(result: GateResult, opts: SarifOptions = {}): string {
  const findings = sortFindings(result.findings).filter(isAlert);
  const fired = new Set(findings.map((f) => f.ruleId));
  const rules = RULE_IDS.filter((id) => fired.has(id));
  const ruleIndex = new Map<RuleId, number>(rules.map((id, i) => [id, i]));
  const toolVersion = opts.toolVersion ?? VERSION;
  const version = {
    version: toolVersion,
    ...(/^\d+\.\d+\.\d+/.test(toolVersion) ? { semanticVersion: toolVersion } : {}),
  };
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Model Gate",
            informationUri: INFORMATION_URI,
            ...version,
            rules: rules.map(ruleDescriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: result.verdict !== "error",
            ...(result.verdict === "error"
              ? {
                  toolExecutionNotifications: [
                    {
                      level: "error",
                      message: { text: showInvisible(result.error ?? "The gate could not evaluate.") },
                    },
                  ],
                }
              : {}),
          },
        ],
        results: findings.map((f) => sarifResult(f, result, ruleIndex)),
        properties: {
          verdict: result.verdict,
          mode: result.mode,
          base: result.base,
          head: result.head,
          policy: { source: result.policy.source, digest: result.policy.digest },
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
