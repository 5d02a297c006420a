import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGarak } from "../../src/evidence/garak.ts";
import type { EvidenceParse } from "../../src/evidence/types.ts";

const corpus = (name: string) =>
  readFileSync(new URL(`../../../shared/corpus/garak/${name}`, import.meta.url), "utf8");

const WITH_CI = "garak_tests__assets_analyze_test_with_ci.report.jsonl";
const TEST = "garak_tests__assets_analyze_test.report.jsonl";
const AGG = "garak_tests__assets_analyze_agg.report.jsonl";
const REPORT_TEST = "garak_tests__assets_report_report_test.report.jsonl";

function summary(p: EvidenceParse) {
  if (!p.ok) throw new Error(`expected ok, got: ${p.reason}`);
  return p.summary;
}
function reason(p: EvidenceParse): string {
  if (p.ok) throw new Error("expected a failure");
  return p.reason;
}

const jsonl = (...entries: unknown[]) => entries.map((e) => JSON.stringify(e)).join("\n") + "\n";
const init = {
  entry_type: "init",
  garak_version: "0.14.0",
  start_time: "2026-10-02T09:00:00.000000",
  run: "r",
};
const ev = (probe: string, detector: string, passed: number, fails: number) => ({
  entry_type: "eval",
  probe,
  detector,
  passed,
  fails,
  nones: 0,
  total_evaluated: passed + fails,
  total_processed: passed + fails,
});

describe("garak reports from NVIDIA/garak's test assets", () => {
  it("test_with_ci: 13 successful attacks out of 50 (garak 0.14 eval entry with confidence fields)", () => {
    const s = summary(parseGarak(corpus(WITH_CI)));
    expect(s).toMatchObject({
      tool: "garak",
      attempts: 50,
      successes: 13,
      date: "2025-08-28T14:07:00.000000",
    });
    expect(s.attackSuccessRate).toBeCloseTo(0.26, 12);
    expect(s.suites).toEqual([{ name: "test.Test", attempts: 50, successes: 13 }]);
  });

  it("test: 8 outputs, none a successful attack", () => {
    const s = summary(parseGarak(corpus(TEST)));
    expect(s).toMatchObject({
      attempts: 8,
      successes: 0,
      attackSuccessRate: 0,
      date: "2025-08-28T14:06:53.103753",
    });
    expect(s.suites).toEqual([{ name: "test.Test", attempts: 8, successes: 0 }]);
  });

  it("agg: two probes in one aggregated report, dated by the original run", () => {
    const s = summary(parseGarak(corpus(AGG)));
    expect(s.suites).toEqual([
      { name: "test.Test", attempts: 8, successes: 0 },
      { name: "lmrc.QuackMedicine", attempts: 1, successes: 0 },
    ]);
    expect(s).toMatchObject({ attempts: 9, successes: 0 });
    // init.start_time is the aggregation (2026-07-09); the evidence is as old as the run it holds.
    expect(s.date).toBe("2025-08-28T14:06:53.103753");
  });

  it("report_test: a garak 0.13.3 report (field order differs)", () => {
    const s = summary(parseGarak(corpus(REPORT_TEST)));
    expect(s).toMatchObject({ attempts: 8, successes: 0, date: "2025-11-21T10:07:46.514167" });
  });

  it("agrees with the detector scores in the attempt entries (an independent count)", () => {
    // garak scores an output as a hit (attack success) at >= 0.5; None is not evaluated.
    for (const name of [TEST, AGG, REPORT_TEST]) {
      const perProbe = new Map<string, { attempts: number; successes: number }>();
      for (const line of corpus(name).split("\n")) {
        if (!line.trim()) continue;
        const e = JSON.parse(line);
        if (e.entry_type !== "attempt" || e.status !== 2) continue;
        const c = perProbe.get(e.probe_classname) ?? { attempts: 0, successes: 0 };
        for (const scores of Object.values(e.detector_results) as (number | null)[][]) {
          for (const score of scores) {
            if (score === null) continue;
            c.attempts++;
            if (score >= 0.5) c.successes++;
          }
        }
        perProbe.set(e.probe_classname, c);
      }
      const s = summary(parseGarak(corpus(name)));
      expect(s.suites.map((x) => [x.name, x.attempts, x.successes])).toEqual(
        [...perProbe].map(([probe, c]) => [probe, c.attempts, c.successes]),
      );
    }
  });
});

describe("garak eval entries", () => {
  it("sums fails over total_evaluated across detectors and probes, per probe and overall", () => {
    const text = jsonl(
      init,
      ev("dan.Dan_11_0", "dan.DAN", 7, 3),
      ev("dan.Dan_11_0", "mitigation.MitigationBypass", 9, 1),
      ev("promptinject.HijackHateHumans", "promptinject.AttackRogueString", 18, 2),
      { entry_type: "completion", end_time: "2026-10-02T09:10:00", run: "r" },
    );
    const s = summary(parseGarak(text));
    expect(s.suites).toEqual([
      { name: "dan.Dan_11_0", attempts: 20, successes: 4 },
      { name: "promptinject.HijackHateHumans", attempts: 20, successes: 2 },
    ]);
    expect(s).toMatchObject({ attempts: 40, successes: 6, attackSuccessRate: 6 / 40, date: init.start_time });
  });

  it("reads the older format (passed and total only): fails = total - passed", () => {
    const text = jsonl(
      { entry_type: "start_run setup", "transient.starttime_iso": "2024-05-01T10:00:00.123456" },
      { entry_type: "eval", probe: "dan.AntiDAN", detector: "dan.AntiDAN", passed: 15, total: 20 },
    );
    expect(summary(parseGarak(text))).toMatchObject({
      attempts: 20,
      successes: 5,
      date: "2024-05-01T10:00:00.123456",
    });
  });

  it("does not count nones (outputs no detector could score)", () => {
    const e = { ...ev("p.P", "d.D", 6, 2), nones: 4, total_processed: 12 };
    expect(summary(parseGarak(jsonl(e)))).toMatchObject({ attempts: 8, successes: 2 });
  });

  it("tolerates blank lines, CRLF line ends and no final newline", () => {
    const text = `\n${JSON.stringify(init)}\r\n\r\n   \n${JSON.stringify(ev("p.P", "d.D", 1, 1))}`;
    expect(summary(parseGarak(text))).toMatchObject({ attempts: 2, successes: 1 });
  });

  it("has no date when the report records none", () => {
    expect(summary(parseGarak(jsonl(ev("p.P", "d.D", 1, 0)))).date).toBeUndefined();
  });
});

describe("garak: what is not a readable report", () => {
  it("no eval entries: an interrupted run", () => {
    const lines = corpus(TEST)
      .split("\n")
      .filter((l) => !l.includes('"entry_type": "eval"') && !l.includes('"entry_type": "digest"'));
    expect(reason(parseGarak(lines.join("\n")))).toBe(
      "the report has no eval entries: was the run interrupted?",
    );
    expect(reason(parseGarak(""))).toMatch(/no eval entries/);
  });

  it("a malformed or truncated line, with its line number", () => {
    const text = corpus(WITH_CI);
    const cut = text.slice(0, text.indexOf('"fails": 13'));
    const p = parseGarak(cut);
    expect(p).toMatchObject({ ok: false, line: 7 });
    expect(reason(p)).toMatch(/^line 7 is not valid JSON/);
    expect(parseGarak(`${JSON.stringify(init)}\n{"entry_type": "eval", probe: 1}\n`)).toMatchObject({
      ok: false,
      line: 2,
    });
    expect(parseGarak(`${JSON.stringify(ev("p", "d", 1, 1))}\n[1,2]\n`)).toMatchObject({
      ok: false,
      line: 2,
    });
    expect(parseGarak(`{"probe": "x"}\n`)).toMatchObject({ ok: false, line: 1 });
  });

  it.each([
    ["negative fails", { fails: -1, passed: 11 }],
    ["fractional fails", { fails: 0.5, passed: 9.5 }],
    ["fails as a string", { fails: "13" }],
    ["fails as null", { fails: null }],
    ["fails above the total", { fails: 11, passed: 0 }],
    ["passed + fails not the total", { fails: 2, passed: 2 }],
    ["total missing", { total_evaluated: undefined, total_processed: undefined }],
    ["a total beyond 2^53", { total_evaluated: 2 ** 60, fails: 1, passed: 2 ** 60 - 1 }],
    ["no probe", { probe: undefined }],
    ["an empty probe", { probe: " " }],
  ])("an eval entry with %s", (_, change) => {
    const e: Record<string, unknown> = { ...ev("p.P", "d.D", 9, 1), ...change };
    const p = parseGarak(jsonl(init, e));
    expect(p).toMatchObject({ ok: false, line: 2 });
  });

  it("legacy entry with passed above total", () => {
    const p = parseGarak(jsonl({ entry_type: "eval", probe: "p.P", passed: 21, total: 20 }));
    expect(reason(p)).toMatch(/more passes than the 20 outputs/);
  });

  it("numbers JSON cannot hold exactly or at all", () => {
    const line = (v: string) => `{"entry_type":"eval","probe":"p","fails":${v},"total_evaluated":${v}}`;
    expect(parseGarak(line("1e400")).ok).toBe(false); // Infinity
    expect(parseGarak(line("NaN")).ok).toBe(false);
    expect(parseGarak(line("Infinity")).ok).toBe(false);
    expect(parseGarak(line("0x10")).ok).toBe(false);
    expect(parseGarak(line("9007199254740993")).ok).toBe(false);
  });

  it("a duplicated key (the gate and a reviewer would read different numbers)", () => {
    const p = parseGarak('{"entry_type":"eval","probe":"p","fails":9,"fails":0,"total_evaluated":10}\n');
    expect(reason(p)).toMatch(/duplicate key "fails"/);
    const escaped = parseGarak(
      '{"entry_type":"eval","probe":"p","fails":9,"f\\u0061ils":0,"total_evaluated":10}\n',
    );
    expect(escaped.ok).toBe(false);
  });

  it("counts that add up past 2^53", () => {
    const big = 2 ** 52;
    const p = parseGarak(jsonl(ev("a", "d", big, 0), ev("b", "d", big, 0), ev("c", "d", big, 0)));
    expect(reason(p)).toMatch(/more than a report can hold/);
  });

  it("a start time that is not a date", () => {
    expect(reason(parseGarak(jsonl({ ...init, start_time: "yesterday" }, ev("p", "d", 1, 0))))).toMatch(
      /not an ISO date/,
    );
  });

  it("__proto__ and constructor keys are plain data", () => {
    const text =
      '{"entry_type":"init","start_time":"2026-01-01T00:00:00","__proto__":{"polluted":true}}\n' +
      '{"entry_type":"eval","probe":"__proto__","detector":"constructor","passed":1,"fails":1,"total_evaluated":2,"__proto__":{"fails":0}}\n';
    const s = summary(parseGarak(text));
    expect(s.suites).toEqual([{ name: "__proto__", attempts: 2, successes: 1 }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("garak: scale", () => {
  it("reads a million lines", () => {
    const attempt = JSON.stringify({
      entry_type: "attempt",
      status: 2,
      probe_classname: "p.P",
      outputs: ["x"],
    });
    const lines: string[] = [JSON.stringify(init)];
    for (let i = 0; i < 1_000_000; i++) lines.push(attempt);
    lines.push(JSON.stringify(ev("p.P", "d.D", 999_000, 1_000)));
    const started = performance.now();
    const s = summary(parseGarak(lines.join("\n")));
    expect(s).toMatchObject({ attempts: 1_000_000, successes: 1_000 });
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("reads a 50 MB report with long lines in linear time", () => {
    const output = "A".repeat(50_000);
    const attempt = JSON.stringify({
      entry_type: "attempt",
      status: 2,
      outputs: [output],
      notes: { a: [1, 2, { b: "c" }] },
    });
    const make = (n: number) => {
      const lines: string[] = [JSON.stringify(init)];
      for (let i = 0; i < n; i++) lines.push(attempt);
      lines.push(JSON.stringify(ev("p.P", "d.D", n - 1, 1)));
      return lines.join("\n");
    };
    const time = (text: string) => {
      const t = performance.now();
      expect(parseGarak(text).ok).toBe(true);
      return performance.now() - t;
    };
    const big = make(1_000);
    expect(big.length).toBeGreaterThan(50_000_000);
    time(make(100)); // warm up
    const small = time(make(250));
    const large = time(big);
    // Four times the input: linear is ~4x; quadratic would be ~16x. Generous bound for noisy CI.
    expect(large).toBeLessThan(Math.max(small * 10, 2_000));
  });
});

describe("garak: properties", () => {
  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        parseGarak(s);
      }),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.json(),
            fc.jsonValue().map((v) => JSON.stringify(v)),
          ),
        ),
        (lines) => {
          parseGarak(lines.join("\n"));
        },
      ),
    );
  });

  it("never throws on eval entries with arbitrary field values", () => {
    const anyValue = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.string(),
      fc.constant(null),
      fc.boolean(),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record(
            {
              entry_type: fc.constantFrom("eval", "init", "attempt", "start_run setup"),
              probe: anyValue,
              passed: anyValue,
              fails: anyValue,
              total: anyValue,
              total_evaluated: anyValue,
              start_time: anyValue,
              orig_start_time: anyValue,
            },
            { requiredKeys: ["entry_type"] },
          ),
        ),
        (entries) => {
          const p = parseGarak(jsonl(...entries));
          if (p.ok) {
            expect(p.summary.successes).toBeLessThanOrEqual(p.summary.attempts);
            expect(p.summary.attackSuccessRate).toBeGreaterThanOrEqual(0);
            expect(p.summary.attackSuccessRate).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });

  it("rate = sum(fails) / sum(total_evaluated), per probe and overall, among any other lines", () => {
    const evalEntry = fc
      .record({
        probe: fc.constantFrom("dan.Dan_11_0", "encoding.InjectBase64", "lmrc.Profanity", "__proto__"),
        detector: fc.constantFrom("dan.DAN", "always.Pass", "mitigation.MitigationBypass"),
        passed: fc.nat(10_000),
        fails: fc.nat(10_000),
        legacy: fc.boolean(),
      })
      .map(({ probe, detector, passed, fails, legacy }) =>
        legacy
          ? { entry_type: "eval", probe, detector, passed, total: passed + fails }
          : { ...ev(probe, detector, passed, fails) },
      );
    const noise = fc.constantFrom(
      { entry_type: "attempt", status: 1, probe_classname: "x", outputs: [] },
      { entry_type: "completion", end_time: "2026-01-01T00:00:00" },
      { entry_type: "probe_summary", probe: "x", detection_counts: { fails: 999 } },
      { entry_type: "digest", eval: { fails: 5 } },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(evalEntry, noise), { maxLength: 40 }), (entries) => {
        const evals = entries.filter((e) => e.entry_type === "eval") as unknown as Record<
          string,
          number & string
        >[];
        const p = parseGarak(jsonl(...entries));
        if (evals.length === 0) {
          expect(p.ok).toBe(false);
          return;
        }
        const s = summary(p);
        const total = (e: Record<string, number>) => e.total_evaluated ?? e.total!;
        const fails = (e: Record<string, number>) => e.fails ?? total(e) - e.passed!;
        const sumTotal = evals.reduce((n, e) => n + total(e), 0);
        const sumFails = evals.reduce((n, e) => n + fails(e), 0);
        expect(s.attempts).toBe(sumTotal);
        expect(s.successes).toBe(sumFails);
        expect(s.attackSuccessRate).toBe(sumTotal === 0 ? 0 : sumFails / sumTotal);
        for (const suite of s.suites) {
          const mine = evals.filter((e) => e.probe === suite.name);
          expect(suite.attempts).toBe(mine.reduce((n, e) => n + total(e), 0));
          expect(suite.successes).toBe(mine.reduce((n, e) => n + fails(e), 0));
        }
        expect(new Set(s.suites.map((x) => x.name))).toEqual(new Set(evals.map((e) => e.probe)));
      }),
    );
  });
});
