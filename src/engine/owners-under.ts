// A change list names a submodule by its own path only ("vendor/weights", never the files in
// it): moving the pointer changes every file below. This finds the declarations that reference
// a path under a changed one, so they are judged (and refused: input/submodule, SPEC 9).

/** Given path -> owners, a lookup of the owners of every path strictly under a directory. */
export function ownersUnder<T>(owners: ReadonlyMap<string, readonly T[]>): (dir: string) => T[] {
  let byDir: Map<string, Set<T>> | undefined; // built on the first call
  return (dir) => {
    if (!byDir) {
      byDir = new Map();
      for (const [path, list] of owners) {
        for (let i = path.indexOf("/"); i > 0; i = path.indexOf("/", i + 1)) {
          const d = path.slice(0, i);
          const set = byDir.get(d) ?? new Set<T>();
          for (const m of list) set.add(m);
          byDir.set(d, set);
        }
      }
    }
    return [...(byDir.get(dir) ?? [])];
  };
}
