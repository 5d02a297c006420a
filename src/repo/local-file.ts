// A file on the runner's disk, named by the user (`verify --artifact`, the Action's `artifacts`):
// its sha256 and its bytes as a stream, for the deployment gate to compare with the audited digest.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { UserError } from "../core/errors.ts";

export async function fileDigest(path: string): Promise<{ digest: string; size: number }> {
  const { createHash } = await import("node:crypto");
  const st = await stat(path).catch(() => null);
  if (!st?.isFile()) throw new UserError(`--artifact ${path}: not a readable file`);
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { digest: `sha256:${hash.digest("hex")}`, size: st.size };
}

export async function* fileChunks(path: string): AsyncIterable<Uint8Array> {
  for await (const chunk of createReadStream(path)) yield chunk as Buffer;
}
