// The review frameworks a risk assessment can be held to, and the items each must cover.
const range = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, "0")}`);

export const FRAMEWORK_ITEMS: Record<string, string[]> = {
  "owasp-llm-2025": range("LLM", 10),
  "owasp-agentic-2026": range("ASI", 10),
};

/** Which of the tier's frameworks apply to a model of this type. */
export function requiredFrameworks(listed: readonly string[], type: string): string[] {
  const out = listed.filter((f) => {
    if (f.startsWith("owasp-llm")) return type === "llm" || type === "agent";
    if (f.startsWith("owasp-agentic")) return type === "agent";
    return true;
  });
  // An agent is an LLM with tools: its review covers the agentic list as well.
  if (type === "agent" && out.length > 0 && !out.some((f) => f.startsWith("owasp-agentic"))) {
    out.push("owasp-agentic-2026");
  }
  return out;
}
