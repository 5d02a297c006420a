// What the triggering event says, reduced to the facts the gate needs. The payload is JSON
// written by GitHub, but parts of it (titles, branch names) are chosen by the PR author, so
// only shas, numbers and logins are taken, each checked for shape.

export type GateEvent =
  | {
      kind: "pull_request";
      /** pull_request, pull_request_target or pull_request_review. */
      name: string;
      number: number;
      author: string;
      baseSha: string;
      headSha: string;
      /** From the payload when it has it (pull_request events), for the 3,000-file check. */
      changedFiles: number | null;
      /** The head lives in another repository: the token is read-only under pull_request. */
      fromFork: boolean;
    }
  | {
      kind: "merge_group";
      name: string;
      /** The target branch's head: the policy is read here. */
      baseSha: string;
      headSha: string;
      /** The queue entry's pull request, from head_ref, or why head_ref names none. */
      queue: QueueEntry | { unparsable: string };
    }
  | { kind: "push"; name: string; baseSha: string | null; headSha: string }
  | { kind: "unsupported"; name: string; reason: string };

/** What a merge-queue branch name says: `refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha>`. */
export interface QueueEntry {
  baseRef: string;
  number: number;
  /** The commit this entry was built on (the branch head or the previous entry): the change is parentSha..head. */
  parentSha: string;
}

const SUPPORTED_EVENTS = [
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "merge_group",
  "push",
];

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const ZERO = /^0+$/;

export function parseEvent(name: string, payload: unknown, repository: string): GateEvent {
  const p = obj(payload);
  switch (name) {
    case "pull_request":
    case "pull_request_target":
    case "pull_request_review": {
      const pr = obj(p.pull_request);
      const head = obj(pr.head);
      const base = obj(pr.base);
      const number = typeof pr.number === "number" ? pr.number : p.number;
      const headRepo = obj(head.repo).full_name;
      const headSha = sha(head.sha);
      const baseSha = sha(base.sha);
      const author = login(obj(pr.user).login);
      if (typeof number !== "number" || !Number.isSafeInteger(number) || !headSha || !baseSha || !author)
        return bad(name, "the event payload has no pull request with a number, head and base sha and author");
      return {
        kind: "pull_request",
        name,
        number,
        author,
        baseSha,
        headSha,
        changedFiles: typeof pr.changed_files === "number" ? pr.changed_files : null,
        fromFork: typeof headRepo === "string" && headRepo.toLowerCase() !== repository.toLowerCase(),
      };
    }
    case "merge_group": {
      const mg = obj(p.merge_group);
      const baseSha = sha(mg.base_sha);
      const headSha = sha(mg.head_sha);
      if (!baseSha || !headSha)
        return bad(name, "the event payload has no merge_group base_sha and head_sha");
      return { kind: "merge_group", name, baseSha, headSha, queue: parseQueueRef(mg.head_ref) };
    }
    case "push": {
      const after = sha(p.after);
      const before = sha(p.before);
      if (!after || ZERO.test(after))
        return bad(name, "the push deleted the branch; there is nothing to audit");
      return { kind: "push", name, baseSha: before && !ZERO.test(before) ? before : null, headSha: after };
    }
    default:
      return bad(name, `model-gate runs on ${SUPPORTED_EVENTS.join(", ")}; it was triggered by "${name}"`);
  }
}

const QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/(.+)\/pr-([1-9][0-9]{0,9})-([0-9a-f]{40}|[0-9a-f]{64})$/;

/** The pull request and parent commit a merge-queue head_ref names (GitHub's own naming). */
export function parseQueueRef(ref: unknown): QueueEntry | { unparsable: string } {
  const m = typeof ref === "string" ? QUEUE_REF.exec(ref) : null;
  const number = m ? Number(m[2]) : Number.NaN;
  if (!m || !Number.isSafeInteger(number))
    return {
      unparsable: `the merge group's head_ref ${typeof ref === "string" ? `"${ref.slice(0, 200)}" is not` : "is missing, not"} of the form refs/heads/gh-readonly-queue/<base>/pr-<number>-<sha>, so the gate cannot tell which pull request's approvals to check`,
    };
  return { baseRef: m[1]!, number, parentSha: m[3]! };
}

function bad(name: string, reason: string): GateEvent {
  return { kind: "unsupported", name, reason };
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function sha(v: unknown): string | null {
  return typeof v === "string" && SHA.test(v) ? v : null;
}

function login(v: unknown): string | null {
  return typeof v === "string" && /^[A-Za-z0-9-]+(\[bot\])?$/.test(v) ? v : null;
}
