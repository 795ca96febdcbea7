import { describe, expect, it } from 'vitest';
import { buildGraph, edgeId, entityId, listEntities } from '../../../electron/core/graph';
import type { EditOp, ExtractResult, GraphData, GraphNode } from '../../../electron/shared/types';
import { A1, A2, A3, ARTICLES, FUND, HC_UNION, ORG, SENTENCES, SZ_UNION, at, extractionV1, log, mention } from './fixtures';

const FUND_ID = entityId(ORG, FUND);
const UNION_ID = entityId(ORG, SZ_UNION);
const HC_ID = entityId(ORG, HC_UNION);
const WEIFAN = entityId('person', '韦凡');
const GONGYI = entityId('program', '99公益日');

function build(ops: EditOp[], extractions: Record<string, ExtractResult> = extractionV1()) {
  return buildGraph({ articles: ARTICLES, extractions, edits: log(...ops) });
}

function byId(graph: GraphData, id: string): GraphNode | undefined {
  return graph.nodes.find((n) => n.id === id);
}

function touching(graph: GraphData, id: string, type?: string) {
  return graph.edges.filter((e) => (e.source === id || e.target === id) && (type === undefined || e.type === type));
}

/** The extraction with the entity `from` of one article called `to` instead (as a weaker extractor might). */
function renamedIn(ext: Record<string, ExtractResult>, article: string, from: string, to: string, surface?: string) {
  const r = ext[article];
  r.entities = r.entities.map((m) => (m.name === from && (surface === undefined || m.surface === surface) ? { ...m, name: to } : m));
  if (surface === undefined) {
    r.relations = r.relations.map((x) => ({ ...x, source: x.source === from ? to : x.source, target: x.target === from ? to : x.target }));
  }
  return ext;
}

describe('annotate', () => {
  it('sets note, tags and color, and null or empty clears them', () => {
    const set = build([{ op: 'annotate', id: FUND_ID, note: '公募基金', tags: ['慈善', '慈善', ' 深圳 '], color: '#ff8800' }]);
    expect(byId(set.graph, FUND_ID)).toMatchObject({ note: '公募基金', tags: ['慈善', '深圳'], color: '#ff8800' });
    const cleared = build([
      { op: 'annotate', id: FUND_ID, note: '公募基金', tags: ['慈善'], color: '#ff8800' },
      { op: 'annotate', id: FUND_ID, note: null, tags: [], color: null },
    ]);
    const n = byId(cleared.graph, FUND_ID)!;
    expect(n.note).toBeUndefined();
    expect(n.tags).toBeUndefined();
    expect(n.color).toBeUndefined();
  });

  it('leaves fields it does not mention alone', () => {
    const g = build([
      { op: 'annotate', id: FUND_ID, note: '公募基金', color: '#ff8800' },
      { op: 'annotate', id: FUND_ID, tags: ['慈善'] },
    ]).graph;
    expect(byId(g, FUND_ID)).toMatchObject({ note: '公募基金', tags: ['慈善'], color: '#ff8800' });
  });
});

describe('rename', () => {
  it('keeps the id, makes the old name an alias, and keeps edges and mentions', () => {
    const { graph, orphans } = build([{ op: 'rename', id: GONGYI, name: '“99公益日”活动' }]);
    expect(orphans).toEqual([]);
    const n = byId(graph, GONGYI)!;
    expect(n.name).toBe('“99公益日”活动');
    expect(n.aliases).toEqual(['99公益日']);
    expect(n.mentions).toBe(1);
    expect(touching(graph, GONGYI, 'organises')).toHaveLength(1);
    expect(listEntities(graph, 'program').map((e) => e.name)).toContain('“99公益日”活动');
  });

  it('renaming to the name of another entity of the same type makes them one', () => {
    const ext = renamedIn(extractionV1(), A3.id, SZ_UNION, '深圳市总', '深圳市总');
    const stray = entityId(ORG, '深圳市总');
    expect(byId(build([], ext).graph, stray)?.mentions).toBe(1);
    const { graph } = build([{ op: 'rename', id: stray, name: SZ_UNION }], ext);
    expect(byId(graph, UNION_ID)).toBeUndefined();
    const n = byId(graph, stray)!;
    expect(n.name).toBe(SZ_UNION);
    expect(n.mentions).toBe(4);
    expect(n.aliases).toEqual(['深圳市总']);
    expect(graph.nodes.filter((x) => x.name === SZ_UNION)).toHaveLength(1);
  });
});

describe('retype', () => {
  it('changes the type and keeps the id', () => {
    const { graph } = build([{ op: 'retype', id: GONGYI, type: 'organisation' }]);
    expect(byId(graph, GONGYI)).toMatchObject({ type: 'organisation', name: '99公益日' });
    expect(listEntities(graph, 'program').some((e) => e.id === GONGYI)).toBe(false);
    expect(listEntities(graph, 'organisation').some((e) => e.id === GONGYI)).toBe(true);
  });
});

describe('merge', () => {
  const ext = renamedIn(extractionV1(), A3.id, SZ_UNION, '深总');
  const SHENZONG = entityId(ORG, '深总');

  it('moves mentions, articles and edges to the target and combines duplicate edges', () => {
    const before = build([], ext).graph;
    expect(touching(before, UNION_ID, 'co_occurs')[0].weight).toBe(1);
    const { graph, orphans } = build([{ op: 'merge', target: UNION_ID, sources: [SHENZONG] }], ext);
    expect(orphans).toEqual([]);
    expect(byId(graph, SHENZONG)).toBeUndefined();
    const n = byId(graph, UNION_ID)!;
    expect(n.mentions).toBe(4);
    expect(n.articles).toEqual([A1.id, A3.id]);
    expect(n.aliases).toEqual(['深圳市总', '深总']);
    const co = touching(graph, UNION_ID, 'co_occurs');
    expect(co).toHaveLength(1);
    expect(co[0].id).toBe(edgeId('co_occurs', UNION_ID, FUND_ID, ''));
    expect(co[0].weight).toBe(2);
    expect(co[0].evidence.map((e) => e.text)).toEqual([SENTENCES.S1_FOUNDED, SENTENCES.S3_PARTNER]);
    expect(touching(graph, UNION_ID, 'partner')).toHaveLength(1);
    expect(touching(graph, UNION_ID, 'organises')[0].target).toBe(entityId('program', '职工夜校'));
    const m = touching(graph, UNION_ID, 'mentions').find((e) => e.source === A3.id)!;
    expect(m.weight).toBe(3);
    expect(graph.edges.some((e) => e.source === SHENZONG || e.target === SHENZONG)).toBe(false);
  });

  it('is visible in listEntities', () => {
    const { graph } = build([{ op: 'merge', target: UNION_ID, sources: [SHENZONG] }], ext);
    const orgs = listEntities(graph, 'organisation');
    expect(orgs.map((e) => e.name)).not.toContain('深总');
    expect(orgs.find((e) => e.id === UNION_ID)).toMatchObject({ mentions: 4, aliases: ['深圳市总', '深总'], articles: [A1.id, A3.id] });
  });

  it('drops edges that become self-loops', () => {
    const { graph } = build([{ op: 'merge', target: FUND_ID, sources: [UNION_ID] }]);
    expect(graph.edges.some((e) => e.source === e.target)).toBe(false);
    expect(touching(graph, FUND_ID, 'founded')).toEqual([]);
    expect(touching(graph, FUND_ID, 'partner')).toEqual([]);
    expect(byId(graph, FUND_ID)!.mentions).toBe(9);
  });

  it('carries annotations over where the target has none, and later edits on a source follow the merge', () => {
    const { graph, orphans } = build([
      { op: 'annotate', id: SHENZONG, note: '简称', tags: ['a'] },
      { op: 'annotate', id: UNION_ID, tags: ['b'] },
      { op: 'merge', target: UNION_ID, sources: [SHENZONG] },
      { op: 'annotate', id: SHENZONG, color: '#112233' },
      { op: 'addEdge', source: SHENZONG, target: HC_ID, type: 'partner', label: '结对' },
    ], ext);
    expect(orphans).toEqual([]);
    expect(byId(graph, UNION_ID)).toMatchObject({ note: '简称', tags: ['b', 'a'], color: '#112233' });
    expect(graph.edges.find((e) => e.type === 'partner' && e.label === '结对')?.id).toBe(edgeId('partner', UNION_ID, HC_ID, '结对'));
  });
});

describe('splitAlias', () => {
  const PROGRAM = '“12345+N”公益慈善生态体系';
  const ALIAS_SENTENCE = '基金会积极探索“12345+N”深圳工会公益慈善生态体系建设模式。';
  function ext() {
    const e = extractionV1();
    const t = A1.text;
    e[A1.id].entities.push(mention(t, 'program', PROGRAM, '“12345+N”深圳工会公益慈善生态体系'));
    const base = { type: 'co_occurs' as const, source: FUND, sourceType: ORG, target: PROGRAM, targetType: 'program' as const, label: '' };
    e[A1.id].relations.push({ ...base, ...at(t, ALIAS_SENTENCE) }, { ...base, ...at(t, SENTENCES.S1_FOUNDED) });
    return e;
  }

  it('makes the alias its own entity with the mentions written that way and the evidence they support', () => {
    const before = build([], ext()).graph;
    expect(touching(before, FUND_ID, 'co_occurs').find((e) => e.target === entityId('program', PROGRAM) || e.source === entityId('program', PROGRAM))?.weight).toBe(2);
    const { graph, orphans } = build([{ op: 'splitAlias', id: FUND_ID, alias: '基金会' }], ext());
    expect(orphans).toEqual([]);
    const split = byId(graph, entityId(ORG, '基金会'))!;
    expect(split).toMatchObject({ type: ORG, name: '基金会', mentions: 1, articles: [A1.id], aliases: [] });
    const fund = byId(graph, FUND_ID)!;
    expect(fund.aliases).toEqual([]);
    expect(fund.mentions).toBe(4);
    const programId = entityId('program', PROGRAM);
    const [splitCo] = touching(graph, split.id, 'co_occurs');
    expect(splitCo.evidence.map((e) => e.text)).toEqual([ALIAS_SENTENCE]);
    expect([splitCo.source, splitCo.target].sort()).toEqual([split.id, programId].sort());
    const fundCo = touching(graph, FUND_ID, 'co_occurs').find((e) => e.source === programId || e.target === programId)!;
    expect(fundCo.evidence.map((e) => e.text)).toEqual([SENTENCES.S1_FOUNDED]);
    expect(fundCo.weight).toBe(1);
    expect(touching(graph, split.id, 'mentions')[0].evidence[0].text).toBe(ALIAS_SENTENCE);
  });

  it('reports an alias the entity does not have', () => {
    const { orphans } = build([{ op: 'splitAlias', id: FUND_ID, alias: '工会' }]);
    expect(orphans).toEqual([{ seq: 1, op: 'splitAlias', reason: `alias 工会 is no longer a name of ${FUND}` }]);
  });
});

describe('delete', () => {
  it('removes the node, its edges and its mentions', () => {
    const { graph } = build([{ op: 'delete', id: WEIFAN }]);
    expect(byId(graph, WEIFAN)).toBeUndefined();
    expect(graph.edges.some((e) => e.source === WEIFAN || e.target === WEIFAN)).toBe(false);
    expect(listEntities(graph, 'person').map((e) => e.name)).not.toContain('韦凡');
    expect(byId(graph, A2.id)!.mentions).toBe(8);
  });

  it('addNode brings a deleted entity back as a manual one', () => {
    const { graph } = build([{ op: 'delete', id: WEIFAN }, { op: 'addNode', type: 'person', name: '韦凡' }]);
    expect(byId(graph, WEIFAN)).toMatchObject({ manual: true, mentions: 0, articles: [] });
  });
});

describe('addNode, addEdge, deleteEdge', () => {
  it('adds manual nodes and edges without evidence', () => {
    const nuangong = entityId('program', '暖工基金');
    const { graph, orphans } = build([
      { op: 'addNode', type: 'program', name: '暖工基金' },
      { op: 'addEdge', source: FUND_ID, target: nuangong, type: 'organises', label: '设立' },
    ]);
    expect(orphans).toEqual([]);
    expect(byId(graph, nuangong)).toMatchObject({ type: 'program', name: '暖工基金', manual: true, mentions: 0, articles: [], degree: 1 });
    const e = graph.edges.find((x) => x.id === edgeId('organises', FUND_ID, nuangong, '设立'))!;
    expect(e).toMatchObject({ manual: true, evidence: [], weight: 1, source: FUND_ID, target: nuangong });
  });

  it('marks an extracted edge the user adds again as manual, keeping its evidence', () => {
    const { graph } = build([{ op: 'addEdge', source: UNION_ID, target: FUND_ID, type: 'founded', label: '发起成立' }]);
    const e = graph.edges.find((x) => x.id === edgeId('founded', UNION_ID, FUND_ID, '发起成立'))!;
    expect(e.manual).toBe(true);
    expect(e.weight).toBe(1);
    expect(e.evidence).toHaveLength(1);
  });

  it('deletes extracted, manual and mentions edges', () => {
    const founded = edgeId('founded', UNION_ID, FUND_ID, '发起成立');
    const mentions = edgeId('mentions', A2.id, WEIFAN, '');
    const manual = edgeId('partner', HC_ID, UNION_ID, '');
    const before = build([]).graph;
    expect(before.edges.some((e) => e.id === mentions)).toBe(true);
    const { graph, orphans } = build([
      { op: 'addEdge', source: HC_ID, target: UNION_ID, type: 'partner', label: '' },
      { op: 'deleteEdge', id: founded },
      { op: 'deleteEdge', id: mentions },
      { op: 'deleteEdge', id: manual },
    ]);
    expect(orphans).toEqual([]);
    const ids = new Set(graph.edges.map((e) => e.id));
    expect(ids.has(founded) || ids.has(mentions) || ids.has(manual)).toBe(false);
    expect(graph.edges).toHaveLength(before.edges.length - 2);
    // The article no longer counts as mentioning the entity.
    expect(byId(graph, WEIFAN)).toMatchObject({ mentions: 0, articles: [] });
    expect(byId(graph, A2.id)!.mentions).toBe(8);
  });

  it('refuses edges that mix articles and entities the wrong way', () => {
    const { orphans } = build([
      { op: 'addEdge', source: FUND_ID, target: UNION_ID, type: 'mentions', label: '' },
      { op: 'addEdge', source: A1.id, target: UNION_ID, type: 'role', label: '' },
      { op: 'addEdge', source: A1.id, target: HC_ID, type: 'mentions', label: '' },
    ]);
    expect(orphans.map((o) => [o.seq, o.reason])).toEqual([
      [1, 'mentions links an article to an entity'],
      [2, 'role links two entities, not articles'],
    ]);
  });

  it('follows an edge moved by a merge', () => {
    const stray = entityId(ORG, '深总');
    const ext = renamedIn(extractionV1(), A3.id, SZ_UNION, '深总');
    const { graph } = build([
      { op: 'merge', target: UNION_ID, sources: [stray] },
      { op: 'deleteEdge', id: edgeId('organises', stray, entityId('program', '职工夜校'), '举办') },
    ], ext);
    expect(touching(graph, UNION_ID, 'organises')).toEqual([]);
  });
});

describe('orphans', () => {
  it('reports edits whose target is gone, in order, and applies the rest', () => {
    const { graph, orphans } = build([
      { op: 'annotate', id: 'e_0000000000000000', note: 'x' },
      { op: 'delete', id: WEIFAN },
      { op: 'annotate', id: WEIFAN, note: '已删' },
      { op: 'addEdge', source: WEIFAN, target: HC_ID, type: 'role', label: '主席' },
      { op: 'rename', id: A1.id, name: '新标题' },
      { op: 'merge', target: 'e_ffffffffffffffff', sources: [FUND_ID] },
      { op: 'annotate', id: FUND_ID, note: '仍然有效' },
    ]);
    expect(orphans).toEqual([
      { seq: 1, op: 'annotate', reason: 'entity e_0000000000000000 no longer exists' },
      { seq: 3, op: 'annotate', reason: `entity ${WEIFAN} no longer exists` },
      { seq: 4, op: 'addEdge', reason: `entity ${WEIFAN} no longer exists` },
      { seq: 5, op: 'rename', reason: `${A1.id} is an article, not an entity` },
      { seq: 6, op: 'merge', reason: 'merge target e_ffffffffffffffff no longer exists' },
    ]);
    expect(byId(graph, FUND_ID)!.note).toBe('仍然有效');
  });

  it('replays in seq order, not array order', () => {
    const edits = log({ op: 'annotate', id: FUND_ID, note: 'first' }, { op: 'annotate', id: FUND_ID, note: 'second' });
    const { graph } = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits: [edits[1], edits[0]] });
    expect(byId(graph, FUND_ID)!.note).toBe('second');
  });
});

describe('edits survive re-extraction', () => {
  const STRAY = entityId(ORG, '深圳市总');
  const XIA = entityId('person', '夏海燕');
  const edits: EditOp[] = [
    { op: 'annotate', id: FUND_ID, note: '公募基金' },
    { op: 'merge', target: UNION_ID, sources: [STRAY] },
    { op: 'rename', id: GONGYI, name: '“99公益日”活动' },
    { op: 'delete', id: WEIFAN },
    { op: 'annotate', id: XIA, note: '秘书长' },
  ];
  // First extraction: the abbreviation 深圳市总 left as its own entity.
  const first = () => renamedIn(extractionV1(), A3.id, SZ_UNION, '深圳市总', '深圳市总');
  // Re-extraction with the user's names: 深圳市总 resolved, the renamed program found under its new name,
  // 李娜 now found in A3, and 夏海燕 no longer found.
  const second = () => {
    const ext = renamedIn(extractionV1(), A1.id, '99公益日', '“99公益日”活动');
    ext[A3.id].entities.push(mention(A3.text, 'person', '李娜'));
    ext[A1.id].entities = ext[A1.id].entities.filter((m) => m.name !== '夏海燕');
    ext[A1.id].relations = ext[A1.id].relations.filter((r) => r.source !== '夏海燕');
    return ext;
  };

  it('gives the same result for what both extractions agree on', () => {
    const a = build(edits, first());
    const b = build(edits, second());
    for (const built of [a, b]) {
      const g = built.graph;
      expect(byId(g, FUND_ID)!.note).toBe('公募基金');
      expect(byId(g, UNION_ID)).toMatchObject({ name: SZ_UNION, mentions: 4, aliases: ['深圳市总'] });
      expect(byId(g, STRAY)).toBeUndefined();
      expect(byId(g, GONGYI)).toMatchObject({ name: '“99公益日”活动', aliases: ['99公益日'], mentions: 1 });
      expect(byId(g, entityId('program', '“99公益日”活动'))).toBeUndefined();
      expect(touching(g, GONGYI, 'organises')).toHaveLength(1);
      expect(byId(g, WEIFAN)).toBeUndefined();
      expect(g.edges.some((e) => e.source === WEIFAN || e.target === WEIFAN)).toBe(false);
    }
    expect(a.orphans).toEqual([]);
    expect(b.orphans).toEqual([{ seq: 5, op: 'annotate', reason: `entity ${XIA} no longer exists` }]);
    expect(byId(b.graph, entityId('person', '李娜'))!.mentions).toBe(1);
  });

  it('keeps a deletion when the entity is no longer extracted, without reporting it', () => {
    const ext = extractionV1();
    ext[A2.id].entities = ext[A2.id].entities.filter((m) => m.name !== '韦凡');
    ext[A2.id].relations = ext[A2.id].relations.filter((r) => r.source !== '韦凡');
    const { graph, orphans } = build([{ op: 'delete', id: WEIFAN }], ext);
    expect(orphans).toEqual([]);
    expect(byId(graph, WEIFAN)).toBeUndefined();
  });

  it('keeps the id of a retyped entity when extraction already gives the new type', () => {
    const ext = extractionV1();
    ext[A1.id].entities = ext[A1.id].entities.map((m) => (m.name === '99公益日' ? { ...m, type: 'organisation' } : m));
    ext[A1.id].relations = ext[A1.id].relations.map((r) => (r.target === '99公益日' ? { ...r, targetType: 'organisation' } : r));
    const { graph, orphans } = build([{ op: 'retype', id: GONGYI, type: 'organisation' }], ext);
    expect(orphans).toEqual([]);
    expect(byId(graph, GONGYI)).toMatchObject({ type: 'organisation', name: '99公益日', mentions: 1 });
    expect(graph.nodes.filter((n) => n.name === '99公益日')).toHaveLength(1);
  });
});
