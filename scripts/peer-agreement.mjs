// Peer agreement: runs Model Gate's scanner on the public test corpora of picklescan, modelscan
// and fickling and prints, per corpus, how many dangerous samples it blocks (an error) or
// passes, and how many benign samples it passes or blocks, then lists every disagreement.
// Nothing of the peers is committed and CI never runs this; it is the yardstick of issue 9.
//
// Usage: PICKLESCAN_DIR=... MODELSCAN_DIR=... FICKLING_DIR=... node scripts/peer-agreement.mjs [--json]
//   Each variable names a checkout of that project (any of them may be left out). PYTHON
//   (default /usr/bin/python3) builds the modelscan and fickling samples (scripts/peers/*.py)
//   with the standard library, plus numpy and torch for modelscan's numpy and PyTorch fixtures
//   when they import (Debian's python3-numpy, python3-torch); nothing untrusted is unpickled.
//   Get the checkouts with e.g. `git archive HEAD tests src | tar -x -C /tmp/peers/picklescan`.
//
// Which samples are dangerous, from each peer's own expectations:
// - picklescan: every file of tests/data and tests/data2. Its tests assert infected_files=0 for
//   benign*, bad_pytorch.pt (a PNG), pytorch_model.bin, new_pytorch_model.bin, not_a_pickle.bin,
//   int_array*, object_array* (numpy rebuild globals only): those are benign. broken_model.pkl
//   is asserted as a scan error: "unreadable". Every other file (malicious*, GHSA-*, *exploit*,
//   *sploit*, pytorch_magic_bypass, dns_exfiltration, cloudpickle_codeinjection, io_FileIO,
//   logging_FileHandler, types_CodeType, urllib_request_urlopen) is asserted as infected.
// - modelscan: the fixtures tests/test_modelscan.py builds (file_path, zip_file_path, and
//   numpy_file_path, pytorch_file_path when numpy and torch import) plus tests/data:
//   malicious*/unsafe*/test.zip dangerous (the tests assert issues on exactly those),
//   benign*/safe* benign, bad_pytorch.pt (skipped by modelscan) and password_protected.zip
//   (which it cannot read) unreadable. Its dill, Keras and TensorFlow fixtures are not built.
// - fickling: every pickle its analysis tests hand to check_safety; dangerous when fickling's
//   own verdict is above LIKELY_SAFE (what those tests assert for attacks), else benign. The
//   tests that load pickles (hooks, unpickler, loads API) and those needing torch, numpy or
//   py7zr (test_pickle, test_polyglot, test_pytorch) are not run.
// The scanner (src/safety, bundled with esbuild as the bench does) scans each sample as a
// declared model artifact under its own file name; "blocked" means at least one error.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { build } from "esbuild";

const here = new URL(".", import.meta.url).pathname;
const PYTHON = process.env.PYTHON ?? "/usr/bin/python3";
const work = mkdtempSync(join(tmpdir(), "mg-peers-"));

async function loadScanner() {
  const out = join(work, "safety.mjs");
  await build({
    entryPoints: [join(here, "../src/safety/index.ts")],
    outfile: out,
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
  return (await import(out)).scanModelFile;
}

function files(dir) {
  const outList = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) outList.push(...files(p));
    else outList.push(p);
  }
  return outList;
}

function picklescanSamples(root) {
  const benign = /^(benign|bad_pytorch|new_pytorch_model|pytorch_model|not_a_pickle|int_array|object_array)/;
  return ["tests/data", "tests/data2"].flatMap((d) =>
    files(join(root, d)).map((path) => {
      const name = path.split("/").pop();
      const expect = /^broken_model/.test(name) ? "unreadable" : benign.test(name) ? "benign" : "dangerous";
      return { path, name: relative(root, path), expect };
    }),
  );
}

function generated(peer, root) {
  const out = join(work, peer);
  mkdirSync(out, { recursive: true });
  const r = spawnSync(PYTHON, [join(here, "peers", `${peer}_samples.py`), root, out], {
    encoding: "utf8",
    cwd: out,
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error(`${peer} samples: ${r.stderr.slice(-2000)}`);
  process.stderr.write(r.stdout);
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
  return manifest.samples.map((s) => ({ path: join(out, s.file), name: s.file, expect: s.expect }));
}

const corpora = [
  ["picklescan", process.env.PICKLESCAN_DIR, picklescanSamples],
  ["modelscan", process.env.MODELSCAN_DIR, (root) => generated("modelscan", root)],
  ["fickling", process.env.FICKLING_DIR, (root) => generated("fickling", root)],
];

const scanModelFile = await loadScanner();
const results = [];
try {
  for (const [peer, root, load] of corpora) {
    if (!root) {
      console.error(`${peer}: skipped (set ${peer.toUpperCase()}_DIR to a checkout)`);
      continue;
    }
    const row = {
      peer,
      samples: 0,
      dangerousBlocked: 0,
      dangerousPassed: 0,
      benignPassed: 0,
      benignBlocked: 0,
      unreadableBlocked: 0,
      unreadablePassed: 0,
      misses: [],
    };
    for (const s of load(root)) {
      const bytes = readFileSync(s.path);
      const issues = await scanModelFile(
        s.name,
        async function* () {
          for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
        },
        bytes.length,
      );
      const blocked = issues.some((i) => i.severity === "error");
      row.samples++;
      const key = `${s.expect}${blocked ? "Blocked" : "Passed"}`;
      row[key]++;
      if ((s.expect === "dangerous" && !blocked) || (s.expect === "benign" && blocked)) {
        const first = issues.find((i) => i.severity === "error") ?? issues[0];
        row.misses.push({
          sample: s.name,
          expect: s.expect,
          got: blocked ? "blocked" : issues.length ? `passed with ${issues[0].severity}` : "passed silently",
          message: first?.message.slice(0, 160) ?? "",
        });
      }
    }
    results.push(row);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (process.argv.includes("--json")) console.log(JSON.stringify(results, null, 1));
else {
  const cols = [
    "samples",
    "dangerousBlocked",
    "dangerousPassed",
    "benignPassed",
    "benignBlocked",
    "unreadableBlocked",
    "unreadablePassed",
  ];
  const head = [
    "corpus",
    "samples",
    "dangerous blocked",
    "dangerous passed",
    "benign passed",
    "benign blocked",
    "unreadable blocked",
    "unreadable passed",
  ];
  console.log(`| ${head.join(" | ")} |`);
  console.log(`|${head.map(() => "---").join("|")}|`);
  const total = Object.fromEntries(cols.map((c) => [c, results.reduce((n, r) => n + r[c], 0)]));
  for (const r of [...results, { peer: "total", ...total }])
    console.log(`| ${[r.peer, ...cols.map((c) => r[c])].join(" | ")} |`);
  for (const r of results) {
    if (!r.misses.length) continue;
    console.log(`\n${r.peer}: ${r.misses.length} disagreements`);
    for (const m of r.misses)
      console.log(`  ${m.expect} ${m.got}: ${m.sample}${m.message ? `  (${m.message})` : ""}`);
  }
}
