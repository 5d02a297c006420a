import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  digestChunks,
  higherTier,
  isDigest,
  looksLikeLfsPointer,
  modelDigest,
  parseEvidence,
  parseLfsPointer,
  sha256Hex,
  statFile,
  strictestTierPolicy,
  tierOf
} from "./chunk-RI4NGBET.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  dirOf
} from "./chunk-YZHUMY4R.js";

// src/engine/collect.ts
var POINTER_MAX = 1024;
async function collectFacts(args) {
  const { loaded, head, policy } = args;
  const spec = loaded.manifest.spec;
  const max = policy.limits.maxFileBytes;
  const declaredTier = spec.riskTier ?? null;
  const artifacts = await Promise.all(spec.artifacts.map((a, index) => artifactFact(head, a, index)));
  const modelDigest2 = digestOf(
    artifacts.map((a) => ({ key: a.key, digest: a.file ? a.computedDigest : a.declaredDigest }))
  );
  const baseVersions = await Promise.all(
    (args.match?.versions ?? []).map((m) => baseVersion(m, modelDigest2, args.baseTree ?? null, max))
  );
  let tier = tierOf(loaded);
  let tierPolicy = policy.tiers[tier] ?? {};
  for (const b of baseVersions) {
    tier = higherTier(tier, b.tier);
    tierPolicy = strictestTierPolicy(tierPolicy, policy.tiers[b.tier] ?? {});
  }
  const types = [.../* @__PURE__ */ new Set([spec.type, ...baseVersions.map((b) => b.model.manifest.spec.type)])];
  const environments = [
    .../* @__PURE__ */ new Set([
      ...spec.environments ?? [],
      ...baseVersions.flatMap((b) => b.model.manifest.spec.environments ?? [])
    ])
  ];
  const reportDigests = /* @__PURE__ */ new Map();
  const riskReport = spec.riskAssessment?.report ? await statFile(head, spec.riskAssessment.report, max) : null;
  if (riskReport?.status === "ok" && riskReport.path)
    reportDigests.set(riskReport.path, sha256Hex(await head.read(riskReport.path)));
  const evidence = await Promise.all(
    (spec.adversarialTests ?? []).map(async (t, index) => {
      const file = await statFile(head, t.report, max);
      if (file.status !== "ok" || !file.path) return { index, file, parse: null };
      const bytes = await head.read(file.path);
      reportDigests.set(file.path, sha256Hex(bytes));
      const parse = args.parser ? await args.parser.parseEvidence(t.tool, bytes) : parseEvidence(t.tool, bytes);
      return { index, file, parse };
    })
  );
  const dpias = /* @__PURE__ */ new Map();
  for (const [i, d] of (spec.datasets ?? []).entries()) {
    if (d.dpia) dpias.set(i, await statFile(head, d.dpia, max));
  }
  const signature = spec.signature?.path ? await signatureFact(
    head,
    spec.signature.path,
    policy,
    tierPolicy,
    args.headFiles ?? [],
    loaded,
    args.now
  ) : null;
  return {
    loaded,
    name: loaded.manifest.metadata.name,
    declaredTier,
    tier,
    tierPolicy,
    types,
    environments,
    baseVersions,
    renamedFrom: args.match?.renamedFrom ?? [],
    waivable: args.match?.waivable ?? true,
    policy,
    artifacts,
    modelDigest: modelDigest2,
    riskReport,
    reportDigests,
    evidence,
    dpias,
    signature,
    changed: args.changed,
    hasChangeSet: args.hasChangeSet,
    now: args.now
  };
}
async function baseVersion(model, headDigest, tree, max) {
  const spec = model.manifest.spec;
  const digest = declaredModelDigest(model);
  const reportDigests = /* @__PURE__ */ new Set();
  if (tree && digest !== headDigest) {
    const paths = [spec.riskAssessment?.report, ...(spec.adversarialTests ?? []).map((t) => t.report)];
    for (const p of paths) {
      if (!p) continue;
      const f = await statFile(tree, p, max);
      if (f.status === "ok" && f.path) reportDigests.add(sha256Hex(await tree.read(f.path)));
    }
  }
  return { model, tier: tierOf(model), modelDigest: digest, reportDigests };
}
function declaredModelDigest(m) {
  return digestOf(
    m.manifest.spec.artifacts.map((a) => ({ key: a.path ?? a.uri ?? "", digest: a.digest ?? null }))
  );
}
function digestOf(items) {
  if (items.length === 0 || items.some((i) => !i.digest || !isDigest(i.digest))) return null;
  return modelDigest(items.map((i) => ({ key: i.key, digest: i.digest })));
}
var MAX_SIGNED_FILES = 1e4;
async function signatureFact(head, declared, policy, tierPolicy, headFiles, loaded, now) {
  const file = await statFile(head, declared, policy.limits.maxFileBytes);
  if (file.status !== "ok" || !file.path) return { file, check: null };
  const folder = dirOf(file.path);
  const prefix = folder ? `${folder}/` : "";
  const covered = headFiles.filter((p) => p.startsWith(prefix) && p !== file.path).slice(0, MAX_SIGNED_FILES);
  const files = await Promise.all(
    covered.map(async (p) => ({
      path: p.slice(prefix.length),
      digest: (await artifactFact(head, { path: p }, 0)).computedDigest
    }))
  );
  const { checkModelSignature } = await import("./chunk-L2DB3AYE.js");
  const check = await checkModelSignature({
    sigFile: file.path,
    sigBytes: await head.read(file.path),
    files,
    allowedSigners: tierPolicy.signature?.signers ?? [],
    trustedKeys: policy.signing?.keys ?? [],
    trustedCertificates: policy.signing?.certificates ?? [],
    at: { file: loaded.file, line: loaded.source.locate(["spec", "signature", "path"]).line },
    model: loaded.manifest.metadata.name,
    now
  });
  return { file, check };
}
async function artifactFact(head, a, index) {
  const declaredDigest = typeof a.digest === "string" ? a.digest : null;
  if (!a.path) {
    return {
      index,
      key: a.uri ?? "",
      declaredDigest,
      computedDigest: null,
      file: null,
      lfs: false,
      malformedPointer: false
    };
  }
  const file = await statFile(head, a.path, Number.MAX_SAFE_INTEGER);
  const fact = {
    index,
    key: a.path,
    declaredDigest,
    computedDigest: null,
    file,
    lfs: false,
    malformedPointer: false
  };
  if (file.status !== "ok" || !file.path) return fact;
  if ((file.size ?? 0) <= POINTER_MAX) {
    const bytes = await head.read(file.path);
    const pointer = parseLfsPointer(bytes);
    if (pointer) return { ...fact, lfs: true, computedDigest: `sha256:${pointer.oid}` };
    if (looksLikeLfsPointer(bytes)) return { ...fact, malformedPointer: true };
  }
  const { digest } = await digestChunks(head.chunks(file.path));
  return { ...fact, computedDigest: digest };
}

// src/repo/git.ts
import { spawn } from "node:child_process";
var GIT_BASE_ARGS = ["--no-pager", "-c", "core.quotepath=off", "-c", "core.fsmonitor=false"];
var FETCH_HINT = "fetch it (actions/checkout with fetch-depth: 0)";
function gitEnv() {
  const env = {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C",
    LANGUAGE: "C"
  };
  for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_NAMESPACE"])
    delete env[name];
  return env;
}
function spawnGit(cwd, args, stdin = "pipe") {
  return spawn("git", [...GIT_BASE_ARGS, ...args], {
    cwd,
    env: gitEnv(),
    stdio: [stdin, "pipe", "pipe"],
    windowsHide: true
  });
}
function runGit(cwd, args) {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawnGit(cwd, args, "ignore");
    } catch (e) {
      reject(gitStartError(e, cwd));
      return;
    }
    const out = [];
    const err = [];
    let errBytes = 0;
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => {
      if (errBytes < 65536) err.push(b);
      errBytes += b.length;
    });
    child.on("error", (e) => reject(gitStartError(e, cwd)));
    child.on(
      "close",
      (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") })
    );
  });
}
async function gitText(cwd, args) {
  const r = await runGit(cwd, args);
  if (r.code !== 0) throw commandError(cwd, args, r);
  return r.stdout.toString("utf8").trim();
}
async function isGitRepo(dir) {
  const r = await runGit(dir, ["rev-parse", "--is-inside-work-tree"]);
  if (r.code === 0) return r.stdout.toString("utf8").trim() === "true";
  if (/dubious ownership/.test(r.stderr)) throw commandError(dir, ["rev-parse"], r);
  return false;
}
async function topLevel(dir) {
  return gitText(dir, ["rev-parse", "--show-toplevel"]);
}
async function resolveRef(repo, ref) {
  checkRefSyntax(ref);
  const r = await runGit(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  const sha = r.stdout.toString("utf8").trim();
  if (r.code === 0 && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return sha;
  if (/not a git repository|dubious ownership/i.test(r.stderr)) throw commandError(repo, ["rev-parse"], r);
  throw new UserError(`unknown revision ${ref} in ${repo}`, {}, `${FETCH_HINT}, or check the name`);
}
async function resolveTopAndRefs(dir, refs) {
  const single = (ref) => typeof ref === "string" && ref !== "" && !/^[-^]|\.\.|\^[@!-]|[\u0000-\u001f\u007f]/.test(ref);
  if (!refs.every(single)) return null;
  const r = await runGit(dir, [
    "rev-parse",
    "--show-toplevel",
    ...refs.map((ref) => `${ref}^{commit}`),
    "--"
  ]);
  if (r.code !== 0) return null;
  const lines = r.stdout.toString("utf8").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  if (lines.length !== refs.length + 2 || lines[lines.length - 1] !== "--" || !lines[0]) return null;
  const shas = lines.slice(1, -1);
  if (!shas.every((sha) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))) return null;
  return { top: lines[0].trim(), shas };
}
async function defaultBranch(repo) {
  const sym = await runGit(repo, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  const target = sym.stdout.toString("utf8").trim();
  if (sym.code === 0 && target.startsWith("refs/remotes/")) return target.slice("refs/remotes/".length);
  const configured = await runGit(repo, ["config", "--get", "init.defaultBranch"]);
  const names = [configured.stdout.toString("utf8").trim(), "main", "master"].filter(
    (n) => n && !n.startsWith("-")
  );
  for (const name of names)
    for (const ref of [`refs/remotes/origin/${name}`, `refs/heads/${name}`]) {
      const r = await runGit(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
      if (r.code === 0) return ref.startsWith("refs/remotes/") ? `origin/${name}` : name;
    }
  throw new UserError(
    `cannot tell the default branch of ${repo}`,
    {},
    `pass --base <ref>, or ${FETCH_HINT} so origin/HEAD exists`
  );
}
async function mergeBase(repo, a, b) {
  checkRefSyntax(a);
  checkRefSyntax(b);
  const r = await runGit(repo, ["merge-base", a, b]);
  const sha = r.stdout.toString("utf8").trim();
  if (r.code === 0 && sha) return sha;
  if (r.code === 1 && !r.stderr.trim())
    throw new UserError(
      `${a} and ${b} have no common history`,
      {},
      `the clone may be shallow: ${FETCH_HINT}, or pass --base`
    );
  throw commandError(repo, ["merge-base", a, b], r);
}
var DIFF_NAME_STATUS = [
  "diff",
  "--name-status",
  "-z",
  "-M",
  "--no-ext-diff",
  "--no-textconv",
  "--no-color",
  "--no-relative",
  "--ignore-submodules=none"
];
async function diffChanges(repo, base, head) {
  checkRefSyntax(base);
  checkRefSyntax(head);
  const args = [...DIFF_NAME_STATUS, base, head, "--"];
  const r = await runGit(repo, args);
  if (r.code !== 0) {
    if (/unknown revision|bad revision|bad object/i.test(r.stderr))
      throw new UserError(`unknown revision in ${base}..${head}`, {}, FETCH_HINT);
    throw commandError(repo, ["diff", base, head], r);
  }
  return parseNameStatus(r.stdout.toString("utf8"));
}
function parseNameStatus(out) {
  const fields = out.split("\0");
  if (fields[fields.length - 1] === "") fields.pop();
  const changes = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++];
    const letter = status[0];
    const take = () => {
      const p = fields[i++];
      if (p === void 0 || p === "") throw new Error(`malformed git diff output near status ${status}`);
      return p;
    };
    if (letter === "R") {
      const previousPath = take();
      changes.push({ path: take(), status: "renamed", previousPath });
    } else if (letter === "C") {
      take();
      changes.push({ path: take(), status: "added" });
    } else if (letter === "A") changes.push({ path: take(), status: "added" });
    else if (letter === "D") changes.push({ path: take(), status: "deleted" });
    else if (letter === "M" || letter === "T" || letter === "U" || letter === "X")
      changes.push({ path: take(), status: "modified" });
    else throw new Error(`unexpected git diff status ${JSON.stringify(status)}`);
  }
  return changes;
}
function checkRefSyntax(ref) {
  if (typeof ref !== "string" || ref === "" || ref.startsWith("-") || /[\u0000-\u001f\u007f]/.test(ref))
    throw new UserError(`invalid revision ${JSON.stringify(ref)}`, {}, "name a branch, tag or commit sha");
}
function gitStartError(e, cwd) {
  const code = typeof e === "object" && e !== null && "code" in e ? e.code : void 0;
  if (code === "ENOENT")
    return new UserError(
      `cannot run git in ${cwd}: git is not installed, not on PATH, or the directory does not exist`,
      {},
      "install git (actions/checkout provides it on GitHub runners) and check --repo"
    );
  return new UserError(`cannot run git in ${cwd}: ${String(e)}`);
}
function commandError(cwd, args, r) {
  const msg = r.stderr.trim().split("\n").slice(0, 5).join("\n");
  if (/not a git repository/i.test(msg))
    return new UserError(`${cwd} is not a git repository`, {}, "run inside a clone, or pass --repo <dir>");
  if (/dubious ownership/i.test(msg))
    return new UserError(
      `git refuses to read ${cwd}: it is owned by another user`,
      {},
      `run: git config --global --add safe.directory ${cwd}`
    );
  return new UserError(`git ${args[0] ?? ""} failed (exit ${r.code}) in ${cwd}: ${msg}`);
}

export {
  collectFacts,
  declaredModelDigest,
  artifactFact,
  spawnGit,
  runGit,
  isGitRepo,
  topLevel,
  resolveRef,
  resolveTopAndRefs,
  defaultBranch,
  mergeBase,
  DIFF_NAME_STATUS,
  diffChanges,
  parseNameStatus,
  gitStartError
};
