// Scanner throughput benchmark: scans synthetic model files held in memory as 1 MiB chunks
// and compares with sha256 over the same chunks (the gate hashes every model file anyway).
// Target: the scanner runs at least at half the hashing speed. Bundles src/safety with
// esbuild into bench/.work/ first, so it measures the same code the action ships.
// Usage: node bench/safety.mjs [--json] [--strict]   (--strict: exit 1 when a case misses the target)
import { createHash, randomFillSync } from "node:crypto";
import { mkdirSync } from "node:fs";
import { crc32 } from "node:zlib";
import { build } from "esbuild";
import { densePickleParts } from "./dense-pickle.mjs";

const here = new URL(".", import.meta.url);
const out = new URL("./.work/safety.mjs", here);
mkdirSync(new URL("./.work/", here), { recursive: true });
await build({
  entryPoints: [new URL("../src/safety/index.ts", here).pathname],
  outfile: out.pathname,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  logLevel: "warning",
  // as scripts/build.mjs: bundled CommonJS dependencies may require() Node built-ins
  banner: {
    js: "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);",
  },
});
const { scanModelFile } = await import(out.href);

const MB = 1024 * 1024;
const TARGET = 0.5;

function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}
function u64(n) {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}
const BODY = randomFillSync(Buffer.alloc(MB));
/** CRC-32 of the first n body bytes, as file() lays them out. */
function bodyCrc(n) {
  let c = 0;
  for (let left = n; left > 0; left -= MB) c = crc32(left >= MB ? BODY : BODY.subarray(0, left), c);
  return c;
}
/** Splits a list of buffers into 1 MiB chunks (the body may be one reused random chunk). */
function file(head, bodyBytes, tail) {
  const chunks = [];
  const body = BODY;
  const all = [head];
  for (let left = bodyBytes; left > 0; left -= MB) all.push(left >= MB ? body : body.subarray(0, left));
  all.push(tail);
  // re-chunk the head and tail boundaries so every chunk is <= 1 MiB
  for (const b of all) for (let i = 0; i < b.length; i += MB) chunks.push(b.subarray(i, i + MB));
  return chunks;
}

function torchZip(bodyBytes) {
  const pkl = Buffer.from("80027d71002e", "hex"); // {} protocol 2
  const entry = (name) => {
    const n = Buffer.from(name);
    return Buffer.concat([
      u32(0x04034b50),
      Buffer.from([20, 0, 8, 8, 0, 0, 0, 0, 0, 0]),
      u32(0),
      u32(0),
      u32(0),
      Buffer.from([n.length, 0, 0, 0]),
      n,
    ]);
  };
  const desc = (size, crc) => Buffer.concat([u32(0x08074b50), u32(crc), u32(size), u32(size)]);
  const central = (name, size, offset, crc) => {
    const n = Buffer.from(name);
    return Buffer.concat([
      u32(0x02014b50),
      Buffer.from([20, 0, 20, 0, 8, 8, 0, 0, 0, 0, 0, 0]),
      u32(crc),
      u32(size),
      u32(size),
      Buffer.from([n.length, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      u32(offset),
      n,
    ]);
  };
  const e1 = entry("archive/data.pkl");
  const pklCrc = crc32(pkl);
  const dataCrc = bodyCrc(bodyBytes);
  const head = Buffer.concat([e1, pkl, desc(pkl.length, pklCrc)]);
  const e2 = entry("archive/data/0");
  const off2 = head.length;
  const cd = Buffer.concat([
    central("archive/data.pkl", pkl.length, 0, pklCrc),
    central("archive/data/0", bodyBytes, off2, dataCrc),
  ]);
  const cdOff = off2 + e2.length + bodyBytes + 16;
  const eocd = Buffer.concat([
    u32(0x06054b50),
    Buffer.from([0, 0, 0, 0, 2, 0, 2, 0]),
    u32(cd.length),
    u32(cdOff),
    Buffer.from([0, 0]),
  ]);
  return file(Buffer.concat([head, e2]), bodyBytes, Buffer.concat([desc(bodyBytes, dataCrc), cd, eocd]));
}

function densePickle(items) {
  return file(Buffer.concat([...densePickleParts(items)]), 0, Buffer.alloc(0));
}

const SIZE = 256 * MB;
const st = Buffer.from(JSON.stringify({ w: { dtype: "U8", shape: [SIZE], data_offsets: [0, SIZE] } }));
const vocab = [];
for (let i = 0; i < 150_000; i++) {
  const s = Buffer.from(`tok${i}`);
  vocab.push(u64(s.length), s);
}
const ggufHead = Buffer.concat([
  Buffer.from("GGUF"),
  u32(3),
  u64(1),
  u64(1),
  u64(21),
  Buffer.from("tokenizer.ggml.tokens"),
  u32(9),
  u32(8),
  u64(150_000),
  ...vocab,
]);

const cases = [
  ["pytorch zip (stored, data descriptors)", "m.pt", torchZip(SIZE)],
  [
    "pickle with a large tensor blob",
    "m.pkl",
    file(Buffer.from([0x80, 4, 0x8e, ...u64(SIZE)]), SIZE, Buffer.from([0x2e])),
  ],
  ["dense pickle (3M small opcodes)", "m.pkl", densePickle(3_000_000)],
  [
    "safetensors (header only)",
    "m.safetensors",
    file(Buffer.concat([u64(st.length), st]), SIZE, Buffer.alloc(0)),
  ],
  ["gguf (150k-token vocab header)", "m.gguf", file(ggufHead, SIZE, Buffer.alloc(0))],
];

function time(fn) {
  const t = process.hrtime.bigint();
  return Promise.resolve(fn()).then(() => Number(process.hrtime.bigint() - t) / 1e9);
}
async function best(fn, runs = 3) {
  let b = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) b = Math.min(b, await time(fn));
  return b;
}

const results = [];
for (const [name, path, chunks] of cases) {
  const bytes = chunks.reduce((n, c) => n + c.length, 0);
  const scan = await best(async () => {
    const issues = await scanModelFile(
      path,
      async function* () {
        yield* chunks;
      },
      bytes,
    );
    if (issues.length) throw new Error(`${name}: unexpected issues ${JSON.stringify(issues)}`);
  });
  const hash = await best(async () => {
    const h = createHash("sha256");
    for (const c of chunks) h.update(c);
    h.digest();
  });
  const mbps = (s) => bytes / MB / s;
  results.push({
    case: name,
    mb: +(bytes / MB).toFixed(1),
    scanMBps: +mbps(scan).toFixed(0),
    sha256MBps: +mbps(hash).toFixed(0),
    ratio: +(hash / scan).toFixed(2),
  });
}

if (process.argv.includes("--json")) console.log(JSON.stringify({ target: TARGET, results }));
else {
  console.log(`safety scanner throughput vs sha256 (target ratio >= ${TARGET})`);
  for (const r of results)
    console.log(
      `  ${r.case.padEnd(42)} ${String(r.mb).padStart(6)} MB  scan ${String(r.scanMBps).padStart(6)} MB/s  sha256 ${String(r.sha256MBps).padStart(5)} MB/s  ratio ${r.ratio}${r.ratio >= TARGET ? "" : "  (below target)"}`,
    );
}
if (process.argv.includes("--strict") && results.some((r) => r.ratio < TARGET)) process.exitCode = 1;
