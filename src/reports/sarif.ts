// SARIF 2.1.0 for GitHub code scanning: every rule with its documentation and security
// severity, one result per finding, waived findings as accepted external suppressions.
import { createHash } from "node:crypto";
import type { Finding, Severity } from "../core/findings.ts";
import type { GateResult } from "../core/result.ts";
import { DOCS_BASE_URL, RULE_IDS, RULES, type RuleId, ruleDocUrl } from "../core/rules.ts";
import { ruleFamily, sortFindings } from "./common.ts";
import { showInvisible, wellFormed } from "./escape.ts";
import { RULE_HELP } from "./rule-help.ts";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = DOCS_BASE_URL.replace(/\/blob\/.*$/, "");
/** Key of our own entry in partialFingerprints (GitHub combines it with the rule and path). */
export const FINGERPRINT_KEY = "modelGateFindingHash/v1";

export interface SarifOptions {
  /** The tool's version (package.json), shown by code scanning. */
  toolVersion?: string;
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  note: "note",
};

/** "evidence/threshold-exceeded" -> "EvidenceThresholdExceeded" (SARIF recommends an identifier-like name). */
export function ruleName(id: RuleId): string {
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
export function findingFingerprint(f: Finding): string {
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
  const region =
    line !== undefined && Number.isInteger(line) && line >= 1
      ? {
          region: {
            startLine: line,
            ...(column !== undefined && Number.isInteger(column) && column >= 1
              ? { startColumn: column }
              : {}),
          },
        }
      : {};
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
  const ruleIndex = new Map<RuleId, number>(RULE_IDS.map((id, i) => [id, i]));
  const version = opts.toolVersion
    ? {
        version: opts.toolVersion,
        ...(/^\d+\.\d+\.\d+/.test(opts.toolVersion) ? { semanticVersion: opts.toolVersion } : {}),
      }
    : {};
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
            rules: RULE_IDS.map(ruleDescriptor),
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
        results: sortFindings(result.findings).map((f) => sarifResult(f, result, ruleIndex)),
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
