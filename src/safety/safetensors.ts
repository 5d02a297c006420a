// safetensors: an 8-byte little-endian header size, a JSON header, then the tensor bytes.
// Only the header is read. It must be what the format promises: valid JSON without
// duplicate keys, known dtypes, and offsets that tile the data buffer exactly with sizes
// that match each tensor's shape.

import { parseStrictJson } from "../core/strict-json.ts";
import type { ChunkReader } from "./chunk-reader.ts";
import type { IssueSink } from "./types.ts";

const MAX_HEADER_BYTES = 100 * 1024 * 1024;

/** Bits per element. */
const DTYPE_BITS: Record<string, number> = {
  BOOL: 8,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isUint = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/** Problems with the header, in plain words; empty when it is sound. */
function checkSafetensorsHeader(headerBytes: Uint8Array, dataBytes: number): string[] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(headerBytes);
  } catch {
    return ["the header is not valid UTF-8"];
  }
  const parsed = parseStrictJson(text.replace(/ +$/, ""));
  if (!parsed.ok) return [`the header is not valid JSON (${parsed.reason})`];
  const header = parsed.value;
  if (!isObject(header)) return ["the header is not a JSON object"];
  const problems: string[] = [];
  const spans: { name: string; begin: number; end: number }[] = [];
  for (const [name, info] of Object.entries(header)) {
    if (problems.length >= 10) break;
    if (name === "__metadata__") {
      if (!isObject(info) || Object.values(info).some((v) => typeof v !== "string"))
        problems.push("__metadata__ is not a map of strings");
      continue;
    }
    const label = JSON.stringify(name.slice(0, 200));
    if (!isObject(info)) {
      problems.push(`tensor ${label} is not an object`);
      continue;
    }
    const { dtype, shape, data_offsets: offsets } = info;
    if (typeof dtype !== "string" || !Object.hasOwn(DTYPE_BITS, dtype)) {
      problems.push(`tensor ${label} has unknown dtype ${JSON.stringify(dtype)}`);
      continue;
    }
    if (!Array.isArray(shape) || !shape.every(isUint)) {
      problems.push(`tensor ${label} has an invalid shape`);
      continue;
    }
    if (
      !Array.isArray(offsets) ||
      offsets.length !== 2 ||
      !offsets.every(isUint) ||
      (offsets[0] as number) > (offsets[1] as number)
    ) {
      problems.push(`tensor ${label} has invalid data_offsets`);
      continue;
    }
    const [begin, end] = offsets as [number, number];
    let bits = BigInt(DTYPE_BITS[dtype] as number);
    for (const d of shape as number[]) bits *= BigInt(d);
    if (bits % 8n !== 0n || bits / 8n !== BigInt(end - begin)) {
      problems.push(
        `tensor ${label}: shape [${(shape as number[]).join(", ")}] of ${dtype} does not match its ${end - begin}-byte span`,
      );
      continue;
    }
    spans.push({ name: label, begin, end });
  }
  if (problems.length > 0) return problems;
  spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let expected = 0;
  for (const s of spans) {
    if (s.begin !== expected) {
      problems.push(
        s.begin < expected
          ? `tensor ${s.name} overlaps the previous tensor (offset ${s.begin} < ${expected})`
          : `there is a gap of ${s.begin - expected} bytes before tensor ${s.name}`,
      );
      return problems;
    }
    expected = s.end;
  }
  if (expected !== dataBytes) {
    problems.push(
      expected > dataBytes
        ? `the tensors need ${expected} bytes but the file holds ${dataBytes} after the header (offsets leave the file)`
        : `the file has ${dataBytes - expected} bytes after the last tensor that no tensor accounts for`,
    );
  }
  return problems;
}

export async function scanSafetensors(
  reader: ChunkReader,
  size: number,
  label: string,
  sink: IssueSink,
): Promise<void> {
  const bad = (why: string) =>
    sink.add(
      "unsafe-format",
      "error",
      `${label} is not a valid safetensors file: ${why}; re-export it with the safetensors library`,
    );
  const head = await reader.read(8);
  if (head.length < 8) return bad("shorter than its 8-byte header size");
  const n = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
  if (n > BigInt(MAX_HEADER_BYTES))
    return bad(`the header claims ${n} bytes (over the ${MAX_HEADER_BYTES}-byte cap)`);
  const len = Number(n);
  if (8 + len > size) return bad(`the header claims ${len} bytes but the file has ${size}`);
  const header = await reader.read(len);
  if (header.length < len) return bad("the file ends inside the header");
  if (header[0] !== 0x7b) return bad("the header does not start with '{'");
  for (const p of checkSafetensorsHeader(header, size - 8 - len)) bad(p);
}
