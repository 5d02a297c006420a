// Reading from the GitHub API is part of evaluating: when it fails after the client's retries
// the gate cannot evaluate, so the failure becomes a GateError (verdict `error`, fail closed)
// with a message that says what could not be read and why.
import { GateError } from "../core/errors.ts";
import { apiMessage, httpStatus } from "./client.ts";

export interface Repo {
  owner: string;
  repo: string;
}

export function parseRepository(full: string): Repo {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(full);
  if (!m) throw new GateError(`GITHUB_REPOSITORY is "${full}", not owner/name`);
  return { owner: m[1]!, repo: m[2]! };
}

/** Runs a read the verdict depends on; any failure becomes a GateError naming `what`. */
export async function mustRead<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof GateError) throw e;
    throw readError(what, e);
  }
}

export function readError(what: string, e: unknown): GateError {
  const status = httpStatus(e);
  if (status === undefined || status >= 500 || status === 429)
    return new GateError(
      `The GitHub API is unavailable: reading ${what} failed after retries (${status ? `HTTP ${status}` : apiMessage(e)}). The gate fails closed; re-run the job when GitHub is back.`,
    );
  if (status === 401)
    return new GateError(
      `The token was rejected reading ${what} (HTTP 401). Check the action's token input.`,
    );
  if (status === 403 || status === 404)
    return new GateError(
      `The token cannot read ${what} (HTTP ${status}: ${apiMessage(e)}). Give the workflow "contents: read" and "pull-requests: read" permissions.`,
    );
  return new GateError(`Reading ${what} failed (HTTP ${status}: ${apiMessage(e)}).`);
}
