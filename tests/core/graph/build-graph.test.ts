import { describe, expect, it } from 'vitest';
import { buildGraph, edgeId, entityId } from '../../../electron/core/graph';
import type { GraphData, GraphEdge, GraphNode } from '../../../electron/shared/types';
import { A1, A2, A3, ARTICLES, FUND, HC_UNION, ORG, SENTENCES, SZ_UNION, extractionV1 } from './fixtures';

const input = () => ({ articles: ARTICLES, extractions: extractionV1(), edits: [] });

function node(graph: GraphData, type: GraphNode['type'], name: string): GraphNode {
  const n = graph.nodes.find((x) => x.type === type && x.name === name);
  if (!n) throw new Error(`no ${type} ${name}`);
  return n;
}

function edges(graph: GraphData, type: GraphEdge['type'], a: string, b: string): GraphEdge[] {
  return graph.edges.filter((e) => e.type === type && ((e.source === a && e.target === b) || (e.source === b && e.target === a)));
}

describe('ids', () => {
  it('are stable across runs and machines (frozen value)', () => {
    expect(entityId('organisation', '深圳市总工会')).toBe('e_67c0559635456b04');
    expect(entityId('organisation', '深圳市总工会')).toMatch(/^e_[0-9a-f]{16}$/);
    expect(entityId('place', '深圳市总工会')).not.toBe(entityId('organisation', '深圳市总工会'));
  });

  it('order the ends of undirected relations only', () => {
    expect(edgeId('partner', 'e_1', 'e_2', '联合')).toBe(edgeId('partner', 'e_2', 'e_1', '联合'));
    expect(edgeId('co_occurs', 'e_1', 'e_2', '')).toBe(edgeId('co_occurs', 'e_2', 'e_1', ''));
    expect(edgeId('role', 'e_1', 'e_2', '秘书长')).not.toBe(edgeId('role', 'e_2', 'e_1', '秘书长'));
    expect(edgeId('role', 'e_1', 'e_2', '秘书长')).not.toBe(edgeId('role', 'e_1', 'e_2', '主席'));
    expect(edgeId('role', 'e_1', 'e_2', '')).toMatch(/^r_[0-9a-f]{16}$/);
  });

  it('same input gives the same graph', () => {
    const a = buildGraph(input());
    const b = buildGraph(input());
    expect(JSON.stringify(b.graph)).toBe(JSON.stringify(a.graph));
    expect(node(a.graph, ORG, SZ_UNION).id).toBe(entityId(ORG, SZ_UNION));
  });
});

describe('buildGraph: entities', () => {
  const { graph } = buildGraph(input());

  it('aggregates one entity per type and canonical name, with aliases, mentions, articles and dates', () => {
    const fund = node(graph, ORG, FUND);
    expect(fund.id).toBe(entityId(ORG, FUND));
    expect(fund.aliases).toEqual(['基金会']);
    expect(fund.mentions).toBe(5);
    expect(fund.articles).toEqual([A1.id, A3.id]);
    expect(fund.firstDate).toBe('2023-05-01');
    expect(fund.lastDate).toBe('2024-10-12');

    const union = node(graph, ORG, SZ_UNION);
    expect(union.aliases).toEqual(['深圳市总']);
    expect(union.mentions).toBe(4);
    expect(union.articles).toEqual([A1.id, A3.id]);

    const hc = node(graph, ORG, HC_UNION);
    expect(hc.aliases).toEqual(['河池市总']);
    expect(hc.mentions).toBe(3);
    expect(hc.articles).toEqual([A2.id]);
    expect(node(graph, 'program', '金秋助学').mentions).toBe(3);
  });

  it('keeps the gazetteer code of places', () => {
    expect(node(graph, 'place', '深圳市').code).toBe('440300');
    expect(node(graph, 'place', '广东省').code).toBeUndefined();
  });

  it('has article nodes named by their titles', () => {
    const a2 = graph.nodes.find((n) => n.id === A2.id);
    expect(a2).toMatchObject({ type: 'article', name: '河池市总开展金秋助学入户慰问活动', articles: [A2.id], firstDate: '2024-10-14', mentions: 9 });
  });
});

describe('buildGraph: edges and evidence', () => {
  const { graph } = buildGraph(input());
  const union = entityId(ORG, SZ_UNION);
  const fund = entityId(ORG, FUND);

  it('keeps the evidence sentence with its offsets, and a year as the date of founded', () => {
    const [founded] = edges(graph, 'founded', union, fund);
    expect(founded.source).toBe(union);
    expect(founded.target).toBe(fund);
    expect(founded.label).toBe('发起成立');
    expect(founded.weight).toBe(1);
    expect(founded.attrs).toEqual({ year: 1996 });
    const [ev] = founded.evidence;
    expect(ev.article).toBe(A1.id);
    expect(ev.text).toBe(SENTENCES.S1_FOUNDED);
    expect(A1.text.slice(ev.start, ev.end)).toBe(SENTENCES.S1_FOUNDED);
    expect(ev.date).toBe('1996');
    expect(founded.firstDate).toBe('1996');
  });

  it('dates other evidence by its article', () => {
    const [role] = edges(graph, 'role', entityId('person', '夏海燕'), fund);
    expect(role.evidence).toHaveLength(1);
    const [ev] = role.evidence;
    expect(ev).toMatchObject({ article: A1.id, text: SENTENCES.S1_ROLE, date: '2024-10-12' });
    expect(A1.text.slice(ev.start, ev.end)).toBe(SENTENCES.S1_ROLE);
    expect(role.label).toBe('秘书长');
  });

  it('combines co-occurrences across articles into one undirected edge weighted by sentences', () => {
    const co = edges(graph, 'co_occurs', union, fund);
    expect(co).toHaveLength(1);
    expect(co[0].weight).toBe(2);
    expect(co[0].evidence.map((e) => e.article)).toEqual([A1.id, A3.id]);
    expect(co[0].firstDate).toBe('2023-05-01');
    expect(co[0].lastDate).toBe('2024-10-12');
    expect([co[0].source, co[0].target]).toEqual([union, fund].sort());
  });

  it('stores partner edges in canonical order whatever the extractor said', () => {
    const [partner] = edges(graph, 'partner', union, fund);
    expect(partner.id).toBe(edgeId('partner', union, fund, '联合'));
    expect([partner.source, partner.target]).toEqual([union, fund].sort());
  });

  it('drops duplicate evidence', () => {
    const ext = extractionV1();
    ext[A1.id].relations.push({ ...ext[A1.id].relations[0] });
    const g = buildGraph({ articles: ARTICLES, extractions: ext, edits: [] }).graph;
    expect(edges(g, 'founded', union, fund)[0].weight).toBe(1);
  });

  it('links each article to the people of its byline, creating those extraction missed', () => {
    const reported = graph.edges.filter((e) => e.type === 'reported_by');
    expect(reported.map((e) => [e.source, graph.nodes.find((n) => n.id === e.target)?.name, e.label])).toEqual([
      [A1.id, '刘友婷', '记者'],
      [A2.id, '庞慧敏', '记者'],
      [A2.id, '蒙忠南', '通讯员'],
      [A3.id, '李娜', '记者'],
    ]);
    const meng = node(graph, 'person', '蒙忠南');
    expect(meng.id).toBe(entityId('person', '蒙忠南'));
    expect(meng.mentions).toBe(0);
    expect(meng.articles).toEqual([A2.id]);
    const [ev] = reported.find((e) => e.target === meng.id)!.evidence;
    expect(ev.text).toBe('(记者庞慧敏 通讯员蒙忠南)');
    expect(A2.text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(node(graph, 'person', '刘友婷').mentions).toBe(1);
  });

  it('links articles to the entities they mention, weighted by mentions, with each distinct sentence', () => {
    const m = edges(graph, 'mentions', A3.id, union);
    expect(m).toHaveLength(1);
    expect(m[0].source).toBe(A3.id);
    expect(m[0].weight).toBe(3);
    expect(m[0].evidence.map((e) => e.text)).toEqual(['深圳市总工会举办职工夜校', `本报讯(记者李娜)${SENTENCES.S3_PARTNER}`, '深圳市总在龙华区设立职工夜校教学点。']);
    for (const e of m[0].evidence) expect(A3.text.slice(e.start, e.end)).toBe(e.text);
    expect(graph.edges.filter((e) => e.type === 'mentions' && e.source === A1.id)).toHaveLength(8);
  });

  it('counts degrees over all edges of the built graph', () => {
    const n = node(graph, 'person', '韦凡');
    // role to 河池市总工会 and mentions from A2.
    expect(n.degree).toBe(2);
    expect(n.weightedDegree).toBe(2);
  });

  it('ignores mentions with offsets outside the text and relations of an entity with itself', () => {
    const ext = extractionV1();
    ext[A2.id].entities.push({ type: 'person', name: '幽灵', surface: '幽灵', start: 5000, end: 5002 });
    ext[A2.id].relations.push({ ...ext[A2.id].relations[0], target: '韦凡', targetType: 'person' });
    const g = buildGraph({ articles: ARTICLES, extractions: ext, edits: [] }).graph;
    expect(g.nodes.some((n) => n.name === '幽灵')).toBe(false);
    expect(g.edges.some((e) => e.source === e.target)).toBe(false);
  });

  it('counts a mention the extractor reported twice once', () => {
    const ext = extractionV1();
    ext[A2.id].entities.push({ ...ext[A2.id].entities[7] });
    const g = buildGraph({ articles: ARTICLES, extractions: ext, edits: [] }).graph;
    expect(node(g, 'person', '韦凡').mentions).toBe(1);
  });

  it('finds a byline at the end of a caption, and credits a name the text lacks', () => {
    const caption = {
      ...A1,
      id: 'a_00000000000000c1',
      title: '在工业景区体验激情岁月',
      text: '在工业景区体验激情岁月\n\n10月12日,在黑龙省佳木斯市桦南县森铁文化园,游客正在拍摄钢铁锻造技艺。本报记者 杨登峰 摄',
      byline: [
        { name: '杨登峰', role: '摄影' },
        { name: '王五', role: '通讯员' },
      ],
    };
    const g = buildGraph({ articles: [caption], extractions: {}, edits: [] }).graph;
    const [photo, absent] = g.edges.filter((e) => e.type === 'reported_by');
    expect(photo).toMatchObject({ label: '摄影', target: entityId('person', '杨登峰') });
    expect(photo.evidence[0].text).toBe('本报记者 杨登峰 摄');
    expect(caption.text.slice(photo.evidence[0].start, photo.evidence[0].end)).toBe('本报记者 杨登峰 摄');
    expect(absent.evidence[0]).toMatchObject({ start: 0, end: 0, text: '通讯员 王五' });
    expect(node(g, 'person', '王五').articles).toEqual([caption.id]);
  });

  it('puts pinned positions on nodes', () => {
    const g = buildGraph({ ...input(), positions: { [union]: { x: 10, y: -4 } } }).graph;
    expect(g.nodes.find((n) => n.id === union)?.position).toEqual({ x: 10, y: -4 });
    expect(g.nodes.find((n) => n.id === fund)?.position).toBeUndefined();
  });
});
