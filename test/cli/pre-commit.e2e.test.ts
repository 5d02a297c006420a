// The shipped .pre-commit-hooks.yaml: its shape is what pre-commit reads, its file pattern
// picks the files the gate reads (and not others), and its entry command works through the
// built CLI on them. The pre-commit tool itself is not needed for this.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { git, temp, write } from "../support/cli-repo.ts";
import { compliantManifest } from "../support/compliant-manifest.ts";

const root = new URL("../../", import.meta.url).pathname;
const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8"));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// pre-commit's languages (pre-commit.com, "Supported languages").
const LANGUAGES = [
  "conda",
  "coursier",
  "dart",
  "docker",
  "docker_image",
  "dotnet",
  "fail",
  "golang",
  "haskell",
  "julia",
  "lua",
  "node",
  "perl",
  "python",
  "r",
  "ruby",
  "rust",
  "swift",
  "pygrep",
  "script",
  "system",
];

describe(".pre-commit-hooks.yaml", () => {
  const [hook] = hooks;

  it("is a list of hooks with the keys pre-commit requires", () => {
    expect(Array.isArray(hooks)).toBe(true);
    expect(hooks.map((h: { id: string }) => h.id)).toEqual([
      "model-gate-validate",
      "model-gate-validate-all",
    ]);
    expect(hook).toMatchObject({
      id: "model-gate-validate",
      name: expect.any(String),
      entry: expect.any(String),
    });
    // language: node installs this package: its entry must be one of the package's bins
    for (const h of hooks) {
      expect(LANGUAGES).toContain(h.language);
      const [command] = h.entry.split(" ");
      expect(Object.keys(pkg.bin)).toContain(command);
    }
    // The --all hook takes no file names: pre-commit must neither pass them nor skip it.
    expect(hooks[1]).toMatchObject({ pass_filenames: false, always_run: true });
  });

  it("the --all hook follows a custom policy: it finds declarations the fixed file pattern misses", () => {
    const dir = temp("mg-precommit-all-");
    git(dir, "init", "-q");
    const good = compliantManifest({
      name: "x",
      digest: `sha256:${"a".repeat(64)}`,
      artifact: "m/x.safetensors",
      riskReport: "r.md",
      evidence: "e.jsonl",
      daysAgo: () => "2026-01-01",
    });
    write(dir, {
      ".github/model-gate.yml":
        "apiVersion: model-gate/v1\nkind: Policy\nextends: baseline\nmanifests: ['ml/**/*.gate.yaml']\n",
      "ml/x.gate.yaml": stringify(good),
      "ml/bad.gate.yaml": stringify({ ...good, spec: { ...good.spec, riskTeir: "high" } }),
      "docs/README.md": "---\ntitle: Home\nlayout: page\n---\n# Docs\n",
    });
    // The shipped pattern would pass none of the two manifests to the first hook.
    expect(["ml/x.gate.yaml", "ml/bad.gate.yaml"].filter((p) => new RegExp(hook.files).test(p))).toEqual([]);
    const [, ...args] = hooks[1].entry.split(" ");
    const r = spawnSync(process.execPath, [join(root, pkg.bin["model-gate"]), ...args], {
      cwd: join(dir, "docs"),
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /ml\/bad\.gate\.yaml:\d+:\d+: error manifest\/schema: .*riskTeir.*did you mean riskTier/,
    );
    expect(r.stdout).not.toMatch(/ml\/x\.gate\.yaml:.*error/);
    // The policy, both manifests, and docs/README.md (a card by the baseline's pattern, read and
    // found to be no card).
    expect(r.stdout).toMatch(/^4 files validated/m);
  });

  it("its files pattern takes manifests, cards, BOMs and the policy, and nothing else", () => {
    const files = new RegExp(hook.files);
    for (const p of [
      "models/support.model.yaml",
      "x.model.yml",
      "a/model-manifest.yaml",
      "models/support/README.md",
      "README.md",
      "sbom/model.cdx.json",
      "bom.json",
      ".github/model-gate.yml",
    ])
      expect(files.test(p), p).toBe(true);
    for (const p of [
      "src/index.ts",
      "docs/guide.md",
      "models/model.safetensors",
      "package.json",
      "other/.github/model-gate.yml",
      "xbom.json",
    ])
      expect(files.test(p), p).toBe(false);
  });

  it("its entry command runs on what pre-commit passes: exit 1 on an error, 0 on good files and docs pages", () => {
    const dir = temp("mg-precommit-");
    const digest = `sha256:${"a".repeat(64)}`;
    const good = compliantManifest({
      name: "x",
      digest,
      artifact: "m/x.safetensors",
      riskReport: "r.md",
      evidence: "e.jsonl",
      daysAgo: () => "2026-01-01",
    });
    write(dir, {
      "models/x.model.yaml": stringify(good),
      "models/bad.model.yaml": stringify({ ...good, spec: { ...good.spec, riskTeir: "high" } }),
      "docs/README.md": "---\ntitle: Home\nlayout: page\n---\n# Docs\n",
    });
    const [, ...args] = hook.entry.split(" ");
    const run = (files: string[]) =>
      spawnSync(process.execPath, [join(root, pkg.bin["model-gate"]), ...args, ...files], {
        cwd: dir,
        encoding: "utf8",
      });
    const ok = run(["models/x.model.yaml", "docs/README.md"]);
    expect(ok.stdout).toBe("models/x.model.yaml: ok\ndocs/README.md: ok\n");
    expect(ok.status).toBe(0);
    const bad = run(["models/bad.model.yaml"]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(
      /models\/bad\.model\.yaml:\d+:\d+: error manifest\/schema: .*riskTeir.*did you mean riskTier/,
    );
  });

  it("lists each schema issue of a policy file on its own line, the first with the loader's headline", () => {
    const dir = temp("mg-precommit-policy-");
    write(dir, {
      ".github/model-gate.yml":
        'apiVersion: model-gate/v1\nkind: Policy\nmanifests: 3\nlimits:\n  maxFileBytes: "x"\n',
    });
    const r = spawnSync(
      process.execPath,
      [join(root, pkg.bin["model-gate"]), "validate", ".github/model-gate.yml"],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      ".github/model-gate.yml:3:1: error manifest/schema: The policy is not valid: manifests must be a list\n" +
        ".github/model-gate.yml:5:1: error manifest/schema: limits.maxFileBytes must be a whole number\n",
    );
  });
});
