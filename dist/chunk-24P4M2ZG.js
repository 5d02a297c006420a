import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  gatherPullRequestFacts,
  mustRead
} from "./chunk-PQHBUTNL.js";
import {
  GateError
} from "./chunk-DFUNPAS7.js";

// src/github/deploy-approvals.ts
var PATHS_PER_QUERY = 40;
async function newestCommits(gh, repo, ref, paths) {
  const out = /* @__PURE__ */ new Map();
  for (let i = 0; i < paths.length; i += PATHS_PER_QUERY) {
    const batch = paths.slice(i, i + PATHS_PER_QUERY);
    const vars = { owner: repo.owner, name: repo.repo, ref };
    const fields = batch.map((p, j) => {
      vars[`p${j}`] = p;
      return `h${j}: history(first: 1, path: $p${j}) { nodes { oid associatedPullRequests(first: 10) { nodes { number merged mergedAt headRefOid author { login } } } } }`;
    });
    const query = `query($owner: String!, $name: String!, $ref: String!, ${batch.map((_, j) => `$p${j}: String!`).join(", ")}) {
  repository(owner: $owner, name: $name) { object(expression: $ref) { ... on Commit { ${fields.join("\n")} } } }
}`;
    const data = await mustRead(
      `the history of the deployed commit ${ref.slice(0, 7)}`,
      () => gh.graphql(query, vars)
    );
    const object = data.repository?.object;
    if (!object)
      throw new GateError(
        `GitHub does not know the commit ${ref}: push it before deploying (approvals are read from its pull requests)`
      );
    batch.forEach((p, j) => {
      out.set(p, object[`h${j}`]?.nodes?.[0] ?? null);
    });
  }
  return out;
}
async function lastChanges(gh, repo, ref, models) {
  const paths = [...new Set(models.flatMap((m) => m.paths))].sort();
  const newest = await newestCommits(gh, repo, ref, paths);
  const out = /* @__PURE__ */ new Map();
  for (const m of models) {
    let best = null;
    let direct = null;
    for (const p of m.paths) {
      const node = newest.get(p);
      if (!node) continue;
      const merged = (node.associatedPullRequests?.nodes ?? []).filter(
        (n) => !!n && n.merged === true && typeof n.number === "number" && !!n.mergedAt && !!n.headRefOid
      );
      if (merged.length === 0) {
        direct ??= { kind: "direct", commit: node.oid, path: p };
        continue;
      }
      for (const n of merged)
        if (!best || n.mergedAt > best.mergedAt)
          best = {
            kind: "pull",
            number: n.number,
            author: n.author?.login ?? "",
            headSha: n.headRefOid,
            mergedAt: n.mergedAt
          };
    }
    out.set(m.name, direct ?? best ?? { kind: "none" });
  }
  return out;
}
async function deployApprovals(gh, repo, ref, models, policy) {
  const changes = await lastChanges(gh, repo, ref, models);
  const facts = /* @__PURE__ */ new Map();
  const out = /* @__PURE__ */ new Map();
  for (const [name, c] of changes) {
    if (c.kind !== "pull") {
      out.set(name, c);
      continue;
    }
    let f = facts.get(c.number);
    if (!f) {
      f = await mustRead(
        `the reviews of pull request #${c.number}`,
        () => gatherPullRequestFacts(gh, repo, { number: c.number, author: c.author, headSha: c.headSha }, policy)
      );
      facts.set(c.number, f);
    }
    out.set(name, { kind: "pull", facts: f, mergedAt: c.mergedAt });
  }
  return out;
}

// src/reports/attestation.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var PREDICATE_TYPE = "https://model-gate.dev/verification/v1";
function subjectName(name) {
  return name.replace(/[\u0000-\u001f\u007f]/g, "_");
}
function buildAttestation(result, ref) {
  const seen = /* @__PURE__ */ new Set();
  const subject = [];
  for (const m of result.models)
    for (const a of m.record?.artifacts ?? []) {
      const hex = a.digest?.startsWith("sha256:") ? a.digest.slice(7) : null;
      if (!hex || !/^[0-9a-f]{64}$/.test(hex)) continue;
      const name = subjectName(a.name);
      const key = `${hex} ${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      subject.push({ name, digest: { sha256: hex } });
    }
  subject.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const predicate = {
    verdict: result.verdict,
    environment: result.environment ?? "",
    ref,
    policy: { source: result.policy.source, digest: result.policy.digest },
    models: result.models.map((m) => ({
      name: m.name,
      version: m.record?.version ?? null,
      riskTier: m.riskTier,
      modelDigest: m.modelDigest,
      evidence: (m.record?.evidence ?? []).map((e) => ({
        kind: e.kind,
        tool: e.tool,
        path: e.path,
        digest: e.digest,
        date: e.date
      })),
      approvals: (m.record?.approvals ?? []).map((a) => ({ login: a.login, commit: a.commit, at: a.at }))
    })),
    verifiedAt: (result.evaluatedAt ? new Date(result.evaluatedAt) : /* @__PURE__ */ new Date()).toISOString().replace(/\.\d{3}Z$/, "Z")
  };
  return {
    statement: { _type: STATEMENT_TYPE, subject, predicateType: PREDICATE_TYPE, predicate },
    checksums: subject.map((s) => `${s.digest.sha256}  ${s.name}
`).join("")
  };
}
async function writeAttestation(file, result, ref) {
  const { statement, checksums } = buildAttestation(result, ref);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(statement, null, 2)}
`);
  await writeFile(`${file}.predicate.json`, `${JSON.stringify(statement.predicate, null, 2)}
`);
  await writeFile(`${file}.checksums`, checksums);
}

export {
  deployApprovals,
  writeAttestation
};
