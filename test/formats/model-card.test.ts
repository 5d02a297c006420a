import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFrontMatter, loadModelCard } from "../../src/formats/model-card.ts";
import { corpusBytes, corpusFiles, enc } from "./corpus.ts";

const HF = "hf-modelcards";
const load = (name: string, opts = {}) =>
  loadModelCard(`models/support/${name}`, corpusBytes(`${HF}/${name}`), opts);
const fixture = (n: string) => `huggingface_hub__tests_fixtures_cards__${n}.md`;

describe("Hugging Face model cards: every corpus file", () => {
  it("covers the 9 corpus files", () => {
    expect(corpusFiles(HF)).toHaveLength(9);
  });

  it.each(corpusFiles(HF))("%s is a result or findings, never an exception", (name) => {
    const r = load(name);
    if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
    for (const f of r.problems) {
      expect(f.file).toBe(`models/support/${name}`);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it("sample_simple: MIT license, beans dataset, classifier from tags, folder name", () => {
    const r = load(fixture("sample_simple"));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const m = r.loaded.manifest;
    expect(r.loaded.format).toBe("hf-model-card");
    expect(m.metadata.name).toBe("support");
    expect((m.spec as { license?: string }).license).toBe("MIT");
    expect(m.spec.type).toBe("classifier");
    expect(m.spec.datasets).toEqual([{ name: "beans", source: "hf://datasets/beans" }]);
    expect(m.spec.riskTier).toBeUndefined();
    // a card without a model-gate block: tier and artifacts are findings, not a crash
    const messages = r.problems.map((f) => f.message);
    expect(messages).toContain(
      "the card has no model-gate.riskTier; add a model-gate: block with riskTier (minimal, limited, high or unacceptable)",
    );
    expect(r.problems.every((f) => f.kind === "schema" && f.model === "support")).toBe(true);
    // datasets: line of the `- beans` entry
    expect(r.loaded.source.locate(["spec", "datasets", 0]).line).toBe(10);
    expect(r.loaded.source.locate(["spec", "license"]).line).toBe(4);
  });

  it("sample_simple_model_index: both metrics reach the evaluation with their lines", () => {
    const r = load(fixture("sample_simple_model_index"));
    if (!r.ok) throw new Error("not ok");
    expect(r.loaded.manifest.spec.evaluation?.metrics).toEqual({ accuracy: 0.9, f1: 0.66 });
    expect(r.loaded.source.locate(["spec", "evaluation", "metrics", "f1"]).line).toBe(35);
  });

  it("sample_invalid_model_index: the result without dataset is a finding at its line, the card still loads", () => {
    const r = load(fixture("sample_invalid_model_index"));
    if (!r.ok) throw new Error("not ok");
    const f = r.problems.find((x) => x.message.startsWith("invalid model-index result"));
    expect(f).toMatchObject({ kind: "schema", line: 15 });
    expect(f?.message).toContain("dataset");
    expect(r.loaded.manifest.spec.evaluation).toBeUndefined();
  });

  it("sample_windows_line_breaks: CRLF is read, lines stay right", () => {
    const r = load(fixture("sample_windows_line_breaks"));
    if (!r.ok) throw new Error("not ok");
    expect((r.loaded.manifest.spec as { license?: string }).license).toBe("MIT");
    expect(r.loaded.source.locate(["spec", "license"]).line).toBe(2);
  });

  it("sample_no_metadata: no front matter is a manifest/schema finding", () => {
    const r = load(fixture("sample_no_metadata"));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ kind: "schema", line: 1 });
    expect(r.problems[0]?.message).toContain("no YAML front matter");
  });

  it("sample_invalid_card_data: a list instead of a mapping", () => {
    const r = load(fixture("sample_invalid_card_data"));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ kind: "schema", line: 2 });
  });

  it("the hub-docs spec and the card template (with {placeholders}) are parse errors at their line", () => {
    const spec = load("hub-docs__modelcard.md");
    expect(spec.ok).toBe(false);
    expect(spec.problems[0]).toMatchObject({ kind: "parse-error", line: 39 });
    const template = load("huggingface_hub__templates__modelcard_template.md");
    expect(template.ok).toBe(false);
    expect(template.problems[0]).toMatchObject({ kind: "parse-error", line: 4 });
  });

  it("eval_results.yaml is not a card: no front matter", () => {
    const r = load("hub-docs__eval_results.yaml");
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.kind).toBe("schema");
  });
});

const card = (front: string, body = "# Model\n") => enc(`---\n${front}\n---\n${body}`);
const GATE = `model-gate:
  name: support-assistant
  version: "2.4.0"
  riskTier: high
  artifacts:
    - path: models/support/model.safetensors
      digest: sha256:${"a".repeat(64)}`;

describe("model-gate block and licenses", () => {
  it("reads tier, artifacts, version and name from the block; dataset vetting merges by name", () => {
    const r = loadModelCard(
      "m/README.md",
      card(`license: apache-2.0\npipeline_tag: text-generation\ndatasets: [beans]\nbase_model: meta-llama/Llama-3.2-1B\n${GATE}
  datasets:
    - name: beans
      vetted: { by: bob, date: "2026-01-01" }`),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.problems).toEqual([]);
    const m = r.loaded.manifest;
    expect(m.metadata).toEqual({ name: "support-assistant", version: "2.4.0" });
    expect(m.spec.riskTier).toBe("high");
    expect(m.spec.type).toBe("llm");
    expect(m.spec.artifacts[0]?.path).toBe("models/support/model.safetensors");
    expect(m.spec.datasets?.[0]).toEqual({
      name: "beans",
      source: "hf://datasets/beans",
      vetted: { by: "bob", date: "2026-01-01" },
    });
    expect(m.spec as object).toMatchObject({
      license: "Apache-2.0",
      baseModels: ["meta-llama/Llama-3.2-1B"],
    });
    expect(r.loaded.source.locate(["spec", "riskTier"]).line).toBe(9);
    expect(r.loaded.source.locate(["spec", "artifacts", 0, "digest"]).line).toBe(12);
  });

  it("a wrong value in the block is a schema finding in card words, and stops the load", () => {
    const r = loadModelCard(
      "m/README.md",
      card(`license: mit\n${GATE.replace("riskTier: high", "riskTier: extreme")}`),
    );
    expect(r.ok).toBe(false);
    const f = r.problems.find((x) => x.message.includes("riskTier"));
    expect(f).toMatchObject({ kind: "schema", line: 6 });
    expect(f?.message).toMatch(/^model-gate\.riskTier must be one of/);
  });

  it("an unknown key in the block is named", () => {
    const r = loadModelCard("m/README.md", card(`license: mit\n${GATE}\n  riskTeir: high`));
    expect(r.problems.some((f) => f.message.startsWith("model-gate.riskTeir is not a field"))).toBe(true);
  });

  it.each([
    ["apache-2.0", "Apache-2.0", false],
    ["cc-by-nc-4.0", "CC-BY-NC-4.0", false],
    ["gpl-3.0", "GPL-3.0-only", false],
    ["llama3.2", "LicenseRef-hf-llama3.2", true],
    ["openrail", "LicenseRef-hf-openrail", true],
    ["openrail++", "LicenseRef-hf-openrail-plus-plus", true],
  ])("license %s -> %s (unknown: %s)", (hub, spdx, unknown) => {
    const r = loadModelCard("m/README.md", card(`license: ${hub}\n${GATE}`));
    if (!r.ok) throw new Error("not ok");
    expect((r.loaded.manifest.spec as { license?: string }).license).toBe(spdx);
    const f = r.problems.find((x) => x.kind === "license-unknown");
    expect(Boolean(f)).toBe(unknown);
    if (f) expect(f.line).toBe(2);
  });

  it("a Hub id the policy allow-lists is not license-unknown", () => {
    const r = loadModelCard("m/README.md", card(`license: llama3.2\n${GATE}`), {
      allowLicenses: ["llama3.2"],
    });
    expect(r.problems.filter((f) => f.kind === "license-unknown")).toEqual([]);
  });

  it("license: other uses license_name; bsd and unknown are license-unknown; no license too", () => {
    const other = loadModelCard(
      "m/README.md",
      card(`license: other\nlicense_name: acme-model-license\n${GATE}`),
    );
    if (!other.ok) throw new Error("not ok");
    expect((other.loaded.manifest.spec as { license?: string }).license).toBe(
      "LicenseRef-hf-acme-model-license",
    );
    for (const front of ["license: bsd", "license: unknown", "language: en"]) {
      const r = loadModelCard("m/README.md", card(`${front}\n${GATE}`));
      expect(r.problems.some((f) => f.kind === "license-unknown")).toBe(true);
    }
  });
});

describe("hostile cards", () => {
  it("__proto__ keys and tags do not pollute or crash", () => {
    const r = loadModelCard("m/README.md", card(`license: mit\n__proto__: { polluted: true }\n${GATE}`));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(r.ok).toBe(true);
    const tagged = loadModelCard("m/README.md", card("license: !!js/function 'x'"));
    expect(tagged.ok).toBe(false);
    expect(tagged.problems[0]?.kind).toBe("parse-error");
  });

  it("an alias bomb is a parse error", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(", ")}]`,
      );
    const r = loadModelCard("m/README.md", card(bomb.join("\n")));
    expect(r.ok).toBe(false);
  });

  it("an unterminated front matter is a parse error", () => {
    const r = loadModelCard("m/README.md", enc("---\nlicense: mit\n# no end\n"));
    expect(r).toMatchObject({ ok: false, problems: [{ kind: "parse-error" }] });
  });

  it("never throws on arbitrary bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, fm) => {
        const input = fm ? new Uint8Array([...enc("---\n"), ...bytes, ...enc("\n---\n")]) : bytes;
        const r = loadModelCard("m/README.md", input);
        expect(r.ok || r.problems.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("front matter lines map 1:1 to file lines, LF or CRLF (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a: 1", "b: x", "# c", ""), { maxLength: 8 }),
        fc.boolean(),
        (lines, crlf) => {
          const eol = crlf ? "\r\n" : "\n";
          const fm = extractFrontMatter(["---", ...lines, "---", "body"].join(eol));
          expect(fm).toEqual({ kind: "ok", yaml: lines.join("\n"), startLine: 2 });
        },
      ),
    );
  });
});

describe("model-gate block: the flat shape and the manifest shape read alike (README documents both)", () => {
  const NESTED = `model-gate:
  metadata:
    name: support-assistant
    version: "2.4.0"
  spec:
    riskTier: high
    artifacts:
      - path: models/support/model.safetensors
        digest: sha256:${"a".repeat(64)}`;

  it("a block shaped like a manifest's metadata and spec gives the same model as the flat block", () => {
    const flat = loadModelCard("m/README.md", card(`license: mit\n${GATE}`));
    const nested = loadModelCard("m/README.md", card(`license: mit\n${NESTED}`));
    if (!flat.ok || !nested.ok) throw new Error(JSON.stringify([flat.problems, nested.problems]));
    expect(nested.problems).toEqual([]);
    expect(nested.loaded.manifest).toEqual(flat.loaded.manifest);
    expect(nested.loaded.source.locate(["spec", "riskTier"]).line).toBe(8);
    expect(nested.loaded.source.locate(["spec", "artifacts", 0, "digest"]).line).toBe(11);
  });

  it("findings in the nested shape name its own paths, with did-you-mean", () => {
    const bad = loadModelCard(
      "m/README.md",
      card(
        `license: mit\n${NESTED.replace("riskTier: high", "riskTeir: high\n    riskTier: extreme")}\n  riskTier: high`,
      ),
    );
    expect(bad.ok).toBe(false);
    const messages = bad.problems.map((f) => `${f.line}: ${f.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^8: model-gate\.spec\.riskTeir is not a field model-gate reads \(did you mean riskTier\?\)/,
      ),
    );
    expect(messages).toContainEqual(expect.stringMatching(/^9: model-gate\.spec\.riskTier must be one of/));
    expect(messages).toContainEqual(
      expect.stringMatching(/^13: model-gate\.riskTier is beside model-gate\.metadata\/spec/),
    );
  });

  it("a flat-block typo gets a did-you-mean too", () => {
    const r = loadModelCard("m/README.md", card(`license: mit\n${GATE}\n  artefacts: []`));
    expect(r.problems.map((f) => f.message)).toContainEqual(
      expect.stringMatching(
        /^model-gate\.artefacts is not a field model-gate reads \(did you mean artifacts\?\)/,
      ),
    );
  });
});
