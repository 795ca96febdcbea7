import { describe, expect, it } from 'vitest';
import { chooseLabels, estimateText, LABEL_PX, LABEL_PX_TOP, wrapLabel } from '../../../../renderer/src/features/graph/label-lod';
import type { LabelCandidate } from '../../../../renderer/src/features/graph/label-lod';

const view = { w: 1280, h: 800 };

describe('labels by zoom and importance', () => {
  it('keeps the most important of labels that would collide, and skips nodes out of view', () => {
    const cands: LabelCandidate[] = [
      { id: 'minor', x: 100, y: 100, size: 10, text: '字字字字字字', rank: 50 },
      { id: 'major', x: 104, y: 102, size: 10, text: '字字字字字字', rank: 0 },
      { id: 'far', x: 400, y: 300, size: 10, text: '字字字字', rank: 60 },
      { id: 'outside', x: 3000, y: 300, size: 10, text: '字字字字', rank: 1 },
    ];
    const chosen = chooseLabels(cands, view);
    expect(chosen.map((c) => c.id).sort()).toEqual(['far', 'major']);
    expect(chosen.find((c) => c.id === 'major')?.px).toBe(LABEL_PX_TOP);
    expect(chosen.find((c) => c.id === 'far')?.px).toBe(LABEL_PX);
  });

  it('always labels forced nodes (the selection), even over a more important one', () => {
    const chosen = chooseLabels(
      [
        { id: 'hub', x: 100, y: 100, size: 10, text: '字字字字字字', rank: 0 },
        { id: 'picked', x: 102, y: 100, size: 10, text: '字字字字字字', rank: 90, forced: true },
      ],
      view,
    );
    expect(chosen.map((c) => c.id)).toEqual(['picked']);
  });

  it('never shows more than the maximum, and no label below 12 px', () => {
    const cands: LabelCandidate[] = [];
    for (let i = 0; i < 2000; i++) cands.push({ id: `n${i}`, x: (i % 50) * 25, y: Math.floor(i / 50) * 20, size: 4, text: '字字字', rank: i });
    const chosen = chooseLabels(cands, view, 100);
    expect(chosen.length).toBeLessThanOrEqual(100);
    expect(chosen.length).toBeGreaterThan(20);
    expect(Math.min(...chosen.map((c) => c.px))).toBeGreaterThanOrEqual(12);
  });

  it('tests the box as drawn: a long name wraps to more lines and covers the label below it', () => {
    // A 20-character name wraps to three lines of 12 px under its node; a label 30 px below collides.
    expect(wrapLabel('一二三四五六七八九十一二三四五六七八九十', 12, false, estimateText)).toEqual(['一二三四五六七', '八九十一二三四', '五六七八九十']);
    // Evened out: no line left with one character; eight characters stay on one line.
    expect(wrapLabel('呼和浩特市物流协会', 12, false, estimateText)).toEqual(['呼和浩特市', '物流协会']);
    expect(wrapLabel('苏州市物流研究会', 12, false, estimateText)).toEqual(['苏州市物流研究会']);
    const cands: LabelCandidate[] = [
      { id: 'long', x: 300, y: 100, size: 10, text: '一二三四五六七八九十一二三四五六七八九十', rank: 30 },
      { id: 'below', x: 300, y: 135, size: 10, text: '下面', rank: 40 },
    ];
    expect(chooseLabels(cands, view).map((c) => c.id)).toEqual(['long']);
    const short = [{ ...cands[0], text: '短名' }, cands[1]];
    expect(chooseLabels(short, view).map((c) => c.id)).toEqual(['long', 'below']);
  });

  it('keeps neighbours of the selection ahead of more important nodes but never over another label', () => {
    const chosen = chooseLabels(
      [
        { id: 'hub', x: 100, y: 100, size: 10, text: '中心单位', rank: 0 },
        { id: 'nb', x: 102, y: 100, size: 10, text: '邻居单位', rank: 70, near: true },
        { id: 'nb2', x: 104, y: 101, size: 10, text: '另一邻居', rank: 71, near: true },
      ],
      view,
    );
    expect(chosen.map((c) => c.id)).toEqual(['nb']);
  });

  it('draws a label no smaller than the node\'s own size class and measures bold text wider', () => {
    const [big] = chooseLabels([{ id: 'big', x: 100, y: 100, size: 40, text: '大', rank: 50, minPx: 20 }], view);
    expect(big.px).toBe(20);
    expect(estimateText('工会', 12, true)).toBeGreaterThan(estimateText('工会', 12, false));
    expect(estimateText('ab', 10, false)).toBeLessThan(estimateText('工会', 10, false));
  });
});
