import { useT } from '../../i18n/use-t';
import type { Sort } from './table-rows';

/** A column header that sorts by its column (again: the other way), with `aria-sort` and an arrow. */
export function SortHeader<C extends string>({ column, label, sort, onSort }: { column: C; label: string; sort: Sort<C>; onSort: (column: C) => void }) {
  const current = sort.column === column;
  return (
    <th scope="col" aria-sort={current ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="link" onClick={() => onSort(column)}>
        {label} {current ? (sort.descending ? '↓' : '↑') : ''}
      </button>
    </th>
  );
}

/** How many rows the table's filters leave, announced politely. */
export function RowCount({ n }: { n: number }) {
  const t = useT();
  return (
    <span className="count" role="status">
      {t('table.rows', { n })}
    </span>
  );
}

/** Shows the next page of rows while more are left than shown. */
export function MoreRows({ total, shown, onMore }: { total: number; shown: number; onMore: () => void }) {
  const t = useT();
  if (total <= shown) return null;
  return (
    <button type="button" className="link" onClick={onMore}>
      {t('details.more', { n: total - shown })}
    </button>
  );
}
