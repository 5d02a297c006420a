// One changed file between base and head, as git or the GitHub API reports it.
export type ChangeStatus = "added" | "modified" | "renamed" | "deleted";

export interface Change {
  path: string;
  status: ChangeStatus;
  /** For renames: the path in the base commit. */
  previousPath?: string;
}
