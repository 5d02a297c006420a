// Safe reading of YAML (and JSON, which is YAML) into plain data with positions.
//
// Manifests and policies are untrusted. We let the `yaml` package build its AST, then build the
// plain value ourselves instead of calling toJS(), so that:
// - the YAML 1.2 core schema applies whatever a `%YAML 1.1` directive says (`yes` stays a
//   string, `2026-10-01` stays a string, no octal/sexagesimal/timestamps);
// - only the core tags are accepted (`!!binary`, `!!timestamp`, `!!js/function`, `!foo` are errors);
// - keys like `__proto__` become own data properties (Object.defineProperty), never prototypes;
// - alias expansion is budgeted (billion laughs) and nesting depth is capped;
// - every value is a fresh copy: no shared references, no cycles.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  type Scalar,
} from "yaml";
import type { PathSegment, SourceMap } from "./model.ts";
import { parseFast } from "./yaml-fast.ts";

export interface ParseOptions {
  /** How many alias expansions a document may make in total. */
  maxAliasCount?: number;
  /** Deepest nesting of maps and sequences. */
  maxDepth?: number;
  /** Most values (scalars, maps, sequences) the plain result may hold after alias expansion. */
  maxNodes?: number;
}

/** A SourceMap that can also give back the raw source text of a scalar (e.g. `1.10`). */
export interface YamlSourceMap extends SourceMap {
  readonly file: string;
  /** Source text of the scalar at `path` as written (unquoted plain scalars keep `1.10`). */
  sourceText(path: readonly PathSegment[]): string | undefined;
}

export type ParseResult =
  | { ok: true; value: unknown; source: YamlSourceMap }
  | { ok: false; message: string; line: number; column: number };

const DEFAULTS = { maxAliasCount: 100, maxDepth: 64, maxNodes: 100_000 };

const CORE_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`),
);

class Reject extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Parses one YAML/JSON document into plain data. Never throws. The usual manifest takes the
 * fast path (yaml-fast.ts), which gives the same value and positions; anything else the `yaml`
 * package.
 */
export function parseDocument(text: string, file: string, opts: ParseOptions = {}): ParseResult {
  // Positions are built in the same pass: building them later, for the declarations a finding
  // points into, costs more than building them for all (bench/run.mjs).
  const fast = parseFast(text, { ...DEFAULTS, ...definedOnly(opts) }, true);
  if (fast?.table)
    return { ok: true, value: fast.value, source: new TableBackedSourceMap(file, text, fast.table, opts) };
  return parseWithYamlPackage(text, file, opts);
}

/** parseDocument without the fast path (for the tests that compare the two). */
export function parseWithYamlPackage(text: string, file: string, opts: ParseOptions = {}): ParseResult {
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line, column: col };
  };
  try {
    const docs = parseAllDocuments(text, {
      version: "1.2",
      // Overrides the schema a `%YAML 1.1` directive would select (Document.setSchema merges these in).
      schema: "core",
      resolveKnownTags: false,
      merge: false,
      uniqueKeys: true,
      strict: true,
      prettyErrors: false,
      intAsBigInt: false,
      lineCounter,
    });
    // `parseAllDocuments` returns an EmptyStream (not an array) for a stream without documents.
    const list = Array.isArray(docs) ? docs : [];
    if (list.length > 1) {
      const second = list[1]!;
      return {
        ok: false,
        message: "the file holds more than one YAML document (---); keep one",
        ...at(second.range[0]),
      };
    }
    const doc = list[0];
    if (doc === undefined)
      return { ok: true, value: null, source: new AstSourceMap(file, text, null, lineCounter) };
    const err = doc.errors[0];
    if (err) return { ok: false, message: describeYamlError(err.code, err.message), ...at(err.pos[0]) };
    const value = new PlainBuilder(doc, { ...DEFAULTS, ...definedOnly(opts) }).build();
    return { ok: true, value, source: new AstSourceMap(file, text, doc, lineCounter) };
  } catch (e) {
    if (e instanceof Reject) return { ok: false, message: e.message, ...at(e.offset) };
    // Stack exhaustion or an internal parser failure: still the input's fault, still a finding.
    const message =
      e instanceof RangeError ? "the document is nested too deeply" : "the document cannot be parsed";
    return { ok: false, message, line: 1, column: 1 };
  }
}

function definedOnly(o: ParseOptions): Partial<typeof DEFAULTS> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === "number"));
}

function describeYamlError(code: string, message: string): string {
  const first = (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
  if (code === "DUPLICATE_KEY") return "duplicate key: each key may appear only once in a mapping";
  if (code === "RESOURCE_EXHAUSTION") return "the document is nested too deeply";
  return first;
}

type Collection = Node & { items: unknown[] };

class PlainBuilder {
  private aliases = 0;
  private nodes = 0;
  /** >0 while expanding an alias: anchors met there are re-visits, not new definitions. */
  private expanding = 0;
  private readonly anchors = new Map<string, Node>();
  /** Collections on the current walk path, to refuse an alias to its own ancestor. */
  private readonly active = new Set<Node>();

  constructor(
    private readonly doc: Document,
    private readonly limits: typeof DEFAULTS,
  ) {}

  build(): unknown {
    return this.walk(this.doc.contents as Node | null, 0);
  }

  private walk(node: Node | null | undefined, depth: number): unknown {
    if (node === null || node === undefined) return null;
    const offset = node.range?.[0] ?? 0;
    if (++this.nodes > this.limits.maxNodes)
      throw new Reject(
        `the document expands to more than ${this.limits.maxNodes} values (alias bomb?)`,
        offset,
      );
    if (isAlias(node)) return this.expandAlias(node.source, offset, depth);
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor && this.expanding === 0) this.anchors.set(anchor, node);
    this.checkTag(node, offset);
    if (isScalar(node)) return scalarValue(node, offset);
    if (depth >= this.limits.maxDepth)
      throw new Reject(`the document is nested more than ${this.limits.maxDepth} levels deep`, offset);
    if (isMap(node)) return this.walkMap(node as Collection, depth + 1);
    if (isSeq(node)) return this.walkSeq(node as Collection, depth + 1);
    throw new Reject("unsupported YAML node", offset);
  }

  private expandAlias(name: string, offset: number, depth: number): unknown {
    if (++this.aliases > this.limits.maxAliasCount)
      throw new Reject(
        `the document uses more than ${this.limits.maxAliasCount} aliases (alias bomb?)`,
        offset,
      );
    const target = this.anchors.get(name);
    if (!target) throw new Reject(`alias *${name} refers to no anchor defined before it`, offset);
    if (this.active.has(target))
      throw new Reject(`alias *${name} refers to a value that contains it`, offset);
    this.expanding++;
    try {
      return this.walk(target, depth);
    } finally {
      this.expanding--;
    }
  }

  private walkMap(node: Collection, depth: number): Record<string, unknown> {
    this.active.add(node);
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) throw new Reject("unsupported mapping entry", node.range?.[0] ?? 0);
      const key = pair.key as Node | null;
      const name = keyName(key, node.range?.[0] ?? 0);
      if (Object.hasOwn(out, name))
        throw new Reject(
          `duplicate key '${name}': each key may appear only once in a mapping`,
          key?.range?.[0] ?? 0,
        );
      // defineProperty, not assignment: `__proto__` stays an ordinary own data property.
      Object.defineProperty(out, name, {
        value: this.walk(pair.value as Node | null, depth),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    this.active.delete(node);
    return out;
  }

  private walkSeq(node: Collection, depth: number): unknown[] {
    this.active.add(node);
    const out = node.items.map((item) => this.walk(item as Node | null, depth));
    this.active.delete(node);
    return out;
  }

  private checkTag(node: Node, offset: number): void {
    const tag = node.tag;
    if (tag === undefined || CORE_TAGS.has(tag)) return;
    const shown = tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice(18)}` : tag;
    throw new Reject(
      `the YAML tag ${shown} is not allowed; write plain data (strings, numbers, booleans, lists, maps)`,
      offset,
    );
  }
}

function keyName(key: Node | null, mapOffset: number): string {
  if (key === null) throw new Reject("a mapping key is empty", mapOffset);
  const offset = key.range?.[0] ?? mapOffset;
  if (isAlias(key)) throw new Reject("aliases are not allowed as mapping keys", offset);
  if (!isScalar(key)) throw new Reject("mapping keys must be plain strings, not lists or maps", offset);
  if (key.tag !== undefined && !CORE_TAGS.has(key.tag))
    throw new Reject(`the YAML tag ${key.tag} is not allowed on a key`, offset);
  if (typeof key.value === "string") return key.value;
  if (key.value === null) throw new Reject("a mapping key is empty", offset);
  // A plain `1.10:` or `true:` key: keep the text as written, not String(1.1).
  const src = (key as Scalar & { source?: unknown }).source;
  return typeof src === "string" ? src : String(key.value);
}

function scalarValue(node: Scalar, offset: number): string | number | boolean | null {
  const v = node.value;
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v))
      throw new Reject("infinite and NaN numbers (.inf, .nan) are not allowed", offset);
    return v;
  }
  throw new Reject("unsupported scalar value", offset);
}

class AstSourceMap implements YamlSourceMap {
  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly doc: Document | null,
    private readonly lines: LineCounter,
  ) {}

  locate(path: readonly PathSegment[]): { line: number; column: number } {
    let node = this.doc?.contents as Node | null | undefined;
    let best = this.pos(node) ?? { line: 1, column: 1 };
    for (const seg of path) {
      node = this.deref(node);
      const step = childOf(node, seg);
      if (!step) break;
      best = this.pos(step.at) ?? best;
      node = step.node;
    }
    return best;
  }

  sourceText(path: readonly PathSegment[]): string | undefined {
    let node = this.doc?.contents as Node | null | undefined;
    for (const seg of path) {
      const step = childOf(this.deref(node), seg);
      if (!step) return undefined;
      node = step.node;
    }
    node = this.deref(node);
    if (!isScalar(node) || !node.range) return undefined;
    return this.text.slice(node.range[0], node.range[1]);
  }

  private deref(node: Node | null | undefined): Node | null | undefined {
    if (node && isAlias(node) && this.doc) return node.resolve(this.doc) ?? null;
    return node;
  }

  /** The positions locate() can give, as plain data (see PositionTable). */
  toTable(): PositionTable {
    const root = this.doc?.contents as Node | null | undefined;
    const memo = new Map<Node, PositionNode>();
    const packed = (node: Node | null | undefined): [number, number] => {
      const p = this.pos(node);
      return p ? [p.line, p.column] : [0, 0];
    };
    // Mirrors childOf(): same keys (first match wins), same alias resolution. An alias's target
    // is tabled once and shared, so the table is no bigger than the document.
    const table = (raw: Node | null | undefined): PositionNode | null => {
      const node = this.deref(raw);
      if (!node || !(isMap(node) || isSeq(node))) return null;
      const known = memo.get(node);
      if (known) return known;
      const out: PositionNode = isMap(node) ? { keys: [], pos: [], children: [] } : { pos: [], children: [] };
      memo.set(node, out);
      for (const entry of node.items as unknown[]) {
        if (out.keys) {
          const pair = entry as { key: Node | null; value: Node | null };
          const key = pair.key;
          if (!key || !isScalar(key)) continue;
          out.keys.push(
            typeof key.value === "string"
              ? key.value
              : ((key as { source?: string }).source ?? String(key.value)),
          );
          out.pos.push(...packed(key));
          out.children.push(table(pair.value));
        } else {
          const item = entry as Node | null | undefined;
          out.pos.push(...(item ? packed(item) : [-1, -1]));
          out.children.push(item ? table(item) : null);
        }
      }
      return out;
    };
    const [line, column] = packed(root);
    return { root: line > 0 ? [line, column] : null, node: table(root) };
  }

  private pos(node: Node | null | undefined): { line: number; column: number } | undefined {
    if (!node?.range) return undefined;
    const { line, col } = this.lines.linePos(node.range[0]);
    return { line, column: col };
  }
}

/** The child at `seg`, and the node whose position stands for it (the key, for map entries). */
function childOf(
  node: Node | null | undefined,
  seg: PathSegment,
): { node: Node | null; at: Node } | undefined {
  if (!node) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!key || !isScalar(key)) continue;
      const name =
        typeof key.value === "string"
          ? key.value
          : ((key as { source?: string }).source ?? String(key.value));
      if (name === String(seg)) return { node: pair.value as Node | null, at: key };
    }
    return undefined;
  }
  if (isSeq(node)) {
    const i = typeof seg === "number" ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
    const item = node.items[i] as Node | null | undefined;
    return item ? { node: item, at: item } : undefined;
  }
  return undefined;
}

/**
 * Where every key and item of a parsed document sits, as plain data: what a worker thread sends
 * back instead of the YAML AST (which cannot cross threads). `tableSourceMap` answers locate()
 * from it exactly as the AST-backed map does.
 */
export interface PositionTable {
  /** Line and column of the document's root value; null when it has none. */
  root: [number, number] | null;
  node: PositionNode | null;
}

/**
 * A mapping (with `keys`) or a sequence. `pos` holds line, column pairs for each key (mapping)
 * or item (sequence): 0, 0 when the node has no position, -1, -1 for an absent item.
 * `children[i]` is the table of the i-th value, null for a scalar.
 */
export interface PositionNode {
  keys?: string[];
  pos: number[];
  children: (PositionNode | null)[];
}

/** The position table of a source map from parseDocument; undefined for others. */
export function positionTable(source: SourceMap): PositionTable | undefined {
  if (source instanceof TableBackedSourceMap) return source.table;
  return source instanceof AstSourceMap ? source.toTable() : undefined;
}

/** A SourceMap answering from a PositionTable, with AstSourceMap's locate() semantics. */
export function tableSourceMap(table: PositionTable): SourceMap {
  return { locate: (path) => locateIn(table, path) };
}

/**
 * The source map of a fast parse: positions from its table; the raw text of a scalar (wanted
 * only for a schema message) from the `yaml` package's parse, made when first asked.
 */
class TableBackedSourceMap implements YamlSourceMap {
  private full: YamlSourceMap | undefined;

  constructor(
    readonly file: string,
    private readonly text: string,
    readonly table: PositionTable,
    private readonly opts: ParseOptions,
  ) {}

  locate(path: readonly PathSegment[]): { line: number; column: number } {
    return locateIn(this.table, path);
  }

  sourceText(path: readonly PathSegment[]): string | undefined {
    if (!this.full) {
      const r = parseWithYamlPackage(this.text, this.file, this.opts);
      if (!r.ok) return undefined;
      this.full = r.source;
    }
    return this.full.sourceText(path);
  }
}

function locateIn(table: PositionTable, path: readonly PathSegment[]): { line: number; column: number } {
  let node = table.node;
  let best = table.root ? { line: table.root[0], column: table.root[1] } : { line: 1, column: 1 };
  for (const seg of path) {
    if (!node) break;
    const i = node.keys
      ? node.keys.indexOf(String(seg))
      : typeof seg === "number"
        ? seg
        : /^\d+$/.test(seg)
          ? Number(seg)
          : -1;
    if (!Number.isInteger(i) || i < 0 || i >= node.children.length) break;
    const line = node.pos[2 * i] ?? -1;
    if (line < 0) break;
    if (line > 0) best = { line, column: node.pos[2 * i + 1] ?? 0 };
    node = node.children[i] ?? null;
  }
  return best;
}
