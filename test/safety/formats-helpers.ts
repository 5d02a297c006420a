// Builders for safetensors, GGUF and ONNX bytes, written from the format specifications.
import { bytes, u32, u64 } from "./helpers.ts";

const enc = new TextEncoder();

/** A safetensors file: header object (as given, even if inconsistent) + data bytes. */
export function safetensors(
  header: Record<string, unknown> | string,
  dataBytes: number,
  pad = 0,
): Uint8Array {
  const json = enc.encode((typeof header === "string" ? header : JSON.stringify(header)) + " ".repeat(pad));
  return bytes(u64(json.length), json, new Uint8Array(dataBytes));
}

/** A well-formed safetensors file with contiguous F32 tensors of the given shapes. */
export function validSafetensors(shapes: number[][], metadata?: Record<string, string>): Uint8Array {
  const header: Record<string, unknown> = {};
  if (metadata) header.__metadata__ = metadata;
  let off = 0;
  shapes.forEach((shape, i) => {
    const n = shape.reduce((a, b) => a * b, 1) * 4;
    header[`t${i}`] = { dtype: "F32", shape, data_offsets: [off, off + n] };
    off += n;
  });
  return safetensors(header, off);
}

const ggufString = (s: string) => {
  const b = enc.encode(s);
  return bytes(u64(b.length), b);
};

export type GgufValue =
  | { type: "string"; value: string }
  | { type: "u32"; value: number }
  | { type: "strings"; value: string[] };

export function gguf(kvs: [string, GgufValue][], version = 3): Uint8Array {
  const parts: Uint8Array[] = [bytes("GGUF", u32(version), u64(0), u64(kvs.length))];
  for (const [k, v] of kvs) {
    parts.push(ggufString(k));
    if (v.type === "string") parts.push(bytes(u32(8)), ggufString(v.value));
    else if (v.type === "u32") parts.push(bytes(u32(4), u32(v.value)));
    else parts.push(bytes(u32(9), u32(8), u64(v.value.length), ...v.value.map(ggufString)));
  }
  return bytes(...parts);
}

// --- protobuf ---
function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}
const pbBytes = (field: number, b: Uint8Array) => bytes(varint(field * 8 + 2), varint(b.length), b);
const pbString = (field: number, s: string) => pbBytes(field, enc.encode(s));
const pbVarint = (field: number, v: number) => bytes(varint(field * 8), varint(v));

/** TensorProto with external data at `location` (and a raw_data-free body). */
export function onnxExternalTensor(name: string, location: string): Uint8Array {
  const entry = (k: string, v: string) => pbBytes(13, bytes(pbString(1, k), pbString(2, v)));
  return bytes(
    pbVarint(1, 10),
    pbVarint(2, 1),
    pbString(8, name),
    entry("location", location),
    entry("offset", "0"),
    pbVarint(14, 1),
  );
}

/** ModelProto { ir_version, graph { node, initializer... } }. */
export function onnxModel(initializers: Uint8Array[], opts: { inAttribute?: Uint8Array } = {}): Uint8Array {
  const node = pbBytes(
    1,
    bytes(
      pbString(1, "x"),
      pbString(2, "y"),
      pbString(4, "Relu"),
      opts.inAttribute
        ? pbBytes(5, bytes(pbString(1, "value"), pbBytes(5, opts.inAttribute)))
        : new Uint8Array(0),
    ),
  );
  const raw = bytes(pbVarint(1, 1), pbVarint(2, 1), pbString(8, "inline"), pbBytes(9, new Uint8Array(5000)));
  const graph = bytes(node, pbString(2, "g"), pbBytes(5, raw), ...initializers.map((t) => pbBytes(5, t)));
  return bytes(
    pbVarint(1, 8),
    pbString(2, "pytorch"),
    pbBytes(7, graph),
    pbBytes(8, bytes(pbString(1, ""), pbVarint(2, 17))),
  );
}
