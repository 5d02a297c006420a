// Glob matching for the policy's file patterns (manifests, artifacts, cards, BOMs).
import picomatch from "picomatch";

export type Matcher = (path: string) => boolean;

export function matcher(globs: readonly string[]): Matcher {
  if (globs.length === 0) return () => false;
  const m = picomatch([...globs], { dot: true });
  return (p) => m(p);
}
