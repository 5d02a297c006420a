// Chat templates judged on their Jinja syntax tree (issue 9, class 7): templates that reach
// Python internals, directly or through names computed from strings, block; the published
// templates of popular open models pass with no finding.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { judgeChatTemplate } from "../../src/safety/chat-template.ts";
import { gguf } from "./formats-helpers.ts";
import { scanBytes } from "./helpers.ts";

const dir = new URL("./chat-templates/", import.meta.url);
const real = readdirSync(dir).filter((f) => f.endsWith(".jinja"));

const ggufWith = (template: string, key = "tokenizer.chat_template") =>
  gguf([
    ["general.architecture", { type: "string", value: "llama" }],
    ["tokenizer.ggml.tokens", { type: "strings", value: ["<s>", "</s>"] }],
    [key, { type: "string", value: template }],
  ]);

describe("chat templates of popular open models pass with no finding", () => {
  it("has the models the README names", () => {
    expect(real.length).toBeGreaterThanOrEqual(15);
  });
  for (const file of real) {
    it(file, async () => {
      const template = readFileSync(new URL(file, dir), "utf8");
      expect(judgeChatTemplate(template)).toEqual({ problems: [] });
      expect(await scanBytes(`models/${file}.gguf`, ggufWith(template))).toEqual([]);
    });
  }
  it("passes output built by concatenation, data keys, arithmetic indexes and namespace attributes", () => {
    for (const t of [
      "{% for m in messages %}{{ '<|' + m['role'] + '|>' ~ m.content }}{% endfor %}",
      "{% for m in messages %}{% if messages[loop.index0 + 1] is defined %}{{ messages[loop.index0 + 1]['content'] }}{% endif %}{% endfor %}",
      "{% set ns = namespace(system='', found=false) %}{% set ns.system = messages[0].content %}{{ ns.system }}",
      "{% for k, v in tools[0].items() %}{{ k }}={{ tools[0][k] | tojson }}{% endfor %}",
      "{% set key = 'content' %}{{ messages[0][key] }}{{ messages|map(attribute='role')|join(',') }}",
      "{{ messages|selectattr('role', 'equalto', 'system')|list|length }}",
      "{% set tokens = {'system': '<|system|>', 'user': '<|user|>'} %}{{ tokens['system'] }}{{ tokens.system }}",
      "{% set ns = namespace(items=[]) %}{% for t in tools %}{% set ns.items = ns.items + [t] %}{% endfor %}{{ ns.items[0] }}",
      "{% macro f(param, field=none) %}{% if field in param %}{% set param = param[field] %}{% endif %}{{ param }}{% endmacro %}{{ f(tools[0], 'type') }}",
    ])
      expect(judgeChatTemplate(t), t).toEqual({ problems: [] });
  });
});

// CVE-2024-34359 (llama-cpp-python, GHSA-56xg-wfcc-g829): the GGUF's chat template walks from
// an empty tuple to warnings.catch_warnings, its module's builtins, and os.popen.
const CVE_PAYLOAD =
  "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen(\"touch /tmp/retr0reg\")}}{%endif%}{% endfor %}";

const hostile: [string, string, RegExp][] = [
  ["CVE-2024-34359's payload (an empty tuple the parser refuses)", CVE_PAYLOAD, /not valid Jinja/],
  [
    "CVE-2024-34359's walk from the messages",
    CVE_PAYLOAD.replace("()", "messages"),
    /attribute "__class__" \(a dunder name\).*|attribute "_module" \(a private name\)/,
  ],
  [
    "dunder names built with ~",
    "{% set u = '_' ~ '_' %}{{ raise_exception[u ~ 'init' ~ u][u ~ 'glob' ~ 'als' ~ u]['o' ~ 's']['po' ~ 'pen']('id').read() }}",
    /a key built from strings \(u ~ "init" ~ u\)/,
  ],
  ["a Jinja global that leads to __globals__", "{{ cycler }}", /the global "cycler"/],
  [
    "a name joined from a list",
    "{{ raise_exception[['_','_glo','bals_','_']|join] }}",
    /a key built from strings \(\[.*\]\|join\)/,
  ],
  ["a name formatted with |format", "{{ messages['%sclass%s'|format('__', '__')] }}", /built from strings/],
  [
    "a name formatted with .format()",
    "{% set u = '_' * 2 %}{{ messages['{}class{}'.format(u, u)] }}",
    /built from/,
  ],
  [
    "a name built with +",
    "{% set a = 'o' %}{% set b = a + 's' %}{{ raise_exception[b] }}",
    /built from strings \(b\)/,
  ],
  ["a name replaced into shape", "{{ messages['xxclassxx'|replace('x', '_')] }}", /built from strings/],
  [
    "a name held in a namespace attribute",
    "{% set ns = namespace(k='_' ~ '_class_' ~ '_') %}{{ messages[ns.k] }}",
    /built from strings \(ns\.k\)/,
  ],
  [
    "a name passed to a macro",
    "{% macro g(o, k) %}{{ o[k] }}{% endmacro %}{{ g(messages, '__cla' ~ 'ss__') }}",
    /built from strings \(k\)/,
  ],
  [
    "a name rendered by a set block",
    "{% set k %}__class__{% endset %}{{ messages[k] }}",
    /built from strings \(k\)/,
  ],
  [
    "a dunder through a literal loop",
    "{% for k in ['__class__'] %}{{ messages[k] }}{% endfor %}",
    /"__class__"/,
  ],
  ["an escaped dunder", "{{ messages['\\x5f\\x5fclass\\x5f\\x5f'] }}", /key "__class__" \(a dunder name\)/],
  ["the attr filter with a dunder", "{{ messages|attr('__class__') }}", /attribute name "__class__"/],
  ["the attr filter with a computed name", "{{ messages|attr(messages[0].content) }}", /not a literal/],
  [
    "map(attribute=) with a dunder path",
    "{{ messages|map(attribute='__class__.__mro__')|list }}",
    /"__class__"/,
  ],
  ["a dunder keyword turned into a string", "{{ (dict(__globals__=1)|list)[0] }}", /"__globals__"/],
  ["popen by attribute", "{{ tools.os.popen('id') }}", /attribute "os"/],
  ["a slice of a literal", "{{ messages['x__class__'[1:]] }}", /built from strings/],
  [
    "keys sent in the conversation, looked up on a server function",
    "{{ raise_exception[messages[0].content][messages[1].content] }}",
    /a key from the conversation looked up on a function or Jinja object/,
  ],
  [
    "a key that is a literal or, on the other branch, from the conversation",
    "{% set k = messages[0].content if messages|length > 1 else 'role' %}{{ raise_exception[k] }}",
    /looked up on a function or Jinja object \(raise_exception\[k\]\)/,
  ],
  [
    "a lookup walk driven by the conversation",
    "{% set ns = namespace(o=messages) %}{% for m in messages %}{% set ns.o = ns.o[m.content] %}{% endfor %}{{ ns.o }}",
    /a lookup walk that re-binds ns\.o/,
  ],
  [
    "a recursive macro walking a server function",
    "{% macro w(o, i) %}{% if i < messages|length %}{{ w(o[messages[i].content], i + 1) }}{% else %}{{ o('id') }}{% endif %}{% endmacro %}{{ w(raise_exception, 0) }}",
    /looked up on a function or Jinja object \(o\[messages\[i\]\.content\]\)/,
  ],
  [
    "str.format reading attributes",
    "{{ '{0.__init__.__globals__}'.format(raise_exception) }}",
    /str\.format field/,
  ],
  [
    "str.format on a built format string",
    "{{ ('{0.' ~ 'x}').format(messages) }}",
    /str\.format on a format string/,
  ],
  [
    "a name passed to a macro's varargs",
    "{% macro m() %}{{ raise_exception[varargs[0]] }}{% endmacro %}{{ m('__cla' ~ 'ss__') }}",
    /built from strings \(varargs\[0\]\)/,
  ],
  [
    "a name rendered by a call block",
    "{% macro m() %}{{ messages[caller()] }}{% endmacro %}{% call m() %}__class__{% endcall %}",
    /built from strings \(caller\(\)\)/,
  ],
  [
    "a denied name through a list variable",
    "{% set ks = ['o', 'popen'] %}{% for k in ks %}{{ messages[k] }}{% endfor %}",
    /the key "popen"/,
  ],
  ["a denied name through unpacking", "{% set a, b = ['popen', 1] %}{{ messages[a] }}", /the key "popen"/],
  [
    "a denied attribute exempted by a set on a non-namespace",
    "{% if false %}{% set tools.os = 1 %}{% endif %}{{ tools.os }}",
    /the attribute "os"/,
  ],
  ["an unsupported statement", "{% include 'other.j2' %}", /not valid Jinja/],
  [
    "nesting deeper than the parser goes",
    `{{ ${"(".repeat(20000)}1${")".repeat(20000)} }}`,
    /not valid Jinja/,
  ],
];

describe("chat templates that reach Python internals block", () => {
  for (const [name, template, reason] of hostile) {
    it(name, async () => {
      const issues = await scanBytes("models/m.gguf", ggufWith(template, "tokenizer.chat_template.tool_use"));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ kind: "unsafe-format", severity: "error" });
      expect(issues[0]?.message).toContain("tokenizer.chat_template.tool_use");
      expect(issues[0]?.message).toMatch(reason);
    });
  }
  it("names the CVE and what to do", async () => {
    const [issue] = await scanBytes("m.gguf", ggufWith("{{ raise_exception.__globals__ }}"));
    expect(issue?.message).toMatch(/CVE-2024-34359.*remove the template/);
  });
  it("stops judging templates past 4 MiB of them in one file, and says so", async () => {
    const text = "plain text ".repeat(90_000); // ~1 MB each, cheap to parse
    const file = gguf(
      [0, 1, 2, 3, 4].map((i) => [`tokenizer.chat_template.t${i}`, { type: "string", value: text }] as const),
    );
    const issues = await scanBytes("m.gguf", file);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/chat_template\.t4\) beyond the 4194304 bytes of templates, too long to review/),
    ]);
  });
  it("reports every template of the file, and templates too long to review", async () => {
    const file = gguf([
      ["tokenizer.chat_template", { type: "string", value: "{{ messages[0].content }}" }],
      ["tokenizer.chat_template.rag", { type: "string", value: "{{ lipsum }}" }],
      ["tokenizer.chat_template.tool_use", { type: "string", value: "x".repeat(1024 * 1024 + 1) }],
    ]);
    const issues = await scanBytes("m.gguf", file);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/chat_template\.rag.*"lipsum"/),
      expect.stringMatching(/chat_template\.tool_use.*too long to review/),
    ]);
  });
});
