// Chat templates (Jinja) judged on their syntax tree. Inference servers render a model's chat
// template; one that renders it with a plain Jinja environment (llama-cpp-python before 0.2.72,
// CVE-2024-34359) runs any Python the template reaches, so a template must not reach Python
// internals: no private or dunder attributes (`__class__`, `_module`), no names that only serve
// code execution (`__globals__`, `os`, `popen`, `eval`, ...), and no attribute or item key that
// the template computes from strings (`u ~ 'init' ~ u`, `'po' ~ 'pen'`, `|join`, `.format()`),
// since a computed key is how a payload hides those names; no key from the conversation looked
// up on a server function or Jinja object (`raise_exception[messages[0].content]`, which a user
// could aim at `__globals__`), and no str.format field that reads attributes ('{0.__class__}').
// Keys taken from the conversation data (`message['role']`, `messages[i]`) and literal keys are
// what real templates use, and pass.
// The tree comes from @huggingface/jinja, the parser transformers.js uses; a template it cannot
// parse cannot be judged, so it is reported (fail closed), never passed.
import { Template } from "@huggingface/jinja";

/** A node of @huggingface/jinja's syntax tree (its classes are not exported). */
interface Node {
  type: string;
  [field: string]: unknown;
}

export type TemplateVerdict = { problems: string[] } | { unparsable: string };

/**
 * Attribute and key names that only serve reaching code execution from a template. Not
 * "system" (a role name templates look up; `os.system` needs `os` first) nor "sys".
 */
const DENIED_NAMES = new Set([
  "os",
  "popen",
  "spawn",
  "spawnl",
  "spawnv",
  "execl",
  "execv",
  "eval",
  "exec",
  "execfile",
  "compile",
  "import",
  "import_module",
  "importlib",
  "subprocess",
  "check_output",
  "getattr",
  "setattr",
  "delattr",
  "globals",
  "locals",
  "builtins",
  "modules",
  "mro",
  "subclasses",
  "func_globals",
  "func_code",
  "im_func",
  "f_globals",
  "f_locals",
  "f_back",
  "f_builtins",
  "gi_frame",
  "gi_code",
  "cr_frame",
  "ag_frame",
  "tb_frame",
  "co_code",
]);

/**
 * Names a template reads from its environment that serve no chat formatting: Jinja's own
 * globals whose functions lead to `__globals__`, Flask's, and Python modules or builtins a
 * careless server might expose.
 */
const DENIED_GLOBALS = new Set([
  "cycler",
  "joiner",
  "lipsum",
  "self",
  "config",
  "request",
  "url_for",
  "get_flashed_messages",
  "os",
  "sys",
  "subprocess",
  "builtins",
  "importlib",
  "eval",
  "exec",
  "compile",
  "getattr",
  "setattr",
  "globals",
  "locals",
  "vars",
]);

/** Objects a server or Jinja provides that are functions or Jinja objects, not data. */
const NON_DATA = new Set([
  "raise_exception",
  "strftime_now",
  "namespace",
  "range",
  "dict",
  "loop",
  "caller",
  "varargs",
  "kwargs",
  "cycler",
  "joiner",
  "lipsum",
  "self",
]);

/** Filters whose result is a string (or a string made of their operand). */
const STRING_FILTERS = new Set([
  "format",
  "join",
  "replace",
  "string",
  "lower",
  "upper",
  "title",
  "capitalize",
  "trim",
  "striptags",
  "center",
  "indent",
  "reverse",
  "truncate",
  "wordwrap",
  "urlencode",
  "escape",
  "e",
  "forceescape",
  "safe",
  "tojson",
  "pprint",
  "xmlattr",
  "first",
  "last",
  "random",
  "list",
  "sort",
  "unique",
  "min",
  "max",
  "sum",
]);

/** String methods (Python's, which Jinja exposes) that build strings. */
const STRING_METHODS = new Set([
  "format",
  "format_map",
  "join",
  "replace",
  "lower",
  "upper",
  "title",
  "capitalize",
  "casefold",
  "swapcase",
  "strip",
  "lstrip",
  "rstrip",
  "removeprefix",
  "removesuffix",
  "center",
  "ljust",
  "rjust",
  "zfill",
  "expandtabs",
  "translate",
  "encode",
  "decode",
  "split",
  "rsplit",
  "partition",
  "rpartition",
]);

/** Filters that look attributes up by name (their `attribute=` or first argument). */
const ATTRIBUTE_FILTERS: Record<string, "first" | "attribute" | "both"> = {
  attr: "first",
  selectattr: "first",
  rejectattr: "first",
  map: "attribute",
  sort: "attribute",
  unique: "attribute",
  min: "attribute",
  max: "attribute",
  sum: "attribute",
  groupby: "both",
};

const isNode = (v: unknown): v is Node =>
  typeof v === "object" && v !== null && typeof (v as { type?: unknown }).type === "string";

/** Child nodes of a node, in any field (arrays, Maps of ObjectLiteral, nested nodes). */
function children(n: Node): Node[] {
  const out: Node[] = [];
  for (const [k, v] of Object.entries(n)) {
    if (k === "operator") continue; // a lexer token, not a node
    if (Array.isArray(v)) for (const x of v) isNode(x) && out.push(x);
    else if (v instanceof Map)
      for (const [a, b] of v) {
        if (isNode(a)) out.push(a);
        if (isNode(b)) out.push(b);
      }
    else if (isNode(v)) out.push(v);
  }
  return out;
}

const str = (n: unknown): string | undefined =>
  isNode(n) && n.type === "StringLiteral" ? (n.value as string) : undefined;
const ident = (n: unknown): string | undefined =>
  isNode(n) && n.type === "Identifier" ? (n.value as string) : undefined;
const filterName = (f: Node): string | undefined =>
  ident(f) ?? (f.type === "CallExpression" ? ident(f.callee) : undefined);
const opValue = (n: Node): string => (n.operator as { value?: string } | undefined)?.value ?? "";

/** A short rendering of an expression for messages (not a faithful printer). */
function show(n: unknown, depth = 0): string {
  if (!isNode(n) || depth > 6) return "…";
  switch (n.type) {
    case "StringLiteral":
      return JSON.stringify(n.value);
    case "IntegerLiteral":
    case "FloatLiteral":
    case "Identifier":
      return String(n.value);
    case "BinaryExpression":
      return `${show(n.left, depth + 1)} ${opValue(n)} ${show(n.right, depth + 1)}`;
    case "FilterExpression":
      return `${show(n.operand, depth + 1)}|${show(n.filter, depth + 1)}`;
    case "MemberExpression":
      return n.computed
        ? `${show(n.object, depth + 1)}[${show(n.property, depth + 1)}]`
        : `${show(n.object, depth + 1)}.${show(n.property, depth + 1)}`;
    case "CallExpression":
      return `${show(n.callee, depth + 1)}(${(n.args as unknown[]).map((a) => show(a, depth + 1)).join(", ")})`;
    case "ArrayLiteral":
    case "TupleLiteral":
      return `[${(n.value as unknown[]).map((a) => show(a, depth + 1)).join(", ")}]`;
    case "KeywordArgumentExpression":
      return `${show(n.key, depth + 1)}=${show(n.value, depth + 1)}`;
    default:
      return "…";
  }
}
const snippet = (n: unknown) => {
  const s = show(n);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

/**
 * What a value can be, as far as keys go: a literal string (and the first dangerous one), or a
 * string the template builds. Each flag only ever turns on, so the propagation below ends.
 */
interface Val {
  literal: boolean;
  computed: boolean;
  /** A function or Jinja object (not conversation data): what an item lookup must not walk. */
  handle?: boolean;
  /** A literal string the value can be that names Python internals (dunder, private, denied). */
  denied?: string;
}
const NOTHING: Val = { literal: false, computed: false };
const BUILT: Val = { literal: false, computed: true };
const HANDLE: Val = { literal: false, computed: false, handle: true };
const join2 = (a: Val, b: Val): Val => ({
  literal: a.literal || b.literal,
  computed: a.computed || b.computed,
  handle: a.handle || b.handle,
  denied: a.denied ?? b.denied,
});
const same = (a: Val, b: Val) =>
  a.literal === b.literal &&
  a.computed === b.computed &&
  Boolean(a.handle) === Boolean(b.handle) &&
  a.denied === b.denied;
const stringish = (v: Val) => v.literal || v.computed;

/** Why a name (attribute or key) reaches Python internals, or undefined. */
function nameDanger(name: string, ownAttribute = false): string | undefined {
  if (/^__.*__$/.test(name)) return "a dunder name";
  if (name.startsWith("_")) return "a private name";
  if (!ownAttribute && DENIED_NAMES.has(name.toLowerCase())) return "a name that serves only code execution";
  return undefined;
}
const dangerousPart = (s: string) => s.split(".").find((p) => nameDanger(p) !== undefined);

class Analysis {
  /** Values bound to a name (`x`, or `ns.x` for namespace attributes) anywhere in the template. */
  private readonly bindings = new Map<string, (Node | "rendered")[]>();
  private readonly macros = new Map<string, Node>();
  private readonly values = new Map<string, Val>();
  /** Set statements inside a for loop's body. */
  private readonly inLoop = new Set<Node>();
  /** Names bound to namespace() objects. */
  private readonly namespaces = new Set<string>();
  private readonly all: Node[];
  private readonly problems = new Set<string>();

  constructor(program: Node) {
    this.all = [];
    const stack: Node[] = [program]; // iterative: a deep template must not exhaust the stack
    while (stack.length > 0) {
      const n = stack.pop() as Node;
      this.all.push(n);
      stack.push(...children(n));
    }
  }

  run(): string[] {
    for (const n of this.all) if (n.type === "Macro") this.macros.set(ident(n.name) ?? "", n);
    for (const n of this.all) this.bind(n);
    this.propagate();
    const text = this.outputText();
    for (const n of this.all) this.check(n, text);
    return [...this.problems];
  }

  private add(name: string, value: Node | "rendered"): void {
    const list = this.bindings.get(name) ?? [];
    list.push(value);
    this.bindings.set(name, list);
  }

  private targetName(n: unknown): string | undefined {
    if (!isNode(n)) return undefined;
    if (n.type === "Identifier") return n.value as string;
    if (n.type === "MemberExpression" && !n.computed) {
      const o = ident(n.object);
      const p = ident(n.property);
      if (o && p) return `${o}.${p}`;
    }
    return undefined;
  }

  private bindTargets(target: unknown, value: Node | "rendered"): void {
    const name = this.targetName(target);
    if (name) this.add(name, value);
    else if (isNode(target) && target.type === "TupleLiteral")
      for (const t of target.value as unknown[]) this.bindTargets(t, value);
  }

  private bind(n: Node): void {
    if (n.type === "Set") {
      this.bindTargets(n.assignee, isNode(n.value) ? n.value : "rendered"); // {% set x %}...{% endset %}
      const name = this.targetName(n.assignee);
      const v = n.value;
      // namespace(found=false): `ns.found` is the template's own attribute
      if (name && isNode(v) && v.type === "CallExpression" && ident(v.callee) === "namespace") {
        this.namespaces.add(name);
        for (const a of v.args as Node[])
          if (a.type === "KeywordArgumentExpression") this.add(`${name}.${ident(a.key)}`, a.value as Node);
      }
    } else if (n.type === "For" && isNode(n.iterable)) {
      const stack = [...(n.body as Node[])];
      while (stack.length > 0) {
        const m = stack.pop() as Node;
        if (m.type === "Set") this.inLoop.add(m);
        stack.push(...children(m));
      }
      const it = n.iterable;
      const elements =
        it.type === "ArrayLiteral" || it.type === "TupleLiteral"
          ? (it.value as unknown[]).filter(isNode)
          : [it];
      for (const e of elements) this.bindTargets(n.loopvar, e);
    } else if (n.type === "Macro") {
      for (const p of n.args as Node[])
        if (p.type === "KeywordArgumentExpression" && isNode(p.value)) this.bindTargets(p.key, p.value);
    } else if (n.type === "CallExpression") {
      const macro = this.macros.get(ident(n.callee) ?? "");
      if (!macro) return;
      const params = (macro.args as Node[]).map((p) => (p.type === "Identifier" ? p : (p.key as Node)));
      const names = new Set(params.map((p) => ident(p)));
      (n.args as Node[]).forEach((a, i) => {
        // arguments beyond the parameters land in varargs and kwargs
        if (a.type === "KeywordArgumentExpression") {
          const key = ident(a.key) ?? "";
          this.add(names.has(key) ? key : "kwargs", a.value as Node);
        } else this.add((params[i] && ident(params[i])) ?? "varargs", a);
      });
    }
  }

  /** Names an expression reads (for re-evaluating a binding when one of them changes). */
  private reads(e: Node): string[] {
    const out: string[] = [];
    const stack = [e];
    while (stack.length > 0) {
      const n = stack.pop() as Node;
      const name = this.targetName(n);
      if (name) out.push(name);
      stack.push(...children(n));
    }
    return out;
  }

  /** Values of the template's own names, to a fixed point (a worklist over the bindings). */
  private propagate(): void {
    const dependents = new Map<string, Set<string>>();
    for (const [name, list] of this.bindings)
      for (const v of list)
        if (v !== "rendered")
          for (const r of this.reads(v)) {
            const set = dependents.get(r) ?? new Set();
            set.add(name);
            dependents.set(r, set);
          }
    const work = [...this.bindings.keys()];
    const queued = new Set(work);
    while (work.length > 0) {
      const name = work.pop() as string;
      queued.delete(name);
      let v = NOTHING;
      for (const b of this.bindings.get(name) ?? []) v = join2(v, b === "rendered" ? BUILT : this.value(b));
      if (same(v, this.values.get(name) ?? NOTHING)) continue;
      this.values.set(name, v);
      for (const d of dependents.get(name) ?? [])
        if (!queued.has(d)) {
          queued.add(d);
          work.push(d);
        }
    }
  }

  /** What an expression can evaluate to, given the current values of the template's names. */
  private value(n: unknown, depth = 0): Val {
    if (!isNode(n) || depth > 200) return depth > 200 ? BUILT : NOTHING;
    const d = depth + 1;
    switch (n.type) {
      case "StringLiteral": {
        const s = n.value as string;
        const bad = dangerousPart(s);
        return bad === undefined
          ? { literal: true, computed: false }
          : { literal: true, computed: false, denied: bad };
      }
      case "Identifier": {
        const name = n.value as string;
        const own = this.values.get(name);
        if (own) return own;
        return (NON_DATA.has(name) && !this.bindings.has(name)) || this.macros.has(name) ? HANDLE : NOTHING;
      }
      case "MemberExpression": {
        const object = this.value(n.object, d);
        const handle = object.handle ? HANDLE : NOTHING;
        // indexing or slicing a string ('__xclass__'[1:]) builds one
        if (n.computed) return join2(stringish(object) ? BUILT : NOTHING, handle);
        const name = this.targetName(n) ?? "";
        // ns.items, the template's own namespace attribute, is what it was set to
        return this.bindings.has(name) ? (this.values.get(name) ?? NOTHING) : handle;
      }
      case "Ternary":
        return join2(this.value(n.trueExpr, d), this.value(n.falseExpr, d));
      case "SelectExpression":
        return this.value(n.lhs, d);
      case "BinaryExpression": {
        const op = opValue(n);
        if (op === "~") return BUILT;
        const l = this.value(n.left, d);
        const r = this.value(n.right, d);
        if (op === "and" || op === "or") return join2(l, r);
        if (op === "+" || op === "*" || op === "%") return stringish(l) || stringish(r) ? BUILT : NOTHING;
        return NOTHING;
      }
      case "FilterExpression": {
        const f = filterName(n.filter as Node) ?? "";
        const operand = n.operand as Node;
        const literal = ["ArrayLiteral", "TupleLiteral", "ObjectLiteral", "CallExpression"].includes(
          operand.type,
        );
        return STRING_FILTERS.has(f) || literal || stringish(this.value(operand, d)) ? BUILT : NOTHING;
      }
      case "CallExpression": {
        const callee = n.callee as Node;
        // a macro call, or caller() in a {% call %} block, renders a string
        if (this.macros.has(ident(callee) ?? "") || ident(callee) === "caller") return BUILT;
        if (ident(callee) === "namespace") return HANDLE;
        if (
          callee.type === "MemberExpression" &&
          !callee.computed &&
          STRING_METHODS.has(ident(callee.property) ?? "")
        )
          return BUILT;
        return NOTHING;
      }
      case "ArrayLiteral":
      case "TupleLiteral": // what a loop over it, or an unpacking, can bind
        return (n.value as unknown[]).reduce<Val>((v, e) => join2(v, this.value(e, d)), NOTHING);
      default:
        return NOTHING;
    }
  }

  /** A key or attribute name given as an expression. */
  private checkKey(expr: unknown, what: string, requireLiteral = false): void {
    const v = this.value(expr);
    if (v.denied !== undefined)
      this.problems.add(`the ${what} ${JSON.stringify(v.denied)} (${nameDanger(v.denied)})`);
    if (v.computed)
      this.problems.add(`${what === "key" ? "a key" : `an ${what}`} built from strings (${snippet(expr)})`);
    else if (requireLiteral && !v.literal)
      this.problems.add(`an ${what} that is not a literal (${snippet(expr)})`);
  }

  private check(n: Node, text: Set<Node>): void {
    switch (n.type) {
      case "MemberExpression": {
        if (!n.computed) {
          const name = ident(n.property);
          // ns.system: an attribute of the template's own namespace() object
          const own =
            this.namespaces.has(ident(n.object) ?? "") && this.bindings.has(this.targetName(n) ?? "");
          const why = name === undefined ? undefined : nameDanger(name, own);
          if (why) this.problems.add(`the attribute ${JSON.stringify(name)} (${why})`);
        } else if (isNode(n.property) && n.property.type !== "SliceExpression") {
          this.checkKey(n.property, "key");
          this.checkReceiver(n);
        }
        return;
      }
      case "Set":
        this.checkWalk(n);
        return;
      case "CallExpression": {
        // str.format reads attributes and items named in its fields: '{0.__class__}'.format(x)
        const callee = n.callee as Node;
        const method =
          callee.type === "MemberExpression" && !callee.computed ? ident(callee.property) : undefined;
        if (method !== "format" && method !== "format_map") return;
        const fmt = str(callee.object);
        if (fmt !== undefined) {
          if (/\{[^{}]*[.[][^{}]*\}/.test(fmt))
            this.problems.add(
              `a str.format field that reads attributes or items (${snippet(callee.object)})`,
            );
        } else if (this.value(callee.object).computed)
          this.problems.add(`str.format on a format string built from strings (${snippet(n)})`);
        return;
      }
      case "FilterExpression":
      case "FilterStatement": {
        const f = n.filter as Node;
        if (f.type !== "CallExpression") return;
        const name = filterName(f) ?? "";
        const args = f.args as Node[];
        const positional = args.filter((a) => a.type !== "KeywordArgumentExpression");
        const mode = ATTRIBUTE_FILTERS[name];
        if ((mode === "first" || mode === "both") && positional[0])
          this.checkKey(positional[0], "attribute name", name === "attr");
        if (mode === "attribute" || mode === "both")
          for (const a of args)
            if (a.type === "KeywordArgumentExpression" && ident(a.key) === "attribute")
              this.checkKey(a.value, "attribute name");
        // map('attr', name), select('attr', ...): the attr filter applied by name
        if (str(positional[0]) === "attr" && positional[1])
          this.checkKey(positional[1], "attribute name", true);
        return;
      }
      case "Identifier": {
        const name = n.value as string;
        if (/^__.*__$/.test(name)) this.problems.add(`the name ${JSON.stringify(name)} (a dunder name)`);
        else if (DENIED_GLOBALS.has(name) && !this.bindings.has(name) && !this.macros.has(name))
          this.problems.add(`the global ${JSON.stringify(name)} (it serves only code execution)`);
        return;
      }
      case "StringLiteral": {
        const m = /__[A-Za-z0-9_]+__/.exec(n.value as string);
        if (m && !text.has(n)) this.problems.add(`the string ${JSON.stringify(m[0])} (a dunder name)`);
        return;
      }
    }
  }

  /**
   * A key the template does not spell out (it comes from the conversation) looked up on a
   * function or Jinja object rather than on data: Jinja falls back from item to attribute, so
   * `raise_exception[messages[0].content]` reaches `__globals__` when a user sends that name.
   */
  private checkReceiver(n: Node): void {
    const key = n.property as Node;
    if (this.value(key).computed || this.constant(key)) return; // judged by checkKey
    if (this.value(n.object).handle)
      this.problems.add(
        `a key from the conversation looked up on a function or Jinja object (${snippet(n)})`,
      );
  }

  /** Whether an expression is a literal, or a name only ever bound to literals. */
  private constant(e: unknown, seen = new Set<string>()): boolean {
    if (!isNode(e)) return false;
    if (["StringLiteral", "IntegerLiteral", "FloatLiteral"].includes(e.type)) return true;
    if (e.type === "UnaryExpression") return this.constant(e.argument, seen);
    if (e.type === "Ternary") return this.constant(e.trueExpr, seen) && this.constant(e.falseExpr, seen);
    const name = this.targetName(e);
    if (!name || seen.has(name) || !this.bindings.has(name)) return false;
    seen.add(name);
    return (this.bindings.get(name) ?? []).every((b) => b !== "rendered" && this.constant(b, seen));
  }

  /**
   * `{% for k in ... %}{% set ns.o = ns.o[k] %}`: a lookup walk, one key per loop turn, that no
   * chat template needs (only namespace attributes outlive a loop turn).
   */
  private checkWalk(n: Node): void {
    const target = this.targetName(n.assignee);
    let v = n.value;
    if (!target?.includes(".") || !this.inLoop.has(n)) return;
    if (!isNode(v) || v.type !== "MemberExpression" || !v.computed) return;
    const key = v.property as Node;
    if (["IntegerLiteral", "StringLiteral", "SliceExpression"].includes(key.type)) return;
    while (isNode(v) && v.type === "MemberExpression") {
      if (this.targetName(v) === target) break;
      v = v.object;
    }
    if (this.targetName(v) === target)
      this.problems.add(
        `a lookup walk that re-binds ${target} to one of its own items (${snippet(n.value)})`,
      );
  }

  /** Literal text and `{{ 'literal' }}` output: statements of a body, rendered, never looked up. */
  private outputText(): Set<Node> {
    const out = new Set<Node>();
    for (const m of this.all)
      for (const field of ["body", "alternate", "defaultBlock"]) {
        const list = m[field];
        if (Array.isArray(list))
          for (const s of list) if (isNode(s) && s.type === "StringLiteral") out.add(s);
      }
    return out;
  }
}

/**
 * Judges a chat template: the ways it can reach Python internals when rendered, or why it
 * could not be parsed.
 */
export function judgeChatTemplate(text: string): TemplateVerdict {
  let program: Node;
  try {
    program = new Template(text).parsed as unknown as Node;
  } catch (e) {
    const why =
      e instanceof RangeError ? "it is nested too deeply" : e instanceof Error ? e.message : String(e);
    return { unparsable: why.slice(0, 200) };
  }
  return { problems: new Analysis(program).run() };
}
