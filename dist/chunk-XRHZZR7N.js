import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  RULE_HELP
} from "./chunk-IBSWKEFT.js";
import {
  VERSION
} from "./chunk-TVIEZLZA.js";
import {
  showInvisible,
  wellFormed
} from "./chunk-S2YBJ2QZ.js";
import {
  ruleFamily
} from "./chunk-7LIN5H2E.js";
import {
  DOCS_BASE_URL,
  RULES,
  RULE_IDS,
  ruleDocUrl,
  sortFindings
} from "./chunk-JOZW2F7Z.js";
import "./chunk-YMPWKLZV.js";

// src/reports/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = DOCS_BASE_URL.replace(/\/blob\/.*$/, "");
var FINGERPRINT_KEY = "modelGateFindingHash/v1";
function isAlert(f) {
  return !(f.ruleId === "approval/pending" && f.severity === "note");
}
var LEVEL = {
  error: "error",
  warning: "warning",
  note: "note"
};
function ruleName(id) {
  return id.split(/[/-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function ruleDescriptor(id) {
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
      text: `${help.checks}

Why: ${help.why}

How to fix: ${help.fix}

References: ${refs}

Documentation: ${url}`,
      markdown: [
        help.checks,
        `**Why.** ${help.why}`,
        `**How to fix.** ${help.fix}`,
        `**References.** ${refs}`,
        `[Rule documentation](${url})`
      ].join("\n\n")
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      // GitHub reads security-severity as a string holding a number from 0.0 to 10.0, and
      // only for rules tagged "security".
      "security-severity": rule.securitySeverity.toFixed(1),
      tags: ["security", ruleFamily(id)],
      precision: "very-high"
    }
  };
}
function findingFingerprint(f) {
  const message = f.message.replace(/sha256:[0-9a-f]{64}/gi, "sha256:*").replace(/\d+(\.\d+)?/g, "#");
  return createHash("sha256").update(JSON.stringify([f.ruleId, f.file ?? "", f.model ?? "", message])).digest("hex");
}
function pathToUri(path) {
  return path.replace(/\\/g, "/").replace(/^\/+/, "").split("/").map((segment) => encodeURIComponent(wellFormed(segment))).join("/");
}
function physicalLocation(file, line, column) {
  const hasLine = line !== void 0 && Number.isInteger(line) && line >= 1;
  const region = {
    region: {
      startLine: hasLine ? line : 1,
      ...hasLine && column !== void 0 && Number.isInteger(column) && column >= 1 ? { startColumn: column } : {}
    }
  };
  return {
    physicalLocation: { artifactLocation: { uri: pathToUri(file), uriBaseId: "%SRCROOT%" }, ...region }
  };
}
function fallbackFile(f, result) {
  const manifest = result.models.find((m) => m.name === f.model)?.manifest;
  if (manifest) return manifest;
  const policy = result.policy.source.replace(/@[^@]*$/, "");
  return /\.ya?ml$/i.test(policy) ? policy : void 0;
}
function sarifResult(f, result, ruleIndex) {
  const file = f.file ?? fallbackFile(f, result);
  return {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: showInvisible(f.message) },
    ...file !== void 0 ? { locations: [physicalLocation(file, f.file !== void 0 ? f.line : void 0, f.column)] } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(f) },
    ...f.waived ? {
      suppressions: [
        {
          kind: "external",
          status: "accepted",
          justification: showInvisible(
            `Waived by ${f.waived.owner} until ${f.waived.expires}${f.waived.ticket ? ` (${f.waived.ticket})` : ""}: ${f.waived.reason}`
          )
        }
      ]
    } : {},
    ...f.model !== void 0 ? { properties: { model: f.model } } : {}
  };
}
function renderSarif(result, opts = {}) {
  const findings = sortFindings(result.findings).filter(isAlert);
  const fired = new Set(findings.map((f) => f.ruleId));
  const rules = RULE_IDS.filter((id) => fired.has(id));
  const ruleIndex = new Map(rules.map((id, i) => [id, i]));
  const toolVersion = opts.toolVersion ?? VERSION;
  const version = {
    version: toolVersion,
    .../^\d+\.\d+\.\d+/.test(toolVersion) ? { semanticVersion: toolVersion } : {}
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
            rules: rules.map(ruleDescriptor)
          }
        },
        invocations: [
          {
            executionSuccessful: result.verdict !== "error",
            ...result.verdict === "error" ? {
              toolExecutionNotifications: [
                {
                  level: "error",
                  message: { text: showInvisible(result.error ?? "The gate could not evaluate.") }
                }
              ]
            } : {}
          }
        ],
        results: findings.map((f) => sarifResult(f, result, ruleIndex)),
        properties: {
          verdict: result.verdict,
          mode: result.mode,
          base: result.base,
          head: result.head,
          policy: { source: result.policy.source, digest: result.policy.digest }
        }
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
export {
  FINGERPRINT_KEY,
  pathToUri,
  renderSarif
};
