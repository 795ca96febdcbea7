import { useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useStore } from '../../state/store';
import { focusCommunity } from './analytics-actions';
import { colourOf, communityColours, communityName } from './community-colours';

/** Communities listed at first; the rest come with "show more". */
const PAGE = 40;

/**
 * The communities (Louvain on the current filter), largest first, each named by its most
 * central members; a click brings its members forward in the graph, a second click lets go.
 */
export function CommunitiesPanel() {
  const t = useT();
  const analytics = useStore((s) => s.insight.analytics);
  const focus = useStore((s) => s.insight.focusCommunity);
  const inView = useStore((s) => s.graph.nodes);
  const [limit, setLimit] = useState(PAGE);
  const colours = useMemo(() => communityColours(analytics?.communities ?? []), [analytics]);
  const shownCount = useMemo(() => {
    if (focus === null || !analytics) return 0;
    const members = new Set(analytics.entities.filter((e) => e.community === focus).map((e) => e.id));
    return inView.filter((n) => members.has(n.id)).length;
  }, [analytics, focus, inView]);
  if (!analytics) return <p className="muted">{t('analytics.busy')}</p>;
  const focused = analytics.communities.find((c) => c.id === focus);
  return (
    <div className="communities">
      {focused && (
        <p className="community-focus-note" role="status">
          {t('communities.focused', { name: communityName(focused.top, 2), shown: shownCount, size: focused.size })}{' '}
          <button type="button" className="link" onClick={() => focusCommunity(null)}>
            {t('communities.clear')}
          </button>
        </p>
      )}
      {analytics.communities.length === 0 && <p className="muted">{t('communities.none')}</p>}
      <ul className="community-list" data-testid="community-list">
        {analytics.communities.slice(0, limit).map((c) => (
          <li key={c.id}>
            <button type="button" aria-pressed={focus === c.id} onClick={() => focusCommunity(focus === c.id ? null : c.id)}>
              <span className="swatch" style={{ background: colourOf(colours, c.id) }} aria-hidden="true" />
              <span className="community-title">{communityName(c.top, 2)}</span>
              <span className="community-size">{t('communities.size', { n: c.size })}</span>
              {c.top.length > 2 && <span className="community-more-members">{c.top.slice(2).join('、')}</span>}
            </button>
          </li>
        ))}
      </ul>
      {analytics.communities.length > limit && (
        <button type="button" className="link more" onClick={() => setLimit((l) => l + PAGE)}>
          {t('communities.more', { n: Math.min(PAGE, analytics.communities.length - limit) })}
        </button>
      )}
    </div>
  );
}
