import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../../electron/core/export';
import { neutraliseCsvText as safe } from '../../../electron/shared/csv-cell';
import type { ExportFile, GraphData } from '../../../electron/shared/types';
import { awkwardGraph } from './arbitraries';
import { ARTICLES, sampleGraph } from './fixture';

type Row = Record<string, string>;

function csvOf(graph: GraphData, withArticles = true): Map<string, ExportFile> {
  const files = exportGraph(graph, 'csv', { articles: withArticles ? ARTICLES : undefined, generatedAt: '2026-11-29T10:00:00.000Z' });
  return new Map(files.map((f) => [f.name, f]));
}

function rows(file: ExportFile | undefined): Row[] {
  if (!file) throw new Error('missing file');
  return parse(file.content, { bom: true, columns: true }) as Row[];
}

describe('CSV export', () => {
  const graph = sampleGraph();
  const files = csvOf(graph);

  it('writes nodes, edges, evidence and articles tables in UTF-8 with a BOM and one header row', () => {
    expect([...files.keys()]).toEqual(['nodes.csv', 'edges.csv', 'evidence.csv', 'articles.csv']);
    for (const f of files.values()) {
      expect(f.content.charCodeAt(0)).toBe(0xfeff);
      expect(f.mime).toBe('text/csv; charset=utf-8');
      expect(Buffer.from(f.content, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
    expect(files.get('nodes.csv')?.content.split('\r\n')[0]).toBe(
      '\uFEFFid,label,type,aliases,note,tags,mentions,degree,weighted_degree,code,first_date,last_date,articles,source,color,manual,x,y',
    );
    expect(files.get('edges.csv')?.content.split('\r\n')[0]).toMatch(/^\uFEFFsource,target,id,label,weight,relation,directed,/);
    expect(csvOf(graph, false).has('articles.csv')).toBe(false);
  });

  it('quotes a cell with a quote, a comma or any line break, so that line-based readers (pandas) keep the row whole', () => {
    const noted = { ...graph, nodes: graph.nodes.map((n, i) => (i === 0 ? { ...n, note: '第一行\n第二行\r第三行', tags: ['a,b', 'say "hi"'] } : n)) };
    const content = csvOf(noted).get('nodes.csv')?.content ?? '';
    expect(content).toContain('"第一行\n第二行\r第三行"');
    expect(content).toContain('"a,b|say ""hi"""');
    expect(rows(csvOf(noted).get('nodes.csv'))[0]).toMatchObject({ note: '第一行\n第二行\r第三行', tags: 'a,b|say "hi"' });
  });

  it('has ids that join: every edge end is a node id, every evidence row an edge id', () => {
    const nodes = rows(files.get('nodes.csv'));
    const edges = rows(files.get('edges.csv'));
    const evidence = rows(files.get('evidence.csv'));
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(edges).toHaveLength(graph.edges.length);
    expect(evidence).toHaveLength(graph.edges.reduce((s, e) => s + e.evidence.length, 0));
    const nodeIds = new Set(nodes.map((n) => n.id));
    const edgeIds = new Set(edges.map((e) => e.id));
    for (const e of edges) {
      expect(nodeIds.has(e.source)).toBe(true);
      expect(nodeIds.has(e.target)).toBe(true);
    }
    for (const ev of evidence) expect(edgeIds.has(ev.edge_id)).toBe(true);
  });

  it('carries labels, types, weights, dates, lists and evidence exactly', () => {
    const nodes = new Map(rows(files.get('nodes.csv')).map((r) => [r.id, r]));
    for (const n of graph.nodes) {
      const r = nodes.get(n.id);
      expect(r?.label).toBe(n.name);
      expect(r?.type).toBe(n.type);
      expect(r?.aliases.split('|').filter(Boolean)).toEqual(n.aliases);
      expect(Number(r?.mentions)).toBe(n.mentions);
    }
    expect(nodes.get('o_szzgh')?.note).toBe('1996年发起成立基金会; 注: "工会" & <公益>');
    expect(nodes.get('o_jcgh')?.note).toBe('手工添加\n第二行');
    expect(nodes.get('o_szzgh')?.tags).toBe('工会|深圳');
    expect(nodes.get('o_szzgh')?.color).toBe('#123ABC');
    expect(nodes.get('p_xhy')?.color).toBe('#E15759');
    expect(nodes.get('o_jcgh')?.manual).toBe('true');
    expect(nodes.get(ARTICLES[0].id)?.first_date).toBe('2024-10-14');

    const edges = new Map(rows(files.get('edges.csv')).map((r) => [r.id, r]));
    for (const e of graph.edges) {
      const r = edges.get(e.id);
      expect(r?.relation).toBe(e.type);
      expect(r?.label).toBe(e.label);
      expect(Number(r?.weight)).toBe(e.weight);
      expect(r?.first_date).toBe(e.firstDate ?? '');
      expect(Number(r?.evidence_count)).toBe(e.evidence.length);
    }
    expect(edges.get('r_founded_o_szzgh_o_szjjh')?.attr_year).toBe('1996');
    expect(edges.get('r_co_occurs_o_szzgh_o_szjjh')?.directed).toBe('false');

    const evidence = rows(files.get('evidence.csv'));
    const expected = graph.edges.flatMap((e) => e.evidence.map((ev) => [e.id, ev.article, String(ev.start), String(ev.end), ev.text, ev.date ?? '']));
    expect(evidence.map((r) => [r.edge_id, r.article_id, r.start, r.end, r.sentence, r.date])).toEqual(expected);

    const articles = rows(files.get('articles.csv'));
    expect(articles.map((a) => a.title)).toEqual(ARTICLES.map((a) => a.title));
    expect(articles[2].byline).toBe('记者:李昱霖');
  });

  it('round-trips awkward names, ids, labels and evidence through csv-parse (text cells neutralised against formulas)', () => {
    fc.assert(
      fc.property(awkwardGraph, (g) => {
        const out = csvOf(g);
        const nodes = rows(out.get('nodes.csv'));
        const edges = rows(out.get('edges.csv'));
        const evidence = rows(out.get('evidence.csv'));
        expect(nodes.map((n) => [n.id, n.label, n.note, n.aliases])).toEqual(
          g.nodes.map((n) => [safe(n.id), safe(n.name), safe(n.note ?? ''), safe(n.aliases.join('|'))]),
        );
        expect(edges.map((e) => [e.source, e.target, e.label, Number(e.weight)])).toEqual(
          g.edges.map((e) => [safe(e.source), safe(e.target), safe(e.label), e.weight]),
        );
        expect(evidence.map((r) => r.sentence)).toEqual(g.edges.flatMap((e) => e.evidence.map((ev) => safe(ev.text))));
      }),
      { numRuns: 80 },
    );
  });
});
