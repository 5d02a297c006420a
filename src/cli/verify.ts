// `model-gate verify --environment NAME`: the deployment gate (SPEC 10). The models at REF judged
// as of today for NAME, with the policy from the default branch, the bytes given with --artifact
// bound to the audited digests, and the approvals of the pull request that brought each model.
import { UserError } from "../core/errors.ts";
import { type ApprovalLookup, type DeployFile, verifyDeployment } from "../engine/deploy.ts";
import { parserFromWorkers } from "../engine/run-gate.ts";
import { parseRepository, type Repo } from "../github/api-errors.ts";
import { createClient } from "../github/client.ts";
import { deployApprovals } from "../github/deploy-approvals.ts";
import type { Policy } from "../policy/types.ts";
import { runGit } from "../repo/git.ts";
import { fileChunks, fileDigest } from "../repo/local-file.ts";
import { writeAttestation } from "../reports/attestation.ts";
import { parse, REPORT_FLAGS, reportOptions } from "./args.ts";
import { judgeAtRef, openAtRef } from "./deploy-shell.ts";
import { emit } from "./emit.ts";
import { HELP } from "./help.ts";

export async function runVerify(argv: string[]): Promise<number> {
  const { values } = parse(
    "verify",
    argv,
    {
      environment: { type: "string" },
      repo: { type: "string" },
      ref: { type: "string" },
      "policy-ref": { type: "string" },
      model: { type: "string", multiple: true },
      artifact: { type: "string", multiple: true },
      attestation: { type: "string" },
      ...REPORT_FLAGS,
    },
    false,
  );
  if (values.help) {
    process.stdout.write(HELP.verify);
    return 0;
  }
  const environment = values.environment?.trim();
  if (!environment)
    throw new UserError(
      "--environment is required (the deployment environment: staging, production, ...)",
      {},
      "Run: model-gate verify --help",
    );
  const { format, mode, now } = reportOptions(values);
  const files = await Promise.all(
    (values.artifact ?? []).map(
      async (name): Promise<DeployFile> => ({
        name,
        ...(await fileDigest(name)),
        chunks: () => fileChunks(name),
      }),
    ),
  );

  const opened = await openAtRef({ repo: values.repo, ref: values.ref, policyRef: values["policy-ref"] });
  const result = await judgeAtRef(opened, mode, { command: "verify", environment }, async () =>
    verifyDeployment({
      policy: opened.policy,
      head: opened.head,
      headLabel: opened.headSha,
      environment,
      models: values.model ?? [],
      artifacts: files,
      approvals: await approvalLookup(opened.repo, opened.headSha, opened.policy.policy),
      now,
      mode,
      openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS),
    }),
  );
  if (values.attestation) await writeAttestation(values.attestation, result, opened.headSha);
  return emit(result, format, values.output);
}

/**
 * The GitHub API for deploy-time approvals, from the environment a CI job has anyway:
 * GITHUB_TOKEN (or GH_TOKEN), GITHUB_REPOSITORY (else the origin remote), GITHUB_API_URL.
 */
async function approvalLookup(repoDir: string, ref: string, policy: Policy): Promise<ApprovalLookup> {
  const env = process.env;
  const token = (env.GITHUB_TOKEN || env.GH_TOKEN || "").trim();
  if (!token)
    return {
      unavailable:
        "no GitHub token to read the pull request's reviews (set GITHUB_TOKEN, and GITHUB_REPOSITORY when the origin remote is not on GitHub)",
    };
  const repo = env.GITHUB_REPOSITORY ? parseRepository(env.GITHUB_REPOSITORY) : await originRepo(repoDir);
  if (!repo)
    return {
      unavailable: "GITHUB_REPOSITORY is not set and the origin remote is not a GitHub repository",
    };
  const gh = createClient({
    token,
    baseUrl: env.GITHUB_API_URL || "https://api.github.com",
    log: (m) => process.stderr.write(`model-gate: ${m}\n`),
  });
  return { lookup: (models) => deployApprovals(gh, repo, ref, models, policy) };
}

async function originRepo(dir: string): Promise<Repo | null> {
  const r = await runGit(dir, ["remote", "get-url", "origin"]).catch(() => null);
  const url = r?.code === 0 ? r.stdout.toString("utf8").trim() : "";
  const m = /github\.com[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?$/.exec(url);
  return m ? { owner: m[1]!, repo: m[2]! } : null;
}
