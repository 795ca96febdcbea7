import { useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { store, useStore } from '../../state/store';
import type { SizeBy } from '../../state/store';
import { focusCommunity } from './analytics-actions';
import { colourOf, communityColours, communityName, OTHER_COMMUNITY } from './community-colours';
import { COLOURINGS, MEASURES } from './measures';
import type { Colouring } from './measures';
import { setInsight } from './set-insight';
import { useCommunityFocus } from './use-community-focus';
import './analytics.css';

/** Communities named in the legend; the rest share the grey swatch. */
const LISTED = 8;

/**
 * The sizing and colouring of the nodes, a bar under the graph's legend (never over the graph):
 * what nodes are sized by (the legend keys the sizes), what they are coloured by with the
 * community colours (a click focuses a community).
 */
export function MeasureLegend() {
  const t = useT();
  const [open, setOpen] = useState(true);
  const sizeBy = useStore((s) => s.sizeBy);
  const colorBy = useStore((s) => s.insight.colorBy);
  const analytics = useStore((s) => s.insight.analytics);
  const busy = useStore((s) => s.insight.analyticsBusy);
  const focus = useStore((s) => s.insight.focusCommunity);
  useCommunityFocus();
  const colours = useMemo(() => communityColours(analytics?.communities ?? []), [analytics]);
  if (!open) {
    return (
      <button type="button" className="measure-legend-toggle" onClick={() => setOpen(true)}>
        {t('measure.show')}
      </button>
    );
  }
  const communities = analytics?.communities ?? [];
  return (
    <div className="measure-legend" role="group" aria-label={t('measure.legend')} data-testid="measure-legend">
      <button type="button" className="close" aria-label={t('measure.hide')} onClick={() => setOpen(false)}>
        ×
      </button>
      <label className="field">
        <span>{t('measure.sizeBy')}</span>
        <select aria-label={t('measure.sizeBy')} value={sizeBy} onChange={(e) => store.set({ sizeBy: e.target.value as SizeBy })}>
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(`measure.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('measure.colourBy')}</span>
        <select aria-label={t('measure.colourBy')} value={colorBy} onChange={(e) => setInsight({ colorBy: e.target.value as Colouring })}>
          {COLOURINGS.map((c) => (
            <option key={c} value={c}>
              {t(`measure.colour.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {colorBy === 'community' && communities.length > 0 && (
        <ul className="community-key" aria-label={t('measure.communityKey')} data-testid="community-key">
          {communities.slice(0, LISTED).map((c) => (
            <li key={c.id}>
              <button type="button" className="link" aria-pressed={focus === c.id} onClick={() => focusCommunity(focus === c.id ? null : c.id)}>
                <span className="swatch" style={{ background: colourOf(colours, c.id) }} aria-hidden="true" />
                <span className="community-label">{communityName(c.top, 2)}</span>
                <span className="community-size">{c.size}</span>
              </button>
            </li>
          ))}
          {communities.length > LISTED && <li className="community-more">{t('measure.moreCommunities', { n: communities.length - LISTED })}</li>}
          <li>
            <span className="swatch" style={{ background: OTHER_COMMUNITY }} aria-hidden="true" />
            <span className="community-label">{t('measure.noCommunity')}</span>
          </li>
        </ul>
      )}
      {busy && (
        <p className="busy" role="status">
          {t('analytics.busy')}
        </p>
      )}
    </div>
  );
}
