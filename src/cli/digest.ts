// `model-gate digest <manifest>`: the model digest of the artifacts in the working tree.
import { relative, resolve } from "node:path";
import { UserError } from "../core/errors.ts";
import { collectFacts } from "../engine/collect.ts";
import { manifestKinds, readManifestFile } from "../engine/manifests.ts";
import { BASELINE } from "../policy/baseline.ts";
import { createFsTree } from "../repo/fs-tree.ts";
import { topLevel } from "../repo/git.ts";
import { parse } from "./args.ts";
import { HELP } from "./help.ts";

export async function runDigest(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    "digest",
    argv,
    { repo: { type: "string" }, artifacts: { type: "boolean" } },
    true,
  );
  if (values.help) {
    process.stdout.write(HELP.digest);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UserError("digest takes exactly one manifest path", {}, "Run: model-gate digest --help");
  const root = values.repo ? resolve(values.repo) : await topLevel(resolve("."));
  const file = relative(root, resolve(positionals[0] as string))
    .split("\\")
    .join("/");
  const tree = createFsTree(root);
  // Any file name is accepted here: the user names the manifest explicitly.
  const kinds = manifestKinds({ ...BASELINE, manifests: ["**"] });
  const read = await readManifestFile(tree, file, kinds, BASELINE.limits.maxFileBytes);
  const model = read.models[0];
  if (!model) {
    const first = read.findings[0];
    throw new UserError(
      first?.message ?? "not a manifest",
      { file, line: first?.line },
      "Run: model-gate validate on it.",
    );
  }
  const facts = await collectFacts({
    loaded: model,
    match: null,
    head: tree,
    policy: BASELINE,
    changed: new Set(),
    hasChangeSet: false,
    now: new Date(),
  });
  const broken = facts.artifacts.filter((a) => (a.file ? !a.computedDigest : !a.declaredDigest));
  if (broken.length > 0) {
    throw new UserError(
      `cannot compute the model digest: ${broken.map((a) => `${a.key} (${a.file ? a.file.status : "no digest"})`).join(", ")}`,
      { file },
    );
  }
  if (values.artifacts) {
    for (const a of facts.artifacts)
      process.stdout.write(`${a.file ? a.computedDigest : a.declaredDigest}  ${a.key}\n`);
  }
  process.stdout.write(`${facts.modelDigest}\n`);
  return 0;
}
