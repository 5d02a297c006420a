import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/manifest/yaml.ts";

function ok(text: string) {
  const r = parseDocument(text, "m.yaml");
  if (!r.ok) throw new Error(`expected ok, got ${r.message} at ${r.line}:${r.column}`);
  return r;
}

function fail(text: string) {
  const r = parseDocument(text, "m.yaml");
  if (r.ok) throw new Error(`expected a parse error, got ${JSON.stringify(r.value)}`);
  return r;
}

describe("parseDocument: YAML 1.2 core schema only", () => {
  it("keeps versions and dates as strings", () => {
    const { value } = ok("version: 2.4.0\ndate: 2026-10-01\nwhen: 2026-10-01T10:00:00Z\n");
    expect(value).toEqual({ version: "2.4.0", date: "2026-10-01", when: "2026-10-01T10:00:00Z" });
  });

  it("reads a number-looking version as a number (the schema reports it, nothing is silently fixed)", () => {
    const r = ok("version: 1.10\n");
    expect(r.value).toEqual({ version: 1.1 });
    expect(r.source.sourceText(["version"])).toBe("1.10");
  });

  it("ignores a %YAML 1.1 directive: no 1.1 booleans, octal, sexagesimal or timestamps", () => {
    const { value } = ok("%YAML 1.1\n---\na: yes\nb: on\nc: 0777\nd: 1:20\ne: 2026-10-01\nf: y\n");
    expect(value).toEqual({ a: "yes", b: "on", c: 777, d: "1:20", e: "2026-10-01", f: "y" });
  });

  it("a %YAML 1.1 directive does not bring back 1.1 tags either", () => {
    const r = fail("%YAML 1.1\n---\na: 1\nwhen: !!timestamp 2026-10-01\n");
    expect(r.message).toMatch(/!!timestamp/);
    expect(r.line).toBe(4);
  });

  it("accepts core tags", () => {
    const { value } = ok(
      "a: !!str 1.10\nb: !!int '7'\nc: !!bool true\nd: !!null ~\ne: !!map {x: 1}\nf: !!seq [1]\n",
    );
    expect(value).toEqual({ a: "1.10", b: 7, c: true, d: null, e: { x: 1 }, f: [1] });
  });

  it.each([
    ["!!binary", "a: 1\nb: !!binary aGVsbG8=\n", 2],
    ["!!timestamp", "a: 1\n\nb: !!timestamp 2026-10-01\n", 3],
    ["!!js/function", "f: !!js/function 'function () { return 1 }'\n", 1],
    ["!foo", "x:\n  - ok\n  - !foo bar\n", 3],
    ["!!python/object", "x: !!python/object:os.system {}\n", 1],
  ])("rejects the %s tag with its line", (tag, text, line) => {
    const r = fail(text);
    expect(r.line).toBe(line);
    expect(r.message).toContain(tag.split(":")[0]);
  });

  it("rejects a duplicate key at the duplicate's line", () => {
    const r = fail("a: 1\nb:\n  c: 1\n  c: 2\n");
    expect(r.message).toMatch(/duplicate key/);
    expect(r.line).toBe(4);
  });

  it("rejects duplicate keys in JSON too", () => {
    const r = fail('{\n  "name": "a",\n  "name": "b"\n}');
    expect(r.message).toMatch(/duplicate key/);
    expect(r.line).toBe(3);
  });

  it("reads JSON", () => {
    expect(ok('{"a": [1, 2.5, "x", true, null], "b": {"c": "2026-10-01"}}').value).toEqual({
      a: [1, 2.5, "x", true, null],
      b: { c: "2026-10-01" },
    });
  });

  it("rejects more than one document, at the second one", () => {
    const r = fail("a: 1\n---\nb: 2\n");
    expect(r.message).toMatch(/more than one YAML document/);
    expect(r.line).toBe(2);
  });

  it("treats an empty file as null", () => {
    expect(ok("").value).toBeNull();
    expect(ok("# only a comment\n").value).toBeNull();
  });

  it("reports syntax errors with a line and column", () => {
    const r = fail("a: 1\nb: [1, 2\nc: 3\n");
    expect(r.line).toBeGreaterThanOrEqual(2);
    expect(r.column).toBeGreaterThanOrEqual(1);
  });

  it("rejects .inf and .nan", () => {
    expect(fail("a: 1\nrate: .nan\n").line).toBe(2);
    expect(fail("rate: -.inf\n").message).toMatch(/infinite|NaN/);
  });

  it("keeps plain non-string keys as written", () => {
    expect(ok("1.10: a\ntrue: b\n").value).toEqual({ "1.10": "a", true: "b" });
  });

  it("rejects complex keys", () => {
    expect(fail("? [a, b]\n: 1\n").message).toMatch(/keys must be plain/);
  });
});

describe("parseDocument: hostile input", () => {
  it("rejects a billion-laughs alias bomb quickly", () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const p = String.fromCharCode(96 + i);
      const n = String.fromCharCode(97 + i);
      lines.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(",")}]`);
    }
    const start = performance.now();
    const r = fail(`${lines.join("\n")}\n`);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(r.message).toMatch(/alias/);
  });

  it("honours maxAliasCount", () => {
    const text = `a: &x 1\nb: [${Array(20).fill("*x").join(", ")}]\n`;
    expect(parseDocument(text, "m.yaml").ok).toBe(true);
    const r = parseDocument(text, "m.yaml", { maxAliasCount: 5 });
    expect(r.ok).toBe(false);
  });

  it("expands a few aliases into independent copies", () => {
    const { value } = ok("base: &b {x: 1}\ncopy: *b\n") as {
      value: { base: { x: number }; copy: { x: number } };
    };
    expect(value.copy).toEqual({ x: 1 });
    expect(value.copy).not.toBe(value.base);
  });

  it("rejects an alias to its own ancestor", () => {
    expect(fail("a: &x [1, *x]\n").message).toMatch(/contains it|alias/);
  });

  it("rejects an undefined alias", () => {
    expect(fail("a: *nope\n").ok).toBe(false);
  });

  it.each([
    ["flow sequences", "[".repeat(10_000) + "]".repeat(10_000)],
    ["flow maps", "{a: ".repeat(10_000) + "}".repeat(10_000)],
    ["block sequences", `${"- ".repeat(10_000)}x`],
  ])("rejects 10k-deep nesting of %s", (_name, text) => {
    const start = performance.now();
    const r = fail(text);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(r.message).toMatch(/nested|deep|cannot/);
  });

  it("caps nesting depth at 64 by default", () => {
    expect(parseDocument(`${"[".repeat(64)}${"]".repeat(64)}`, "m.yaml").ok).toBe(true);
    expect(fail(`${"[".repeat(65)}${"]".repeat(65)}`).message).toMatch(/64 levels/);
  });

  it("makes __proto__ and constructor plain own data", () => {
    const { value } = ok("__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\n");
    const v = value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.hasOwn(v, "__proto__")).toBe(true);
    expect(Object.hasOwn(v, "constructor")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((v as { polluted?: unknown }).polluted).toBeUndefined();
    expect(JSON.parse(JSON.stringify(v))).toEqual(
      JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
    );
  });
});

describe("SourceMap.locate", () => {
  const text = [
    "apiVersion: model-gate/v1", // 1
    "spec:", // 2
    "  riskTier: high", // 3
    "  artifacts:", // 4
    "    - path: a.bin", // 5
    "      digest: sha256:x", // 6
    "    - uri: s3://b", // 7
    "  notes: |", // 8
    "    text", // 9
  ].join("\n");

  it("finds values (by their key) and list items", () => {
    const { source } = ok(text);
    expect(source.locate(["spec", "riskTier"])).toEqual({ line: 3, column: 3 });
    expect(source.locate(["spec", "artifacts", 0])).toEqual({ line: 5, column: 7 });
    expect(source.locate(["spec", "artifacts", 0, "digest"]).line).toBe(6);
    expect(source.locate(["spec", "artifacts", "1", "uri"]).line).toBe(7);
    expect(source.locate(["spec", "notes"]).line).toBe(8);
  });

  it("falls back to the nearest ancestor", () => {
    const { source } = ok(text);
    expect(source.locate(["spec", "artifacts", 1, "digest"]).line).toBe(7);
    expect(source.locate(["spec", "missing", "deeper"]).line).toBe(2);
    expect(source.locate([]).line).toBe(1);
  });

  it("follows aliases", () => {
    const { source } = ok("a: &x\n  b: 1\nc: *x\n");
    expect(source.locate(["c", "b"]).line).toBe(2);
  });
});
