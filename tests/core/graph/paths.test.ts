import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, entityId, filterGraph } from '../../../electron/core/graph';
import { findPaths } from '../../../electron/core/graph/paths';
import type { Evidence, GraphData, GraphEdge, GraphNode, RelationType } from '../../../electron/shared/types';
import { ARTICLES, FUND, ORG, SZ_UNION, extractionV1 } from './fixtures';

const node = (id: string): GraphNode => ({ id, type: 'organisation', name: id, aliases: [], mentions: 1, articles: [], degree: 0, weightedDegree: 0 });
const ev = (text: string): Evidence => ({ article: 'a_1', start: 0, end: text.length, text, date: null });
function edge(source: string, target: string, type: RelationType = 'partner', weight = 1, evidence: Evidence[] = [], attrs?: GraphEdge['attrs']): GraphEdge {
  return { id: `r_${source}_${target}_${type}`, type, source, target, label: type === 'role' ? '主席' : '', weight, evidence, firstDate: null, lastDate: null, ...(attrs ? { attrs } : {}) };
}

/** Every loopless path between two nodes, by brute force (small graphs only). */
function allSimplePaths(graph: GraphData, s: string, t: string): string[][] {
  const adj = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    adj.set(e.source, (adj.get(e.source) ?? new Set()).add(e.target));
    adj.set(e.target, (adj.get(e.target) ?? new Set()).add(e.source));
  }
  const out: string[][] = [];
  const walk = (path: string[]): void => {
    const last = path[path.length - 1];
    if (last === t) return void out.push(path);
    for (const w of adj.get(last) ?? []) if (!path.includes(w)) walk([...path, w]);
  };
  walk([s]);
  return out;
}

describe('findPaths', () => {
  const graph: GraphData = {
    nodes: ['a', 'b', 'c', 'd', 'e', 'x'].map(node),
    edges: [
      edge('a', 'b', 'role', 2, [ev('一'), ev('二'), ev('三'), ev('四')]),
      edge('a', 'b', 'co_occurs', 5),
      edge('c', 'b', 'organises', 1, [ev('c 主办 b')]),
      edge('a', 'd', 'partner'),
      edge('d', 'c', 'located_in', 1, [], { via: 'gazetteer' }),
      edge('c', 'e', 'partner'),
    ],
  };

  it('lists the steps of the shortest path with edge, direction and up to three evidence sentences', () => {
    const [path] = findPaths(graph, 'a', 'c');
    expect(path.nodes).toEqual(['a', 'b', 'c']);
    expect(path.steps[0]).toMatchObject({ from: 'a', to: 'b', edge: { id: 'r_a_b_role', type: 'role', label: '主席', weight: 2, direction: 'forward' } });
    expect(path.steps[0].evidence.map((e) => e.text)).toEqual(['一', '二', '三']);
    expect(path.steps[1]).toMatchObject({ from: 'b', to: 'c', edge: { type: 'organises', direction: 'backward' }, evidence: [{ text: 'c 主办 b' }] });
  });

  it('gives the k shortest loopless paths, shortest first, and none where nothing joins', () => {
    const paths = findPaths(graph, 'a', 'e', 5);
    expect(paths.map((p) => p.nodes)).toEqual([
      ['a', 'b', 'c', 'e'],
      ['a', 'd', 'c', 'e'],
    ]);
    expect(paths[1].steps[0].edge.direction).toBe('undirected');
    expect(findPaths(graph, 'a', 'x', 3)).toEqual([]);
    expect(findPaths(graph, 'a', 'nowhere')).toEqual([]);
    expect(findPaths(graph, 'a', 'a')).toEqual([{ nodes: ['a'], steps: [] }]);
  });

  it('keeps to the filter: without co-occurrence and without inferred edges', () => {
    const noInferred = filterGraph(graph, { excludeInferred: true });
    expect(findPaths(noInferred, 'a', 'e', 5).map((p) => p.nodes)).toEqual([['a', 'b', 'c', 'e']]);
    const typed = filterGraph(graph, { relationTypes: ['partner', 'located_in'] });
    expect(findPaths(typed, 'a', 'e').map((p) => p.nodes)).toEqual([['a', 'd', 'c', 'e']]);
  });

  it('finds the same path lengths as enumerating every loopless path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), { maxLength: 16 }),
        fc.integer({ min: 1, max: 10 }),
        (pairs, k) => {
          const ids = ['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6'];
          const g: GraphData = { nodes: ids.map(node), edges: pairs.filter(([s, t]) => s !== t).map(([s, t]) => edge(ids[s], ids[t])) };
          const found = findPaths(g, 'n0', 'n6', k);
          const all = allSimplePaths(g, 'n0', 'n6');
          const lengths = all.map((p) => p.length).sort((a, b) => a - b);
          expect(found.map((p) => p.nodes.length)).toEqual(lengths.slice(0, k));
          const keys = found.map((p) => p.nodes.join('>'));
          expect(new Set(keys).size).toBe(keys.length);
          for (const p of found) expect(all.map((q) => q.join('>'))).toContain(p.nodes.join('>'));
        },
      ),
    );
  });

  it('walks the graph built from articles', () => {
    const built = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits: [] }).graph;
    const [path] = findPaths(filterGraph(built, {}), entityId(ORG, SZ_UNION), entityId(ORG, FUND));
    expect(path.steps.length).toBe(1);
    expect(path.steps[0].evidence.length).toBeGreaterThan(0);
  });
});
