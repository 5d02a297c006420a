// The optional check run (`check-run: true`): the verdict as its own check with every finding
// as an annotation. GitHub takes at most 50 annotations per request, so the rest follow in
// updates of 50.
import type { Finding } from "../core/findings.ts";
import type { GateResult } from "../core/result.ts";
import { RULES } from "../core/rules.ts";
import { blockingCount, outcome } from "../core/verdict.ts";
import type { Repo } from "./api-errors.ts";
import type { GitHubClient } from "./client.ts";

const CHECK_RUN_NAME = "Model Gate";
const ANNOTATIONS_PER_REQUEST = 50;
const MAX_TEXT = 65_000;

type Level = "failure" | "warning" | "notice";

interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: Level;
  message: string;
  title: string;
}

function checkAnnotations(findings: readonly Finding[]): CheckAnnotation[] {
  return findings
    .filter((f) => f.file)
    .map((f) => ({
      path: f.file!,
      start_line: f.line ?? 1,
      end_line: f.line ?? 1,
      annotation_level: level(f),
      message: (f.waived ? `[waived: ${f.waived.reason}] ` : "") + f.message,
      title: `${f.ruleId}: ${RULES[f.ruleId]?.title ?? ""}`.slice(0, 255),
    }));
}

function level(f: Finding): Level {
  if (f.waived) return "notice";
  return f.severity === "error" ? "failure" : f.severity === "warning" ? "warning" : "notice";
}

function conclusion(result: GateResult): "success" | "failure" | "neutral" {
  const o = outcome(result);
  return o === "pass" ? "success" : o === "warned" ? "neutral" : "failure";
}

export async function publishCheckRun(
  gh: GitHubClient,
  repo: Repo,
  headSha: string,
  result: GateResult,
  summary: string,
): Promise<number> {
  const annotations = checkAnnotations(result.findings);
  const title = checkTitle(result);
  const text = summary.length > MAX_TEXT ? `${summary.slice(0, MAX_TEXT)}\n\n…` : summary;
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const created = await gh.rest.checks.create({
    ...repo,
    name: CHECK_RUN_NAME,
    head_sha: headSha,
    status: "completed",
    conclusion: conclusion(result),
    output: { title, summary: text, annotations: batches[0] ?? [] },
  });
  for (const batch of batches.slice(1))
    await gh.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      output: { title, summary: text, annotations: batch },
    });
  return created.data.id;
}

function checkTitle(result: GateResult): string {
  const errors = blockingCount(result.findings);
  if (result.verdict === "error") return "Model Gate could not evaluate";
  const models = `${result.models.length} model${result.models.length === 1 ? "" : "s"}`;
  return result.verdict === "pass"
    ? `${models} audited`
    : `${errors} unaudited finding${errors === 1 ? "" : "s"} in ${models}`;
}
