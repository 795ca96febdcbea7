import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineBucket } from '../../../../electron/shared/types';
import {
  articlesIn,
  formatPeriod,
  formatRange,
  fullDay,
  periodEnd,
  periodsOfRange,
  playbackSteps,
  rangeOfPeriods,
} from '../../../../renderer/src/features/timeline/timeline-scale';
import type { Period } from '../../../../renderer/src/features/timeline/timeline-scale';

const days: Period[] = [
  { start: '2024-10-10', articles: 2, mentions: 6 },
  { start: '2024-10-11', articles: 0, mentions: 0 },
  { start: '2024-10-12', articles: 3, mentions: 9 },
  { start: '2024-10-13', articles: 1, mentions: 3 },
];

describe('periods of the timeline', () => {
  it('end on the same day, the Sunday of a Monday week, or the last day of the month', () => {
    expect(periodEnd('2024-10-11', 'day')).toBe('2024-10-11');
    expect(periodEnd('2024-10-07', 'week')).toBe('2024-10-13');
    expect(periodEnd('2024-12-30', 'week')).toBe('2025-01-05');
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEnd('2023-02-01', 'month')).toBe('2023-02-28');
    expect(periodEnd('2024-12-01', 'month')).toBe('2024-12-31');
  });

  it('read a partial date bound as its first or last day', () => {
    expect(fullDay('2024-02', 'from')).toBe('2024-02-01');
    expect(fullDay('2024-02', 'to')).toBe('2024-02-29');
    expect(fullDay('2024', 'to')).toBe('2024-12-31');
    expect(fullDay('2024-10-11', 'to')).toBe('2024-10-11');
    expect(fullDay('', 'from')).toBe('');
  });

  it('turn a brushed span of bars into the date range they cover, in either direction', () => {
    expect(rangeOfPeriods(days, 'day', 2, 2)).toEqual({ from: '2024-10-12', to: '2024-10-12' });
    expect(rangeOfPeriods(days, 'day', 3, 1)).toEqual({ from: '2024-10-11', to: '2024-10-13' });
    const months: Period[] = [
      { start: '2024-09-01', articles: 1, mentions: 3 },
      { start: '2024-10-01', articles: 4, mentions: 12 },
    ];
    expect(rangeOfPeriods(months, 'month', 0, 1)).toEqual({ from: '2024-09-01', to: '2024-10-31' });
  });

  it('find the bars a date range touches, open ends reaching the first or last bar', () => {
    expect(periodsOfRange(days, 'day', { from: '', to: '' })).toBeNull();
    expect(periodsOfRange(days, 'day', { from: '2024-10-11', to: '2024-10-12' })).toEqual([1, 2]);
    expect(periodsOfRange(days, 'day', { from: '2024-10-12', to: '' })).toEqual([2, 3]);
    expect(periodsOfRange(days, 'day', { from: '', to: '2024-10-10' })).toEqual([0, 0]);
    expect(periodsOfRange(days, 'day', { from: '2025-01-01', to: '' })).toBeNull();
    expect(periodsOfRange(days, 'day', { from: '2024-10', to: '2024-10' })).toEqual([0, 3]);
    const weeks: Period[] = [
      { start: '2024-10-07', articles: 1, mentions: 3 },
      { start: '2024-10-14', articles: 1, mentions: 3 },
    ];
    // A day inside a week touches that week.
    expect(periodsOfRange(weeks, 'week', { from: '2024-10-09', to: '2024-10-09' })).toEqual([0, 0]);
  });

  it('give back the brushed bars from the range they make (any span, any bucket)', () => {
    const bucketArb = fc.constantFrom<TimelineBucket>('day', 'week', 'month');
    fc.assert(
      fc.property(bucketArb, fc.integer({ min: 1, max: 40 }), fc.nat(), fc.nat(), (bucket, n, x, y) => {
        const periods: Period[] = [];
        let d = bucket === 'week' ? '2023-12-25' : '2024-01-01';
        for (let k = 0; k < n; k++) {
          periods.push({ start: d, articles: k % 3, mentions: 2 * (k % 3) });
          const next = new Date(`${periodEnd(d, bucket)}T00:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 1);
          d = next.toISOString().slice(0, 10);
        }
        const i = x % n;
        const j = y % n;
        expect(periodsOfRange(periods, bucket, rangeOfPeriods(periods, bucket, i, j))).toEqual([Math.min(i, j), Math.max(i, j)]);
      }),
    );
  });

  it('count the articles of a span and name periods and ranges', () => {
    expect(articlesIn(days, 0, 2)).toBe(5);
    expect(articlesIn(days, 3, 3)).toBe(1);
    expect(formatPeriod('2024-10-07', 'week')).toBe('2024-10-07 – 10-13');
    expect(formatPeriod('2024-10-01', 'month')).toBe('2024-10');
    expect(formatRange({ from: '2024-10-12', to: '2024-10-12' })).toBe('2024-10-12');
    expect(formatRange({ from: '2024-10-12', to: '' })).toBe('2024-10-12 – …');
  });

  it('play back month by month from the first dated day, each step ending a month later', () => {
    const periods: Period[] = [
      { start: '2024-11-20', articles: 1, mentions: 3 },
      { start: '2024-11-21', articles: 0, mentions: 0 },
      { start: '2025-01-03', articles: 2, mentions: 6 },
    ];
    expect(playbackSteps(periods)).toEqual([
      { from: '2024-11-20', to: '2024-11-30' },
      { from: '2024-11-20', to: '2024-12-31' },
      { from: '2024-11-20', to: '2025-01-31' },
    ]);
    expect(playbackSteps([])).toEqual([]);
  });
});

describe('articles in a date range', () => {
  it('decides as the core does, partial dates overlapping, undated only when asked', async () => {
    const { dateInRange } = await import('../../../../electron/core/graph/dates');
    const { dateInFilter } = await import('../../../../renderer/src/features/timeline/timeline-scale');
    const dateArb = fc.oneof(
      fc.constant(null),
      fc.constantFrom('2024', '2023', '2024-09', '2024-10', '2024-02'),
      fc.date({ min: new Date('2023-06-01'), max: new Date('2025-06-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
    const boundArb = fc.oneof(fc.constant(''), fc.constantFrom('2024-10', '2024'), fc.date({ min: new Date('2023-06-01'), max: new Date('2025-06-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(dateArb, boundArb, boundArb, (date, from, to) => {
        expect(dateInFilter(date, { from, to }, false)).toBe(dateInRange(date, from || null, to || null));
      }),
    );
    expect(dateInFilter(null, { from: '2024-10-01', to: '' }, true)).toBe(true);
    expect(dateInFilter(null, { from: '', to: '' }, false)).toBe(true);
  });
});
