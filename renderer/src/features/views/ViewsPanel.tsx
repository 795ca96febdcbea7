import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { useStore } from '../../state/store';
import { formatRange } from '../timeline/timeline-scale';
import { deleteView, exportViews, loadViews, openView, saveCurrentView } from './views-actions';
import './views.css';

/**
 * Saved views: name and save the current one (filters, date range, selection, positions,
 * sizing and colouring), reopen, delete (asked twice), export one or all as JSON.
 */
export function ViewsPanel() {
  const t = useT();
  const views = useStore((s) => s.insight.views);
  const [name, setName] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  useEffect(() => {
    void loadViews();
  }, []);
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    void saveCurrentView(name).then(() => setName(''));
  };
  const replacing = views.some((v) => v.name === name.trim());
  return (
    <div className="views">
      <form className="view-save" onSubmit={save}>
        <input type="text" aria-label={t('views.name')} placeholder={t('views.name')} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="primary" disabled={!name.trim()}>
          {replacing ? t('views.replace') : t('views.save')}
        </button>
        <button type="button" disabled={views.length === 0} onClick={() => exportViews(views, null)}>
          {t('views.exportAll')}
        </button>
      </form>
      {views.length === 0 && <p className="muted">{t('views.none')}</p>}
      <ul className="view-list" data-testid="view-list">
        {views.map((v) => (
          <li key={v.name}>
            <button type="button" className="link view-open" onClick={() => void openView(v)} aria-label={t('views.open', { name: v.name })}>
              {v.name}
            </button>
            <span className="view-meta">
              {v.filter.dateFrom || v.filter.dateTo ? formatRange({ from: v.filter.dateFrom ?? '', to: v.filter.dateTo ?? '' }) : t('analytics.allDates')}
              {v.sizeBy ? ` · ${t(`measure.${v.sizeBy}`)}` : ''}
              {v.colorBy ? ` · ${t(`measure.colour.${v.colorBy}`)}` : ''}
              {` · ${v.savedAt.slice(0, 16).replace('T', ' ')}`}
            </span>
            <button type="button" onClick={() => exportViews([v], v.name)} aria-label={t('views.exportOne', { name: v.name })}>
              {t('views.export')}
            </button>
            {confirming === v.name ? (
              <button
                type="button"
                className="primary danger"
                onClick={() => {
                  setConfirming(null);
                  void deleteView(v.name);
                }}
              >
                {t('views.confirmDelete')}
              </button>
            ) : (
              <button type="button" className="danger" onClick={() => setConfirming(v.name)} aria-label={t('views.deleteOne', { name: v.name })}>
                {t('views.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
