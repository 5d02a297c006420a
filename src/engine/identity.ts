// Model identity across a change (SPEC section 9). The base versions of a head model are every
// base declaration that matches it by name, by normalised artifact path or by artifact digest;
// git's rename detection is never the source. What a change is judged against, which waivers
// still apply and which declarations left the gate all follow from these matches.
import { isDigest } from "../manifest/digest.ts";
import type { LoadedManifest } from "../manifest/model.ts";
import { normaliseRepoPath } from "../repo/paths.ts";

/** The keys one model's artifacts are known by: normalised paths, uris and declared digests. */
export function artifactKeys(m: LoadedManifest): Set<string> {
  const keys = new Set<string>();
  for (const a of m.manifest.spec.artifacts) {
    if (a.path) {
      const p = normaliseRepoPath(a.path);
      if (p.ok) keys.add(`path:${p.path}`);
    }
    if (a.uri) keys.add(`uri:${a.uri}`);
    if (isDigest(a.digest)) keys.add(`digest:${a.digest}`);
  }
  return keys;
}

const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  for (const k of a) if (b.has(k)) return true;
  return false;
};

export interface BaseMatch {
  /** Every base version: by name or by artifact, without duplicates. */
  versions: LoadedManifest[];
  /** Base versions with the same name. */
  byName: LoadedManifest[];
  /** Base versions under another name that hold this model's artifacts (a rename or a swap). */
  renamedFrom: LoadedManifest[];
  /** Whether a waiver written for this name still covers this model: the same name and artifacts. */
  waivable: boolean;
}

interface Indexed {
  model: LoadedManifest;
  keys: Set<string>;
}

/** An index of one side's declarations, for matching the other side's against it. */
export class DeclarationIndex {
  private readonly byName = new Map<string, Indexed[]>();
  private readonly byKey = new Map<string, Indexed[]>();
  readonly all: Indexed[];

  constructor(models: readonly LoadedManifest[]) {
    this.all = models.map((model) => ({ model, keys: artifactKeys(model) }));
    for (const e of this.all) {
      push(this.byName, e.model.manifest.metadata.name, e);
      for (const k of e.keys) push(this.byKey, k, e);
    }
  }

  named(name: string): Indexed[] {
    return this.byName.get(name) ?? [];
  }

  holding(keys: ReadonlySet<string>): Indexed[] {
    const out = new Set<Indexed>();
    for (const k of keys) for (const e of this.byKey.get(k) ?? []) out.add(e);
    return [...out];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The base versions of `head`. A base model that shares an artifact with `head` but lives on
 * under its own name in the head tree (still holding one of its own artifacts) is not a version
 * of `head`: models may share a tokenizer file without one being judged as the other.
 */
export function matchBase(
  head: LoadedManifest,
  base: DeclarationIndex,
  headIndex: DeclarationIndex,
): BaseMatch {
  const name = head.manifest.metadata.name;
  const keys = artifactKeys(head);
  const byName = base.named(name);
  const continued = (b: Indexed) =>
    headIndex.named(b.model.manifest.metadata.name).some((h) => h.model !== head && shares(h.keys, b.keys));
  const renamed = base.holding(keys).filter((b) => b.model.manifest.metadata.name !== name && !continued(b));
  const versions = [...new Set([...byName, ...renamed].map((e) => e.model))];
  return {
    versions,
    byName: byName.map((e) => e.model),
    renamedFrom: renamed.map((e) => e.model),
    waivable: versions.length === 0 || byName.some((b) => shares(b.keys, keys)),
  };
}

/** Whether a base model still has a head version (by name, or holding one of its artifacts). */
export function hasHeadVersion(baseModel: LoadedManifest, headIndex: DeclarationIndex): boolean {
  if (headIndex.named(baseModel.manifest.metadata.name).length > 0) return true;
  return headIndex.holding(artifactKeys(baseModel)).length > 0;
}
