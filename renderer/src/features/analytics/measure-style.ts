import type { AnalyticsResult, GraphNode } from '../../../../electron/shared/types';
import type { InsightState, SizeBy } from '../../state/store';
import { colourOf, communityColours } from './community-colours';
import { metricsById } from './measures';

/** What the graph's elements take from the analytics: a node's size value and its fill. */
export interface MeasureViewOptions {
  measure?: (node: GraphNode) => number;
  fill?: (node: GraphNode) => string | undefined;
}

/**
 * The sizing and colouring the view asks for, as options of `toViewElements`: betweenness and
 * PageRank from `analyze` (0 until it answers), and community colours (article nodes keep theirs).
 * Degree, weighted degree and mentions need nothing here: they are fields of every node.
 */
export function measureViewOptions(analytics: AnalyticsResult | null, sizeBy: SizeBy, colorBy: InsightState['colorBy']): MeasureViewOptions {
  const out: MeasureViewOptions = {};
  const metrics = metricsById(analytics);
  if (sizeBy === 'betweenness' || sizeBy === 'pagerank') {
    const key = sizeBy;
    out.measure = (node) => metrics.get(node.id)?.[key] ?? 0;
  }
  if (colorBy === 'community' && analytics) {
    const colours = communityColours(analytics.communities);
    out.fill = (node) => (node.type === 'article' ? undefined : colourOf(colours, metrics.get(node.id)?.community ?? -1));
  }
  return out;
}
