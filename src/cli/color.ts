// Whether to colour terminal output: FORCE_COLOR wins (as in Node: "0"/"false" off, anything
// else on), then NO_COLOR (no-color.org: present and non-empty means off), then whether
// standard output is a terminal.
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false"].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return isTTY;
}
