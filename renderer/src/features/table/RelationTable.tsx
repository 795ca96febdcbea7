import { useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { select } from '../../state/actions';
import { useStore } from '../../state/store';
import { filterRows, relationRows, sortRows } from './table-rows';
import type { Sort } from './table-rows';
import { MoreRows, RowCount, SortHeader } from './table-parts';

const PAGE = 100;
type Column = 'sourceName' | 'type' | 'targetName' | 'label' | 'weight' | 'evidence';

/** The relations the graph shows, as a sortable, filterable table; a row selects its edge. */
export function RelationTable() {
  const t = useT();
  const edges = useStore((s) => s.graph.edges);
  const nodes = useStore((s) => s.graph.nodes);
  const selection = useStore((s) => s.selection);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort<Column>>({ column: 'weight', descending: true });
  const sortBy = (column: Column) => setSort((s) => ({ column, descending: s.column === column ? !s.descending : column === 'weight' || column === 'evidence' }));
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => sortRows(filterRows(relationRows(edges, new Map(nodes.map((n) => [n.id, n.name]))), query), sort), [edges, nodes, query, sort]);
  const columns: Array<[Column, string]> = [
    ['sourceName', t('details.from')],
    ['type', t('details.type')],
    ['targetName', t('details.to')],
    ['label', t('details.label')],
    ['weight', t('table.weight')],
    ['evidence', t('details.evidence')],
  ];
  return (
    <div className="table-view" data-testid="relation-table">
      <div className="table-tools">
        <input type="search" aria-label={t('table.filter')} placeholder={t('table.filter')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <RowCount n={rows.length} />
      </div>
      <table className="data-table">
        <caption className="visually-hidden">{t('table.relations')}</caption>
        <thead>
          <tr>
            {columns.map(([column, label]) => (
              <SortHeader key={column} column={column} label={label} sort={sort} onSort={sortBy} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((r) => (
            <tr key={r.id} className={selection?.id === r.id ? 'current' : undefined}>
              <td>{r.sourceName}</td>
              <td>
                <button type="button" className="link" onClick={() => void select({ kind: 'edge', id: r.id })}>
                  {t(`rel.${r.type}`)}
                </button>
              </td>
              <td>{r.targetName}</td>
              <td>{r.label}</td>
              <td className="num">{r.weight}</td>
              <td className="num">{r.evidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreRows total={rows.length} shown={shown} onMore={() => setShown((n) => n + PAGE)} />
    </div>
  );
}
