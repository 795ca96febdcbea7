import { useT } from '../../i18n/use-t';
import { useStore } from '../../state/store';
import { formatRange } from '../timeline/timeline-scale';
import { setInsight } from './set-insight';

/**
 * Which graph the numbers are measured on (entities, links, undirected, parallel relations
 * merged with their weights summed, with or without co-occurrence, the date range) and the
 * switch for co-occurrence edges.
 */
export function AnalysedGraphNote() {
  const t = useT();
  const analytics = useStore((s) => s.insight.analytics);
  const coOccurs = useStore((s) => s.insight.analyticsCoOccurs);
  const from = useStore((s) => s.filter.dateFrom);
  const to = useStore((s) => s.filter.dateTo);
  const g = analytics?.graph;
  return (
    <div className="analysed-graph" data-testid="analysed-graph">
      <label className="check">
        <input type="checkbox" checked={coOccurs} onChange={(e) => setInsight({ analyticsCoOccurs: e.target.checked })} />
        <span>{t('analytics.coOccurs')}</span>
      </label>
      {g && (
        <p className="graph-note">
          {t('analytics.graph', { nodes: g.nodes, edges: g.edges })} · {t(g.weighted ? 'analytics.weighted' : 'analytics.unweighted')} ·{' '}
          {t(g.coOccurs ? 'analytics.withCoOccurs' : 'analytics.withoutCoOccurs')} · {from || to ? formatRange({ from, to }) : t('analytics.allDates')} ·{' '}
          {t('analytics.modularity', { q: analytics.modularity.toFixed(3) })}
          {analytics.betweennessSources ? ` · ${t('analytics.sampled', { n: analytics.betweennessSources })}` : ''}
        </p>
      )}
    </div>
  );
}
