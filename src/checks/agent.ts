// agent/unapproved-tool-scope: an agent tool that writes, executes or reaches the network
// must have a human in the loop. OWASP Agentic Top 10 (tool misuse, excessive agency),
// OWASP LLM06 (excessive agency). Policy: "Agentic AI demands fresh rules on tool access".
import type { NewFinding } from "../core/findings.ts";
import { at, q } from "./context.ts";
import type { ModelFacts } from "./facts.ts";

export function checkAgent(facts: ModelFacts): NewFinding[] {
  const tools = facts.loaded.manifest.spec.agent?.tools ?? [];
  const risky = new Set(facts.policy.agent.riskyScopes);
  const out: NewFinding[] = [];
  for (const [i, tool] of tools.entries()) {
    const bad = tool.scopes.filter((s) => risky.has(s));
    if (bad.length > 0 && tool.humanApproval !== true) {
      out.push({
        ruleId: "agent/unapproved-tool-scope",
        message: `The agent tool ${q(tool.name)} has the ${bad.join(", ")} scope${bad.length > 1 ? "s" : ""} without human approval. Set humanApproval: true or narrow its scopes to read.`,
        ...at(facts, "spec", "agent", "tools", i),
      });
    }
  }
  return out;
}
