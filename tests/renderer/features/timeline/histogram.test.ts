import { describe, expect, it } from 'vitest';
import { histogramBars, indexAtX, MIN_BAR, stepIndex } from '../../../../renderer/src/features/timeline/histogram';

describe('the histogram', () => {
  it('gives each period an equal slot and a height by its count', () => {
    const bars = histogramBars([4, 0, 2, 1], 400, 80);
    expect(bars.map((b) => b.h)).toEqual([80, 0, 40, 20]);
    expect(bars.every((b) => b.y + b.h === 80)).toBe(true);
    expect(bars[1].x).toBeGreaterThan(bars[0].x + bars[0].w - 0.001);
    expect(bars[3].x + bars[3].w).toBeLessThanOrEqual(400);
  });

  it('keeps one article among many visible', () => {
    const bars = histogramBars([1000, 1], 100, 50);
    expect(bars[1].h).toBe(MIN_BAR);
  });

  it('draws nothing without periods or room', () => {
    expect(histogramBars([], 100, 50)).toEqual([]);
    expect(histogramBars([1], 0, 50)).toEqual([]);
  });

  it('maps a pointer position to the slot under it, clamped', () => {
    expect(indexAtX(0, 400, 4)).toBe(0);
    expect(indexAtX(199, 400, 4)).toBe(1);
    expect(indexAtX(200, 400, 4)).toBe(2);
    expect(indexAtX(-20, 400, 4)).toBe(0);
    expect(indexAtX(900, 400, 4)).toBe(3);
  });

  it('moves a brush handle with the arrow, page, Home and End keys', () => {
    expect(stepIndex('ArrowRight', 3, 10)).toBe(4);
    expect(stepIndex('ArrowLeft', 0, 10)).toBe(0);
    expect(stepIndex('PageUp', 3, 10)).toBe(9);
    expect(stepIndex('PageDown', 3, 10)).toBe(0);
    expect(stepIndex('Home', 5, 10)).toBe(0);
    expect(stepIndex('End', 5, 10)).toBe(9);
    expect(stepIndex('a', 5, 10)).toBeNull();
  });
});
