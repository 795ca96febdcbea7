import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, ExtractionBudgetExceeded } from '../../../electron/core/extract/index';
import type { Extractor } from '../../../electron/core/extract/index';

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});

// Pieces that make the rules fire: places, suffixes, titles, quotes, brackets, names, emoji.
const PIECES = [
  '深圳市', '广东省', '黄桥镇', '青海', '中美', '访华', '总工会', '市总', '县总', '有限公司', '(', ')', '（', '）',
  '“', '”', '‘', '’', '《', '》', '·', '、', '，', '。', '\n', ' ', '记者', '秘书长', '王先生', '李娜', '说', '介绍',
  '活动', '基金', '平台', '保', '村', '社区', '2024年', '12345+N', 'APP', '和', '的', '在', '😀', '𠀀', '工会',
  '\ud800', '\udc00', '\u0000', '\u200b', '\u202e',
];

describe('extraction on arbitrary text', () => {
  it('never throws, and every mention and evidence span lies inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const result = extractor.extract(text);
        for (const m of result.entities) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.surface);
          expect(m.name.length).toBeGreaterThan(0);
        }
        for (const r of result.relations) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns nothing for empty or blank text', () => {
    expect(extractor.extract('')).toEqual({ entities: [], relations: [] });
    expect(extractor.extract(' \n\t ')).toEqual({ entities: [], relations: [] });
  });

  it('counts offsets in UTF-16 code units past characters outside the BMP', () => {
    const text = '𠀀😀记者李昱霖报道，深圳市总工会举办活动。';
    for (const m of extractor.extract(text).entities) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(extractor.extract(text).entities.map((m) => m.surface)).toEqual(expect.arrayContaining(['李昱霖', '深圳市总工会']));
  });

  it('gives the same result for the same text', () => {
    const text = '河池市总工会党组书记、常务副主席韦凡介绍，金秋助学活动资助困难职工子女。';
    expect(extractor.extract(text)).toEqual(extractor.extract(text));
  });
});

describe('hostile text', () => {
  it('reads around lone surrogates and control characters, with surfaces cut from the text itself', () => {
    const text = '\ud800记者李昱霖\u0000报道，\udc00深圳市总工会\u001b举办活动。\ud83d';
    const result = extractor.extract(text);
    for (const m of result.entities) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(result.entities.map((m) => m.surface)).toEqual(expect.arrayContaining(['李昱霖', '深圳市总工会']));
  });

  it('reports an article that runs past its time budget instead of hanging on it', () => {
    let now = 0;
    const slow = createExtractor({ budgetMs: 50, clock: () => (now += 100) });
    expect(() => slow.extract('深圳市总工会举办活动。')).toThrow(ExtractionBudgetExceeded);
    const patient = createExtractor({ budgetMs: 50, clock: () => now });
    expect(patient.extract('深圳市总工会举办活动。').entities.map((m) => m.name)).toEqual(['深圳市总工会', '深圳市']);
  });
});
