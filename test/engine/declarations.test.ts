// The registry of declaration kinds: the policy's patterns say what a path is, in one place.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { declarationRegistry, namedKind } from "../../src/engine/declarations.ts";
import { BASELINE } from "../../src/policy/baseline.ts";

describe("declarationRegistry: what a path is", () => {
  const registry = declarationRegistry(BASELINE);
  it.each([
    ["support.model.yaml", "manifest"],
    ["models/support.model.yml", "manifest"],
    [".github/models/x.model.yaml", "manifest"],
    ["a/.hidden/model-manifest.yaml", "manifest"],
    ["models/x/README.md", "card"],
    ["README.md", "card"],
    ["sbom/model.cdx.json", "bom"],
    ["bom.json", "bom"],
    ["models/support.yaml", null],
    ["models/model-manifest.yaml.bak", null],
    ["docs/guide.md", null],
    ["xbom.json", null],
  ])("%s -> %s", (path, kind) => {
    expect(registry.kindOf(path)).toBe(kind);
    expect(registry.isDeclaration(path)).toBe(kind !== null);
  });

  it("follows the policy's patterns, manifests first; no patterns match nothing", () => {
    const custom = declarationRegistry({
      ...BASELINE,
      manifests: ["**/*.json"],
      modelCards: ["**/MODEL_CARD.md"],
      mlBoms: [],
    });
    expect(custom.kindOf("bom.json")).toBe("manifest");
    expect(custom.kindOf("m/MODEL_CARD.md")).toBe("card");
    expect(custom.kindOf("m/README.md")).toBeNull();
    const none = declarationRegistry({ ...BASELINE, manifests: [], modelCards: [], mlBoms: [] });
    expect(none.kindOf("a.model.yaml")).toBeNull();
  });
});

describe("namedKind: a file named on the command line", () => {
  const registry = declarationRegistry(BASELINE);
  it("is what the patterns say, whatever its text", () => {
    // A card whose body shows a native manifest is still a card.
    expect(namedKind(registry, "m/README.md", "apiVersion: model-gate/v1\nkind: ModelManifest\n")).toBe(
      "card",
    );
  });
  it("is read by content when no pattern covers it", () => {
    expect(namedKind(registry, "m.json", '{"apiVersion": "model-gate/v1", "kind": "ModelManifest"}')).toBe(
      "manifest",
    );
    expect(namedKind(registry, "m.json", '{"bomFormat": "CycloneDX"}')).toBe("bom");
    expect(namedKind(registry, "docs/card.markdown", "---\nlicense: mit\n---\n")).toBe("card");
    expect(namedKind(registry, "m.yaml", "name: x\n")).toBe("manifest");
  });
});

describe("one place decides what a declaration is", () => {
  const root = join(import.meta.dirname, "../..");
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
    );
  it("only the registry reads the policy's declaration patterns and calls the card and BOM readers", () => {
    const outside = sources(join(root, "src"))
      .map((f) => relative(root, f).split("\\").join("/"))
      .filter((f) => !f.startsWith("src/policy/") && f !== "src/engine/declarations.ts")
      .filter((f) =>
        /\.(manifests|modelCards|mlBoms)\b|loadModelCard\(|loadCycloneDx\(/.test(
          readFileSync(join(root, f), "utf8").replace(/export function load(ModelCard|CycloneDx)\(/g, ""),
        ),
      );
    expect(outside).toEqual([]);
  });
});
