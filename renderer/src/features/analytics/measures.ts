import type { AnalyticsResult, EntityMetrics, GraphNode } from '../../../../electron/shared/types';

/** What nodes can be sized by (the store's `SizeBy`, listed once for the controls). */
export const MEASURES = ['weightedDegree', 'degree', 'betweenness', 'pagerank', 'mentions'] as const;
export type Measure = (typeof MEASURES)[number];

/** What nodes can be coloured by. */
export const COLOURINGS = ['type', 'community'] as const;
export type Colouring = (typeof COLOURINGS)[number];

/** Whether a measure comes from `analyze` (the others are fields of every graph node). */
export function isAnalyticsMeasure(measure: Measure): boolean {
  return measure === 'betweenness' || measure === 'pagerank';
}

/** Whether the view needs `analyze`'s numbers to size or colour its nodes. */
export function viewNeedsAnalytics(sizeBy: Measure, colourBy: Colouring): boolean {
  return isAnalyticsMeasure(sizeBy) || colourBy === 'community';
}

/** The measures of each entity by id. */
export function metricsById(result: AnalyticsResult | null): Map<string, EntityMetrics> {
  return new Map((result?.entities ?? []).map((m) => [m.id, m]));
}

/**
 * A node's value of a measure: graph fields for degree, weighted degree and mentions; the
 * analytics row for betweenness and PageRank (0 when the node was not measured).
 */
export function measureOf(node: GraphNode, measure: Measure, metrics: ReadonlyMap<string, EntityMetrics>): number {
  switch (measure) {
    case 'degree':
      return node.degree;
    case 'weightedDegree':
      return node.weightedDegree;
    case 'mentions':
      return node.mentions;
    default:
      return metrics.get(node.id)?.[measure] ?? 0;
  }
}

/** A measure's value as a table or legend shows it: whole numbers as such, centralities to 3 significant digits. */
export function formatMeasure(value: number, measure: Measure): string {
  if (!Number.isFinite(value)) return '';
  if (measure === 'degree' || measure === 'mentions') return String(Math.round(value));
  if (measure === 'weightedDegree') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (value === 0) return '0';
  return value >= 0.001 ? String(Number(value.toPrecision(3))) : value.toExponential(2);
}

/** Every node's value of a measure, in the graph's order (the node-size keys of the legend and of images). */
export function measureValues(nodes: readonly GraphNode[], measure: Measure, analytics: AnalyticsResult | null): number[] {
  const metrics = metricsById(analytics);
  return nodes.map((n) => measureOf(n, measure, metrics));
}
