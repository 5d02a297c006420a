// What the safety scan found, as facts for src/checks/safety.ts: every changed model file, every
// artifact of the models judged, whatever its name, and changed files with other names that hold
// a model by content. Bytes behind a Git LFS pointer are not in the checkout: that is a fact too;
// whether it is a note or an error (the owning model's tier demands a scan) is decided in checks.
import type { ModelFacts, ScanFact, ScanFacts, SniffFact } from "../checks/facts.ts";
import { parseLfsPointer } from "../repo/lfs.ts";
import type { Discovery } from "./discover.ts";
import { statFile } from "./files.ts";
import type { ReadPrefixes } from "./prefixes.ts";
import type { GateInput } from "./types.ts";

/** The scanner and its decoders, loaded when a run has a file to scan (issue 13: most runs do not). */
const scanner = () => import("../safety/index.ts");

export async function scanChangedModelFiles(
  input: GateInput,
  found: Discovery,
  facts: ModelFacts[],
  /** Starts of changed files already read, so a sniff need not read them again. */
  prefixes?: ReadPrefixes,
): Promise<ScanFacts> {
  const scans: ScanFact[] = [];
  const sniffed: SniffFact[] = [];
  const factsByFile = new Map(facts.map((f) => [f.loaded.file, f]));
  const todo = new Map<string, ModelFacts | undefined>();
  for (const { path, owners } of found.changedArtifacts) {
    todo.set(
      path,
      owners.map((o) => factsByFile.get(o.file)).find((f) => f !== undefined),
    );
  }
  for (const f of facts) {
    for (const a of f.artifacts)
      if (a.file?.status === "ok" && a.file.path && !todo.has(a.file.path)) todo.set(a.file.path, f);
  }
  for (const [path, owner] of todo) scans.push(...(await scanOne(input, path, owner)));

  // A changed file with another name is a model file when its content says so.
  for (const path of found.otherChanged) {
    const fact = await statFile(input.head, path, Number.MAX_SAFE_INTEGER);
    if (fact.status !== "ok" || !fact.path) continue;
    const p = fact.path;
    const sniff = await (await scanner()).sniffModelContent(
      () => (prefixes ? prefixes.chunks(input.head, p) : input.head.chunks(p)),
      fact.size ?? 0,
    );
    if (!sniff) continue;
    sniffed.push({ path, kind: sniff.kind, strength: sniff.strength });
    if (sniff.strength === "model") scans.push(...(await scanOne(input, path, undefined)));
  }
  return { scans, sniffed };
}

async function scanOne(input: GateInput, path: string, owner: ModelFacts | undefined): Promise<ScanFact[]> {
  const fact = await statFile(input.head, path, Number.MAX_SAFE_INTEGER);
  if (fact.status !== "ok" || !fact.path) return []; // integrity and input checks report it
  const size = fact.size ?? 0;
  if (size <= 1024 && parseLfsPointer(await input.head.read(fact.path)))
    return [{ path, owner, result: { kind: "lfs-pointer" } }];
  const file = fact.path;
  const issues = await (await scanner()).scanModelFile(file, () => input.head.chunks(file), size, {
    allowGlobals: input.policy.policy.scan?.allowGlobals ?? [],
  });
  return [{ path, owner, result: { kind: "scanned", issues } }];
}
