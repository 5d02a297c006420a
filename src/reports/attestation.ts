// The deployment decision as an in-toto Statement v1 (SPEC 10): the artifacts judged are its
// subjects, the decision its predicate. Beside it, the predicate alone and a sha256sum-style
// checksums file: what actions/attest (predicate-path, subject-checksums) and cosign
// attest-blob take. Signing is left to those tools.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { GateResult } from "../core/result.ts";

const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
const PREDICATE_TYPE = "https://model-gate.dev/verification/v1";

interface Subject {
  name: string;
  digest: { sha256: string };
}

interface VerificationPredicate {
  verdict: GateResult["verdict"];
  environment: string;
  ref: string;
  policy: { source: string; digest: string };
  models: {
    name: string;
    version: string | null;
    riskTier: string | null;
    modelDigest: string | null;
    evidence: {
      kind: string;
      tool: string | null;
      path: string;
      digest: string | null;
      date: string | null;
    }[];
    approvals: { login: string; commit: string; at: string }[];
  }[];
  verifiedAt: string;
}

export interface Attestation {
  statement: {
    _type: typeof STATEMENT_TYPE;
    subject: Subject[];
    predicateType: typeof PREDICATE_TYPE;
    predicate: VerificationPredicate;
  };
  /** `<hex>  <name>` lines, one per subject. */
  checksums: string;
}

/** A subject name on one line: control characters (a newline would split a checksums line) become "_". */
function subjectName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, "_");
}

export function buildAttestation(result: GateResult, ref: string): Attestation {
  const seen = new Set<string>();
  const subject: Subject[] = [];
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
  subject.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const predicate: VerificationPredicate = {
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
        date: e.date,
      })),
      approvals: (m.record?.approvals ?? []).map((a) => ({ login: a.login, commit: a.commit, at: a.at })),
    })),
    verifiedAt: (result.evaluatedAt ? new Date(result.evaluatedAt) : new Date())
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z"),
  };
  return {
    statement: { _type: STATEMENT_TYPE, subject, predicateType: PREDICATE_TYPE, predicate },
    checksums: subject.map((s) => `${s.digest.sha256}  ${s.name}\n`).join(""),
  };
}

/** The statement at FILE, FILE.predicate.json and FILE.checksums (SPEC 10). */
export async function writeAttestation(file: string, result: GateResult, ref: string): Promise<void> {
  const { statement, checksums } = buildAttestation(result, ref);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(statement, null, 2)}\n`);
  await writeFile(`${file}.predicate.json`, `${JSON.stringify(statement.predicate, null, 2)}\n`);
  await writeFile(`${file}.checksums`, checksums);
}
