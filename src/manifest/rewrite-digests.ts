// `model-gate digest --write`: the artifact digests of a native manifest, updated in place.
// Works on the YAML text, not on a validated manifest, so a manifest with unrelated errors can
// still be fixed; each digest scalar is replaced where it stands (comments, quoting and layout
// kept), and a missing `digest:` key is added through the yaml Document API. Evidence bindings
// (`modelDigest` of the risk assessment and of adversarial tests) are never rewritten: they
// claim the evidence was made for those bytes (SPEC 2), so they are only reported.
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, Scalar, type YAMLMap } from "yaml";
import { isDigest } from "./digest.ts";

interface DeclaredArtifact {
  index: number;
  path?: string;
  uri?: string;
  digest?: string;
  /** Line of the artifact entry (1-based). */
  line: number;
}

export interface DigestUpdate {
  index: number;
  key: string;
  from: string | null;
  to: string;
  line: number;
}

interface EvidenceBinding {
  /** Where it is, in manifest terms: `spec.riskAssessment` or `spec.adversarialTests[0]`. */
  field: string;
  /** What was made for the old bytes: "risk assessment docs/risk/x.md", "garak report evidence/r.jsonl". */
  what: string;
  modelDigest: string | null;
  line: number;
}

export type ManifestText =
  | { ok: true; artifacts: DeclaredArtifact[]; bindings: EvidenceBinding[] }
  | { ok: false; reason: string; line?: number };

const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, maxAliasCount: 100 } as const;

function parse(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  return { doc, lineOf };
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** Whether the text is a native manifest (apiVersion model-gate/v1, kind ModelManifest). */
export function isNativeManifestText(text: string): boolean {
  const { doc } = parse(text);
  if (doc.errors.length > 0) return false;
  return doc.get("apiVersion") === "model-gate/v1" && doc.get("kind") === "ModelManifest";
}

/** The artifacts and evidence bindings a manifest declares, read leniently. */
export function readManifestText(text: string): ManifestText {
  const { doc, lineOf } = parse(text);
  const error = doc.errors[0];
  if (error) return { ok: false, reason: error.message.split("\n")[0]!, line: error.linePos?.[0]?.line };
  const artifacts = doc.getIn(["spec", "artifacts"], true);
  if (!isSeq(artifacts) || artifacts.items.length === 0)
    return { ok: false, reason: "spec.artifacts is not a list of artifacts" };
  const declared: DeclaredArtifact[] = [];
  for (const [index, item] of artifacts.items.entries()) {
    if (!isMap(item))
      return { ok: false, reason: `spec.artifacts[${index}] is not a mapping`, line: lineOf(item as Node) };
    const path = str(item.get("path"));
    const uri = str(item.get("uri"));
    if (!path && !uri)
      return { ok: false, reason: `spec.artifacts[${index}] has neither path nor uri`, line: lineOf(item) };
    const digest = str(item.get("digest"));
    declared.push({
      index,
      line: lineOf(item),
      ...(path ? { path } : {}),
      ...(uri ? { uri } : {}),
      ...(digest ? { digest } : {}),
    });
  }
  const bindings: EvidenceBinding[] = [];
  const risk = doc.getIn(["spec", "riskAssessment"], true);
  if (isMap(risk)) {
    const report = str(risk.get("report"));
    bindings.push({
      field: "spec.riskAssessment",
      what: `risk assessment${report ? ` ${report}` : ""}`,
      modelDigest: str(risk.get("modelDigest")) ?? null,
      line: lineOf((risk.get("modelDigest", true) as Node | undefined) ?? risk),
    });
  }
  const tests = doc.getIn(["spec", "adversarialTests"], true);
  if (isSeq(tests)) {
    for (const [i, t] of tests.items.entries()) {
      if (!isMap(t)) continue;
      const tool = str(t.get("tool")) ?? "adversarial-test";
      const report = str(t.get("report"));
      bindings.push({
        field: `spec.adversarialTests[${i}]`,
        what: `${tool} report${report ? ` ${report}` : ""}`,
        modelDigest: str(t.get("modelDigest")) ?? null,
        line: lineOf((t.get("modelDigest", true) as Node | undefined) ?? t),
      });
    }
  }
  return { ok: true, artifacts: declared, bindings };
}

/**
 * The manifest text with each artifact's digest set to `computed[i]` (null leaves it as it is).
 * Only the digest scalars change; everything else is kept byte for byte.
 */
export function rewriteDigests(
  text: string,
  computed: readonly (string | null)[],
): { text: string; updates: DigestUpdate[] } {
  const { doc, lineOf } = parse(text);
  const artifacts = doc.getIn(["spec", "artifacts"], true);
  if (!isSeq(artifacts)) return { text, updates: [] };
  const updates: DigestUpdate[] = [];
  const splices: { start: number; end: number; value: string }[] = [];
  let structural = false;
  artifacts.items.forEach((item, index) => {
    const to = computed[index];
    if (!isMap(item) || !to || !isDigest(to)) return;
    const key = str(item.get("path")) ?? str(item.get("uri")) ?? "";
    const node = item.get("digest", true);
    const from = isScalar(node) ? (str(node.value) ?? null) : null;
    if (from === to) return;
    updates.push({ index, key, from, to, line: lineOf((node as Node | undefined) ?? item) });
    if (isScalar(node) && node.range && typeof node.value === "string") {
      const quote = node.type === Scalar.QUOTE_DOUBLE ? '"' : node.type === Scalar.QUOTE_SINGLE ? "'" : "";
      splices.push({ start: node.range[0], end: node.range[1], value: `${quote}${to}${quote}` });
      node.value = to;
    } else if (node === undefined && insertion(text, item, to)) {
      splices.push(insertion(text, item, to)!);
    } else {
      item.set("digest", to);
      structural = true;
    }
  });
  // Only when a digest is there but not a plain string (a map, a number): rare, reformatted.
  if (structural) return { text: doc.toString(), updates };
  let out = text;
  for (const s of splices.sort((a, b) => b.start - a.start))
    out = out.slice(0, s.start) + s.value + out.slice(s.end);
  return { text: out, updates };
}

/** Text that adds `digest:` right after the artifact's `path:` (same indentation, or `, ` in a flow map). */
function insertion(
  text: string,
  item: YAMLMap,
  to: string,
): { start: number; end: number; value: string } | null {
  const pair = item.items.find((p) => isScalar(p.key) && p.key.value === "path");
  if (!pair || !isScalar(pair.key) || !isScalar(pair.value) || !pair.key.range || !pair.value.range)
    return null;
  const end = pair.value.range[1];
  if (item.flow) return { start: end, end, value: `, digest: ${to}` };
  const keyStart = pair.key.range[0];
  const column = keyStart - (text.lastIndexOf("\n", keyStart - 1) + 1);
  const eol = text.indexOf("\n", end);
  const at = eol === -1 ? text.length : eol;
  return { start: at, end: at, value: `\n${" ".repeat(column)}digest: ${to}` };
}
