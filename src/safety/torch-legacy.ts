// Legacy PyTorch tar checkpoints (torch.save before 0.4; torch.load still reads them): the
// `storages` member is a count pickle, then per storage an args pickle (key, location,
// storage type) and the raw elements (an 8-byte count, then count x element size bytes), then
// a storage-views pickle; the `tensors` member is a count pickle, then per tensor an args
// pickle and a fixed binary record (rank, sizes, strides, offset).
// Every pickle in them is walked, stepping over the raw data exactly as torch's reader does.
import type { ChunkReader } from "./chunk-reader.ts";
import { Evaluator, itemsOf, type Value } from "./pickle-eval.ts";
import { reportPickle, walkPickle } from "./pickle-scan.ts";
import { type IssueSink, LimitError, MemberError } from "./types.ts";

/** Bytes per element of the legacy storage classes. */
const ELEMENT_SIZE: Record<string, number> = {
  DoubleStorage: 8,
  FloatStorage: 4,
  HalfStorage: 2,
  BFloat16Storage: 2,
  LongStorage: 8,
  IntStorage: 4,
  ShortStorage: 2,
  CharStorage: 1,
  ByteStorage: 1,
  BoolStorage: 1,
  ComplexDoubleStorage: 16,
  ComplexFloatStorage: 8,
  QUInt8Storage: 1,
  QInt8Storage: 1,
  QInt32Storage: 4,
  QUInt4x2Storage: 1,
  QUInt2x4Storage: 1,
};
const MAX_RECORDS = 1_000_000;

export const isLegacyTorchMember = (name: string) => name === "storages" || name === "tensors";

export async function scanLegacyTorchMember(
  reader: ChunkReader,
  member: string,
  label: string,
  advice: string,
  sink: IssueSink,
  allowGlobals?: readonly string[],
): Promise<void> {
  /** Walks the next pickle; its value, or undefined when it was not one (the rest was walked). */
  const next = async (): Promise<Value | undefined> => {
    const at = reader.position;
    const ev = new Evaluator(reader);
    reportPickle(await walkPickle(ev.run()), `${label}: pickle at byte ${at}`, advice, sink, {
      allowGlobals,
    });
    return ev.stopped ? ev.result : undefined;
  };
  const skip = async (n: number) => {
    if ((await reader.skip(n)) !== n) throw new MemberError(`member ${member} is truncated`);
  };
  const int64 = async () => {
    const b = await reader.read(8);
    if (b.length < 8) throw new MemberError(`member ${member} is truncated`);
    const dv = new DataView(b.buffer, b.byteOffset, 8);
    const v = dv.getUint32(0, true) + dv.getUint32(4, true) * 2 ** 32;
    if (!Number.isSafeInteger(v)) throw new MemberError(`member ${member} has an impossible size`);
    return v;
  };
  const count = await next();
  if (typeof count !== "number") return;
  if (count < 0 || count > MAX_RECORDS) throw new LimitError(`member ${member} lists ${count} records`);
  for (let i = 0; i < count; i++) {
    if (member === "storages") {
      const args = itemsOf((await next()) ?? null);
      const type = args?.[2];
      const name = typeof type === "object" && type !== null && type.t === "global" ? type.name : null;
      const size = name === null ? undefined : ELEMENT_SIZE[name];
      if (size === undefined)
        throw new MemberError(`member storages names a storage type the scanner does not know`);
      await skip((await int64()) * size);
    } else {
      if ((await next()) === undefined) return;
      const head = await reader.read(8);
      if (head.length < 8) throw new MemberError("member tensors is truncated");
      const ndim = new DataView(head.buffer, head.byteOffset, 8).getInt32(0, true);
      if (ndim < 0 || ndim > 64) throw new MemberError("member tensors has an impossible tensor rank");
      await skip(16 * ndim + 8);
    }
  }
  if (member === "storages") await next(); // storage views
}
