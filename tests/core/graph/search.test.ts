import { describe, expect, it } from 'vitest';
import { foldText, searchArticles } from '../../../electron/core/graph/search';
import type { Article } from '../../../electron/shared/types';

function article(id: string, title: string, body: string, date: string | null): Article {
  const text = `${title}\n\n${body}`;
  return { id, title, subtitle: null, kicker: null, text, bodyStart: title.length + 2, date, pageDate: null, dateSource: date ? 'dateline' : null, place: null, byline: [], source: `${id}.txt`, sourceIndex: 0, importedAt: '2024-10-14T00:00:00Z', chars: text.length };
}

const ARTICLES = [
  article('a_1', '深圳工会打造公益慈善生态体系', '深圳市总工会发起成立深圳市职工发展基金会。基金会以“12345+N”模式运作,服务职工。', '2024-10-11'),
  article('a_2', '职工夜校“走红”的奥秘', '平度市工人文化宫开办职工夜校,职工报名踊跃。夜校课程丰富。', '2024-10-12'),
  article('a_3', '舟山推出技能共富保', '舟山市总工会推出“技能共富保”,ＡＢＣ公司参保。', null),
];

describe('searchArticles', () => {
  it('finds a Chinese substring in titles and bodies, most hits first, with the total', () => {
    const result = searchArticles(ARTICLES, '职工');
    expect(result.total).toBe(2);
    expect(result.hits.map((h) => [h.article, h.hits])).toEqual([
      ['a_2', 3],
      ['a_1', 2],
    ]);
    expect(result.hits[0]).toMatchObject({ title: '职工夜校“走红”的奥秘', date: '2024-10-12' });
  });

  it('marks every hit in snippets with offsets that point at the query in the article text', () => {
    const [hit] = searchArticles(ARTICLES, '夜校').hits;
    const text = ARTICLES[1].text;
    const marked = hit.snippets.flatMap((s) => s.ranges.map((r) => s.text.slice(r.start, r.end)));
    expect(marked).toEqual(['夜校', '夜校', '夜校']);
    for (const s of hit.snippets) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(hit.snippets.reduce((n, s) => n + s.ranges.length, 0)).toBe(hit.hits);
  });

  it('requires every term, ignores width and case, and keeps to the limit', () => {
    expect(searchArticles(ARTICLES, '总工会 基金会').hits.map((h) => h.article)).toEqual(['a_1']);
    const wide = searchArticles(ARTICLES, 'abc');
    expect(wide.hits.map((h) => h.article)).toEqual(['a_3']);
    const s = wide.hits[0].snippets[0];
    expect(s.text.slice(s.ranges[0].start, s.ranges[0].end)).toBe('ＡＢＣ');
    expect(searchArticles(ARTICLES, '１２３４５').total).toBe(1);
    const limited = searchArticles(ARTICLES, '工', 1);
    expect(limited.total).toBe(3);
    expect(limited.hits).toHaveLength(1);
    expect(searchArticles(ARTICLES, '   ')).toEqual({ total: 0, hits: [] });
    expect(searchArticles(ARTICLES, '不存在的词').total).toBe(0);
  });

  it('folds without changing lengths, so that offsets hold', () => {
    const text = 'ＡＢＣ　１２３ Abc 工会';
    expect(foldText(text)).toBe('abc 123 abc 工会');
    expect(foldText(text)).toHaveLength(text.length);
  });
});
