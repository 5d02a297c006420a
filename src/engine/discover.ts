// Works out what a change set touches: which manifests to evaluate (changed themselves, or
// owning a changed or deleted artifact or evidence file), model files no manifest owns, a
// changed policy file, declarations that left the gate and duplicate model names. It also
// gathers the base declarations each head model is judged against (identity.ts).
import type { ChangeFacts, Departure } from "../checks/facts.ts";
import type { Change } from "../core/change.ts";
import type { NewFinding } from "../core/findings.ts";
import type { LoadedManifest } from "../manifest/model.ts";
import { DEFAULT_POLICY_FILE } from "../policy/default-file.ts";
import { dirOf, normaliseRepoPath } from "../repo/paths.ts";
import { type Declarations, declarationRegistry } from "./declarations.ts";
import { DeclarationIndex, hasHeadVersion } from "./identity.ts";
import { type ManifestFile, readManifestFile, readManifestFiles } from "./manifests.ts";
import { mergeDeclarations } from "./merge-declarations.ts";
import { type ModelFileMatcher, modelFileMatcher } from "./model-files.ts";
import { ownersUnder } from "./owners-under.ts";
import { inThreadParser, type Parser } from "./parse-pool.ts";
import type { GateInput } from "./types.ts";

export { DEFAULT_POLICY_FILE };

interface Target {
  model: LoadedManifest;
}

export interface Discovery extends ChangeFacts {
  /** The declaration kinds, reading with the run's parser. */
  declarations: Declarations;
  /** The parser manifests were read with, for the evidence too. */
  parser: Parser;
  headFiles: string[];
  targets: Target[];
  /** Manifest files that were to be evaluated but could not be read as any model. */
  unreadable: string[];
  /** What reading the declarations to evaluate said about them (parse errors and the like). */
  findings: NewFinding[];
  /** Head-side paths of every changed (not deleted) file. */
  changedPaths: ReadonlySet<string>;
  /** Changed head files that are model files, with the models that own them. */
  changedArtifacts: { path: string; owners: LoadedManifest[] }[];
  /** Changed head files with other names, to be recognised by content. */
  otherChanged: string[];
  isModelFile: ModelFileMatcher;
  /** Every head declaration. */
  headIndex: DeclarationIndex;
  /** The base declarations, when a change set against a base is judged; else null. */
  baseIndex: DeclarationIndex | null;
  departures: Departure[];
}

/** Every path a manifest points to, so a change to that file brings the manifest in. */
function referencedPaths(m: LoadedManifest): { artifacts: string[]; others: string[] } {
  const s = m.manifest.spec;
  const norm = (p: string | undefined) => {
    if (!p) return [];
    const r = normaliseRepoPath(p);
    return r.ok ? [r.path] : [];
  };
  return {
    artifacts: s.artifacts.flatMap((a) => norm(a.path)),
    others: [
      ...norm(s.riskAssessment?.report),
      ...(s.adversarialTests ?? []).flatMap((t) => norm(t.report)),
      ...(s.datasets ?? []).flatMap((d) => norm(d.dpia)),
      ...norm(s.signature?.path),
    ],
  };
}

/**
 * `openParser` gives the parser for the manifests once their number is known (the caller
 * closes it); in-thread parsing by default.
 */
export async function discover(
  input: GateInput,
  openParser: (manifests: number) => Parser = () => inThreadParser,
): Promise<Discovery> {
  const { policy } = input.policy;
  const max = policy.limits.maxFileBytes;
  const isModelFile = modelFileMatcher(policy);
  const policyFile = input.policy.file ?? DEFAULT_POLICY_FILE;
  let parser = inThreadParser;
  // Nothing changed between base and head: no target, no changed file, no departure, and the
  // policy is the base's. Every finding below hangs off a change, so no declaration needs
  // reading, nor the tree listing (issue 13: the PR that touches no model costs neither).
  // input.noFastPath takes the full path: test/perf/workers.test.ts compares the two.
  if (input.changes !== "all" && input.changes.length === 0 && !input.noFastPath)
    return nothingChanged(
      input,
      declarationRegistry(policy, { parser: () => parser }),
      isModelFile,
      policyFile,
    );
  // Every manifest in the head tree is read: ownership and duplicate names need them all.
  const headFiles = await input.head.list();
  const modelFolders = new Set(headFiles.filter(isModelFile).map(dirOf));
  const declarations = declarationRegistry(policy, { modelFolders, parser: () => parser });
  const manifestPaths = headFiles.filter(declarations.isDeclaration);
  parser = openParser(manifestPaths.length);
  const findings: NewFinding[] = [];
  const unowned: ChangeFacts["unowned"] = [];

  const read = await readManifestFiles(input.head, manifestPaths, declarations, max);
  const { files, mergedInto } = mergeDeclarations(read);
  const byFile = new Map<string, ManifestFile>(files.map((f) => [f.file, f]));
  const owners = new Map<string, LoadedManifest[]>();
  const artifactOwners = new Map<string, LoadedManifest[]>();
  const own = (map: Map<string, LoadedManifest[]>, path: string, m: LoadedManifest) => {
    const list = map.get(path);
    if (list) list.push(m);
    else map.set(path, [m]);
  };
  for (const f of files) {
    for (const m of f.models) {
      const refs = referencedPaths(m);
      for (const p of refs.artifacts) {
        own(artifactOwners, p, m);
        own(owners, p, m);
      }
      for (const p of refs.others) own(owners, p, m);
    }
  }
  // A change to a card merged into a manifest is a change to that manifest's model.
  for (const [card, manifest] of mergedInto)
    for (const m of byFile.get(manifest)?.models ?? []) own(owners, card, m);

  // A changed submodule pointer brings in the declarations of files inside it.
  const under = ownersUnder(owners);
  const targetFiles = new Set<string>();
  const changedPaths = new Set<string>();
  const changedArtifacts: Discovery["changedArtifacts"] = [];
  const otherChanged: string[] = [];
  let policyChanged = false;

  if (input.changes === "all") {
    for (const p of manifestPaths) targetFiles.add(p);
    for (const p of headFiles) {
      if (isModelFile(p) && !artifactOwners.has(p)) unowned.push({ path: p, reason: { kind: "present" } });
    }
  } else {
    for (const c of input.changes) {
      if (c.path === policyFile || c.previousPath === policyFile) policyChanged = true;
      // A deleted or renamed-away file brings in the declarations that own it, as a change does.
      for (const p of [c.path, c.previousPath]) {
        for (const m of p ? [...(owners.get(p) ?? []), ...under(p)] : []) targetFiles.add(m.file);
      }
      if (c.status === "deleted") continue;
      changedPaths.add(c.path);
      if (declarations.isDeclaration(c.path)) {
        targetFiles.add(c.path);
        if (!byFile.has(c.path)) {
          // Listed as changed but not a readable regular file in head (a symlink, say).
          const read = await readManifestFile(input.head, c.path, declarations, max);
          findings.push(...read.findings);
        }
      }
      const ownedBy = artifactOwners.get(c.path) ?? [];
      // A declared artifact is a model file whatever its name: it is scanned by content.
      if (ownedBy.length > 0 || isModelFile(c.path)) changedArtifacts.push({ path: c.path, owners: ownedBy });
      else if (!declarations.isDeclaration(c.path) && !isModelFile.ignored(c.path)) otherChanged.push(c.path);
      if (ownedBy.length === 0 && isModelFile(c.path))
        unowned.push({ path: c.path, reason: { kind: "changed", change: c } });
    }
  }
  const targets: Target[] = [];
  const unreadable: string[] = [];
  for (const file of targetFiles) {
    const f = byFile.get(file);
    if (!f) continue;
    findings.push(...f.findings);
    if (f.models.length === 0 && f.findings.length > 0) unreadable.push(file);
    for (const model of f.models) targets.push({ model });
  }
  const duplicateNames = duplicatesOf(files, targetFiles);

  const headIndex = new DeclarationIndex(files.flatMap((f) => f.models));
  const baseIndex =
    input.changes !== "all" && input.base
      ? await readBaseIndex(input, input.changes, declarations, read, max)
      : null;
  const departures: Departure[] = [];
  if (baseIndex && input.changes !== "all") {
    const changes = input.changes;
    const touched = touchedBaseFiles(changes);
    const headPaths = new Set(headFiles);
    // A base artifact still in the head tree (where it was, or where git's rename of the weights
    // took it) that no head declaration owns has left the gate.
    const leftBehind = (a: { path?: string }) => {
      const p = a.path ? normaliseRepoPath(a.path) : null;
      if (!p?.ok) return [];
      const moved = changes.filter((c) => c.previousPath === p.path).map((c) => c.path);
      return [p.path, ...moved].filter((x) => headPaths.has(x) && !artifactOwners.has(x));
    };
    const reported = new Set(unowned.map((u) => u.path));
    for (const { model } of baseIndex.all) {
      if (!touched.has(model.file)) continue;
      const remaining = [...new Set(model.manifest.spec.artifacts.flatMap(leftBehind))];
      if (!hasHeadVersion(model, headIndex)) {
        departures.push({ model, remaining });
        continue;
      }
      // The model lives on but no longer declares these files: they would change unaudited.
      for (const path of remaining) {
        if (reported.has(path)) continue;
        reported.add(path);
        unowned.push({
          path,
          reason: { kind: "undeclared", model: model.manifest.metadata.name, file: model.file },
        });
      }
    }
  }
  return {
    declarations,
    parser,
    headFiles,
    targets,
    unreadable,
    findings,
    unowned,
    duplicateNames,
    changedPaths,
    changedArtifacts,
    otherChanged,
    isModelFile,
    policyChanged,
    policyFile,
    headIndex,
    baseIndex,
    departures,
  };
}

function nothingChanged(
  input: GateInput,
  declarations: Declarations,
  isModelFile: ModelFileMatcher,
  policyFile: string,
): Discovery {
  return {
    declarations,
    parser: inThreadParser,
    // Not listed: only the models judged (none) read the listing.
    headFiles: [],
    targets: [],
    unreadable: [],
    findings: [],
    unowned: [],
    duplicateNames: [],
    changedPaths: new Set(),
    changedArtifacts: [],
    otherChanged: [],
    isModelFile,
    policyChanged: false,
    policyFile,
    // Matched against only by targets and departures, of which there are none.
    headIndex: new DeclarationIndex([]),
    baseIndex: input.base ? new DeclarationIndex([]) : null,
    departures: [],
  };
}

/** Base paths the change set modified, deleted or renamed away: where base declarations differ. */
function touchedBaseFiles(changes: readonly Change[]): Set<string> {
  const out = new Set<string>();
  for (const c of changes) {
    if (c.status !== "added") out.add(c.path);
    if (c.previousPath) out.add(c.previousPath);
  }
  return out;
}

/**
 * The base commit's declarations. A declaration file the change set did not touch is the same
 * blob in both commits, so its head reading stands for the base; only touched ones are read
 * from the base tree.
 */
async function readBaseIndex(
  input: GateInput,
  changes: readonly Change[],
  declarations: Declarations,
  /** The head's declaration files as read, before merging. */
  headFiles: readonly ManifestFile[],
  max: number,
): Promise<DeclarationIndex> {
  const touched = touchedBaseFiles(changes);
  const base = input.base;
  const unchanged = headFiles.filter((f) => !touched.has(f.file));
  const read = base
    ? await readManifestFiles(base, [...touched].filter(declarations.isDeclaration), declarations, max)
    : [];
  return new DeclarationIndex(mergeDeclarations([...unchanged, ...read]).files.flatMap((f) => f.models));
}

function duplicatesOf(files: ManifestFile[], targets: ReadonlySet<string>): ChangeFacts["duplicateNames"] {
  const byName = new Map<string, LoadedManifest[]>();
  for (const f of files) {
    for (const m of f.models) {
      const list = byName.get(m.manifest.metadata.name) ?? [];
      list.push(m);
      byName.set(m.manifest.metadata.name, list);
    }
  }
  const out: ChangeFacts["duplicateNames"] = [];
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    for (const m of list) {
      if (!targets.has(m.file)) continue;
      out.push({ model: m, others: [...new Set(list.filter((o) => o !== m).map((o) => o.file))] });
    }
  }
  return out;
}
