// Types for the pure-JS bzip2 block decoder of unbzip2-stream, used without its stream wrapper.
declare module "unbzip2-stream/lib/bit_iterator.js" {
  interface BitReader {
    (n: number | null): number;
    bytesRead: number;
  }
  export default function bitIterator(next: () => Uint8Array): BitReader;
}
declare module "unbzip2-stream/lib/bzip2.js" {
  const bz2: {
    header(bits: (n: number | null) => number): number;
    decompress(
      bits: (n: number | null) => number,
      out: (byte: number) => void,
      buf: Int32Array,
      size: number,
      streamCrc: number | null,
    ): number | null;
  };
  export default bz2;
}
