import { useMemo, useState } from 'react';
import type { EntityType } from '../../../../electron/shared/types';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/i18n';
import { selectEntity } from '../../state/actions';
import { store, useStore } from '../../state/store';
import { TypeDot } from '../graph/TypeDot';
import { entityRows, filterRows, sortRows } from './table-rows';
import type { EntityColumn, Sort } from './table-rows';
import { MoreRows, RowCount, SortHeader } from './table-parts';
import { EntityTypeOptions } from '../../components/EntityTypeOptions';

const PAGE = 100;
const COLUMNS: Array<[EntityColumn, MessageKey]> = [
  ['name', 'table.name'],
  ['type', 'table.type'],
  ['mentions', 'table.mentions'],
  ['articles', 'table.articles'],
];

/**
 * Every entity of the workspace as a sortable, filterable table: a name selects the entity in
 * the graph (as a click on its node would); the checkboxes pick rows for the bulk actions.
 */
export function EntityTable() {
  const t = useT();
  const entities = useStore((s) => s.entities);
  const nodes = useStore((s) => s.graph.nodes);
  const selection = useStore((s) => s.selection);
  const checked = useStore((s) => s.checked);
  const [query, setQuery] = useState('');
  const [type, setType] = useState<EntityType | ''>('');
  const [sort, setSort] = useState<Sort<EntityColumn>>({ column: 'mentions', descending: true });
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => {
    const inView = new Set(nodes.map((n) => n.id));
    return sortRows(filterRows(entityRows(entities, inView), query, type || undefined), sort);
  }, [entities, nodes, query, type, sort]);
  const checkedSet = new Set(checked);
  const toggle = (id: string, on: boolean) => store.set((s) => ({ checked: on ? [...new Set([...s.checked, id])] : s.checked.filter((x) => x !== id) }));
  const sortBy = (column: EntityColumn) => setSort((s) => ({ column, descending: s.column === column ? !s.descending : column !== 'name' && column !== 'type' }));
  return (
    <div className="table-view" data-testid="entity-table">
      <div className="table-tools">
        <input type="search" autoFocus aria-label={t('table.filter')} placeholder={t('table.filter')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label={t('table.type')} value={type} onChange={(e) => setType(e.target.value as EntityType | '')}>
          <option value="">{t('table.allTypes')}</option>
          <EntityTypeOptions />
        </select>
        <RowCount n={rows.length} />
      </div>
      <table className="data-table">
        <caption className="visually-hidden">{t('table.entities')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('table.pick')}</span>
            </th>
            {COLUMNS.map(([column, label]) => (
              <SortHeader key={column} column={column} label={t(label)} sort={sort} onSort={sortBy} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((r) => (
            <tr key={r.id} className={selection?.id === r.id ? 'current' : undefined} aria-selected={selection?.id === r.id}>
              <td>
                <input type="checkbox" aria-label={t('table.pickOne', { name: r.name })} checked={checkedSet.has(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} />
              </td>
              <td>
                <button type="button" className="link entity-link" onClick={() => void selectEntity(r.id)}>
                  {r.name}
                </button>
                {!r.inView && <span className="muted"> · {t('table.notInView')}</span>}
              </td>
              <td>
                <TypeDot type={r.type} /> {t(`type.${r.type}`)}
              </td>
              <td className="num">{r.mentions}</td>
              <td className="num">{r.articles}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreRows total={rows.length} shown={shown} onMore={() => setShown((n) => n + PAGE)} />
    </div>
  );
}
