import { describe, expect, it } from 'vitest';
import { chooseLabels, LABEL_PX, LABEL_PX_TOP } from '../../../../renderer/src/features/graph/label-lod';
import type { LabelCandidate } from '../../../../renderer/src/features/graph/label-lod';

const view = { w: 1280, h: 800 };

describe('labels by zoom and importance', () => {
  it('keeps the most important of labels that would collide, and skips nodes out of view', () => {
    const cands: LabelCandidate[] = [
      { id: 'minor', x: 100, y: 100, size: 10, chars: 6, rank: 50 },
      { id: 'major', x: 104, y: 102, size: 10, chars: 6, rank: 0 },
      { id: 'far', x: 400, y: 300, size: 10, chars: 4, rank: 60 },
      { id: 'outside', x: 3000, y: 300, size: 10, chars: 4, rank: 1 },
    ];
    const chosen = chooseLabels(cands, view);
    expect(chosen.map((c) => c.id).sort()).toEqual(['far', 'major']);
    expect(chosen.find((c) => c.id === 'major')?.px).toBe(LABEL_PX_TOP);
    expect(chosen.find((c) => c.id === 'far')?.px).toBe(LABEL_PX);
  });

  it('always labels forced nodes (the selection), even over a more important one', () => {
    const chosen = chooseLabels(
      [
        { id: 'hub', x: 100, y: 100, size: 10, chars: 6, rank: 0 },
        { id: 'picked', x: 102, y: 100, size: 10, chars: 6, rank: 90, forced: true },
      ],
      view,
    );
    expect(chosen.map((c) => c.id)).toEqual(['picked']);
  });

  it('never shows more than the maximum, and no label below 12 px', () => {
    const cands: LabelCandidate[] = [];
    for (let i = 0; i < 2000; i++) cands.push({ id: `n${i}`, x: (i % 50) * 25, y: Math.floor(i / 50) * 20, size: 4, chars: 3, rank: i });
    const chosen = chooseLabels(cands, view, 100);
    expect(chosen.length).toBeLessThanOrEqual(100);
    expect(chosen.length).toBeGreaterThan(20);
    expect(Math.min(...chosen.map((c) => c.px))).toBeGreaterThanOrEqual(12);
  });
});
