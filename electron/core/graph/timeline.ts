import type { Article, ArticleSummary, GraphFilter, Timeline, TimelineBucket } from '../../shared/types';
import { dateInRange } from './dates';

/** The short form of an article for lists, with its page date and where its date comes from. */
export function articleSummary(a: Article): ArticleSummary {
  return {
    id: a.id,
    title: a.title,
    date: a.date,
    pageDate: a.pageDate ?? null,
    dateSource: a.dateSource ?? (a.date ? 'dateline' : null),
    place: a.place,
    byline: a.byline,
    source: a.source,
    chars: a.chars,
  };
}

/**
 * Whether an article passes a filter's article scope: its id among `filter.articles` (when
 * given) and its date within `dateFrom`..`dateTo` (inclusive; a partial date counts when it
 * overlaps). An undated article passes a date range only with `includeUndated`.
 */
export function articleInFilter(a: Pick<Article, 'id' | 'date'>, filter: GraphFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.articles && filter.articles.length > 0 && !filter.articles.includes(a.id)) return false;
  const from = filter.dateFrom || null;
  const to = filter.dateTo || null;
  if (from === null && to === null) return true;
  if (!a.date) return filter.includeUndated === true;
  return dateInRange(a.date, from, to);
}

const DAY = 86_400_000;

/** Milliseconds (UTC) of an ISO day. */
function dayMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first day of the period that holds `day` (weeks start on Monday, ISO 8601). */
export function periodStart(day: string, bucket: TimelineBucket): string {
  if (bucket === 'month') return `${day.slice(0, 7)}-01`;
  if (bucket === 'day') return day;
  const ms = dayMs(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return isoDay(ms - weekday * DAY);
}

/** The first day of the period after the one starting on `start`. */
function nextPeriod(start: string, bucket: TimelineBucket): string {
  if (bucket === 'day') return isoDay(dayMs(start) + DAY);
  if (bucket === 'week') return isoDay(dayMs(start) + 7 * DAY);
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * The day an article is counted on: its date, or for a month-only date the first of the month
 * (a year-only date is too coarse for any bucket and counts as undated).
 */
function dayOf(date: string | null, bucket: TimelineBucket): string | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date) && bucket === 'month') return `${date}-01`;
  return null;
}

/**
 * Articles and mentions per day, week (from Monday) or month, from the first period with an
 * article to the last, empty periods included; articles without a usable date are counted in
 * `undated`. Only the articles that pass the filter's article scope count (`articleInFilter`);
 * undated ones are always counted apart, never in a period. `mentions` gives the number of
 * entity mentions in each article (by id; an article it does not list has none).
 */
export function timeline(articles: readonly Article[], bucket: TimelineBucket, filter?: GraphFilter, mentions?: ReadonlyMap<string, number>): Timeline {
  const counts = new Map<string, number>();
  const mentionCounts = new Map<string, number>();
  let undated = 0;
  const scope: GraphFilter = { ...filter, includeUndated: true };
  for (const a of articles) {
    if (!articleInFilter(a, scope)) continue;
    const day = dayOf(a.date, bucket);
    if (day === null) {
      undated++;
      continue;
    }
    const start = periodStart(day, bucket);
    counts.set(start, (counts.get(start) ?? 0) + 1);
    mentionCounts.set(start, (mentionCounts.get(start) ?? 0) + (mentions?.get(a.id) ?? 0));
  }
  const starts = [...counts.keys()].sort();
  const periods: Timeline['periods'] = [];
  if (starts.length > 0) {
    const last = starts[starts.length - 1];
    for (let p = starts[0]; p <= last; p = nextPeriod(p, bucket)) periods.push({ start: p, articles: counts.get(p) ?? 0, mentions: mentionCounts.get(p) ?? 0 });
  }
  return { bucket, periods, undated };
}

/** Entity mentions per article id, from the `mentions` edges (article to entity, weight = how many). */
export function mentionsPerArticle(edges: Iterable<{ source: string; weight: number }>): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of edges) out.set(e.source, (out.get(e.source) ?? 0) + e.weight);
  return out;
}

/**
 * Mentions per month (`YYYY-MM`) from the dates of the articles that hold them, from the first
 * month to the last with empty months included; mentions in undated articles are left out.
 */
export function mentionTimeline(dates: Iterable<string | null | undefined>): Array<{ period: string; mentions: number }> {
  const counts = new Map<string, number>();
  for (const d of dates) {
    if (!d || !/^\d{4}-\d{2}/.test(d)) continue;
    const month = d.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const months = [...counts.keys()].sort();
  const out: Array<{ period: string; mentions: number }> = [];
  if (months.length === 0) return out;
  const last = months[months.length - 1];
  for (let p = `${months[0]}-01`; p.slice(0, 7) <= last; p = nextPeriod(p, 'month')) {
    out.push({ period: p.slice(0, 7), mentions: counts.get(p.slice(0, 7)) ?? 0 });
  }
  return out;
}
