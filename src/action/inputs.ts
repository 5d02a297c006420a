// The Action's inputs (action.yml), read and checked once. A wrong value is the user's mistake:
// a UserError that names the input and the values it takes.
import { UserError } from "../core/errors.ts";
import { MODES, type Mode } from "../core/verdict.ts";
import type { CommentPolicy } from "../github/comment.ts";
import { getInput, type InputName } from "./io.ts";

export interface ActionInputs {
  token: string;
  /** The policy path in the base commit; explicit when the user set it. */
  policy: { file: string; explicit: boolean };
  mode: Mode;
  comment: CommentPolicy;
  sarifFile: string;
  reportFile: string;
  checkRun: boolean;
  /** SPEC 10: set, the Action runs `verify` for this deployment environment. */
  environment: string;
  /** SPEC 11: the audit's window in days (audit/expiring). */
  within: number;
  /** SPEC 10: files (one per line) about to be deployed, bound to audited digests (--artifact). */
  artifacts: string[];
}

const DEFAULT_POLICY = ".github/model-gate.yml";

export function readInputs(get: (name: InputName) => string = getInput): ActionInputs {
  const policy = get("policy").trim();
  return {
    token: get("token").trim(),
    policy: { file: policy || DEFAULT_POLICY, explicit: policy !== "" && policy !== DEFAULT_POLICY },
    mode: oneOf(get, "mode", MODES, "enforce"),
    comment: oneOf(get, "comment", ["always", "on-failure", "never"] as const, "always"),
    sarifFile: get("sarif-file").trim(),
    reportFile: get("report-file").trim(),
    checkRun: oneOf(get, "check-run", ["true", "false"] as const, "false") === "true",
    environment: get("environment").trim(),
    within: days(get("within").trim()),
    artifacts: get("artifacts")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  };
}

function days(raw: string): number {
  if (raw === "") return 30;
  const n = Number(raw);
  if (!/^\d{1,4}$/.test(raw) || n > 3650)
    throw new UserError(
      `input within is ${JSON.stringify(raw.slice(0, 50))}; it takes a number of days from 0 to 3650`,
      {},
      'fix the "with: within:" line of the workflow step',
    );
  return n;
}

/** The mode alone, for reporting an input error in the mode the user asked for when possible. */
export function modeOf(get: (name: InputName) => string = getInput): Mode {
  return get("mode").trim().toLowerCase() === "warn" ? "warn" : "enforce";
}

function oneOf<T extends string>(
  get: (n: InputName) => string,
  name: InputName,
  values: readonly T[],
  dflt: T,
): T {
  const raw = get(name).trim().toLowerCase();
  if (raw === "") return dflt;
  if ((values as readonly string[]).includes(raw)) return raw as T;
  throw new UserError(
    `input ${name} is ${JSON.stringify(raw.slice(0, 50))}; it takes ${values.map((v) => `"${v}"`).join(", ")}`,
    {},
    `fix the "with: ${name}:" line of the workflow step`,
  );
}
