// A read-only view of one version of the repository (a commit, or the working tree).
// Implementations are adapters (git, filesystem, GitHub API); the engine only sees this.
// Every implementation refuses paths that leave the repository and never follows symlinks.

export type Entry =
  | { kind: "file"; size: number }
  | { kind: "missing" }
  | { kind: "symlink" }
  | { kind: "directory" }
  /**
   * The path is a git submodule (a gitlink: ls-tree mode 160000, API type "commit", a checkout
   * with its own .git or listed in .gitmodules) or lies inside one. `path` is the submodule's
   * own path. Its bytes are another repository's: never read, never listed.
   */
  | { kind: "submodule"; path: string }
  /** Socket, device, an odd mode: not something the gate reads. */
  | { kind: "other" };

export interface Tree {
  /** Human label: "HEAD", a short sha, "working tree". */
  readonly label: string;
  /** What is at a normalised repo-relative path (see repo/paths.ts). Never follows symlinks. */
  stat(path: string): Promise<Entry>;
  /** Whole contents. Callers stat first and respect the size limit. */
  read(path: string): Promise<Uint8Array>;
  /** Streaming contents, for hashing and scanning large files in constant memory. */
  chunks(path: string): AsyncIterable<Uint8Array>;
  /** Every regular file path in this version (repo-relative, "/" separated), none inside a submodule. */
  list(): Promise<string[]>;
  /**
   * Makes stat() and read() of this one path cheap without listing the tree (a git commit: one
   * small ls-tree instead of the whole listing), for a run that reads the policy and nothing else.
   */
  peek?(path: string): Promise<void>;
}
