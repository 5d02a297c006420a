// Black box: a pull request that ships a GGUF model, through the built CLI on a real git
// repository. The template-injection payload of CVE-2024-34359, with its names computed from
// strings, blocks the merge; Llama 3.1's own tool-calling template passes with no safety finding.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { daysAgo, garakReport } from "../engine/helpers.ts";
import { commitAll, git, initRepo, removeTempDirs, writeFiles } from "../repo/helpers.ts";
import { compliantManifest } from "../support/compliant-manifest.ts";
import { gguf } from "./formats-helpers.ts";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const LLAMA = readFileSync(new URL("./chat-templates/llama-3.1-8b-instruct.jinja", import.meta.url), "utf8");
const PAYLOAD =
  "{% set u = '_' ~ '_' %}{{ raise_exception[u ~ 'init' ~ u][u ~ 'glob' ~ 'als' ~ u]['o' ~ 's']['po' ~ 'pen']('id').read() }}";
afterAll(removeTempDirs);

function model(template: string): Uint8Array {
  return gguf([
    ["general.architecture", { type: "string", value: "llama" }],
    ["tokenizer.chat_template", { type: "string", value: template }],
  ]);
}

function files(bytes: Uint8Array) {
  const digest = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
  const manifest = compliantManifest({
    name: "chat",
    digest,
    artifact: "models/chat/model.gguf",
    riskReport: "docs/risk/chat.md",
    evidence: "evidence/garak.report.jsonl",
    daysAgo,
  });
  return {
    "models/chat.model.yaml": stringify(manifest),
    "models/chat/model.gguf": bytes,
    "docs/risk/chat.md": "# Risk assessment\n",
    "evidence/garak.report.jsonl": garakReport(2, 100),
  };
}

function check(template: string) {
  const dir = initRepo();
  writeFiles(dir, files(model("{{ messages[0]['content'] }}")));
  commitAll(dir, "base");
  git(dir, "checkout", "-q", "-b", "pr");
  writeFiles(dir, files(model(template)));
  commitAll(dir, "pr");
  const r = spawnSync(
    process.execPath,
    [
      CLI,
      "check",
      "--repo",
      dir,
      "--base",
      "main",
      "--head",
      "pr",
      "--now",
      "2026-11-25",
      "--format",
      "json",
    ],
    { encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "" } },
  );
  const report = JSON.parse(r.stdout) as {
    findings: { ruleId: string; severity: string; message: string }[];
  };
  return { code: r.status, safety: report.findings.filter((f) => f.ruleId.startsWith("safety/")) };
}

describe("a GGUF chat template in a pull request (built CLI)", () => {
  it("the CVE-2024-34359 payload with computed names fails the check", () => {
    const { code, safety } = check(PAYLOAD);
    expect(code).toBe(1);
    expect(safety).toEqual([
      expect.objectContaining({
        ruleId: "safety/unsafe-format",
        severity: "error",
        message: expect.stringMatching(/model\.gguf carries a chat template .*a key built from strings/),
      }),
    ]);
  });
  it("Llama 3.1's tool-calling template has no safety finding", () => {
    expect(check(LLAMA).safety).toEqual([]);
  });
});
