// The CPU-heavy pure parsing the engine can hand to worker threads: native manifests (decode,
// YAML, schema) and adversarial-test reports. Bytes go in, plain data comes out. A worker runs
// runParseJob(); the main thread turns the reply back into what the in-thread call returns.
import { parseEvidence } from "../evidence/parse.ts";
import type { EvidenceParse } from "../evidence/types.ts";
import { type LoadManifestResult, loadManifest } from "../manifest/load.ts";
import type { EvidenceTool, LoadedManifest } from "../manifest/model.ts";
import { type PositionTable, positionTable, tableSourceMap } from "../manifest/yaml.ts";

export type ParseJob =
  | { kind: "manifest"; file: string; bytes: Uint8Array }
  | { kind: "evidence"; tool: EvidenceTool; bytes: Uint8Array };

/** A loaded manifest without its AST-backed source map, which cannot cross threads. */
export type ManifestReply =
  | { ok: true; loaded: Omit<LoadedManifest, "source">; table: PositionTable }
  | { ok: false; problems: Extract<LoadManifestResult, { ok: false }>["problems"] };

export type ParseReply = ManifestReply | EvidenceParse;

export function runParseJob(job: ParseJob): ParseReply {
  if (job.kind === "evidence") return parseEvidence(job.tool, job.bytes);
  const r = loadManifest(job.file, job.bytes);
  if (!r.ok) return r;
  const { source, ...loaded } = r.loaded;
  const table = positionTable(source);
  if (!table) throw new Error(`the manifest loader gave ${job.file} no YAML source map`);
  return { ok: true, loaded, table };
}

export function manifestFromReply(reply: ManifestReply): LoadManifestResult {
  if (!reply.ok) return reply;
  return { ok: true, loaded: { ...reply.loaded, source: tableSourceMap(reply.table) } };
}
