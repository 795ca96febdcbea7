import { ENTITY_TYPES } from '../../../electron/shared/types';
import type { GraphData, GraphFilter } from '../../../electron/shared/types';
import type { Selection, UiFilter } from './store';

/**
 * Turns the filter controls into the API's `GraphFilter`, leaving out what keeps everything.
 * The neighbourhood of a selected node replaces the top-N limit.
 */
export function toGraphFilter(filter: UiFilter, selection: Selection = null): GraphFilter {
  const out: GraphFilter = {};
  if (filter.types.length > 0 && filter.types.length < ENTITY_TYPES.length) out.types = [...filter.types];
  if (filter.relationTypes.length > 0) out.relationTypes = [...filter.relationTypes];
  if (filter.minWeight > 1) out.minWeight = filter.minWeight;
  if (filter.dateFrom) out.dateFrom = filter.dateFrom;
  if (filter.dateTo) out.dateTo = filter.dateTo;
  if ((filter.dateFrom || filter.dateTo) && filter.includeUndated) out.includeUndated = true;
  if (filter.articles.length > 0) out.articles = [...filter.articles];
  if (!filter.includeCoOccurs) out.includeCoOccurs = false;
  if (filter.includeArticles) out.includeArticles = true;
  if (filter.neighbourhood > 0 && selection?.kind === 'node') out.focus = { ids: [selection.id], depth: filter.neighbourhood };
  else if (filter.limit != null) out.limit = filter.limit;
  return out;
}

/** The union of two graphs by id; the first one's version of a shared element wins. */
export function mergeGraphs(a: GraphData, b: GraphData): GraphData {
  const nodeIds = new Set(a.nodes.map((n) => n.id));
  const edgeIds = new Set(a.edges.map((e) => e.id));
  return {
    nodes: [...a.nodes, ...b.nodes.filter((n) => !nodeIds.has(n.id))],
    edges: [...a.edges, ...b.edges.filter((e) => !edgeIds.has(e.id))],
  };
}
