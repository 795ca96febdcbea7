import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../electron/core/extract/sentences';

describe('splitSentences', () => {
  it('splits after terminators and keeps closing quotes with their sentence', () => {
    const text = '“多亏了零工驿站！”近日,他说。第二句？\n新行';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['“多亏了零工驿站！”', '近日,他说。', '第二句？', '新行']);
  });
});
