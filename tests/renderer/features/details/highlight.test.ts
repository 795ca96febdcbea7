import { describe, expect, it } from 'vitest';
import { splitMarks } from '../../../../renderer/src/features/details/highlight';

describe('marking text', () => {
  it('splits around the marked range', () => {
    expect(splitMarks('深圳市总工会成立基金会。', [{ start: 0, end: 6 }])).toEqual([
      { text: '深圳市总工会', mark: true },
      { text: '成立基金会。', mark: false },
    ]);
  });

  it('clamps ranges to the text and skips empty or overlapping ones', () => {
    expect(splitMarks('abcdef', [{ start: 4, end: 99 }, { start: 2, end: 2 }, { start: 3, end: 5 }, { start: -3, end: 1 }])).toEqual([
      { text: 'a', mark: true },
      { text: 'bc', mark: false },
      { text: 'de', mark: true },
      { text: 'f', mark: false },
    ]);
  });

  it('returns the whole text when nothing is marked', () => {
    expect(splitMarks('文本', [])).toEqual([{ text: '文本', mark: false }]);
  });
});
