// Dates in manifests are ISO strings (never YAML timestamps). Ages are whole UTC days.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds since the epoch, or null when the string is not a real ISO date. */
export function parseIsoDate(s: unknown): number | null {
  if (typeof s !== "string") return null;
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = Date.UTC(y, mo - 1, d);
  const check = new Date(day);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  const full = Date.parse(m[4] ? s.trim().replace(" ", "T") : `${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(full) ? day : full;
}

const DAY = 86_400_000;

/** Whole days from `date` to `now` (negative when `date` is in the future). */
export function ageInDays(dateMs: number, now: Date): number {
  return Math.floor((startOfUtcDay(now.getTime()) - startOfUtcDay(dateMs)) / DAY);
}

function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}
