/** First day covered by a partial ISO date (`2024` -> `2024-01-01`). */
function low(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day covered by a partial ISO date (`2024-10` -> `2024-10-31`, compared as text). */
function high(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** Whether a (possibly partial) date overlaps the inclusive range; unknown dates are outside any range. */
export function dateInRange(date: string | null | undefined, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (!date) return false;
  if (from !== null && high(date) < low(from)) return false;
  if (to !== null && low(date) > high(to)) return false;
  return true;
}

/** Earliest and latest of the known dates. */
export function dateSpan(dates: Iterable<string | null | undefined>): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  for (const d of dates) {
    if (!d) continue;
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  return { first, last };
}
