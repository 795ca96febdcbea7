/** One bar of the histogram, in the SVG's units (y grows downwards). */
export interface Bar {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A period with articles is always drawn at least this tall, so that one article among hundreds shows. */
export const MIN_BAR = 2;

/**
 * Bars for `counts` in a box of `width` × `height`: one equal slot per period (a gap between
 * slots when there is room), heights proportional to the count, a non-empty period at least
 * {@link MIN_BAR} high and an empty one 0.
 */
export function histogramBars(counts: readonly number[], width: number, height: number): Bar[] {
  const n = counts.length;
  if (n === 0 || width <= 0 || height <= 0) return [];
  const slot = width / n;
  const gap = slot >= 4 ? Math.min(2, slot * 0.2) : 0;
  let max = 0;
  for (const c of counts) max = Math.max(max, c);
  return counts.map((c, i) => {
    const h = c > 0 && max > 0 ? Math.max(MIN_BAR, (c / max) * height) : 0;
    return { x: i * slot + gap / 2, y: height - h, w: slot - gap, h };
  });
}

/** The index of the slot under `x` (clamped to the first and last), for `n` slots across `width`. */
export function indexAtX(x: number, width: number, n: number): number {
  if (n <= 0 || width <= 0) return 0;
  return Math.min(n - 1, Math.max(0, Math.floor((x / width) * n)));
}

/** The next index after a key press on a brush handle, or null for a key the handle ignores. */
export function stepIndex(key: string, index: number, n: number, page = 10): number | null {
  const clamp = (i: number) => Math.min(n - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(index - 1);
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(index + 1);
    case 'PageDown':
      return clamp(index - page);
    case 'PageUp':
      return clamp(index + page);
    case 'Home':
      return 0;
    case 'End':
      return clamp(n - 1);
    default:
      return null;
  }
}

/** Months listed one by one to a screen reader; longer series are summed up. */
export const SPOKEN = 24;

/** What a screen reader hears of the series: each month, or for a long one its span and its peak (`peakWord` names it). */
export function seriesSummary(series: ReadonlyArray<{ period: string; mentions: number }>, peakWord = 'peak'): string {
  if (series.length <= SPOKEN) return series.map((p) => `${p.period}: ${p.mentions}`).join(', ');
  const peak = series.reduce((best, p) => (p.mentions > best.mentions ? p : best), series[0]);
  return `${series[0].period} – ${series[series.length - 1].period}, ${peakWord} ${peak.period}: ${peak.mentions}`;
}
