// Large files are scanned in constant memory: a 200 MB stream, generated chunk by chunk from
// one reused buffer, must not raise the process's buffer memory by more than a few chunks.
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { scanModelFile } from "../../src/safety/index.ts";
import { bytes, u32, u64 } from "./helpers.ts";

const MB = 1024 * 1024;
const TOTAL = 200 * MB;
const ZEROS = new Uint8Array(MB);

async function measure(path: string, head: Uint8Array, body: number, tail: Uint8Array) {
  let peak = 0;
  const base = process.memoryUsage().arrayBuffers;
  async function* gen() {
    yield head;
    for (let left = body; left > 0; left -= MB) {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - base);
      yield left >= MB ? ZEROS : ZEROS.subarray(0, left);
    }
    yield tail;
  }
  const issues = await scanModelFile(path, gen, head.length + body + tail.length);
  return { issues, peak };
}

describe("streaming, constant memory", () => {
  it("walks a 200 MB pickle (one huge BINBYTES8) with bounded buffers", async () => {
    const head = bytes([0x80, 4, 0x8e], u64(TOTAL));
    const { issues, peak } = await measure(
      "big.pkl",
      head,
      TOTAL,
      bytes([0x30, 0x63], "os\nsystem\n", [0x2e]),
    );
    expect(issues.map((i) => i.severity)).toEqual(["error"]); // the import after the blob is still seen
    expect(peak).toBeLessThan(32 * MB);
  });

  it("walks a 200 MB PyTorch-style zip (stored member with a data descriptor)", async () => {
    const name = bytes("archive/data/0");
    const local = bytes(
      u32(0x04034b50),
      [20, 0, 8, 8, 0, 0, 0, 0, 0, 0],
      u32(0),
      u32(0),
      u32(0),
      [name.length, 0, 0, 0],
      name,
    );
    let crc = 0;
    for (let left = TOTAL; left > 0; left -= MB) crc = crc32(ZEROS.subarray(0, Math.min(MB, left)), crc);
    const desc = bytes(u32(0x08074b50), u32(crc), u32(TOTAL), u32(TOTAL));
    const central = bytes(
      u32(0x02014b50),
      [20, 0, 20, 0, 8, 8, 0, 0, 0, 0, 0, 0],
      u32(crc),
      u32(TOTAL),
      u32(TOTAL),
      [name.length, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      u32(0),
      name,
    );
    const eocd = bytes(
      u32(0x06054b50),
      [0, 0, 0, 0, 1, 0, 1, 0],
      u32(central.length),
      u32(local.length + TOTAL + desc.length),
      [0, 0],
    );
    const { issues, peak } = await measure("big.pt", local, TOTAL, bytes(desc, central, eocd));
    expect(issues).toEqual([]);
    expect(peak).toBeLessThan(32 * MB);
  });

  it("reads only the header of a 200 MB safetensors file", async () => {
    const header = bytes(JSON.stringify({ w: { dtype: "U8", shape: [TOTAL], data_offsets: [0, TOTAL] } }));
    const { issues, peak } = await measure(
      "big.safetensors",
      bytes(u64(header.length), header),
      TOTAL,
      new Uint8Array(0),
    );
    expect(issues).toEqual([]);
    expect(peak).toBeLessThan(32 * MB);
  });
});
