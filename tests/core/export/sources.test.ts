import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../../electron/core/export';
import type { ArticleSummary, GraphData } from '../../../electron/shared/types';

const article = (id: string, source: string): ArticleSummary => ({ id, title: id, date: null, pageDate: null, dateSource: null, place: null, byline: [], source, chars: 1 });
const ARTICLES = [article('a_1', '/home/li/新闻/第一版.txt'), article('a_2', 'C:\\Users\\li\\news\\page.htm'), article('a_3', '2024/10/page.txt')];
const GRAPH: GraphData = {
  nodes: ARTICLES.map((a) => ({ id: a.id, type: 'article' as const, name: a.title, aliases: [], mentions: 0, articles: [a.id], degree: 0, weightedDegree: 0 })),
  edges: [],
};

describe('article sources in exports', () => {
  it('never carry an absolute path: an absolute source keeps its file name, a relative one stays', () => {
    for (const format of ['csv', 'json', 'gexf', 'graphml', 'cyjs', 'cypher'] as const) {
      const text = exportGraph(GRAPH, format, { articles: ARTICLES }).map((f) => f.content).join('\n');
      expect(text, format).not.toMatch(/\/home\/li|Users/);
      expect(text, format).toContain('第一版.txt');
      expect(text, format).toContain('page.htm');
      expect(text, format).toContain('2024/10/page.txt');
    }
  });
});
