import type { GraphEdge, GraphNode } from '../../shared/types';

/** Sets `degree` and `weightedDegree` of each node from the given edges (in place). */
export function setDegrees(nodes: GraphNode[], edges: GraphEdge[]): void {
  const index = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) index.set(nodes[i].id, i);
  const degree = new Float64Array(nodes.length);
  const weighted = new Float64Array(nodes.length);
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined) {
      degree[s]++;
      weighted[s] += e.weight;
    }
    if (t !== undefined) {
      degree[t]++;
      weighted[t] += e.weight;
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    nodes[i].degree = degree[i];
    nodes[i].weightedDegree = weighted[i];
  }
}

/** Copies of the nodes with degrees counted over `edges` only. */
export function withDegrees(nodes: GraphNode[], edges: GraphEdge[]): GraphNode[] {
  const copies = nodes.map((n) => ({ ...n }));
  setDegrees(copies, edges);
  return copies;
}
