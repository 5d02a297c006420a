// Scanner against picklescan and sha256 on the same files, each a fresh process (start-up
// included): a dense pickle (3M tiny opcodes), a 200 MB PyTorch zip checkpoint and 1,000 small
// pickles, generated into a temp dir (never committed). Goals (issue 9): at least 20x
// picklescan on the dense pickle, at least sha256's speed on the checkpoint, 1,000 small files
// in under 0.5 s. picklescan is run from source with the system Python (PICKLESCAN_SRC: a
// checkout or its src/ dir; it needs no third-party module for pickles and zips); without it
// that column is skipped. The scanner is src/safety bundled with esbuild behind a small
// entry (bench/scan-entry.mjs) that scans the paths it is given; sha256 is a Node process
// hashing the same files, read the same way (small files at once, large ones in 1 MiB chunks). Peak RSS comes from /usr/bin/time when present.
// Usage: node bench/peers.mjs [--json]   (BENCH_PEER_RUNS, default 3: runs per cell, median)
import { spawnSync } from "node:child_process";
import { randomFillSync } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from "node:fs";

import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { build } from "esbuild";
import { densePickleParts } from "./dense-pickle.mjs";

const here = new URL(".", import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_PEER_RUNS ?? 3);
const PYTHON = process.env.PYTHON ?? "/usr/bin/python3";
const MB = 1024 * 1024;

function picklescanPath() {
  const p = process.env.PICKLESCAN_SRC;
  if (!p) return { skip: "PICKLESCAN_SRC is not set" };
  const src = existsSync(join(p, "src", "picklescan")) ? join(p, "src") : p;
  if (!existsSync(join(src, "picklescan", "scanner.py"))) return { skip: `no picklescan package under ${p}` };
  if (spawnSync(PYTHON, ["-c", "pass"]).status !== 0) return { skip: `${PYTHON} does not run` };
  return { src };
}

// --- generated files ---
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
const u16 = (n) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const global = (m, n) => Buffer.from(`c${m}\n${n}\n`, "latin1");
const binunicode = (s) => Buffer.concat([Buffer.from([0x58]), u32(Buffer.byteLength(s)), Buffer.from(s)]);
const binint = (n) => Buffer.concat([Buffer.from([0x4a]), u32(n)]);

/** The dense pickle (bench/dense-pickle.mjs), written to `path`. */
function densePickle(path, items) {
  const fd = openSync(path, "w");
  for (const part of densePickleParts(items)) writeSync(fd, part);
  closeSync(fd);
}

/** A state dict of one float tensor, as torch.save writes it (protocol 2, persistent ids). */
function stateDictPickle(elements) {
  return Buffer.concat([
    Buffer.from([0x80, 2]),
    global("collections", "OrderedDict"),
    Buffer.from([0x29, 0x52, 0x28]), // () REDUCE MARK
    binunicode("weight"),
    global("torch._utils", "_rebuild_tensor_v2"),
    Buffer.from([0x28, 0x28]),
    binunicode("storage"),
    global("torch", "FloatStorage"),
    binunicode("0"),
    binunicode("cpu"),
    binint(elements),
    Buffer.from([0x74, 0x51, 0x4b, 0]), // TUPLE BINPERSID, offset 0
    binint(elements),
    Buffer.from([0x85, 0x4b, 1, 0x85, 0x89]), // (n,) (1,) False
    global("collections", "OrderedDict"),
    Buffer.from([0x29, 0x52, 0x74, 0x52, 0x75, 0x2e]), // OrderedDict() TUPLE REDUCE SETITEMS STOP
  ]);
}

/** A PyTorch zip checkpoint (stored members, CRCs right, as torch.save writes them). */
function checkpoint(path, bytes) {
  const body = randomFillSync(Buffer.alloc(MB));
  const members = [
    ["archive/data.pkl", [stateDictPickle(bytes / 4)]],
    ["archive/byteorder", [Buffer.from("little")]],
    ["archive/data/0", Array.from({ length: bytes / MB }, () => body)],
    ["archive/version", [Buffer.from("3\n")]],
  ];
  const fd = openSync(path, "w");
  let offset = 0;
  const central = [];
  for (const [name, parts] of members) {
    const size = parts.reduce((n, p) => n + p.length, 0);
    const crc = parts.reduce((c, p) => crc32(p, c), 0);
    const n = Buffer.from(name);
    const fixed = Buffer.concat([u16(20), u16(0), u16(0), u16(0), u16(0), u32(crc), u32(size), u32(size)]);
    const local = Buffer.concat([u32(0x04034b50), fixed, u16(n.length), u16(0), n]);
    writeSync(fd, local);
    for (const p of parts) writeSync(fd, p);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        fixed,
        u16(n.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        n,
      ]),
    );
    offset += local.length + size;
  }
  const cd = Buffer.concat(central);
  writeSync(fd, cd);
  writeSync(
    fd,
    Buffer.concat([
      u32(0x06054b50),
      u16(0),
      u16(0),
      u16(members.length),
      u16(members.length),
      u32(cd.length),
      u32(offset),
      u16(0),
    ]),
  );
  closeSync(fd);
}

function smallFiles(dir, n) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const pkl = Buffer.concat([
      Buffer.from([0x80, 4, 0x7d, 0x94, 0x28]),
      Buffer.from([0x8c, 1, 0x61, 0x94, 0x4b, i & 0xff]),
      Buffer.from([0x8c, 1, 0x62, 0x94, 0x5d, 0x94, 0x28, 0x4b, 1, 0x4b, 2, 0x4b, 3, 0x65]),
      Buffer.from([0x75, 0x2e]),
    ]);
    const fd = openSync(join(dir, `m${String(i).padStart(4, "0")}.pkl`), "w");
    writeSync(fd, pkl);
    closeSync(fd);
  }
}

// --- runners ---
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

function run(cmd, args, work, okStatuses = [0]) {
  const rssFile = join(work, "rss");
  const [bin, argv] = timeBin ? [timeBin, ["-f", "%M", "-o", rssFile, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(bin, argv, { encoding: "utf8", maxBuffer: 1 << 28 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!okStatuses.includes(r.status))
    throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${(r.stderr || r.stdout).slice(-1500)}`);
  const rss = timeBin ? Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()) / 1024 : null;
  return { s, rss, out: r.stdout };
}

function measure(cmd, args, work, okStatuses) {
  const runs = Array.from({ length: RUNS }, () => run(cmd, args, work, okStatuses));
  return {
    s: median(runs.map((r) => r.s)),
    rss: median(runs.map((r) => r.rss ?? 0)) || null,
    out: runs[0]?.out,
  };
}

/** Bytes each runtime dependency adds to the scanner bundle (esbuild's metafile). */
function dependencyCost(metafile, templates) {
  const by = new Map();
  for (const out of Object.values(metafile.outputs))
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (m) by.set(m[1], (by.get(m[1]) ?? 0) + bytesInOutput);
    }
  return [...by].map(([name, bytes]) => ({
    name,
    kb: Math.round(bytes / 1024),
    note: name === "@huggingface/jinja" ? templates : undefined,
  }));
}

/** Time to judge a real chat template (Llama 3.1's) and a 1 MiB one, in process. */
async function templateTimes() {
  const out = join(work, "chat-template.mjs");
  await build({
    entryPoints: [join(here, "../src/safety/chat-template.ts")],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "esm",
    logLevel: "warning",
  });
  const { judgeChatTemplate } = await import(out);
  const llama = readFileSync(join(here, "../test/safety/chat-templates/llama-3.1-8b-instruct.jinja"), "utf8");
  const time = (t) => {
    const t0 = process.hrtime.bigint();
    judgeChatTemplate(t);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const first = time(llama);
  const warm = median(Array.from({ length: 20 }, () => time(llama)));
  const big = time(llama.repeat(Math.floor((1 << 20) / llama.length)));
  return `judging Llama 3.1's chat template takes ${first.toFixed(1)} ms cold, ${warm.toFixed(1)} ms warm; a 1 MiB template ${big.toFixed(0)} ms`;
}

const work = mkdtempSync(join(tmpdir(), "mg-bench-peers-"));
const rows = [];
try {
  const entry = join(work, "scan.mjs");
  const built = await build({
    entryPoints: [join(here, "scan-entry.mjs")],
    outfile: entry,
    metafile: true,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    logLevel: "warning",
    // CommonJS dependencies (compression codecs) call require(): give the ESM bundle one
    banner: {
      js: "import { createRequire as __mgCreateRequire } from 'node:module';\nconst require = __mgCreateRequire(import.meta.url);",
    },
  });
  const hashEntry = join(work, "sha256.mjs");
  await build({
    stdin: {
      contents: `import { createHash } from "node:crypto"; import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs"; import { join } from "node:path";
const files = (p) => statSync(p).isDirectory() ? readdirSync(p).sort().flatMap((n) => files(join(p, n))) : [p];
for (const f of process.argv.slice(2).flatMap(files)) { const h = createHash("sha256"); if (statSync(f).size <= 1 << 20) h.update(readFileSync(f)); else for await (const c of createReadStream(f, { highWaterMark: 1 << 20 })) h.update(c); h.digest("hex"); }`,
      loader: "js",
      resolveDir: here,
    },
    outfile: hashEntry,
    platform: "node",
    format: "esm",
    logLevel: "warning",
  });
  const deps = dependencyCost(built.metafile, await templateTimes());
  const ps = picklescanPath();
  const cases = [
    ["dense pickle (3M small opcodes)", join(work, "dense.pkl"), (p) => densePickle(p, 3_000_000)],
    ["200 MB PyTorch checkpoint", join(work, "checkpoint.pt"), (p) => checkpoint(p, 200 * MB)],
    ["1,000 small pickles", join(work, "small"), (p) => smallFiles(p, 1000)],
  ];
  for (const [name, path, make] of cases) {
    make(path);
    const scanner = measure(process.execPath, [entry, path], work);
    if (!/^0 errors/m.test(scanner.out ?? ""))
      throw new Error(`${name}: the scanner reported ${scanner.out}`);
    const sha = measure(process.execPath, [hashEntry, path], work);
    const pick = ps.src
      ? measure(
          PYTHON,
          [
            "-c",
            `import sys; sys.path.insert(0, ${JSON.stringify(ps.src)}); from picklescan.cli import main; sys.exit(main())`,
            "-p",
            path,
          ],
          work,
        )
      : null;
    rows.push({ case: name, scanner, sha256: sha, picklescan: pick });
  }
  if (process.argv.includes("--json")) {
    console.log(
      JSON.stringify({ picklescan: ps.skip ?? ps.src, rows }, (k, v) => (k === "out" ? undefined : v)),
    );
  } else {
    const cell = (m) => (m ? `${m.s.toFixed(2)} s${m.rss ? ` ${m.rss.toFixed(0)} MB` : ""}` : "skipped");
    console.log(
      `scanner vs picklescan and sha256, same files, fresh processes (start-up included), median of ${RUNS}${ps.skip ? `; picklescan skipped: ${ps.skip}` : ""}`,
    );
    console.log(
      `  ${"case".padEnd(34)} ${"scanner".padStart(14)} ${"picklescan".padStart(14)} ${"sha256".padStart(14)}  ${"vs picklescan".padStart(13)}  vs sha256`,
    );
    for (const r of rows) {
      const vsP = r.picklescan ? `${(r.picklescan.s / r.scanner.s).toFixed(1)}x faster` : "-";
      const vsH = `${(r.sha256.s / r.scanner.s).toFixed(2)}x`;
      console.log(
        `  ${r.case.padEnd(34)} ${cell(r.scanner).padStart(14)} ${cell(r.picklescan).padStart(14)} ${cell(r.sha256).padStart(14)}  ${vsP.padStart(13)}  ${vsH}`,
      );
    }
    const [dense, ckpt, small] = rows;
    const goals = [
      dense?.picklescan
        ? `dense >= 20x picklescan: ${dense.picklescan.s / dense.scanner.s >= 20 ? "met" : "NOT met"}`
        : null,
      `checkpoint at least sha256's speed: ${ckpt && ckpt.sha256.s / ckpt.scanner.s >= 1 ? "met" : "NOT met"}`,
      `1,000 small files < 0.5 s: ${small && small.scanner.s < 0.5 ? "met" : "NOT met"}`,
    ];
    console.log(`  goals: ${goals.filter(Boolean).join("; ")}`);
    for (const d of deps)
      console.log(
        `  runtime dependency ${d.name}: ${d.kb} KB of the scanner bundle${d.note ? `; ${d.note}` : ""}`,
      );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
