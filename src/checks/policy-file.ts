// manifest/schema for a policy file that `validate` reads: one finding per problem the policy
// loader found (each schema issue on its own line), or one for a file it cannot read at all.
import type { UserError } from "../core/errors.ts";
import type { NewFinding } from "../core/findings.ts";
import { PolicyInvalid } from "../policy/load.ts";

export function checkPolicyFile(file: string, e: UserError): NewFinding[] {
  const at = { file, line: e.location?.line, column: e.location?.column };
  if (!(e instanceof PolicyInvalid))
    return [{ ruleId: "manifest/schema", severity: "error", message: e.message, ...at }];
  return [
    { ruleId: "manifest/schema", severity: "error", message: e.headline, ...at },
    ...e.issues.slice(1).map((i) => ({
      ruleId: "manifest/schema" as const,
      severity: "error" as const,
      message: i.message,
      file,
      line: i.line || undefined,
    })),
  ];
}
