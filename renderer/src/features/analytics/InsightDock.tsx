import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { useStore } from '../../state/store';
import type { InsightTab } from '../../state/store';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { useTimelineData } from '../timeline/use-timeline';
import { ViewsPanel } from '../views/ViewsPanel';
import { AnalysedGraphNote } from './AnalysedGraphNote';
import { toggleTab } from './analytics-actions';
import { CommunitiesPanel } from './CommunitiesPanel';
import { RankedTable } from './RankedTable';
import { useAnalytics } from './use-analytics';
import './analytics.css';

const TABS: Array<{ tab: InsightTab; label: MessageKey }> = [
  { tab: 'ranking', label: 'insight.ranking' },
  { tab: 'communities', label: 'insight.communities' },
  { tab: 'views', label: 'insight.views' },
];

/**
 * The dock under the graph: the timeline, and a folding panel with the ranked table, the
 * communities and the saved views. It keeps the analytics and the histogram loaded.
 */
export function InsightDock() {
  const t = useT();
  const tab = useStore((s) => s.insight.tab);
  const busy = useStore((s) => s.insight.analyticsBusy);
  useAnalytics();
  useTimelineData();
  return (
    <section className="insight-dock" aria-label={t('insight.dock')}>
      <TimelinePanel />
      <div className="insight-tabs">
        {TABS.map(({ tab: id, label }) => (
          <button key={id} type="button" aria-expanded={tab === id} aria-controls="insight-panel" className={tab === id ? 'active' : undefined} onClick={() => toggleTab(id)}>
            {t(label)}
          </button>
        ))}
        {busy && (
          <span className="busy" role="status">
            {t('analytics.busy')}
          </span>
        )}
      </div>
      {tab && (
        <div id="insight-panel" className="insight-panel" role="region" aria-label={t(TABS.find((x) => x.tab === tab)?.label ?? 'insight.dock')}>
          {(tab === 'ranking' || tab === 'communities') && <AnalysedGraphNote />}
          {tab === 'ranking' && <RankedTable />}
          {tab === 'communities' && <CommunitiesPanel />}
          {tab === 'views' && <ViewsPanel />}
        </div>
      )}
    </section>
  );
}
