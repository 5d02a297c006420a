// safety/*: scans changed model files in the head tree for code that runs on load. Bytes
// behind a Git LFS pointer are not in the checkout: a note, or an error when the owning
// model's tier demands a scan.
import type { NewFinding } from "../core/findings.ts";
import { parseLfsPointer } from "../repo/lfs.ts";
import { isScannableModelPath, scanModelFile } from "../safety/index.ts";
import type { ModelFacts } from "./collect.ts";
import type { Discovery } from "./discover.ts";
import { statFile } from "./files.ts";
import type { GateInput } from "./types.ts";

export async function scanChangedModelFiles(
  input: GateInput,
  found: Discovery,
  facts: ModelFacts[],
): Promise<NewFinding[]> {
  const out: NewFinding[] = [];
  const factsByFile = new Map(facts.map((f) => [f.loaded.file, f]));
  for (const { path, owners } of found.changedArtifacts) {
    if (!isScannableModelPath(path)) continue;
    const owner = owners.map((o) => factsByFile.get(o.file)).find((f) => f !== undefined);
    const index = owner?.artifacts.findIndex((a) => a.file?.path === path) ?? -1;
    const where: Pick<NewFinding, "file" | "line" | "model"> = owner
      ? {
          file: owner.loaded.file,
          line: owner.loaded.source.locate(["spec", "artifacts", Math.max(index, 0), "path"]).line,
          model: owner.name,
        }
      : { file: path };
    const fact = await statFile(input.head, path, Number.MAX_SAFE_INTEGER);
    if (fact.status !== "ok" || !fact.path) continue; // integrity and input checks report it
    const size = fact.size ?? 0;
    if (size <= 1024 && parseLfsPointer(await input.head.read(fact.path))) {
      const required = owner?.tierPolicy.scan?.required === true;
      out.push({
        ruleId: "safety/not-scanned",
        severity: required ? "error" : "note",
        message: `The model file ${path} is a Git LFS pointer; its bytes are not in the checkout, so it was not scanned for unsafe content.${required ? " The policy requires a scan: check out with lfs: true." : ""}`,
        ...where,
      });
      continue;
    }
    const issues = await scanModelFile(fact.path, () => input.head.chunks(fact.path as string), size, {
      allowGlobals: input.policy.policy.scan?.allowGlobals ?? [],
    });
    for (const issue of issues)
      out.push({ ruleId: issue.ruleId, severity: issue.severity, message: issue.message, ...where });
  }
  return out;
}
