// `npm run bench`: times `model-gate check` on generated repositories of 200, 1,000 and 2,000
// changed models and reports the ratio to the floor (bench/floor.mjs) and the linearity:
// 1,000 vs 200 as a whole (start-up weighs on the small run, for the floor too) and the cost
// per added model, which is what grows with a repository. Then the safety scanner's
// throughput against sha256 (bench/safety.mjs), and the scanner against picklescan and sha256
// as processes on the same files (bench/peers.mjs; picklescan from PICKLESCAN_SRC).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "./generate.mjs";

const CLI = new URL("../dist/cli.js", import.meta.url).pathname;
const FLOOR = new URL("./floor.mjs", import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function once(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Check and floor run in alternation, so both see the same load on a shared machine; the
 * ratio is the median of the per-pair ratios.
 */
function pairs(checkArgs, floorArgs) {
  const c = [];
  const f = [];
  for (let i = 0; i < RUNS; i++) {
    c.push(once(checkArgs));
    f.push(once(floorArgs));
  }
  return { check: median(c), floor: median(f), ratio: median(c.map((x, i) => x / f[i])) };
}

const root = mkdtempSync(join(tmpdir(), "mg-bench-"));
const rows = [];
try {
  for (const n of [200, 1000, 2000]) {
    const dir = generate(join(root, `n${n}`), n);
    const t = pairs(
      [
        CLI,
        "check",
        "--repo",
        dir,
        "--base",
        "main",
        "--head",
        "pr",
        "--format",
        "json",
        "--output",
        join(root, `r${n}.json`),
      ],
      [FLOOR, dir],
    );
    rows.push({ n, ...t });
    console.log(
      `${String(n).padStart(5)} models: check ${t.check.toFixed(0)} ms, floor ${t.floor.toFixed(0)} ms, ratio ${t.ratio.toFixed(2)}x (median of ${RUNS} alternating pairs)`,
    );
  }
  const [small, large, larger] = rows;
  console.log(
    `linearity: 1000 vs 200 models = ${(large.check / small.check).toFixed(2)}x (ideal 5x; floor ${(large.floor / small.floor).toFixed(2)}x)`,
  );
  const perModel = (a, b, k) => (b[k] - a[k]) / (b.n - a.n);
  console.log(
    `cost per added model: 200→1000 ${perModel(small, large, "check").toFixed(2)} ms, 1000→2000 ${perModel(large, larger, "check").toFixed(2)} ms (floor ${perModel(small, large, "floor").toFixed(2)} / ${perModel(large, larger, "floor").toFixed(2)} ms): ${perModel(large, larger, "check") / perModel(large, larger, "floor") <= 1.25 * (perModel(small, large, "check") / perModel(small, large, "floor")) ? "linear" : "NOT linear"} (judged relative to the floor's, which shares the machine's noise)`,
  );
  console.log(`target: ratio <= 1.5x at 1000 models: ${large.ratio <= 1.5 ? "met" : "NOT met"}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
if (existsSync(new URL("./safety.mjs", import.meta.url))) await import("./safety.mjs");
if (existsSync(new URL("./peers.mjs", import.meta.url))) await import("./peers.mjs");
