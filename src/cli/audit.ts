// `model-gate audit`: the scheduled audit (SPEC 11). Every model at REF with the policy from the
// default branch, every finding of `check --all`, and audit/expiring for what expires soon.
import { UserError } from "../core/errors.ts";
import { auditModels } from "../engine/deploy.ts";
import { parserFromWorkers } from "../engine/run-gate.ts";
import { parse, REPORT_FLAGS, reportOptions } from "./args.ts";
import { judgeAtRef, openAtRef } from "./deploy-shell.ts";
import { emit } from "./emit.ts";
import { HELP } from "./help.ts";

export const DEFAULT_WITHIN_DAYS = 30;

export async function runAudit(argv: string[]): Promise<number> {
  const { values } = parse(
    "audit",
    argv,
    {
      repo: { type: "string" },
      ref: { type: "string" },
      "policy-ref": { type: "string" },
      within: { type: "string" },
      ...REPORT_FLAGS,
    },
    false,
  );
  if (values.help) {
    process.stdout.write(HELP.audit);
    return 0;
  }
  const { format, mode, now } = reportOptions(values);
  const within = values.within === undefined ? DEFAULT_WITHIN_DAYS : Number(values.within);
  if (!Number.isSafeInteger(within) || within < 0 || within > 3650)
    throw new UserError(
      `--within must be a number of days from 0 to 3650 (got ${JSON.stringify(values.within)})`,
    );

  const opened = await openAtRef({ repo: values.repo, ref: values.ref, policyRef: values["policy-ref"] });
  const result = await judgeAtRef(opened, mode, { command: "audit" }, () =>
    auditModels({
      policy: opened.policy,
      head: opened.head,
      headLabel: opened.headSha,
      within,
      now,
      mode,
      openParser: parserFromWorkers(process.env.MODEL_GATE_WORKERS),
    }),
  );
  return emit(result, format, values.output);
}
