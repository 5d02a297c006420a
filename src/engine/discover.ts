// Works out what a change set touches: which manifests to evaluate (changed themselves, or
// owning a changed artifact or evidence file), model files no manifest owns, a changed
// policy file, deleted manifests and duplicate model names.
import type { NewFinding } from "../core/findings.ts";
import type { LoadedManifest } from "../manifest/model.ts";
import { dirOf, normaliseRepoPath } from "../repo/paths.ts";
import { manifestFormats } from "./formats.ts";
import { type ManifestFile, type ManifestKinds, manifestKinds, readManifestFile } from "./manifests.ts";
import { ownersUnder } from "./owners-under.ts";
import { inThreadParser, type Parser } from "./parse-pool.ts";
import { matcher } from "./patterns.ts";
import { mapPool } from "./pool.ts";
import type { GateInput } from "./types.ts";

export const DEFAULT_POLICY_FILE = ".github/model-gate.yml";

export interface Target {
  model: LoadedManifest;
  /** Where the manifest was in the base commit (renames), or null when it is new. */
  baseFile: string | null;
}

export interface Discovery {
  /** Reads manifests of every kind, with the run's parser. */
  kinds: ManifestKinds;
  /** The parser manifests were read with, for the evidence too. */
  parser: Parser;
  headFiles: string[];
  targets: Target[];
  /** Manifest files that were to be evaluated but could not be read as any model. */
  unreadable: string[];
  findings: NewFinding[];
  /** Head-side paths of every changed (not deleted) file. */
  changedPaths: ReadonlySet<string>;
  /** Changed head files matching the artifact patterns, with the models that own them. */
  changedArtifacts: { path: string; owners: LoadedManifest[] }[];
  policyChanged: boolean;
  policyFile: string;
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
  const isArtifact = matcher(policy.artifacts);
  // Every manifest in the head tree is read: ownership and duplicate names need them all.
  const headFiles = await input.head.list();
  const modelFolders = new Set(headFiles.filter(isArtifact).map(dirOf));
  let parser = inThreadParser;
  const kinds = manifestKinds(policy, manifestFormats(policy, modelFolders), () => parser);
  const manifestPaths = headFiles.filter(kinds.isManifest);
  parser = openParser(manifestPaths.length);
  const policyFile = input.policy.file ?? DEFAULT_POLICY_FILE;
  const findings: NewFinding[] = [];

  const files = await mapPool(manifestPaths, 64, (p) => readManifestFile(input.head, p, kinds, max));
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

  // A changed submodule pointer brings in the declarations of files inside it.
  const under = ownersUnder(owners);
  const targetFiles = new Map<string, string | null>(); // head manifest file -> base file
  const changedPaths = new Set<string>();
  const changedArtifacts: Discovery["changedArtifacts"] = [];
  let policyChanged = false;

  if (input.changes === "all") {
    for (const p of manifestPaths) targetFiles.set(p, input.base ? p : null);
    for (const p of headFiles) {
      if (isArtifact(p) && !artifactOwners.has(p)) findings.push(unmanifested(p, "is in the repository"));
    }
  } else {
    for (const c of input.changes) {
      if (c.path === policyFile || c.previousPath === policyFile) policyChanged = true;
      if (c.status === "deleted") {
        if (kinds.isManifest(c.path)) {
          findings.push({
            ruleId: "change/manifest-deleted",
            message: `The manifest ${c.path} is deleted. If the model is retired, remove its artifacts too; the deletion needs the same review as a change.`,
            file: c.path,
          });
        }
        continue;
      }
      changedPaths.add(c.path);
      if (kinds.isManifest(c.path)) {
        targetFiles.set(c.path, c.status === "added" ? null : (c.previousPath ?? c.path));
        if (!byFile.has(c.path)) {
          // Listed as changed but not a readable regular file in head (a symlink, say).
          const read = await readManifestFile(input.head, c.path, kinds, max);
          findings.push(...read.findings);
        }
      }
      for (const p of [c.path, c.previousPath]) {
        for (const m of p ? [...(owners.get(p) ?? []), ...under(p)] : [])
          if (!targetFiles.has(m.file)) targetFiles.set(m.file, m.file);
      }
      if (isArtifact(c.path)) {
        const ownedBy = artifactOwners.get(c.path) ?? [];
        changedArtifacts.push({ path: c.path, owners: ownedBy });
        if (ownedBy.length === 0) {
          findings.push(
            unmanifested(
              c.path,
              c.status === "renamed" ? `was renamed from ${c.previousPath}` : `is ${c.status}`,
            ),
          );
        }
      }
    }
  }
  if (policyChanged) {
    findings.push({
      ruleId: "policy/changed",
      message: `This change edits the gate's policy (${policyFile}). It is judged by the base commit's policy, and the new policy needs approval from the policy owners.`,
      file: policyFile,
    });
  }

  const targets: Target[] = [];
  const unreadable: string[] = [];
  for (const [file, baseFile] of targetFiles) {
    const f = byFile.get(file);
    if (!f) continue;
    findings.push(...f.findings);
    if (f.models.length === 0 && f.findings.length > 0) unreadable.push(file);
    for (const model of f.models) targets.push({ model, baseFile });
  }
  findings.push(...duplicateNames(files, new Set(targetFiles.keys())));
  return {
    kinds,
    parser,
    headFiles,
    targets,
    unreadable,
    findings,
    changedPaths,
    changedArtifacts,
    policyChanged,
    policyFile,
  };
}

function unmanifested(path: string, how: string): NewFinding {
  return {
    ruleId: "change/unmanifested-artifact",
    message: `The model file ${path} ${how}, but no manifest lists it as an artifact. Add it to the model's manifest (spec.artifacts) with its digest, or remove it.`,
    file: path,
  };
}

function duplicateNames(files: ManifestFile[], targets: ReadonlySet<string>): NewFinding[] {
  const byName = new Map<string, LoadedManifest[]>();
  for (const f of files) {
    for (const m of f.models) {
      const list = byName.get(m.manifest.metadata.name) ?? [];
      list.push(m);
      byName.set(m.manifest.metadata.name, list);
    }
  }
  const out: NewFinding[] = [];
  for (const [name, list] of byName) {
    if (list.length < 2) continue;
    for (const m of list) {
      if (!targets.has(m.file)) continue;
      const others = list.filter((o) => o !== m).map((o) => o.file);
      const pos = m.source.locate(["metadata", "name"]);
      out.push({
        ruleId: "manifest/duplicate-name",
        message: `The model name ${JSON.stringify(name)} is also declared in ${[...new Set(others)].join(", ")}. Names must be unique in the repository: waivers and approvals are keyed by name.`,
        file: m.file,
        line: pos.line,
        column: pos.column,
        model: name,
      });
    }
  }
  return out;
}
