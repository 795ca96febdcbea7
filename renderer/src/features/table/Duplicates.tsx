import { useState } from 'react';
import type { DuplicateSuggestion } from '../../../../electron/shared/types';
import { getClient } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { errorMessage } from '../../state/actions';
import { applyEdit } from '../../state/edit-actions';

/** The message naming each reason the core gives for a suggestion (others are shown as given). */
const REASONS: Record<string, 'table.reason.variant' | 'table.reason.shortForm' | 'table.reason.placePrefix'> = {
  variant: 'table.reason.variant',
  'short form': 'table.reason.shortForm',
  'place prefix': 'table.reason.placePrefix',
};

/** Entities that look like one another (same name up to a place prefix, a known short form), to merge. */
export function Duplicates() {
  const t = useT();
  const [list, setList] = useState<DuplicateSuggestion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    try {
      setError(null);
      setList(await getClient().duplicateSuggestions({ limit: 50 }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="duplicates" data-testid="duplicates">
      <button type="button" onClick={() => void load()}>
        {t('table.duplicates')}
      </button>
      {error && <p className="warn">{error}</p>}
      {list && list.length === 0 && <p className="muted">{t('table.noDuplicates')}</p>}
      {list && list.length > 0 && (
        <ul>
          {list.map((d) => (
            <li key={d.ids.join(' ')}>
              {d.names.join(' · ')} <span className="muted">({REASONS[d.reason] ? t(REASONS[d.reason]) : d.reason})</span>{' '}
              <button type="button" onClick={() => void applyEdit({ op: 'merge', target: d.ids[0], sources: d.ids.slice(1) }).then(() => setList((l) => l?.filter((x) => x !== d) ?? null))}>
                {t('table.mergeInto', { name: d.names[0] })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
