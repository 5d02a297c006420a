// NumPy .npy: a small header dict then the array. Arrays of Python objects ('|O') are stored
// as a pickle after the header, which np.load(allow_pickle=True) unpickles.
import type { ChunkReader } from "./chunk-reader.ts";
import { MalformedError } from "./types.ts";

export const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/** Reads the header; returns true when the rest of the stream is a pickle. */
export async function npyHoldsPickle(reader: ChunkReader): Promise<boolean> {
  const pre = await reader.read(10);
  if (pre.length < 10 || NPY_MAGIC.some((b, i) => pre[i] !== b))
    throw new MalformedError("not a valid .npy header");
  const major = pre[6] as number;
  const dv = new DataView(pre.buffer, pre.byteOffset, pre.byteLength);
  let headerLen: number;
  if (major === 1) headerLen = dv.getUint16(8, true);
  else if (major === 2 || major === 3) {
    const more = await reader.read(2);
    if (more.length < 2) throw new MalformedError("truncated .npy header");
    headerLen = dv.getUint16(8, true) + more[0]! * 0x10000 + more[1]! * 0x1000000;
  } else throw new MalformedError(`unsupported .npy version ${major}`);
  if (headerLen > 1024 * 1024) throw new MalformedError(".npy header too large");
  const header = new TextDecoder().decode(await reader.read(headerLen));
  const descr = /['"]descr['"]\s*:\s*(['"])([^'"]*)\1/.exec(header);
  if (!descr) {
    // structured dtypes are a list: any object field means pickled data
    return /['"]O['"]|\|O/.test(header);
  }
  return (descr[2] as string).includes("O");
}
