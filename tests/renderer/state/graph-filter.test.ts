import { describe, expect, it } from 'vitest';
import { mergeGraphs, toGraphFilter } from '../../../renderer/src/state/graph-filter';
import { defaultFilter } from '../../../renderer/src/state/store';

describe('filter controls to the API filter', () => {
  it('starts with the top 300 entities and nothing else', () => {
    expect(toGraphFilter(defaultFilter())).toEqual({ limit: 300 });
  });

  it('carries every control that narrows the view', () => {
    const f = {
      ...defaultFilter(),
      types: ['person' as const, 'place' as const],
      relationTypes: ['role' as const],
      minWeight: 3,
      dateFrom: '2024-01-01',
      dateTo: '2024-12-31',
      articles: ['a_1'],
      includeCoOccurs: false,
      includeArticles: true,
      limit: null,
    };
    expect(toGraphFilter(f)).toEqual({
      types: ['person', 'place'],
      relationTypes: ['role'],
      minWeight: 3,
      dateFrom: '2024-01-01',
      dateTo: '2024-12-31',
      articles: ['a_1'],
      includeCoOccurs: false,
      includeArticles: true,
    });
  });

  it('replaces the limit by the neighbourhood of the selected node', () => {
    const f = { ...defaultFilter(), neighbourhood: 2 };
    expect(toGraphFilter(f, { kind: 'node', id: 'o1' })).toEqual({ focus: { ids: ['o1'], depth: 2 } });
    // Without a selected node the neighbourhood control has nothing to centre on.
    expect(toGraphFilter(f, null)).toEqual({ limit: 300 });
    expect(toGraphFilter(f, { kind: 'edge', id: 'e1' })).toEqual({ limit: 300 });
  });

  it('merges graphs by id', () => {
    const n = (id: string) => ({ id, type: 'person' as const, name: id, aliases: [], mentions: 1, articles: [], degree: 0, weightedDegree: 0 });
    const e = (id: string) => ({ id, type: 'partner' as const, source: 'a', target: 'b', label: '', weight: 1, evidence: [], firstDate: null, lastDate: null });
    const merged = mergeGraphs({ nodes: [n('a'), n('b')], edges: [e('x')] }, { nodes: [n('b'), n('c')], edges: [e('x'), e('y')] });
    expect(merged.nodes.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(merged.edges.map((x) => x.id)).toEqual(['x', 'y']);
  });
});
