// The one run around evaluate(), shared by `model-gate check` and the Action's pull-request gate:
// the shell opens its trees and reads its policy and changes; the runner evaluates, turns the
// user's mistakes into verdict `error` (fail closed), and closes every tree it was handed.
import { UserError } from "../core/errors.ts";
import type { GateResult } from "../core/result.ts";
import { errorResult, type Mode } from "../core/verdict.ts";
import type { LoadedPolicy } from "../policy/types.ts";
import { evaluate } from "./evaluate.ts";
import { openParser, type Parser } from "./parse-pool.ts";
import type { GateInput } from "./types.ts";

/** What the shell gathers: everything evaluate() judges but the mode, clock and labels. */
type Gathered = Omit<GateInput, "now" | "mode" | "baseLabel" | "headLabel" | "openParser">;

export interface GateRun {
  mode: Mode;
  now: Date;
  baseLabel: string;
  headLabel: string;
  /** The parser factory (see `parserFromWorkers`). */
  openParser: (manifests: number) => Parser;
  /**
   * Opens the trees and reads the policy and the changes. `track` registers something to close
   * when the run ends, whatever happens; `policyRead` records the policy for an error report.
   */
  gather(track: <T extends Closable>(t: T) => T, policyRead: (p: LoadedPolicy) => void): Promise<Gathered>;
  /** Runs after a successful evaluation with the trees still open (the CLI's note on uncommitted files). */
  after?(gathered: Gathered): Promise<void>;
  /** Told of the user error that became verdict `error`. */
  onUserError?(e: UserError): void;
}

interface Closable {
  close(): unknown;
}

/** Never throws a UserError: the user's mistakes and outages become verdict `error`. */
export async function runGate(run: GateRun): Promise<GateResult> {
  const open: Closable[] = [];
  let policy: LoadedPolicy | undefined;
  const labels = { baseLabel: run.baseLabel, headLabel: run.headLabel };
  try {
    const gathered = await run.gather(
      (t) => {
        open.push(t);
        return t;
      },
      (p) => {
        policy = p;
      },
    );
    policy = gathered.policy;
    const result = await evaluate({
      ...gathered,
      now: run.now,
      mode: run.mode,
      openParser: run.openParser,
      ...labels,
    });
    await run.after?.(gathered);
    return result;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    run.onUserError?.(e);
    return errorResult({
      message: e.describe(),
      mode: run.mode,
      ...labels,
      ...(policy ? { policy: { source: policy.source, digest: policy.digest } } : {}),
    });
  } finally {
    for (const t of open) await Promise.resolve(t.close()).catch(() => {});
  }
}

/** The parser factory for MODEL_GATE_WORKERS as the shell read it (undefined: by the work). */
export function parserFromWorkers(workers: string | undefined): (manifests: number) => Parser {
  return (manifests) => openParser(manifests, workers);
}
