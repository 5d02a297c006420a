// `model-gate explain RULE`: the rule's documentation (docs/rules/RULE.md), offline, so a
// finding leads to its fix without a browser. A near miss gets a did-you-mean.
import { UserError } from "../core/errors.ts";
import { isRuleId, RULE_IDS } from "../core/rules.ts";
import { closest } from "../manifest/schema.ts";
import { renderRuleDoc } from "../reports/rule-docs.ts";
import { parse } from "./args.ts";
import { HELP } from "./help.ts";

export async function runExplain(argv: string[]): Promise<number> {
  const { values, positionals } = parse("explain", argv, {}, true);
  if (values.help) {
    process.stdout.write(HELP.explain);
    return 0;
  }
  if (positionals.length === 0) {
    process.stdout.write(`Rules:\n${RULE_IDS.map((id) => `  ${id}`).join("\n")}\n`);
    return 0;
  }
  for (const id of positionals) {
    if (!isRuleId(id)) {
      const near = closest(id, RULE_IDS);
      throw new UserError(
        `unknown rule ${JSON.stringify(id)}${near ? ` (did you mean ${near}?)` : ""}`,
        {},
        "Run 'model-gate explain' for the list of rules.",
      );
    }
    process.stdout.write(renderRuleDoc(id));
  }
  return 0;
}
