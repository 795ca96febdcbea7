import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { loadGraph } from '../../state/actions';
import { store, useStore } from '../../state/store';
import { BulkActions } from './BulkActions';
import { Duplicates } from './Duplicates';
import { EntityTable } from './EntityTable';
import { RelationTable } from './RelationTable';

/**
 * The data table under the graph (Gephi's Data Laboratory): entities and relations, sharing the
 * graph's selection; the accessible alternative to the canvas.
 */
export function DataTable() {
  const t = useT();
  const open = useStore((s) => s.tableOpen);
  const hidden = useStore((s) => s.hidden.length);
  const [tab, setTab] = useState<'entities' | 'relations' | 'duplicates'>('entities');
  if (!open) return null;
  const tabs: Array<[typeof tab, string]> = [
    ['entities', t('table.entities')],
    ['relations', t('table.relations')],
    ['duplicates', t('table.duplicatesTab')],
  ];
  return (
    <section className="data-panel" aria-label={t('table.title')}>
      <div className="data-head">
        <div role="tablist" aria-label={t('table.title')}>
          {tabs.map(([id, label]) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
              {label}
            </button>
          ))}
        </div>
        {hidden > 0 && (
          <button
            type="button"
            className="link"
            onClick={() => {
              store.set({ hidden: [] });
              void loadGraph();
            }}
          >
            {t('table.unhide', { n: hidden })}
          </button>
        )}
        <button type="button" className="close" aria-label={t('table.close')} onClick={() => store.set({ tableOpen: false })}>
          ×
        </button>
      </div>
      <div role="tabpanel" className="data-body">
        {tab === 'entities' && (
          <>
            <BulkActions />
            <EntityTable />
          </>
        )}
        {tab === 'relations' && <RelationTable />}
        {tab === 'duplicates' && <Duplicates />}
      </div>
    </section>
  );
}
