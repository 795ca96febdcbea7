import type { ExportOptions, GraphData } from '../../shared/types';

/**
 * Applies the export options that concern whole kinds of elements: drops `co_occurs` edges when
 * `includeCoOccurs` is false, and article nodes with their edges unless `includeArticles` is true
 * (each option falls back to the same field of `options.filter`). Node attributes such as degree
 * are left as the graph layer computed them.
 */
export function applyExportOptions(graph: GraphData, options: ExportOptions = {}): GraphData {
  const includeArticles = options.includeArticles ?? options.filter?.includeArticles ?? false;
  const includeCoOccurs = options.includeCoOccurs ?? options.filter?.includeCoOccurs ?? true;
  const nodes = includeArticles ? graph.nodes : graph.nodes.filter((n) => n.type !== 'article');
  const kept = new Set(nodes.map((n) => n.id));
  const dropped = new Set(graph.nodes.filter((n) => !kept.has(n.id)).map((n) => n.id));
  const edges = graph.edges.filter(
    (e) => (includeCoOccurs || e.type !== 'co_occurs') && !dropped.has(e.source) && !dropped.has(e.target),
  );
  return { nodes, edges };
}
