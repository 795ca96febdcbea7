import type { GraphData, GraphEdge, GraphNode, NodeKind, RelationType } from '../../../../electron/shared/types';

/** A graph node with sensible defaults. */
export function node(id: string, name: string, type: NodeKind, extra: Partial<GraphNode> = {}): GraphNode {
  return { id, type, name, aliases: [], mentions: 1, articles: ['a_1'], degree: 1, weightedDegree: 1, ...extra };
}

/** A graph edge with one piece of evidence. */
export function edge(id: string, source: string, target: string, type: RelationType, extra: Partial<GraphEdge> = {}): GraphEdge {
  return {
    id,
    type,
    source,
    target,
    label: '',
    weight: 1,
    evidence: [{ article: 'a_1', start: 0, end: 5, text: '一句证据。', date: '2024-10-12' }],
    firstDate: '2024-10-12',
    lastDate: '2024-10-12',
    ...extra,
  };
}

/** Shenzhen unions and places: a small graph with every node type and a place hierarchy. */
export function sampleGraph(): GraphData {
  return {
    nodes: [
      node('o1', '深圳市总工会', 'organisation', { degree: 3, weightedDegree: 9 }),
      node('o2', '深圳市职工发展基金会', 'organisation', { degree: 1, weightedDegree: 2, color: '#123456' }),
      node('p1', '李昱霖', 'person'),
      node('g0', '广东省', 'place'),
      node('g1', '深圳市', 'place', { degree: 2, weightedDegree: 2 }),
      node('g2', '福田区', 'place'),
      node('g3', '罗湖区', 'place'),
      node('x1', '12345+N', 'program', { position: { x: 500, y: 40 } }),
    ],
    edges: [
      edge('e1', 'o1', 'o2', 'founded', { label: '发起', weight: 2 }),
      edge('e2', 'o1', 'g1', 'located_in'),
      edge('e3', 'g1', 'g0', 'located_in'),
      edge('e4', 'g2', 'g1', 'located_in'),
      edge('e5', 'g3', 'g1', 'located_in'),
      edge('e6', 'o1', 'p1', 'co_occurs', { weight: 6 }),
      edge('e7', 'o1', 'x1', 'organises'),
    ],
  };
}
