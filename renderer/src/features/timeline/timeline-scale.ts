import type { Timeline, TimelineBucket } from '../../../../electron/shared/types';

/** One bar of the histogram: a period's first day (ISO) and its number of articles. */
export type Period = Timeline['periods'][number];

/** A date range as the filter holds it: ISO days, `''` for an open end. */
export interface DateRange {
  from: string;
  to: string;
}

const DAY = 86_400_000;

function dayMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The last day of the month that `iso` (`YYYY-MM…`) falls in. */
function monthEnd(iso: string): string {
  // Day 0 of the next month is the last day of this one.
  return isoDay(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0));
}

/** The last day of the period that starts on `start` (weeks run Monday to Sunday, as the core counts them). */
export function periodEnd(start: string, bucket: TimelineBucket): string {
  if (bucket === 'day') return start;
  if (bucket === 'week') return isoDay(dayMs(start) + 6 * DAY);
  return monthEnd(start);
}

/**
 * A bound of a date filter as a full ISO day: a year or a month given alone stands for its
 * first day (`from`) or its last day (`to`); `''` stays open.
 */
export function fullDay(bound: string, side: 'from' | 'to'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(bound)) return bound;
  if (/^\d{4}-\d{2}$/.test(bound)) return side === 'from' ? `${bound}-01` : monthEnd(bound);
  if (/^\d{4}$/.test(bound)) return side === 'from' ? `${bound}-01-01` : `${bound}-12-31`;
  return '';
}

/** The date range that the periods `i`..`j` (in either order, inclusive) cover. */
export function rangeOfPeriods(periods: readonly Period[], bucket: TimelineBucket, i: number, j: number): DateRange {
  const a = Math.max(0, Math.min(i, j));
  const b = Math.min(periods.length - 1, Math.max(i, j));
  return { from: periods[a].start, to: periodEnd(periods[b].start, bucket) };
}

/**
 * The first and last index of the periods that a date range touches, or null when there is
 * no range or it touches none. An open end reaches the first or last period.
 */
export function periodsOfRange(periods: readonly Period[], bucket: TimelineBucket, range: DateRange): [number, number] | null {
  const from = fullDay(range.from, 'from');
  const to = fullDay(range.to, 'to');
  if ((!from && !to) || periods.length === 0) return null;
  let a = 0;
  while (a < periods.length && from && periodEnd(periods[a].start, bucket) < from) a++;
  let b = periods.length - 1;
  while (b >= 0 && to && periods[b].start > to) b--;
  return a <= b ? [a, b] : null;
}

/** Articles in the periods `i`..`j` (inclusive). */
export function articlesIn(periods: readonly Period[], i: number, j: number): number {
  let n = 0;
  for (let k = Math.max(0, Math.min(i, j)); k <= Math.min(periods.length - 1, Math.max(i, j)); k++) n += periods[k].articles;
  return n;
}

/** How a period reads on the axis and to a screen reader: the day, the week's first and last day, or the month. */
export function formatPeriod(start: string, bucket: TimelineBucket): string {
  if (bucket === 'day') return start;
  if (bucket === 'month') return start.slice(0, 7);
  return `${start} – ${periodEnd(start, 'week').slice(5)}`;
}

/** How a date range reads: `from – to`, one day alone, or an open end as `…`. */
export function formatRange(range: DateRange): string {
  if (range.from && range.from === range.to) return range.from;
  return `${range.from || '…'} – ${range.to || '…'}`;
}

/**
 * The steps of playback: one per month from the first period's month to the last one's, each
 * range starting on the first dated day and ending on the last day of its month, so that the
 * graph grows month by month.
 */
export function playbackSteps(periods: readonly Period[]): DateRange[] {
  if (periods.length === 0) return [];
  const first = periods[0].start;
  const lastMonth = periods[periods.length - 1].start.slice(0, 7);
  const steps: DateRange[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    steps.push({ from: first, to: monthEnd(month) });
    if (month >= lastMonth) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return steps;
}

/**
 * Whether an article dated `date` is in the range, as the core decides it: a partial date
 * (`2024-10`) counts when it overlaps; an undated article only with `includeUndated`.
 */
export function dateInFilter(date: string | null, range: DateRange, includeUndated: boolean): boolean {
  const from = fullDay(range.from, 'from');
  const to = fullDay(range.to, 'to');
  if (!from && !to) return true;
  const first = date ? fullDay(date, 'from') : '';
  if (!first || !date) return includeUndated;
  const last = fullDay(date, 'to');
  return (!from || last >= from) && (!to || first <= to);
}
