// SPDX license expressions, judged against the policy's deny or allow list. Parsing is done
// by spdx-expression-parse (the reference parser); here only the choice logic: an expression
// is acceptable when some way of satisfying it (an OR branch) uses only acceptable licenses.
import parse, { type SpdxNode } from "spdx-expression-parse";

export type LicenseVerdict =
  | { ok: true }
  | { ok: false; kind: "unknown"; reason: string }
  | { ok: false; kind: "denied"; licenses: string[] };

/** Each alternative is a set of licenses that must all be accepted (disjunctive normal form). */
function alternatives(node: SpdxNode): string[][] {
  if ("license" in node) return [[node.exception ? `${node.license} WITH ${node.exception}` : node.license]];
  const l = alternatives(node.left);
  const r = alternatives(node.right);
  if (node.conjunction === "or") return [...l, ...r];
  const out: string[][] = [];
  for (const a of l) for (const b of r) if (out.length < 256) out.push([...a, ...b]);
  return out;
}

export function judgeLicense(
  expression: unknown,
  policy: { deny?: string[]; allow?: string[] },
): LicenseVerdict {
  if (typeof expression !== "string" || expression.trim() === "") {
    return { ok: false, kind: "unknown", reason: "no license is given" };
  }
  let ast: SpdxNode;
  try {
    ast = parse(expression);
  } catch (e) {
    return {
      ok: false,
      kind: "unknown",
      reason: `${JSON.stringify(expression)} is not a valid SPDX expression (${(e as Error).message})`,
    };
  }
  const alts = alternatives(ast);
  const base = (l: string) => l.split(" WITH ")[0] ?? l;
  const deny = new Set(policy.deny ?? []);
  const allow = policy.allow ? new Set(policy.allow) : null;
  const accepted = (l: string) =>
    !deny.has(base(l)) && (allow === null || allow.has(base(l)) || allow.has(l));
  if (alts.some((alt) => alt.every(accepted))) return { ok: true };
  const bad = [...new Set(alts.flat().filter((l) => !accepted(l)))];
  return { ok: false, kind: "denied", licenses: bad };
}
