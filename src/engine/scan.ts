// safety/*: scans model files in the head tree for code that runs on load (SPEC section 9):
// every changed model file, every artifact of the models judged, whatever its name, and
// changed files with other names that hold a model by content. Bytes behind a Git LFS pointer
// are not in the checkout: a note, or an error when the owning model's tier demands a scan.
import type { NewFinding } from "../core/findings.ts";
import { parseLfsPointer } from "../repo/lfs.ts";
import { scanModelFile, sniffModelContent } from "../safety/index.ts";
import type { ModelFacts } from "./collect.ts";
import { type Discovery, unmanifested } from "./discover.ts";
import { statFile } from "./files.ts";
import type { GateInput } from "./types.ts";

type Where = Pick<NewFinding, "file" | "line" | "model">;

export async function scanChangedModelFiles(
  input: GateInput,
  found: Discovery,
  facts: ModelFacts[],
): Promise<NewFinding[]> {
  const out: NewFinding[] = [];
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
  for (const [path, owner] of todo) out.push(...(await scanOne(input, path, owner)));

  // A changed file with another name is a model file when its content says so.
  for (const path of found.otherChanged) {
    const fact = await statFile(input.head, path, Number.MAX_SAFE_INTEGER);
    if (fact.status !== "ok" || !fact.path) continue;
    const p = fact.path;
    const sniff = await sniffModelContent(() => input.head.chunks(p), fact.size ?? 0);
    if (!sniff) continue;
    if (sniff.strength === "model") {
      out.push(
        unmanifested(
          path,
          `holds a model (${sniff.kind}) under a name without a model extension, and is changed`,
        ),
      );
      out.push(...(await scanOne(input, path, undefined)));
    } else {
      out.push({
        ...unmanifested(path, `may hold model data (${sniff.kind}) and is changed`),
        severity: "note",
        message: `The file ${path} looks like ${sniff.kind} data. If it is a model, declare it in a manifest's spec.artifacts; if it is not, add its path to the base policy's ignore list to silence this note.`,
      });
    }
  }
  return out;
}

async function scanOne(input: GateInput, path: string, owner: ModelFacts | undefined): Promise<NewFinding[]> {
  const index = owner?.artifacts.findIndex((a) => a.file?.path === path) ?? -1;
  const where: Where = owner
    ? {
        file: owner.loaded.file,
        line: owner.loaded.source.locate(["spec", "artifacts", Math.max(index, 0), "path"]).line,
        model: owner.name,
      }
    : { file: path };
  const fact = await statFile(input.head, path, Number.MAX_SAFE_INTEGER);
  if (fact.status !== "ok" || !fact.path) return []; // integrity and input checks report it
  const size = fact.size ?? 0;
  const required = owner?.tierPolicy.scan?.required === true;
  if (size <= 1024 && parseLfsPointer(await input.head.read(fact.path))) {
    return [
      {
        ruleId: "safety/not-scanned",
        severity: required ? "error" : "note",
        message: `The model file ${path} is a Git LFS pointer; its bytes are not in the checkout, so it was not scanned for unsafe content.${required ? " The policy requires a scan: check out with lfs: true." : ""}`,
        ...where,
      },
    ];
  }
  const file = fact.path;
  const issues = await scanModelFile(file, () => input.head.chunks(file), size, {
    allowGlobals: input.policy.policy.scan?.allowGlobals ?? [],
  });
  return issues.map((issue) => ({
    ruleId: issue.ruleId,
    severity: issue.ruleId === "safety/not-scanned" && required ? "error" : issue.severity,
    message: issue.message,
    ...where,
  }));
}
