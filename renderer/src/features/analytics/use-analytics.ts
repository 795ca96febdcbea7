import { useEffect } from 'react';
import { useStore } from '../../state/store';
import { loadAnalytics } from './analytics-actions';
import { viewNeedsAnalytics } from './measures';

/**
 * Keeps the analytics in step with the graph while something shows them (the ranked table, the
 * communities, sizing by a centrality, colouring by community): again after every load of the
 * graph (a filter changed, an edit) and when the co-occurrence switch changes. The core caches
 * results per graph, so asking again for an unchanged graph costs nothing.
 */
export function useAnalytics(): void {
  const needed = useStore((s) => s.insight.tab === 'ranking' || s.insight.tab === 'communities' || viewNeedsAnalytics(s.sizeBy, s.insight.colorBy));
  const graphVersion = useStore((s) => s.graphVersion);
  const coOccurs = useStore((s) => s.insight.analyticsCoOccurs);
  useEffect(() => {
    if (!needed) return;
    const timer = setTimeout(() => void loadAnalytics(), 50);
    return () => clearTimeout(timer);
  }, [needed, graphVersion, coOccurs]);
}
