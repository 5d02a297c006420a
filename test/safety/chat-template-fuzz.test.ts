// Property tests for the chat template check: any text, and real templates cut and spliced
// with Jinja fragments, give a verdict (problems or unparsable), never an exception, and a
// template spliced with a dunder attribute is never passed.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { judgeChatTemplate } from "../../src/safety/chat-template.ts";

const dir = new URL("./chat-templates/", import.meta.url);
const real = readdirSync(dir)
  .filter((f) => f.endsWith(".jinja"))
  .map((f) => readFileSync(new URL(f, dir), "utf8"));

const FRAGMENTS = [
  "{{ ",
  " }}",
  "{% ",
  " %}",
  "{# ",
  " #}",
  "{%- set x = ",
  "{% for k in ",
  "{% endfor %}",
  "{% macro m(a, b=1) %}",
  "{% endmacro %}",
  "{% if ",
  "{% endif %}",
  "{% call m() %}",
  "{% endcall %}",
  "namespace(a=1)",
  "messages[0]",
  "x[",
  "]",
  "(",
  ")",
  ".",
  " ~ ",
  " + ",
  "|join",
  "|attr(",
  "'__cl'",
  "'ass__'",
  "raise_exception",
  "caller()",
  "varargs",
  "[1:]",
  "'\\x5f'",
];

const spliced = fc
  .tuple(
    fc.constantFrom(...real),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FRAGMENTS)), { maxLength: 6 }),
    fc.option(fc.nat()),
  )
  .map(([t, inserts, cut]) => {
    let s = t;
    for (const [at, f] of inserts) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + f + s.slice(i);
    }
    return cut === null ? s : s.slice(0, cut % (s.length + 1));
  });

const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((a) => a.join(""));

const verdict = (t: string) => {
  const v = judgeChatTemplate(t);
  expect("problems" in v || "unparsable" in v).toBe(true);
  return v;
};

describe("chat template check on arbitrary text", () => {
  it("always gives a verdict, never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), spliced, soup), (t) => {
        verdict(t);
      }),
      { numRuns: 400 },
    );
  });
  it("a dunder attribute spliced into an output of a real template never passes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...real),
        fc.constantFrom("__class__", "__globals__", "__init__"),
        (t, d) => {
          const v = verdict(`${t}{{ messages.${d} }}`);
          expect("unparsable" in v || v.problems.length > 0).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
