import { useMemo, useState } from 'react';
import type { EntityType } from '../../../../electron/shared/types';
import { useT } from '../../i18n/use-t';
import { selectEntity } from '../../state/actions';
import { useStore } from '../../state/store';
import { downloadText } from '../export/download';
import { colourOf, communityColours } from './community-colours';
import { formatMeasure } from './measures';
import type { Measure } from './measures';
import { rankingCsv, rankRows, rowsOfType, sortRows } from './ranking';
import type { RankKey, SortDir } from './ranking';
import { EntityTypeOptions } from '../../components/EntityTypeOptions';

/** Rows drawn at first and added by each "show more": a long table never blocks the page. */
const PAGE = 100;
const NUMERIC: Array<Extract<RankKey, Measure>> = ['degree', 'weightedDegree', 'betweenness', 'pagerank', 'mentions'];

/**
 * Entities ranked by their measures on the current filter: sortable by each column, filtered by
 * type, a click selects the entity in the graph, and the whole ranking exports as CSV.
 */
export function RankedTable() {
  const t = useT();
  const analytics = useStore((s) => s.insight.analytics);
  const entities = useStore((s) => s.entities);
  const selected = useStore((s) => (s.selection?.kind === 'node' ? s.selection.id : null));
  const [sort, setSort] = useState<{ key: RankKey; dir: SortDir }>({ key: 'pagerank', dir: 'desc' });
  const [type, setType] = useState<EntityType | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const rows = useMemo(() => (analytics ? rankRows(analytics, entities) : []), [analytics, entities]);
  const sorted = useMemo(() => sortRows(rowsOfType(rows, type), sort.key, sort.dir), [rows, type, sort]);
  const colours = useMemo(() => communityColours(analytics?.communities ?? []), [analytics]);
  if (!analytics) return <p className="muted">{t('analytics.busy')}</p>;

  const sortBy = (key: RankKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'name' || key === 'type' ? 'asc' : 'desc' }));
  const header = (key: RankKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={NUMERIC.includes(key as Measure) ? 'num' : undefined}>
      <button type="button" className="sort" onClick={() => sortBy(key)} aria-label={t('ranking.sortBy', { column: label })}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
  const exportCsv = () => downloadText('zhitu-ranking.csv', rankingCsv(sorted), 'text/csv;charset=utf-8');

  return (
    <div className="ranking">
      <div className="ranking-tools">
        <label>
          <span>{t('ranking.type')}</span>
          <select aria-label={t('ranking.type')} value={type ?? ''} onChange={(e) => setType((e.target.value || null) as EntityType | null)}>
            <option value="">{t('ranking.allTypes')}</option>
            <EntityTypeOptions />
          </select>
        </label>
        <span className="muted">{t('ranking.count', { n: sorted.length })}</span>
        <button type="button" onClick={exportCsv} disabled={sorted.length === 0}>
          {t('ranking.export')}
        </button>
      </div>
      <table className="rank-table" aria-label={t('ranking.title')} data-testid="rank-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            {header('name', t('ranking.name'))}
            {header('type', t('ranking.typeColumn'))}
            {NUMERIC.map((key) => header(key, t(`measure.${key}`)))}
            {header('community', t('ranking.community'))}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, limit).map((r, i) => (
            <tr key={r.id} className={r.id === selected ? 'current' : undefined} aria-current={r.id === selected ? 'true' : undefined}>
              <td className="num">{i + 1}</td>
              <td>
                <button type="button" className="link" onClick={() => void selectEntity(r.id)}>
                  {r.name}
                </button>
              </td>
              <td>{t(`type.${r.type}`)}</td>
              {NUMERIC.map((key) => (
                <td key={key} className="num">
                  {formatMeasure(r[key], key)}
                </td>
              ))}
              <td title={r.communityName}>
                {r.community >= 0 && <span className="swatch" style={{ background: colourOf(colours, r.community) }} aria-hidden="true" />}
                {r.community >= 0 ? r.community : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > limit && (
        <button type="button" className="link more" onClick={() => setLimit((l) => l + PAGE)}>
          {t('ranking.more', { n: Math.min(PAGE, sorted.length - limit) })}
        </button>
      )}
    </div>
  );
}
