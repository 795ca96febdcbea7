import { useT } from '../../i18n/use-t';
import { useStore } from '../../state/store';
import { setIncludeUndated } from './timeline-actions';

/**
 * What the date filter does with undated articles: how many it hides, with a switch to keep
 * them; without a date range, how many articles have no date.
 */
export function UndatedNotice() {
  const t = useT();
  const undated = useStore((s) => s.insight.timeline?.undated ?? 0);
  const hasRange = useStore((s) => Boolean(s.filter.dateFrom || s.filter.dateTo));
  const include = useStore((s) => s.filter.includeUndated);
  if (undated === 0) return null;
  if (!hasRange) return <span className="undated-note">{t('timeline.undated', { n: undated })}</span>;
  return (
    <label className="undated-note check" data-testid="undated-notice">
      <input type="checkbox" checked={include} onChange={(e) => setIncludeUndated(e.target.checked)} />
      <span>{include ? t('timeline.undatedIncluded', { n: undated }) : t('timeline.undatedHidden', { n: undated })}</span>
    </label>
  );
}
