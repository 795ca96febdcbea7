import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  edgeId,
  entityDetails,
  entityId,
  filterGraph,
  graphStats,
  listEntities,
  listRelations,
  neighbourhood,
  shortestPath,
} from '../../../electron/core/graph';
import type { EditOp, GraphData } from '../../../electron/shared/types';
import { A1, A2, A3, ARTICLES, FUND, HC_UNION, ORG, SENTENCES, SZ_UNION, extractionV1, log } from './fixtures';

const FUND_ID = entityId(ORG, FUND);
const UNION_ID = entityId(ORG, SZ_UNION);
const HC_ID = entityId(ORG, HC_UNION);
const WEIFAN = entityId('person', '韦凡');
const XIA = entityId('person', '夏海燕');
const YEXIAO = entityId('program', '职工夜校');
const JINQIU = entityId('program', '金秋助学');

function setup(ops: EditOp[] = []) {
  const input = { articles: ARTICLES, extractions: extractionV1(), edits: log(...ops) };
  return { input, built: buildGraph(input) };
}

const names = (g: GraphData) => g.nodes.map((n) => n.name).sort();
const types = (g: GraphData) => [...new Set(g.edges.map((e) => e.type))].sort();
const node = (g: GraphData, id: string) => g.nodes.find((n) => n.id === id);

describe('filterGraph', () => {
  const { built } = setup();
  const full = built.graph;

  it('by default leaves out article nodes and their edges but keeps reporters, and recounts degrees', () => {
    const g = filterGraph(full, {});
    expect(g.nodes.some((n) => n.type === 'article')).toBe(false);
    expect(types(g)).toEqual(['co_occurs', 'founded', 'located_in', 'organises', 'partner', 'role']);
    expect(names(g)).toContain('蒙忠南');
    expect(node(g, WEIFAN)).toMatchObject({ degree: 1, weightedDegree: 1 });
    expect(node(g, UNION_ID)).toMatchObject({ degree: 4, weightedDegree: 5 });
    expect(node(full, WEIFAN)!.degree).toBe(2);
  });

  it('adds article nodes with mentions and reported_by edges on request', () => {
    const g = filterGraph(full, { includeArticles: true });
    expect(g.nodes.filter((n) => n.type === 'article').map((n) => n.id)).toEqual([A1.id, A2.id, A3.id]);
    expect(types(g)).toContain('mentions');
    expect(types(g)).toContain('reported_by');
    expect(node(g, WEIFAN)!.degree).toBe(2);
  });

  it('keeps only the given entity types and the edges among them', () => {
    const g = filterGraph(full, { types: ['organisation'] });
    expect(g.nodes.every((n) => n.type === 'organisation')).toBe(true);
    expect(names(g)).toEqual([FUND, SZ_UNION, HC_UNION].sort());
    expect(types(g)).toEqual(['co_occurs', 'founded', 'partner']);
  });

  it('keeps only the given relation types, and isolated nodes with them', () => {
    const g = filterGraph(full, { relationTypes: ['role'] });
    expect(types(g)).toEqual(['role']);
    expect(g.nodes.length).toBe(filterGraph(full, {}).nodes.length);
    expect(node(g, YEXIAO)!.degree).toBe(0);
  });

  it('hides co-occurrence on request', () => {
    expect(types(filterGraph(full, { includeCoOccurs: false }))).not.toContain('co_occurs');
    expect(types(filterGraph(full, { includeCoOccurs: true }))).toContain('co_occurs');
  });

  it('drops edges below minWeight and keeps their nodes', () => {
    const g = filterGraph(full, { minWeight: 2 });
    expect(g.edges.map((e) => e.type)).toEqual(['co_occurs']);
    expect(g.nodes.length).toBe(filterGraph(full, {}).nodes.length);
  });

  it('keeps evidence, edges and nodes inside a date range', () => {
    const g = filterGraph(full, { dateFrom: '2024-01-01' });
    const co = g.edges.find((e) => e.type === 'co_occurs')!;
    expect(co.weight).toBe(1);
    expect(co.evidence.map((e) => e.article)).toEqual([A1.id]);
    expect(co.firstDate).toBe('2024-10-12');
    // partner rests on A3 (2023) only; founded is dated 1996 by its evidence.
    expect(types(g)).not.toContain('partner');
    expect(types(g)).not.toContain('founded');
    expect(node(g, YEXIAO)).toBeUndefined();
    expect(node(g, entityId('person', '李娜'))).toBeUndefined();
    expect(node(g, entityId('person', '蒙忠南'))).toBeDefined();
    expect(node(g, UNION_ID)).toMatchObject({ articles: [A1.id], mentions: 1, firstDate: '2024-10-12', lastDate: '2024-10-12' });
    expect(node(g, FUND_ID)).toMatchObject({ articles: [A1.id], mentions: 4 });

    const old = filterGraph(full, { dateTo: '2023-12-31' });
    expect(names(old)).toEqual(['李娜', '职工夜校', '深圳市总工会', '深圳市职工发展基金会', '龙华区'].sort());
    // founded (dated 1996) shows when the range also covers the articles that mention its ends.
    expect(types(filterGraph(full, { dateFrom: '1996', dateTo: '2024-12-31' }))).toContain('founded');
    expect(filterGraph(full, { dateFrom: '1996', dateTo: '1996' }).nodes).toEqual([]);
  });

  it('keeps only the entities and evidence of the given articles', () => {
    const g = filterGraph(full, { articles: [A2.id] });
    expect(names(g)).toEqual(['庞慧敏', '河池市总工会', '蒙忠南', '金秋助学', '韦凡', '广西壮族自治区'].sort());
    expect(types(g)).toEqual(['organises', 'role']);
    const a3 = filterGraph(full, { articles: [A3.id], includeArticles: true });
    expect(a3.nodes.filter((n) => n.type === 'article').map((n) => n.id)).toEqual([A3.id]);
    expect(a3.edges.find((e) => e.type === 'co_occurs')!.evidence.map((e) => e.text)).toEqual([SENTENCES.S3_PARTNER]);
  });

  it('keeps manual edges and nodes through a date range, but not through an article list', () => {
    const nuangong = entityId('program', '暖工基金');
    const { built: b } = setup([
      { op: 'addNode', type: 'program', name: '暖工基金' },
      { op: 'addEdge', source: FUND_ID, target: nuangong, type: 'organises', label: '设立' },
      { op: 'addEdge', source: HC_ID, target: UNION_ID, type: 'partner', label: '' },
    ]);
    const dated = filterGraph(b.graph, { dateFrom: '2030-01-01' });
    expect(dated.nodes.map((n) => n.id)).toEqual([nuangong]);
    const wide = filterGraph(b.graph, { dateFrom: '2024-01-01' });
    expect(wide.edges.filter((e) => e.manual).map((e) => e.type).sort()).toEqual(['organises', 'partner']);
    expect(node(filterGraph(b.graph, { articles: [A1.id] }), nuangong)).toBeUndefined();
  });

  it('focuses on the neighbourhood of nodes', () => {
    expect(names(filterGraph(full, { focus: { ids: [WEIFAN], depth: 1 } }))).toEqual(['河池市总工会', '韦凡']);
    expect(names(filterGraph(full, { focus: { ids: [WEIFAN], depth: 2 } }))).toEqual(['河池市总工会', '金秋助学', '韦凡']);
    const withArticles = filterGraph(full, { focus: { ids: [WEIFAN], depth: 1 }, includeArticles: true });
    expect(withArticles.nodes.map((n) => n.id)).toContain(A2.id);
  });

  it('limits to the nodes with the highest weighted degree and the edges among them', () => {
    const g = filterGraph(full, { limit: 2 });
    expect(g.nodes.map((n) => n.id).sort()).toEqual([UNION_ID, FUND_ID].sort());
    expect(g.edges.every((e) => [UNION_ID, FUND_ID].includes(e.source) && [UNION_ID, FUND_ID].includes(e.target))).toBe(true);
    expect(node(g, UNION_ID)!.degree).toBe(3);
  });

  it('does not change the graph it filters', () => {
    const before = JSON.stringify(full);
    filterGraph(full, { dateFrom: '2024-01-01', limit: 3, types: ['person'] });
    expect(JSON.stringify(full)).toBe(before);
  });
});

describe('neighbourhood and shortestPath', () => {
  const g = filterGraph(setup().built.graph, {});

  it('returns the nodes within depth and the edges among them', () => {
    const n = neighbourhood(g, [XIA], 1);
    expect(names(n)).toEqual(['夏海燕', FUND].sort());
    expect(n.edges.map((e) => e.type)).toEqual(['role']);
    const n2 = neighbourhood(g, [XIA], 2);
    expect(names(n2)).toEqual(['99公益日', '夏海燕', SZ_UNION, FUND].sort());
    expect(neighbourhood(g, [XIA], 0).nodes.map((n) => n.id)).toEqual([XIA]);
    expect(neighbourhood(g, ['e_nope'], 2).nodes).toEqual([]);
  });

  it('finds a shortest path ignoring direction, through the heaviest edge of each step', () => {
    const p = shortestPath(g, XIA, YEXIAO);
    expect(p.nodes).toEqual([XIA, FUND_ID, UNION_ID, YEXIAO]);
    expect(p.edges).toEqual([
      edgeId('role', XIA, FUND_ID, '秘书长'),
      edgeId('co_occurs', FUND_ID, UNION_ID, ''),
      edgeId('organises', UNION_ID, YEXIAO, '举办'),
    ]);
    expect(shortestPath(g, YEXIAO, XIA).nodes).toEqual([YEXIAO, UNION_ID, FUND_ID, XIA]);
  });

  it('is empty when there is no path, and trivial from a node to itself', () => {
    expect(shortestPath(g, WEIFAN, XIA)).toEqual({ nodes: [], edges: [] });
    expect(shortestPath(g, WEIFAN, 'e_nope')).toEqual({ nodes: [], edges: [] });
    expect(shortestPath(g, WEIFAN, WEIFAN)).toEqual({ nodes: [WEIFAN], edges: [] });
    expect(shortestPath(g, WEIFAN, JINQIU).nodes).toEqual([WEIFAN, HC_ID, JINQIU]);
  });
});

describe('entityDetails', () => {
  it('gives the node, its relations with the other ends, and every mention with its sentence', () => {
    const { input, built } = setup();
    const d = entityDetails(built, input, FUND_ID);
    expect(d.node.name).toBe(FUND);
    expect(d.relations.map((r) => [r.type, r.direction, r.otherName]).sort()).toEqual([
      ['founded', 'in', SZ_UNION],
      ['organises', 'out', '99公益日'],
      ['partner', FUND_ID < UNION_ID ? 'out' : 'in', SZ_UNION],
      ['role', 'in', '夏海燕'],
    ]);
    expect(d.mentions).toHaveLength(5);
    for (const m of d.mentions) {
      const text = ARTICLES.find((a) => a.id === m.article)!.text;
      expect(text.slice(m.mentionStart, m.mentionEnd)).toBe(m.surface);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start <= m.mentionStart && m.mentionEnd <= m.end).toBe(true);
    }
    expect(d.mentions.map((m) => m.surface)).toEqual([FUND, FUND, '基金会', FUND, FUND]);
    expect(d.mentions[2].text).toBe('基金会积极探索“12345+N”深圳工会公益慈善生态体系建设模式。');
    expect(d.mentions[4]).toMatchObject({ article: A3.id, date: '2023-05-01' });
    const withCo = entityDetails(built, input, FUND_ID, { includeCoOccurs: true });
    expect(withCo.relations.find((r) => r.type === 'co_occurs')).toMatchObject({ otherId: UNION_ID, weight: 2 });
  });

  it('shows a reporter with the articles they wrote', () => {
    const { input, built } = setup();
    const d = entityDetails(built, input, entityId('person', '蒙忠南'));
    expect(d.relations).toEqual([expect.objectContaining({ type: 'reported_by', direction: 'in', otherId: A2.id, otherType: 'article', otherName: A2.title, label: '通讯员' })]);
    expect(d.mentions).toEqual([]);
  });

  it('follows a merged-away id and throws a clear error for an unknown one', () => {
    const { input, built } = setup([{ op: 'merge', target: HC_ID, sources: [WEIFAN] }]);
    expect(entityDetails(built, input, WEIFAN).node.id).toBe(HC_ID);
    expect(() => entityDetails(built, input, 'e_0123456789abcdef')).toThrow(/Unknown entity: e_0123456789abcdef/);
  });
});

describe('listEntities, listRelations, graphStats', () => {
  const { built } = setup([{ op: 'annotate', id: JINQIU, note: '助学', tags: ['教育'], color: '#00aa00' }]);
  const g = built.graph;

  it('lists entities by mentions then name, with note, tags and color only where set', () => {
    const all = listEntities(g);
    expect(all.slice(0, 5).map((e) => [e.name, e.mentions])).toEqual([
      [FUND, 5],
      [SZ_UNION, 4],
      ['河池市总工会', 3],
      ['职工夜校', 3],
      ['金秋助学', 3],
    ]);
    expect(all.some((e) => (e as { type: string }).type === 'article')).toBe(false);
    const jinqiu = all.find((e) => e.id === JINQIU)!;
    expect(jinqiu).toEqual({ id: JINQIU, type: 'program', name: '金秋助学', aliases: [], mentions: 3, articles: [A2.id], note: '助学', tags: ['教育'], color: '#00aa00' });
    expect('note' in all.find((e) => e.id === FUND_ID)!).toBe(false);
    expect(listEntities(g, 'place').map((e) => e.name).sort()).toEqual(['广东省', '广西壮族自治区', '深圳市', '龙华区'].sort());
  });

  it('lists typed relations including reported_by but not mentions, heaviest first', () => {
    const rels = listRelations(g);
    expect(rels.some((r) => r.type === 'mentions')).toBe(false);
    expect(rels.filter((r) => r.type === 'reported_by')).toHaveLength(4);
    expect(rels[0]).toMatchObject({ type: 'co_occurs', weight: 2 });
    expect(rels).toHaveLength(g.edges.filter((e) => e.type !== 'mentions').length);
  });

  it('counts entities per type and edges per relation type', () => {
    const s = graphStats(g, 3);
    expect(s.articles).toBe(3);
    expect(s.entities).toEqual({ organisation: 3, person: 6, place: 4, program: 4 });
    expect(s.relations).toMatchObject({ founded: 1, role: 2, organises: 3, partner: 1, co_occurs: 1, located_in: 1, reported_by: 4 });
    expect(s.relations.mentions).toBe(g.edges.filter((e) => e.type === 'mentions').length);
    expect(graphStats(filterGraph(g, { types: ['person'] }), 3).entities).toEqual({ organisation: 0, person: 6, place: 0, program: 0 });
  });
});
