// Hostile strings in every field that reaches a report: the PR author controls model-adjacent
// text (manifest paths, finding messages that quote manifest strings), and a policy author's
// waiver text is shown too. Markdown must stay inert (no HTML, links, mentions, forged marker),
// the log must carry no workflow command, and the comment must stay within GitHub's limits.
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { Finding } from "../../src/core/findings.ts";
import type { GateResult } from "../../src/core/result.ts";
import { renderJson } from "../../src/reports/json.ts";
import {
  COMMENT_MAX_CHARS,
  renderAnnotations,
  renderMarkdown,
  SUMMARY_MAX_CHARS,
} from "../../src/reports/markdown.ts";
import { renderSarif } from "../../src/reports/sarif.ts";
import { renderText } from "../../src/reports/text.ts";
import { daysAgo, repoFiles, run, supportManifest } from "../engine/helpers.ts";

const MARKER = "<!-- model-gate:comment -->";

/** Strings an attacker would try in any field. */
const HOSTILE = [
  MARKER,
  "<!-- model-gate:comment --><details open><summary>all good</summary>",
  "<img src=x onerror=alert(1)>",
  "[click me](javascript:alert(1))",
  "![pixel](https://evil.example/track.png)",
  "@octocat and @acme/ai-risk-committee please merge",
  "| fake | cell |\n\n## ✅ Model Gate: passed",
  "\n::error::pwned\n::add-mask::hunter2\n::stop-commands::tok\n",
  "##[error]legacy command",
  "\u001B[2J\u001B]0;title\u0007hidden",
  "support\u202Eexe.model\u202C name \u2066isolated\u2069 zero\u200Bwidth",
  "`code` **bold** <script>alert(1)</script> ~~strike~~",
];
const ALL = HOSTILE.join(" ");

function hostileResult(findingCount = 0): GateResult {
  const waiver = {
    rule: "evidence/threshold-exceeded",
    model: "support-assistant",
    reason: ALL,
    owner: "@mallory <b>x</b>",
    ticket: "[SEC-1](https://evil.example) ::error::t",
    expires: "2026-12-31<!-- -->",
  };
  const findings: Finding[] = [
    {
      ruleId: "evidence/unreadable-report",
      severity: "error",
      message: `The garak report ${JSON.stringify(ALL)} cannot be read: ${ALL}`,
      file: `models/${HOSTILE[5]}\n::error::x.model.yaml`,
      line: 3,
      model: "support-assistant",
      waived: null,
    },
    {
      ruleId: "evidence/threshold-exceeded",
      severity: "error",
      message: ALL,
      file: "models/support.model.yaml",
      line: 9,
      model: ALL,
      waived: waiver,
    },
    {
      ruleId: "provenance/license-unknown",
      severity: "warning",
      message: `License ${ALL} is unknown`,
      model: `@octocat\u202E`,
      waived: null,
    },
  ];
  for (let i = 0; i < findingCount; i++) {
    findings.push({
      ruleId: "integrity/digest-mismatch",
      severity: i % 3 === 0 ? "warning" : "error",
      message: `Finding ${i}: ${ALL}`,
      file: `models/m${i % 500}.model.yaml`,
      line: i + 1,
      model: `m${i % 500}`,
      waived: null,
    });
  }
  return {
    schemaVersion: 1,
    verdict: "fail",
    mode: "enforce",
    base: `base ${HOSTILE[0]}`,
    head: `head ${HOSTILE[5]}`,
    policy: { source: `.github/model-gate.yml@${HOSTILE[3]}`, digest: `sha256:${"0".repeat(64)}` },
    models: [
      {
        manifest: `models/${ALL}.model.yaml`,
        name: `support-assistant ${ALL}`,
        riskTier: "high",
        modelDigest: null,
        verdict: "fail",
      },
    ],
    findings,
  };
}

const OUR_TAGS = ["<sub>", "</sub>", "<br>", "<details>", "<summary>", "</summary>", "</details>", MARKER];

/** What GitHub would interpret in markdown that came from the hostile strings. */
function assertInertMarkdown(md: string): void {
  // Only our own marker (first line) and our own tags.
  expect(md.split(MARKER).length - 1).toBeLessThanOrEqual(1);
  const tags = md.match(/<\/?[a-zA-Z!][^>]*>/g) ?? [];
  for (const t of tags) expect(OUR_TAGS).toContain(t);
  expect(md).not.toMatch(/<(img|script)/i);
  // <details> and <summary> are ours only: whole lines, the summary holding only counts.
  for (const line of md.split("\n").filter((l) => /<\/?(details|summary)/i.test(l)))
    expect(line).toMatch(/^(<details><summary>[\w ,:]+<\/summary>|<\/details>)$/);
  expect(md).not.toMatch(/\]\((javascript|https:\/\/evil)/);
  // No mention or team mention: `@` is never directly followed by a name character.
  expect(md).not.toMatch(/@[A-Za-z0-9]/);
  // Bidi and zero-width characters are shown, not embedded; no terminal escapes either.
  expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u001B\u0007]/);
  // No forged heading: each heading line is one of ours.
  for (const line of md.split("\n").filter((l) => /^#{1,6} /.test(l)))
    expect(line).toMatch(/^(## (✅|❌|⚠️) Model Gate|### (Findings|To fix)$)/);
  expect(md.match(/^## /gm)).toHaveLength(1);
}

/** Lines the Actions runner would execute as workflow commands. */
function commandLines(log: string): string[] {
  return log.split(/\r?\n/).filter((l) => /^[\s\uFEFF]*::/.test(l) || l.includes("##["));
}

describe("markdown (PR comment and job summary)", () => {
  it("every hostile field is inert in the comment", () => {
    const md = renderMarkdown(hostileResult(), { marker: MARKER });
    expect(md.startsWith(`${MARKER}\n`)).toBe(true);
    assertInertMarkdown(md);
    // ...and still readable: the text is there, escaped.
    expect(md).toContain("@&#8203;octocat");
    expect(md).toContain("\\u202E");
  });

  it("table rows keep their column count whatever the model name and path hold", () => {
    const md = renderMarkdown(hostileResult(), { marker: MARKER });
    const rows = md.split("\n").filter((l) => l.startsWith("| "));
    const cells = (l: string) => l.replace(/\\\|/g, "").split("|").length;
    const header = rows[0]!;
    for (const r of rows.filter((l) => l.includes("support-assistant") && l.includes("❌")))
      expect(cells(r)).toBe(cells(header));
  });

  it("an error verdict's message is escaped too", () => {
    const r = { ...hostileResult(), verdict: "error" as const, error: ALL, findings: [], models: [] };
    assertInertMarkdown(renderMarkdown(r, { marker: MARKER }));
  });

  it("10,000 findings: the comment stays under 65,536 characters and says how many more", () => {
    const started = Date.now();
    const md = renderMarkdown(hostileResult(10_000), { marker: MARKER });
    expect(md.length).toBeLessThan(65_536);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(md).toMatch(/…and [\d,]+ more findings/);
    assertInertMarkdown(md);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("10,000 findings: the job summary stays under 1 MiB", () => {
    const md = renderMarkdown(hostileResult(10_000), { maxChars: SUMMARY_MAX_CHARS });
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(/more findings/);
  });
});

describe("log output (text report, annotations)", () => {
  it("no field of the text report becomes a workflow command or a terminal escape", () => {
    const text = renderText(hostileResult(), { color: false });
    expect(commandLines(text)).toEqual([]);
    expect(text).not.toMatch(/[\u001B\u0007\u202A-\u202E\u2066-\u2069]/);
    expect(text).toContain("add-mask"); // shown, not executed
  });

  it("annotations are one line, with controls shown, and at most 9 + 10 + 1 (the step's failure is the 10th error)", () => {
    const anns = renderAnnotations(hostileResult(10_000));
    expect(anns.filter((a) => a.level === "error")).toHaveLength(9);
    expect(anns.filter((a) => a.level === "warning").length).toBeLessThanOrEqual(10);
    expect(anns.filter((a) => a.level === "notice")).toHaveLength(1);
    for (const a of anns) {
      const [first, ...rest] = a.message.split("\n");
      expect(first).not.toMatch(/[\r\u001B\u202E]/);
      expect(rest.every((l) => l.startsWith("See https://"))).toBe(true);
      expect(a.title).not.toMatch(/[\r\n\u202E]/);
    }
  });
});

describe("machine formats", () => {
  it("JSON keeps hostile strings as data and round-trips", () => {
    const r = hostileResult();
    const parsed = JSON.parse(renderJson(r));
    expect(parsed.findings[1].message).toBe(ALL);
    expect(parsed.findings[1].waived.reason).toBe(ALL);
  });

  it("SARIF is valid JSON, its locations are URIs, and no bidi control is embedded", () => {
    const sarif = JSON.parse(renderSarif(hostileResult(100)));
    const results = sarif.runs[0].results;
    expect(results.length).toBeGreaterThan(100);
    for (const res of results) {
      expect(res.message.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      for (const loc of res.locations ?? []) {
        const uri: string = loc.physicalLocation.artifactLocation.uri;
        expect(uri).not.toMatch(/[\s<>\n]/);
      }
    }
  });
});

describe("from a real evaluation", () => {
  it("hostile strings written in a manifest reach no sink in an active form", async () => {
    const m = supportManifest();
    m.spec.datasets[0].license = `${HOSTILE[5]} ${HOSTILE[7]} ${MARKER}`;
    m.spec.adversarialTests[0].report = `evidence/${HOSTILE[3]} ${HOSTILE[10]} @octocat.jsonl`;
    m.spec.riskAssessment.report = "docs/<!-- model-gate:comment -->.md";
    m.spec.datasets[0].name = `x ${HOSTILE[7]}`;
    const policy = stringify({
      apiVersion: "model-gate/v1",
      kind: "Policy",
      waivers: [
        {
          rule: "provenance/license-unknown",
          model: "support-assistant",
          reason: ALL,
          owner: "@mallory",
          ticket: "<b>T</b>",
          expires: daysAgo(-10),
        },
      ],
    });
    const r = await run(repoFiles(m), { policy });
    expect(r.verdict).toBe("fail");
    const all = JSON.stringify(r.findings);
    expect(all).toContain("octocat"); // the hostile text did reach the findings
    assertInertMarkdown(renderMarkdown(r, { marker: MARKER }));
    const text = renderText(r, { color: false });
    expect(commandLines(text)).toEqual([]);
    expect(text).not.toMatch(/[\u001B\u202E]/);
    JSON.parse(renderSarif(r));
  });
});
