// `npm run bench`: the table of issue 13, in one run. `model-gate check` on generated
// repositories, each measure against its floor (bench/floor.mjs: one Node process that reads,
// parses and hashes what any correct gate must, nothing else) and against `node -e 0`:
// - the PR that changes nothing: 200 and 1,000 models on main, base = head;
// - only application code changed, and one model's manifest changed, 1,000 models on main;
// - 200 and 1,000 models added by the PR, with peak RSS and t(1000)/t(200).
// Medians of BENCH_RUNS (default 5) alternating runs, so check and reference see the same load
// on a shared machine. Then the safety scanner's throughput against sha256 (bench/safety.mjs)
// and the scanner against picklescan and sha256 as processes (bench/peers.mjs).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate, generateSteady } from "./generate.mjs";

// BENCH_CLI: another build to time, e.g. the main branch's dist/cli.js for a before/after table.
// BENCH_BEFORE: a second build timed in the same rounds (a "before" column under the same load).
const CLI = process.env.BENCH_CLI ?? new URL("../dist/cli.js", import.meta.url).pathname;
const BEFORE = process.env.BENCH_BEFORE || null;
const FLOOR = new URL("./floor.mjs", import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BARE = ["-e", "0"];
const TIME = "/usr/bin/time";

function once(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Peak resident set of one run, in MB (GNU time), or null where it is not installed. */
function peakRss(args) {
  if (!existsSync(TIME)) return null;
  const r = spawnSync(TIME, ["-f", "%M", process.execPath, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const kb = Number(r.stderr.trim().split("\n").pop());
  return Number.isFinite(kb) ? kb / 1024 : null;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** check, its floor and bare node in alternation; ratios are medians of per-round ratios. */
function measure(checkArgs, floorArgs) {
  const c = [];
  const f = [];
  const b = [];
  const o = [];
  for (let i = 0; i < RUNS; i++) {
    c.push(once(checkArgs));
    if (BEFORE) o.push(once([BEFORE, ...checkArgs.slice(1)]));
    if (floorArgs) f.push(once(floorArgs));
    b.push(once(BARE));
  }
  return {
    before: BEFORE ? median(o) : null,
    beforeVsFloor: BEFORE && floorArgs ? median(o.map((x, i) => x / f[i])) : null,
    check: median(c),
    floor: floorArgs ? median(f) : null,
    bare: median(b),
    vsFloor: floorArgs ? median(c.map((x, i) => x / f[i])) : null,
    vsBare: median(c.map((x, i) => x / b[i])),
  };
}

const check = (dir, base, head, out) => [
  CLI,
  "check",
  "--repo",
  dir,
  "--base",
  base,
  "--head",
  head,
  "--format",
  "json",
  "--output",
  out,
];

const root = mkdtempSync(join(tmpdir(), "mg-bench-"));
const rows = [];
const ms = (x) => (x === null ? "-" : `${x.toFixed(0)} ms`);
const x = (r) => (r === null ? "-" : `${r.toFixed(2)}x`);
const mb = (m) => (m === null ? "n/a" : `${m.toFixed(0)} MB`);
function row(label, t, rss, goal, args) {
  const beforeRss = BEFORE && args ? peakRss([BEFORE, ...args.slice(1)]) : null;
  rows.push({ label, ...t, rss, beforeRss, goal: goal(t, rss) });
  console.log(
    `${label}: check ${ms(t.check)}, floor ${ms(t.floor)} (${x(t.vsFloor)}), node -e 0 ${ms(t.bare)} (${x(t.vsBare)}), peak RSS ${mb(rss)}${BEFORE ? `; before ${ms(t.before)} (${x(t.beforeVsFloor)}), ${mb(beforeRss)}` : ""}`,
  );
}
const verdict = (ok, goal) => `${ok ? "met" : "NOT met"} (goal ${goal})`;
try {
  const s200 = generateSteady(join(root, "s200"), 200);
  const s1000 = generateSteady(join(root, "s1000"), 1000);
  const out = join(root, "r.json");

  let a = check(s200, "main", "main", out);
  row(
    "empty diff, 200 models",
    measure(a, null),
    peakRss(a),
    (t) => verdict(t.vsBare <= 1.5, "<= 1.5x node -e 0"),
    a,
  );
  a = check(s1000, "main", "main", out);
  row(
    "nothing changed, 1,000 models",
    measure(a, null),
    peakRss(a),
    (t, rss) => verdict(t.vsBare <= 1.5 && rss !== null && rss <= 60, "<= 1.5x node -e 0, <= 60 MB"),
    a,
  );
  a = check(s1000, "main", "app", out);
  row(
    "only application code changed, 1,000 models",
    measure(a, [FLOOR, s1000, "--declarations", "src/app.js"]),
    peakRss(a),
    (t) => verdict(t.vsFloor <= 1.5, "<= 1.5x its floor"),
    a,
  );
  a = check(s1000, "main", "one", out);
  row(
    "one model changed, 1,000 models",
    measure(a, [FLOOR, s1000, "--declarations", "models/m0.model.yaml"]),
    peakRss(a),
    (t) => verdict(t.vsFloor <= 1.5, "<= 1.5x its floor"),
    a,
  );
  rmSync(s1000, { recursive: true, force: true });

  const changed = {};
  for (const [n, goal] of [
    [200, 1.3],
    [1000, 1.2],
  ]) {
    const dir = generate(join(root, `n${n}`), n);
    a = check(dir, "main", "pr", out);
    const t = measure(a, [FLOOR, dir]);
    const rss = peakRss(a);
    changed[n] = t;
    row(
      `${n} changed models`,
      t,
      rss,
      (t, rss) =>
        n === 1000
          ? verdict(t.vsFloor <= goal && rss !== null && rss <= 150, `<= ${goal}x floor, <= 150 MB`)
          : verdict(t.vsFloor <= goal, `<= ${goal}x floor`),
      a,
    );
    rmSync(dir, { recursive: true, force: true });
  }
  const lin = changed[1000].check / changed[200].check;
  const perModel = (changed[1000].check - changed[200].check) / 800;
  const floorPer = (changed[1000].floor - changed[200].floor) / 800;
  console.log(
    `t(1000)/t(200) = ${lin.toFixed(2)} (floor ${(changed[1000].floor / changed[200].floor).toFixed(2)}); per added model ${perModel.toFixed(2)} ms (floor ${floorPer.toFixed(2)} ms); fixed cost ~${(changed[200].check - 200 * perModel).toFixed(0)} ms`,
  );
  if (BEFORE) {
    const linBefore = changed[1000].before / changed[200].before;
    console.log(`before: t(1000)/t(200) = ${linBefore.toFixed(2)}`);
    console.log(
      `\n| measure | before | before x floor | before RSS | check | floor | x floor | x node -e 0 | peak RSS | goal |\n|---|---|---|---|---|---|---|---|---|---|`,
    );
  } else
    console.log(
      `\n| measure | check | floor | x floor | x node -e 0 | peak RSS | goal |\n|---|---|---|---|---|---|---|`,
    );
  for (const r of rows)
    console.log(
      `| ${r.label} |${BEFORE ? ` ${ms(r.before)} | ${x(r.beforeVsFloor)} | ${mb(r.beforeRss)} |` : ""} ${ms(r.check)} | ${ms(r.floor)} | ${x(r.vsFloor)} | ${x(r.vsBare)} | ${mb(r.rss)} | ${r.goal} |`,
    );
  console.log(
    `| t(1000)/t(200), changed models |${BEFORE ? ` ${(changed[1000].before / changed[200].before).toFixed(2)} | | |` : ""} ${lin.toFixed(2)} | | | | | linear per-model cost, small fixed cost |`,
  );
  console.log(`(median of ${RUNS} alternating runs; node -e 0 ${ms(rows[0].bare)})\n`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
// BENCH_GATE_ONLY=1: the gate's table alone.
if (!process.env.BENCH_GATE_ONLY) {
  if (existsSync(new URL("./safety.mjs", import.meta.url))) await import("./safety.mjs");
  if (existsSync(new URL("./peers.mjs", import.meta.url))) await import("./peers.mjs");
}
