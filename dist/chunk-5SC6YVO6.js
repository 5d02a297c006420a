import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  judgeAtRef,
  openAtRef
} from "./chunk-Y7KZWJKT.js";
import {
  deployApprovals,
  fileChunks,
  fileDigest,
  writeAttestation
} from "./chunk-DGHAJETH.js";
import {
  verifyDeployment
} from "./chunk-KF726BMP.js";
import "./chunk-WA4ATLNZ.js";
import {
  emit
} from "./chunk-W6SR5CE6.js";
import {
  REPORT_FLAGS,
  parse,
  reportOptions
} from "./chunk-4XQNZSEZ.js";
import {
  HELP
} from "./chunk-GDB26TB7.js";
import {
  createClient,
  parseRepository
} from "./chunk-HQAJRXE2.js";
import {
  parserFromWorkers
} from "./chunk-VBMURWB2.js";
import "./chunk-5N5REAOF.js";
import "./chunk-WEKPBRKS.js";
import "./chunk-CXMFJBLL.js";
import "./chunk-PFY7UIUT.js";
import "./chunk-XNZTJEC3.js";
import "./chunk-3L5BALE3.js";
import {
  runGit
} from "./chunk-PS6DBKES.js";
import "./chunk-5JGHM2XT.js";
import "./chunk-GAQLD7RB.js";
import "./chunk-QTQMBYTJ.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import "./chunk-TVIEZLZA.js";
import "./chunk-JOZW2F7Z.js";
import "./chunk-CHNDTHGK.js";
import "./chunk-PVXUEQET.js";
import "./chunk-N7ZQX2BM.js";
import "./chunk-YMPWKLZV.js";

// src/cli/verify.ts
async function runVerify(argv) {
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
      ...REPORT_FLAGS
    },
    false
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
      "Run: model-gate verify --help"
    );
  const { format, mode, now } = reportOptions(values);
  const files = await Promise.all(
    (values.artifact ?? []).map(
      async (name) => ({
        name,
        ...await fileDigest(name),
        chunks: () => fileChunks(name)
      })
    )
  );
  const opened = await openAtRef({ repo: values.repo, ref: values.ref, policyRef: values["policy-ref"] });
  const result = await judgeAtRef(
    opened,
    mode,
    { command: "verify", environment },
    async () => verifyDeployment({
      policy: opened.policy,
      head: opened.head,
      headLabel: opened.headSha,
      environment,
      models: values.model ?? [],
      artifacts: files,
      approvals: await approvalLookup(opened.repo, opened.headSha, opened.policy.policy),
      now,
      mode,
      openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS)
    })
  );
  if (values.attestation) await writeAttestation(values.attestation, result, opened.headSha);
  return emit(result, format, values.output);
}
async function approvalLookup(repoDir, ref, policy) {
  const env = process.env;
  const token = (env.GITHUB_TOKEN || env.GH_TOKEN || "").trim();
  if (!token)
    return {
      unavailable: "no GitHub token to read the pull request's reviews (set GITHUB_TOKEN, and GITHUB_REPOSITORY when the origin remote is not on GitHub)"
    };
  const repo = env.GITHUB_REPOSITORY ? parseRepository(env.GITHUB_REPOSITORY) : await originRepo(repoDir);
  if (!repo)
    return {
      unavailable: "GITHUB_REPOSITORY is not set and the origin remote is not a GitHub repository"
    };
  const gh = createClient({
    token,
    baseUrl: env.GITHUB_API_URL || "https://api.github.com",
    log: (m) => process.stderr.write(`model-gate: ${m}
`)
  });
  return { lookup: (models) => deployApprovals(gh, repo, ref, models, policy) };
}
async function originRepo(dir) {
  const r = await runGit(dir, ["remote", "get-url", "origin"]).catch(() => null);
  const url = r?.code === 0 ? r.stdout.toString("utf8").trim() : "";
  const m = /github\.com[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?$/.exec(url);
  return m ? { owner: m[1], repo: m[2] } : null;
}
export {
  runVerify
};
