// The one registry of declaration kinds (SPEC section 9): native manifests, Hugging Face model
// cards and CycloneDX ML-BOMs. Built from the policy, it says which files are declarations and
// reads them; `check` and the Action (engine discovery), `digest`, `validate` and `init` all ask
// it, so a file is the same thing to every command.
//
// Which files: the policy's `manifests`, `modelCards` and `mlBoms` globs, tried in that order.
// What they declare: a README is a card only with card keys or a `model-gate:` block, or beside
// a model file (model-card.ts); a BOM with no machine-learning-model component declares none
// (a not-a-model note, cyclonedx.ts).
import { checkDeclaration } from "../checks/declarations.ts";
import type { NewFinding } from "../core/findings.ts";
import type { LoadedManifest } from "../manifest/model.ts";
import { isNativeManifestText } from "../manifest/rewrite-digests.ts";
import type { Policy } from "../policy/types.ts";
import { dirOf } from "../repo/paths.ts";
import { modelFileMatcher } from "./model-files.ts";
import { inThreadParser, type Parser } from "./parse-pool.ts";
import { type Matcher, matcher } from "./patterns.ts";

export type DeclarationKind = "manifest" | "card" | "bom";

interface Loaded {
  models: LoadedManifest[];
  findings: NewFinding[];
}

interface Context {
  policy: Policy;
  parser: Parser;
  /** The file sits beside a model file; undefined when it was named explicitly (always a card). */
  besideModel: boolean | undefined;
}

interface KindSpec {
  /** The policy's globs for files of this kind. */
  patterns(policy: Policy): readonly string[];
  read(file: string, bytes: Uint8Array, ctx: Context): Loaded | Promise<Loaded>;
  /** `model-gate digest --write` can update its artifact digests in place. */
  rewritableDigests: boolean;
}

/** In the order a path is tried against them: the first kind whose patterns match it wins. */
const KINDS: Record<DeclarationKind, KindSpec> = {
  manifest: {
    patterns: (p) => p.manifests,
    // Parsed by the run's parser (in this thread or on a worker).
    read: async (file, bytes, { parser }) => {
      const r = await parser.loadManifest(file, bytes);
      return r.ok
        ? { models: [r.loaded], findings: [] }
        : { models: [], findings: checkDeclaration(r.problems) };
    },
    rewritableDigests: true,
  },
  card: {
    patterns: (p) => p.modelCards,
    // Loaded on first use: the card reader brings the SPDX license list; most repositories have no card.
    read: async (file, bytes, { policy, besideModel }) => {
      const { loadModelCard } = await import("../formats/model-card.ts");
      const r = loadModelCard(file, bytes, {
        allowLicenses: policy.licenses.allow ?? [],
        ...(besideModel === undefined ? {} : { besideModel }),
      });
      return { models: r.ok ? [r.loaded] : [], findings: checkDeclaration(r.problems) };
    },
    rewritableDigests: false,
  },
  bom: {
    patterns: (p) => p.mlBoms,
    // Loaded on first use: the CycloneDX schemas are large, and most repositories have no BOM.
    read: async (file, bytes) => {
      const { loadCycloneDx } = await import("../formats/cyclonedx.ts");
      const r = loadCycloneDx(file, bytes);
      return { models: r.ok ? r.models : [], findings: checkDeclaration(r.problems) };
    },
    rewritableDigests: false,
  },
};

const ORDER: readonly DeclarationKind[] = ["manifest", "card", "bom"];

export interface Declarations {
  /** The kind the policy's patterns give a path, or null: not a declaration. */
  kindOf(path: string): DeclarationKind | null;
  isDeclaration: Matcher;
  /** Reads a file's bytes as a declaration of that kind: its models, and findings about the file. */
  load(kind: DeclarationKind, file: string, bytes: Uint8Array): Promise<Loaded>;
}

export interface RegistryOptions {
  /**
   * Folders that hold a model file (see modelFolders): a README there is meant to be its
   * model's card, so missing front matter is a finding; elsewhere such a README is ordinary
   * documentation and declares nothing. Unset: a README is read as a card wherever it is (for
   * a registry that only classifies paths, this does not matter).
   */
  modelFolders?: ReadonlySet<string>;
  /** Parses native manifests (in this thread by default); a function, as the run picks it later. */
  parser?: () => Parser;
}

export function declarationRegistry(policy: Policy, opts: RegistryOptions = {}): Declarations {
  const matchers = ORDER.map((kind) => ({ kind, match: matcher(KINDS[kind].patterns(policy)) }));
  const kindOf = (path: string) => matchers.find((m) => m.match(path))?.kind ?? null;
  return {
    kindOf,
    isDeclaration: (path) => kindOf(path) !== null,
    load: async (kind, file, bytes) =>
      KINDS[kind].read(file, bytes, {
        policy,
        parser: (opts.parser ?? (() => inThreadParser))(),
        besideModel: opts.modelFolders ? opts.modelFolders.has(dirOf(file)) : undefined,
      }),
  };
}

/** The folders of these files that hold a model file (by the policy's rules, model-files.ts). */
export function modelFolders(
  files: readonly string[],
  policy: Pick<Policy, "artifacts" | "ignore">,
): Set<string> {
  const isModelFile = modelFileMatcher(policy);
  return new Set(files.filter(isModelFile).map(dirOf));
}

/**
 * What a file named on the command line is: the policy's patterns first, then, for a name they
 * do not cover, its content (a native manifest by its header, Markdown a card, JSON a BOM).
 */
export function namedKind(registry: Declarations, path: string, text: string): DeclarationKind {
  const byPath = registry.kindOf(path);
  if (byPath) return byPath;
  if (isNativeManifestText(text)) return "manifest";
  const name = path.toLowerCase();
  if (name.endsWith(".md") || name.endsWith(".markdown")) return "card";
  if (name.endsWith(".json") || text.trimStart().startsWith("{")) return "bom";
  return "manifest";
}

/** Whether `model-gate digest --write` can rewrite this kind's digests in place. */
export function rewritableDigests(kind: DeclarationKind): boolean {
  return KINDS[kind].rewritableDigests;
}
