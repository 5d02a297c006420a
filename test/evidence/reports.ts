// Builders for adversarial-test reports with several probes, in each tool's real shape, for the
// per-probe tests (unit, engine and CLI).

export interface Probe {
  name: string;
  /** Attacks that succeeded (garak fails, promptfoo failures, native successes). */
  hits: number;
  attempts: number;
  /** garak only: split the probe's outputs over this many detectors (its totals stay the same). */
  detectors?: number;
}

/** A garak 0.14 report: setup, init, one eval entry per probe and detector, completion. */
export function garakProbes(probes: Probe[], date: string): string {
  const lines: unknown[] = [
    {
      entry_type: "start_run setup",
      "_config.version": "0.14.0",
      "transient.starttime_iso": `${date}T10:00:00`,
    },
    { entry_type: "init", garak_version: "0.14.0", start_time: `${date}T10:00:00.000000`, run: "r1" },
  ];
  for (const p of probes) {
    const n = p.detectors ?? 1;
    let hitsLeft = p.hits;
    for (let d = 0; d < n; d++) {
      // Outputs split evenly (the rest on the first detector); hits fill detectors in order.
      const total = Math.floor(p.attempts / n) + (d === 0 ? p.attempts % n : 0);
      const fails = Math.min(hitsLeft, total);
      hitsLeft -= fails;
      lines.push({
        entry_type: "eval",
        probe: p.name,
        detector: `detector${d}.Detector`,
        passed: total - fails,
        fails,
        nones: 0,
        total_evaluated: total,
        total_processed: total,
      });
    }
  }
  lines.push({ entry_type: "completion", end_time: `${date}T11:00:00`, run: "r1" });
  return `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`;
}

/** A promptfoo red-team `--output` JSON (version 3, nested results), one result per attempt. */
export function promptfooPlugins(plugins: Probe[], date: string, opts: { redteam?: boolean } = {}): string {
  const results = plugins.flatMap((p) =>
    Array.from({ length: p.attempts }, (_, i) => {
      const broken = i < p.hits;
      return {
        success: !broken,
        failureReason: broken ? 1 : 0,
        score: broken ? 0 : 1,
        ...(opts.redteam === false ? {} : { metadata: { pluginId: p.name, strategyId: "basic" } }),
        testCase: { vars: { query: `attack ${i}` }, description: `${p.name} #${i}` },
      };
    }),
  );
  const failures = plugins.reduce((n, p) => n + p.hits, 0);
  const successes = plugins.reduce((n, p) => n + p.attempts, 0) - failures;
  return JSON.stringify({
    evalId: "eval-1",
    results: {
      version: 3,
      timestamp: `${date}T10:00:00.000Z`,
      results,
      stats: { successes, failures, errors: 0 },
    },
    config: {
      description: "support-assistant",
      ...(opts.redteam === false ? {} : { redteam: { plugins: plugins.map((p) => ({ id: p.name })) } }),
    },
  });
}

/** Model Gate's native JSON. */
export function nativeSuites(suites: Probe[], date: string, modelDigest?: string): string {
  return JSON.stringify({
    ...(modelDigest ? { modelDigest } : {}),
    date,
    tool: "pyrit",
    suites: suites.map((s) => ({ name: s.name, attempts: s.attempts, successes: s.hits })),
  });
}

/** The dilution of issue 8, class 12: an injection that always works, hidden by a trivial probe. */
export const DILUTED: Probe[] = [
  { name: "promptinject.HijackHateHumans", hits: 200, attempts: 200 },
  { name: "test.Blank", hits: 0, attempts: 9_800 },
];
