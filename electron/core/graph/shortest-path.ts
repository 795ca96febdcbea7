import type { GraphData, GraphEdge } from '../../shared/types';

/**
 * A shortest path between two nodes, counting steps and ignoring direction: the node ids from
 * source to target and, between each pair, the heaviest edge. Empty when there is none.
 */
export function shortestPath(graph: GraphData, source: string, target: string): { nodes: string[]; edges: string[] } {
  const present = new Set(graph.nodes.map((n) => n.id));
  if (!present.has(source) || !present.has(target)) return { nodes: [], edges: [] };
  if (source === target) return { nodes: [source], edges: [] };
  const adj = new Map<string, GraphEdge[]>();
  const link = (a: string, e: GraphEdge): void => {
    const list = adj.get(a);
    if (list) list.push(e);
    else adj.set(a, [e]);
  };
  for (const e of graph.edges) {
    if (!present.has(e.source) || !present.has(e.target) || e.source === e.target) continue;
    link(e.source, e);
    link(e.target, e);
  }
  // Breadth-first from the source; `via` keeps the best edge into each node from the previous layer.
  const via = new Map<string, GraphEdge>();
  const depth = new Map<string, number>([[source, 0]]);
  let frontier = [source];
  while (frontier.length > 0 && !depth.has(target)) {
    const next: string[] = [];
    for (const id of frontier) {
      const d = depth.get(id) ?? 0;
      for (const e of adj.get(id) ?? []) {
        const other = e.source === id ? e.target : e.source;
        const known = depth.get(other);
        if (known === undefined) {
          depth.set(other, d + 1);
          via.set(other, e);
          next.push(other);
        } else if (known === d + 1 && e.weight > (via.get(other)?.weight ?? 0) && (via.get(other)?.source === id || via.get(other)?.target === id)) {
          via.set(other, e);
        }
      }
    }
    frontier = next;
  }
  if (!depth.has(target)) return { nodes: [], edges: [] };
  const nodes = [target];
  const edges: string[] = [];
  let cur = target;
  while (cur !== source) {
    const e = via.get(cur);
    if (!e) return { nodes: [], edges: [] };
    edges.push(e.id);
    cur = e.source === cur ? e.target : e.source;
    nodes.push(cur);
  }
  return { nodes: nodes.reverse(), edges: edges.reverse() };
}
