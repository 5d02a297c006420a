// Builds small in-memory repositories around one compliant high-risk LLM, so each test
// changes one thing and asserts what a user would see.
import { createHash } from "node:crypto";
import { stringify } from "yaml";
import type { Change } from "../../src/core/change.ts";
import type { PullRequestFacts } from "../../src/core/pull-request.ts";
import type { GateResult } from "../../src/core/result.ts";
import { evaluate } from "../../src/engine/evaluate.ts";
import { loadPolicy } from "../../src/policy/load.ts";
import { createMemoryTree, type MemoryFile } from "../../src/repo/memory-tree.ts";
import { compliantManifest } from "../support/compliant-manifest.ts";

export const NOW = new Date("2026-11-25T12:00:00Z");
export const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString().slice(0, 10);

export const sha = (s: string) => createHash("sha256").update(s).digest("hex");
export const pointer = (content: string) =>
  `version https://git-lfs.github.com/spec/v1\noid sha256:${sha(content)}\nsize ${content.length}\n`;

export const WEIGHTS = "weights v1";
export const DIGEST = `sha256:${sha(WEIGHTS)}`;

export function garakReport(fails: number, total: number, date = daysAgo(3)): string {
  return [
    { entry_type: "start_run setup", "_config.version": "0.14.0" },
    { entry_type: "init", garak_version: "0.14.0", start_time: `${date}T10:00:00.000000`, run: "r1" },
    {
      entry_type: "eval",
      probe: "promptinject.HijackHateHumans",
      detector: "promptinject.AttackRogueString",
      passed: total - fails,
      total_evaluated: total,
      fails,
      nones: 0,
      total_processed: total,
    },
  ]
    .map((l) => JSON.stringify(l))
    .join("\n");
}

// biome-ignore lint/suspicious/noExplicitAny: test manifests are mutated freely
export type Manifest = any;

export function supportManifest(digest = DIGEST): Manifest {
  return compliantManifest({
    name: "support-assistant",
    version: "2.4.0",
    digest,
    artifact: "models/support/model.safetensors",
    riskReport: "docs/risk/support.md",
    evidence: "evidence/garak.report.jsonl",
    daysAgo,
  });
}

export const MANIFEST_PATH = "models/support.model.yaml";

export function repoFiles(
  manifest: Manifest = supportManifest(),
  extra: Record<string, MemoryFile> = {},
): Record<string, MemoryFile> {
  return {
    [MANIFEST_PATH]: stringify(manifest),
    "models/support/model.safetensors": pointer(WEIGHTS),
    "docs/risk/support.md": "# Risk assessment\n",
    "evidence/garak.report.jsonl": garakReport(2, 100),
    ...extra,
  };
}

export interface RunOptions {
  base?: Record<string, MemoryFile> | null;
  changes?: Change[] | "all";
  policy?: string | null;
  pr?: PullRequestFacts | null;
  now?: Date;
}

/** Evaluates head against base; the change list defaults to every path that differs. */
export async function run(head: Record<string, MemoryFile>, opts: RunOptions = {}): Promise<GateResult> {
  const base = opts.base === undefined ? {} : opts.base;
  const changes =
    opts.changes ??
    (base === null
      ? "all"
      : [
          ...Object.keys(head)
            .filter((p) => !(p in base) || JSON.stringify(base[p]) !== JSON.stringify(head[p]))
            .map((p): Change => ({ path: p, status: p in base ? "modified" : "added" })),
          ...Object.keys(base)
            .filter((p) => !(p in head))
            .map((p): Change => ({ path: p, status: "deleted" })),
        ]);
  const policyText = opts.policy ?? null;
  return evaluate({
    policy: loadPolicy({
      bytes: policyText === null ? null : new TextEncoder().encode(policyText),
      file: ".github/model-gate.yml",
      label: "base",
    }),
    head: createMemoryTree(head, "head"),
    base: base === null ? null : createMemoryTree(base, "base"),
    changes,
    pullRequest: opts.pr ?? null,
    now: opts.now ?? NOW,
    mode: "enforce",
    baseLabel: "base",
    headLabel: "head",
  });
}

/** The rule ids of unwaived findings at error severity, sorted, for compact assertions. */
export function errors(result: GateResult): string[] {
  return result.findings
    .filter((f) => f.severity === "error" && !f.waived)
    .map((f) => f.ruleId)
    .sort();
}

export function rules(result: GateResult): string[] {
  return result.findings.map((f) => f.ruleId).sort();
}
