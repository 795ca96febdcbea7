import type { GraphData, GraphEdge } from '../../shared/types';
import { withDegrees } from './degree';

/** Undirected adjacency: node id -> ids of its neighbours. */
export function adjacency(edges: GraphEdge[]): Map<string, string[]> {
  const adj = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    const list = adj.get(a);
    if (list) list.push(b);
    else adj.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  return adj;
}

/** Ids within `depth` steps of the start ids (ignoring direction), the start ids included if present. */
export function reachable(graph: GraphData, ids: string[], depth: number): Set<string> {
  const present = new Set(graph.nodes.map((n) => n.id));
  const adj = adjacency(graph.edges);
  const seen = new Set(ids.filter((id) => present.has(id)));
  let frontier = [...seen];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adj.get(id) ?? []) {
        if (!seen.has(other) && present.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/** The subgraph within `depth` steps of `ids`, with all edges among those nodes and degrees recounted. */
export function neighbourhood(graph: GraphData, ids: string[], depth: number): GraphData {
  const keep = reachable(graph, ids, Math.max(0, Math.floor(depth)));
  const edges = graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const nodes = withDegrees(graph.nodes.filter((n) => keep.has(n.id)), edges);
  return { nodes, edges };
}
