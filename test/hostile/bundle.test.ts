// The bundle makes no network call but to the GitHub API.
// 1. Statically: every URL host that appears in dist/ is on an allow-list that says why it is
//    there (a new dependency bringing a new host fails here until someone reviews it).
// 2. Dynamically: the CLI on the demo repository and the Action against the fake GitHub API run
//    with a preload that blocks and records every connection; only loopback (the fake API) is seen.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs helper shared with `npm run demo`
import { buildDemoRepo } from "../../scripts/lib/demo-repo.mjs";
import { modelFiles } from "../action/harness.ts";
import { approve, run, setup, useScenarios } from "../action/scenario.ts";

useScenarios();

const DIST = new URL("../../dist/", import.meta.url).pathname;
const PRELOAD = new URL("./no-network.cjs", import.meta.url).pathname;
const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/**
 * Hosts that may appear in the bundle, and why. Only the first group is ever contacted.
 */
const ALLOWED_HOSTS: Record<string, string> = {
  // Contacted: the GitHub API (the Action's only network peer; GHES uses GITHUB_API_URL).
  "api.github.com": "Octokit's default REST/GraphQL endpoint",
  "uploads.github.com": "Octokit's release-asset upload endpoint (never called by the Action)",
  // Text only: documentation links printed in reports, help and error messages.
  "github.com": "links to the rule docs, repository and GitHub docs in messages",
  "docs.github.com": "documentation_url in Octokit error texts",
  "model-gate.dev": "$id of the published JSON Schemas (identifiers, not fetched)",
  "git-lfs.github.com": "the version line of a Git LFS pointer (compared as text)",
  hawser: "the pre-release LFS pointer version prefix (compared as text)",
  "git-lfs": "prefix of the LFS pointer version line (compared as text)",
  // Schema and format identifiers compared as strings (never dereferenced).
  "json-schema.org": "JSON Schema $schema ids (ajv)",
  "cyclonedx.org": "CycloneDX schema ids and namespace strings",
  "spdx.org": "SPDX license list references in CycloneDX schemas",
  "in-toto.io": "in-toto statement type ids in model signatures",
  "www.w3.org": "XML namespace ids",
  "json.schemastore.org": "schema ids in bundled schemas",
  "spec.openapis.org": "OpenAPI format ids in ajv-formats",
  // Comments and license/doc references inside dependencies (legal comments, JSDoc).
  "en.wikipedia.org": "references in dependency comments and schema descriptions",
  "tukaani.org": "xz-embedded's home page in xz-decompress's license comment",
  "cyberphone.github.io": "JSON canonicalisation reference in a dependency comment",
  "www.ietf.org": "RFC references in comments",
  "www.rfc-editor.org": "RFC references in comments",
  "datatracker.ietf.org": "RFC references in comments",
  "tools.ietf.org": "RFC references in comments",
  "www.wipo.int": "ST.3 country code references in the CycloneDX schema",
  "www.iana.org": "registry references in comments",
  "nvd.nist.gov": "CVSS references in the CycloneDX schema",
  "csrc.nist.gov": "references in the CycloneDX schema",
  "cwe.mitre.org": "references in the CycloneDX schema",
  "www.first.org": "CVSS references in the CycloneDX schema",
  "www.iso.org": "references in the CycloneDX schema",
  "www.apache.org": "license texts (legal comments)",
  "kubernetes.io": "references in the CycloneDX schema",
  "docs.softwareheritage.org": "SWHID references in the CycloneDX schema",
  "neuromancer.sk": "elliptic-curve references in the CycloneDX schema",
  "example.com": "examples in schema descriptions",
  "forum.example.com": "an example dataset URL in the rule documentation (model-gate explain)",
  model: "example URL text in rule documentation",
  "raw.githubusercontent.com": "references in dependency comments",
  "gist.github.com": "references in dependency comments",
  "mathiasbynens.be": "references in dependency comments",
  "stackoverflow.com": "references in dependency comments",
  "www.safaribooksonline.com": "references in dependency comments",
  "fetch.spec.whatwg.org": "spec references in undici comments",
  "w3c.github.io": "spec references in undici comments",
  "websockets.spec.whatwg.org": "spec references in undici comments",
  "html.spec.whatwg.org": "spec references in undici comments",
  "webidl.spec.whatwg.org": "spec references in undici comments",
  "mimesniff.spec.whatwg.org": "spec references in undici comments",
  "octokit.github.io": "references in Octokit comments",
  "jimmy.warting.se": "references in undici comments",
  "github.test": "placeholder host in an Octokit comment",
  localhost: "undici's default for relative URLs (loopback)",
  "docs.python.org": "references in @huggingface/jinja comments",
  "jinja.palletsprojects.com": "references in @huggingface/jinja comments",
};

function hostsIn(file: string): Set<string> {
  const text = readFileSync(join(DIST, file), "utf8");
  const hosts = new Set<string>();
  for (const m of text.matchAll(/\b(?:https?|wss?|ftp):\/\/([A-Za-z0-9][A-Za-z0-9.-]*)/g)) hosts.add(m[1]!);
  return hosts;
}

/** Runs a node script with the network blocked; returns its result and every attempt logged. */
function blocked(args: string[], cwd: string) {
  const log = join(mkdtempSync(join(tmpdir(), "mg-net-")), "net.log");
  temps.push(join(log, ".."));
  writeFileSync(log, "");
  const r = spawnSync(process.execPath, ["--require", PRELOAD, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", MG_NET_LOG: log },
  });
  const attempts = readFileSync(log, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  return { ...r, attempts };
}

/** Every file of the bundle: the entries, the parse worker, the shared chunks, the manifest validator. */
const DIST_FILES = readdirSync(DIST).filter((f) => /\.c?js$/.test(f));

describe("network", () => {
  it("the bundle is the entries, their chunks and the helpers they load beside them", () => {
    for (const f of ["cli.js", "index.js", "parse-worker.js", "manifest-validator.cjs"])
      expect(DIST_FILES).toContain(f);
  });

  for (const file of DIST_FILES) {
    it(`every URL host in dist/${file} is on the reviewed allow-list`, () => {
      const unknown = [...hostsIn(file)].filter((h) => !Object.hasOwn(ALLOWED_HOSTS, h));
      expect(unknown).toEqual([]);
    });
  }

  it("the only base URLs built into the Action are the GitHub API endpoints", () => {
    // GITHUB_API_URL overrides it on GHES; no other base URL is built into the bundle.
    // The GitHub client sits in a chunk the Action's entry loads.
    const text = DIST_FILES.map((f) => readFileSync(join(DIST, f), "utf8")).join("\n");
    const bases = [...text.matchAll(/baseUrl\s*[:=]\s*["'`](https?:\/\/[^"'`]+)["'`]/g)].map((m) => m[1]);
    expect(bases.length).toBeGreaterThan(0);
    for (const b of bases) expect(["api.github.com", "uploads.github.com"]).toContain(new URL(b!).hostname);
  });

  it("the CLI on the demo repository opens no connection at all", () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-net-demo-"));
    temps.push(dir);
    buildDemoRepo(dir);
    const cli = join(DIST, "cli.js");
    const runs = [
      ...["text", "json", "sarif", "markdown"].map((f) =>
        blocked([cli, "check", "--base", "main", "--head", "unaudited", "--format", f], dir),
      ),
      blocked([cli, "check", "--all", "--head", "main", "--format", "json"], dir),
      blocked([cli, "validate", "models/support.model.yaml"], dir),
      blocked([cli, "digest", "models/support.model.yaml"], dir),
    ];
    for (const r of runs) {
      expect(r.stderr).not.toMatch(/blocked/);
      expect([0, 1]).toContain(r.status);
      expect(r.attempts).toEqual([]);
    }
  });

  it("the Action talks to the GitHub API (here a local fake) and nothing else", async () => {
    const { ws, fake } = await setup({
      changes: modelFiles("support"),
      reviews: (w) => [approve("alice", w.headSha), approve("bob", w.headSha)],
    });
    const log = join(mkdtempSync(join(tmpdir(), "mg-net-")), "net.log");
    temps.push(join(log, ".."));
    writeFileSync(log, "");
    const r = await run(ws, fake, {
      inputs: { "check-run": "true" },
      env: { NODE_OPTIONS: `--require ${PRELOAD}`, MG_NET_LOG: log },
    });
    expect(r.outputs.verdict).toBe("pass");
    expect(r.stdout).not.toMatch(/is blocked/);
    const hosts = new Set(
      readFileSync(log, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l).host as string),
    );
    expect(hosts.size).toBeGreaterThan(0); // the preload did see the API calls
    for (const h of hosts) expect(["127.0.0.1", "localhost", "::1"]).toContain(h);
    expect(fake.requests.length).toBeGreaterThan(0);
  });
});
