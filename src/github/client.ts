// The one Octokit the Action uses: @actions/github with the retry and throttling plugins, so a
// 5xx or a rate limit is retried before the gate gives up (and then fails closed). Created in
// the entry point only; everything else receives it.
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, a GHES host, or a test server. */
  baseUrl: string;
  /** Milliseconds per retry "second"; 1000 in production, small in tests. */
  retryBaseMs?: number;
  /** Retries after the first attempt for 5xx and network errors. */
  retries?: number;
  /** Receives one line per retry or rate limit, for the log. */
  log?: (message: string) => void;
}

const MAX_RATE_LIMIT_RETRIES = 2;
/** Longer waits than this are not worth a job's time: the read fails and the gate fails closed. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

export function createClient(opts: ClientOptions): GitHubClient {
  const base = opts.retryBaseMs ?? 1000;
  const log = opts.log ?? (() => {});
  // Both rate limits: retry a short wait a few times, give up on a long one (and say which).
  const onLimit =
    (limit: string) =>
    (after: number, options: { method: string; url: string }, _o: unknown, count: number) => {
      const retry = count < MAX_RATE_LIMIT_RETRIES && after <= MAX_RATE_LIMIT_WAIT_SECONDS;
      log(
        `GitHub API ${limit} on ${options.method} ${options.url}; ${retry ? `retrying in ${after}s` : "giving up"}`,
      );
      return retry;
    };
  return getOctokit(
    opts.token,
    {
      baseUrl: opts.baseUrl.replace(/\/+$/, ""),
      retry: { retries: opts.retries ?? 3, retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
      },
      log: { debug: () => {}, info: () => {}, warn: log, error: log },
    },
    retry,
    throttling,
  );
}

/** HTTP status of an Octokit RequestError, or undefined for anything else (network, bug). */
export function httpStatus(e: unknown): number | undefined {
  if (typeof e === "object" && e !== null && "status" in e && typeof e.status === "number") return e.status;
  return undefined;
}

/** GitHub's error message of an Octokit RequestError, without the docs URL. */
export function apiMessage(e: unknown): string {
  if (e instanceof Error) return e.message.replace(/\s*-\s*https:\/\/docs\.github\.com\S*/g, "");
  return String(e);
}
