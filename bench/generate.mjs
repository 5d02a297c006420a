// Generates a benchmark repository: main with a policy, and a pull request adding N models,
// each with a manifest, a Git LFS pointer artifact, a risk report and a garak report.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const sha = (s) => createHash("sha256").update(s).digest("hex");
const today = new Date();
const day = (n) => new Date(today.getTime() - n * 86_400_000).toISOString().slice(0, 10);

function git(dir, ...args) {
  execFileSync(
    "git",
    ["-c", "user.name=Bench", "-c", "user.email=b@example.com", "-c", "commit.gpgsign=false", ...args],
    {
      cwd: dir,
      stdio: "ignore",
    },
  );
}

const owasp = Array.from({ length: 10 }, (_, i) => `LLM${String(i + 1).padStart(2, "0")}: mitigated`).join(
  ", ",
);

function manifest(i, digest) {
  return `apiVersion: model-gate/v1
kind: ModelManifest
metadata:
  name: model-${i}
  version: "1.0.${i}"
  owner: team-${i % 10}
spec:
  type: llm
  riskTier: high
  environments: [api, cloud]
  artifacts:
    - path: models/m${i}/model.safetensors
      digest: ${digest}
  riskAssessment:
    report: docs/risk/m${i}.md
    tier: high
    assessedBy: alice
    date: ${day(10)}
    modelDigest: ${digest}
    frameworks:
      owasp-llm-2025: { ${owasp} }
  adversarialTests:
    - tool: garak
      report: evidence/m${i}/garak.report.jsonl
      modelDigest: ${digest}
      date: ${day(3)}
  datasets:
    - name: data-${i}
      role: fine-tuning
      source: s3://datasets/d${i}
      license: CC-BY-4.0
      digest: sha256:${sha(`data ${i}`)}
      vetted: { by: bob, date: ${day(30)} }
  controls:
    encryption: { atRest: true, inTransit: true }
    inferenceLogging: { enabled: true, retentionDays: 180 }
    monitoring: { anomalyAlerts: true, driftDetection: true }
    inputValidation: true
    outputSanitization: true
    rateLimit: { requestsPerMinute: 600 }
  evaluation:
    date: ${day(10)}
    metrics: { accuracy: 0.97 }
`;
}

function garak(i) {
  const lines = [
    { entry_type: "start_run setup", "_config.version": "0.14.0" },
    { entry_type: "init", garak_version: "0.14.0", start_time: `${day(3)}T10:00:00.000000`, run: `run-${i}` },
  ];
  for (let p = 0; p < 20; p++) {
    for (let a = 0; a < 10; a++) {
      lines.push({
        entry_type: "attempt",
        seq: a,
        probe_classname: `probe${p}`,
        prompt: `attack prompt ${a} for model ${i}`,
        outputs: [`reply ${a}`],
        status: 2,
      });
    }
    lines.push({
      entry_type: "eval",
      probe: `probe${p}.Probe`,
      detector: "det.D",
      passed: 99,
      total_evaluated: 100,
      fails: 1,
      nones: 0,
      total_processed: 100,
    });
  }
  return `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`;
}

function writeModel(dir, i) {
  const weights = `weights of model ${i}`;
  const oid = sha(weights);
  for (const d of [`models/m${i}`, "docs/risk", `evidence/m${i}`])
    mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(
    join(dir, `models/m${i}/model.safetensors`),
    `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${weights.length}\n`,
  );
  writeFileSync(join(dir, `models/m${i}.model.yaml`), manifest(i, `sha256:${oid}`));
  writeFileSync(join(dir, `docs/risk/m${i}.md`), `# Risk assessment of model ${i}\n`);
  writeFileSync(join(dir, `evidence/m${i}/garak.report.jsonl`), garak(i));
}

function policyCommit(dir) {
  mkdirSync(dir, { recursive: true });
  git(dir, "init", "-q", "-b", "main");
  mkdirSync(join(dir, ".github"), { recursive: true });
  writeFileSync(
    join(dir, ".github/model-gate.yml"),
    "apiVersion: model-gate/v1\nkind: Policy\nextends: baseline\n",
  );
}

/**
 * A repository whose main branch already holds N models, with branches for the pull requests
 * most users open: `app` changes only application code, `one` edits one model's manifest.
 * Judging main against itself is the PR that changes nothing.
 */
export function generateSteady(dir, n) {
  policyCommit(dir);
  for (let i = 0; i < n; i++) writeModel(dir, i);
  mkdirSync(join(dir, "src"), { recursive: true });
  writeFileSync(join(dir, "src/app.js"), "export const answer = 41;\n");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", `${n} models`);
  git(dir, "checkout", "-q", "-b", "app");
  writeFileSync(join(dir, "src/app.js"), "export const answer = 42;\n");
  git(dir, "commit", "-q", "-am", "application code");
  git(dir, "checkout", "-q", "-b", "one", "main");
  const m0 = join(dir, "models/m0.model.yaml");
  writeFileSync(
    m0,
    manifest(0, `sha256:${sha("weights of model 0")}`).replace("accuracy: 0.97", "accuracy: 0.98"),
  );
  git(dir, "commit", "-q", "-am", "one model");
  git(dir, "checkout", "-q", "main");
  return dir;
}

/** Writes the repository and returns its path. */
export function generate(dir, n) {
  policyCommit(dir);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "policy");
  git(dir, "checkout", "-q", "-b", "pr");
  for (let i = 0; i < n; i++) writeModel(dir, i);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", `${n} models`);
  return dir;
}
