// ONNX: walks the protobuf wire format of ModelProto just deep enough to find tensors that
// keep their data in external files (TensorProto.external_data, key "location"), and flags
// locations that are absolute or leave the model's folder: loading the model would read
// whatever file they name. Large fields (raw tensor data) are skipped, never buffered.
import type { ChunkReader } from "./chunk-reader.ts";
import { type IssueSink, MalformedError } from "./types.ts";

enum M {
  Model,
  Graph,
  Node,
  Attribute,
  Tensor,
  SparseTensor,
  Function,
  TrainingInfo,
  Entry,
}

/** (message, field number) -> sub-message type, for the fields that can hold tensors. */
const CHILDREN: Record<number, Record<number, M>> = {
  [M.Model]: { 7: M.Graph, 20: M.TrainingInfo, 25: M.Function },
  [M.TrainingInfo]: { 1: M.Graph, 2: M.Graph },
  [M.Graph]: { 1: M.Node, 5: M.Tensor, 15: M.SparseTensor },
  [M.Node]: { 5: M.Attribute },
  [M.Function]: { 7: M.Node },
  [M.Attribute]: {
    5: M.Tensor,
    6: M.Graph,
    10: M.Tensor,
    11: M.Graph,
    22: M.SparseTensor,
    23: M.SparseTensor,
  },
  [M.SparseTensor]: { 1: M.Tensor, 2: M.Tensor },
  [M.Tensor]: { 13: M.Entry },
};

const MAX_DEPTH = 64;
const KEEP = 4096;

/** Why an external-data location is unsafe, or null. */
function locationProblem(location: string): string | null {
  if (location.includes("\0")) return "contains a NUL byte";
  const p = location.replace(/\\/g, "/");
  if (p.startsWith("/") || /^[A-Za-z]:/.test(p) || p.startsWith("~")) return "is an absolute path";
  if (/^[a-z][a-z0-9+.-]*:/i.test(p)) return "is a URL";
  let depth = 0;
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    depth += seg === ".." ? -1 : 1;
    if (depth < 0) return "leaves the model's folder";
  }
  return null;
}

interface Frame {
  type: M;
  end: number;
  key?: string | null;
  value?: string | null;
  name?: string;
}

export async function scanOnnx(reader: ChunkReader, label: string, sink: IssueSink): Promise<void> {
  const bad = (why: string) => new MalformedError(`${why} at byte ${reader.position}`);
  const varint = async (): Promise<number> => {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      const b = await reader.read(1);
      if (b.length === 0) throw bad("the file ends inside a field");
      const byte = b[0] as number;
      result += (byte & 0x7f) * mul;
      if (byte < 0x80) {
        if (!Number.isSafeInteger(result)) throw bad("a varint is larger than 2^53");
        return result;
      }
      mul *= 128;
    }
    throw bad("a varint is longer than 10 bytes");
  };
  const stack: Frame[] = [{ type: M.Model, end: Number.POSITIVE_INFINITY }];
  for (;;) {
    let top = stack[stack.length - 1] as Frame;
    while (reader.position >= top.end && stack.length > 1) {
      if (reader.position > top.end) throw bad("a field runs past the end of its message");
      stack.pop();
      closeFrame(top, stack[stack.length - 1] as Frame);
      top = stack[stack.length - 1] as Frame;
    }
    if (stack.length === 1 && (await reader.peek(1)).length === 0) break;
    const tag = await varint();
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (field === 0) throw bad("field number 0");
    if (wire === 0) {
      await varint();
    } else if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      if ((await reader.skip(n)) !== n) throw bad("the file ends inside a field");
    } else if (wire === 2) {
      const len = await varint();
      const end = reader.position + len;
      if (end > top.end) throw bad("a field runs past the end of its message");
      const child = CHILDREN[top.type]?.[field];
      if (child !== undefined) {
        if (stack.length >= MAX_DEPTH) throw bad("messages nested too deep");
        stack.push({ type: child, end });
      } else if (
        (top.type === M.Entry && (field === 1 || field === 2)) ||
        (top.type === M.Tensor && field === 8)
      ) {
        const text = len <= KEEP ? new TextDecoder().decode(await reader.read(len)) : null;
        if (text === null && (await reader.skip(len)) !== len) throw bad("the file ends inside a field");
        if (top.type === M.Tensor) top.name = text ?? "(long name)";
        else if (field === 1) top.key = text;
        else top.value = text;
      } else if ((await reader.skip(len)) !== len) {
        throw bad("the file ends inside a field");
      }
    } else {
      throw bad(`unsupported wire type ${wire}`);
    }
  }

  function closeFrame(f: Frame, parent: Frame): void {
    if (f.type !== M.Entry || f.key !== "location") return;
    const tensor = parent.name ? `tensor ${JSON.stringify(parent.name.slice(0, 200))}` : "a tensor";
    const loc = f.value;
    if (loc === null || loc === undefined) {
      sink.add(
        "unsafe-format",
        "error",
        `${label}: ${tensor} has an unreadable external data location; loading it reads a file the scan cannot check`,
      );
      return;
    }
    const why = locationProblem(loc);
    if (why)
      sink.add(
        "unsafe-format",
        "error",
        `${label}: ${tensor} keeps its data in ${JSON.stringify(loc.slice(0, 300))}, which ${why}; loading the model would read that file. Keep external data beside the model`,
      );
  }
}
