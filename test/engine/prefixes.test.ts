// The safety scan sniffs changed reports from the start the engine kept when it read them; a
// sniff that reads on gets the rest from the tree. Either way the bytes are the file's.
import { describe, expect, it } from "vitest";
import { ReadPrefixes } from "../../src/engine/prefixes.ts";
import { createMemoryTree } from "../../src/repo/memory-tree.ts";

async function all(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

describe("read prefixes", () => {
  const big = new Uint8Array(10_000).map((_, i) => i % 251);
  const small = new TextEncoder().encode("# risk report\n");
  const tree = createMemoryTree({ "e/big.jsonl": big, "docs/r.md": small, "other.bin": big });

  it("give a wanted file's bytes whole, from the kept start and then the tree", async () => {
    const prefixes = new ReadPrefixes(new Set(["e/big.jsonl", "docs/r.md"]));
    prefixes.note("e/big.jsonl", await tree.read("e/big.jsonl"));
    prefixes.note("docs/r.md", await tree.read("docs/r.md"));
    prefixes.note("other.bin", await tree.read("other.bin")); // not wanted: not kept
    expect(await all(prefixes.chunks(tree, "e/big.jsonl"))).toEqual(Buffer.from(big));
    expect(await all(prefixes.chunks(tree, "docs/r.md"))).toEqual(Buffer.from(small));
    expect(await all(prefixes.chunks(tree, "other.bin"))).toEqual(Buffer.from(big));
    // Taken once; later readers go to the tree.
    expect(await all(prefixes.chunks(tree, "e/big.jsonl"))).toEqual(Buffer.from(big));
  });

  it("keep a copy, not the caller's buffer", async () => {
    const prefixes = new ReadPrefixes(new Set(["e/big.jsonl"]));
    const bytes = await tree.read("e/big.jsonl");
    prefixes.note("e/big.jsonl", bytes);
    bytes.fill(0);
    expect(await all(prefixes.chunks(tree, "e/big.jsonl"))).toEqual(Buffer.from(big));
  });
});
