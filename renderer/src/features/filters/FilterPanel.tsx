import { ENTITY_TYPES, RELATION_TYPES } from '../../../../electron/shared/types';
import type { EntityType, RelationType } from '../../../../electron/shared/types';
import { useT } from '../../i18n/use-t';
import { setFilter } from '../../state/actions';
import { defaultFilter, store, useStore } from '../../state/store';
import type { RendererMode, SizeBy } from '../../state/store';
import { TypeDot } from '../graph/TypeDot';
import { DateField } from './DateField';
import { RELATION_STYLES } from '../graph/type-style';

const LIMITS = [100, 300, 1000, 3000];
/** Relation types offered as filters (article links only matter with article nodes shown). */
const FILTERABLE_RELATIONS = RELATION_TYPES.filter((r) => r !== 'mentions');

function toggle<T>(list: T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

/** The left panel: what the graph shows. Every change reloads the graph from the core. */
export function FilterPanel() {
  const t = useT();
  const filter = useStore((s) => s.filter);
  const sizeBy = useStore((s) => s.sizeBy);
  const rendererMode = useStore((s) => s.rendererMode);
  const selection = useStore((s) => s.selection);
  const stats = useStore((s) => s.entities);
  const undated = useStore((s) => s.articles.filter((a) => !a.date).length);
  const counts = new Map<EntityType, number>();
  for (const e of stats) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);

  const relationOn = (r: RelationType) => filter.relationTypes.length === 0 || filter.relationTypes.includes(r);
  const setRelation = (r: RelationType, on: boolean) => {
    const current = filter.relationTypes.length === 0 ? [...FILTERABLE_RELATIONS] : filter.relationTypes;
    const next = toggle(current, r, on);
    setFilter({ relationTypes: next.length === FILTERABLE_RELATIONS.length ? [] : next });
  };

  return (
    <aside className="filter-panel" aria-label={t('aria.filters')}>
      <section>
        <h3>{t('filters.types')}</h3>
        {ENTITY_TYPES.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              aria-label={t('aria.showType', { type, name: t(`type.${type}`) })}
              checked={filter.types.includes(type)}
              onChange={(e) => setFilter({ types: toggle(filter.types, type, e.target.checked) })}
            />
            <TypeDot type={type} />
            <span>{t(`type.${type}`)}</span>
            <span className="count">{counts.get(type) ?? 0}</span>
          </label>
        ))}
      </section>

      <section>
        <h3>{t('filters.relations')}</h3>
        {FILTERABLE_RELATIONS.map((r) => (
          <label key={r} className="check">
            <input type="checkbox" aria-label={t('aria.showRelation', { type: r, name: t(`rel.${r}`) })} checked={relationOn(r)} onChange={(e) => setRelation(r, e.target.checked)} />
            <span className="edge-swatch" style={{ borderTopColor: RELATION_STYLES[r].colour, borderTopStyle: RELATION_STYLES[r].line }} />
            <span>{t(`rel.${r}`)}</span>
          </label>
        ))}
        <label className="check">
          <input type="checkbox" aria-label={t('aria.showCoOccurs')} checked={filter.includeCoOccurs} onChange={(e) => setFilter({ includeCoOccurs: e.target.checked })} />
          <span>{t('filters.coOccurs')}</span>
        </label>
        <label className="check">
          <input type="checkbox" aria-label={t('aria.showArticles')} checked={filter.includeArticles} onChange={(e) => setFilter({ includeArticles: e.target.checked })} />
          <span>{t('filters.includeArticles')}</span>
        </label>
      </section>

      <section>
        <label className="field">
          <span>{t('filters.minWeight')}</span>
          <input
            type="number"
            min={1}
            step={1}
            aria-label={t('aria.minWeight')}
            value={filter.minWeight}
            onChange={(e) => setFilter({ minWeight: Math.max(1, Number(e.target.value) || 1) }, 400)}
          />
        </label>
        <DateField label={t('filters.dateFrom')} aria={t('aria.dateFrom')} value={filter.dateFrom} onChange={(v) => setFilter({ dateFrom: v }, 400)} />
        <DateField label={t('filters.dateTo')} aria={t('aria.dateTo')} value={filter.dateTo} onChange={(v) => setFilter({ dateTo: v }, 400)} />
        {(filter.dateFrom || filter.dateTo) && undated > 0 && (
          <label className="check" data-testid="undated">
            <input type="checkbox" checked={filter.includeUndated} onChange={(e) => setFilter({ includeUndated: e.target.checked })} />
            <span>{filter.includeUndated ? t('filters.undatedIncluded', { n: undated }) : t('filters.undatedHidden', { n: undated })}</span>
          </label>
        )}
        {filter.articles.length > 0 && (
          <div className="field inline">
            <span>{t('filters.articles', { n: filter.articles.length })}</span>
            <button type="button" className="link" onClick={() => setFilter({ articles: [] })}>
              {t('filters.clearArticles')}
            </button>
          </div>
        )}
      </section>

      <section>
        <label className="field">
          <span>{t('filters.neighbourhood')}</span>
          <select
            aria-label={t('aria.depth')}
            value={filter.neighbourhood}
            disabled={selection?.kind !== 'node' && filter.neighbourhood === 0}
            onChange={(e) => setFilter({ neighbourhood: Number(e.target.value) }, 0)}
          >
            <option value={0}>{t('filters.neighbourhoodOff')}</option>
            {[1, 2, 3].map((d) => (
              <option key={d} value={d}>
                {t('filters.depth', { n: d })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('filters.limit')}</span>
          <select
            aria-label={t('aria.limit')}
            value={filter.limit ?? 0}
            onChange={(e) => setFilter({ limit: Number(e.target.value) || null }, 0)}
          >
            {LIMITS.map((n) => (
              <option key={n} value={n}>
                {t('filters.top', { n })}
              </option>
            ))}
            <option value={0}>{t('filters.limitAll')}</option>
          </select>
        </label>
      </section>

      <section>
        <h3>{t('filters.view')}</h3>
        <label className="field">
          <span>{t('toolbar.sizeBy')}</span>
          <select aria-label={t('aria.sizeBy')} value={sizeBy} onChange={(e) => store.set({ sizeBy: e.target.value as SizeBy })}>
            <option value="weightedDegree">{t('size.weightedDegree')}</option>
            <option value="degree">{t('size.degree')}</option>
            <option value="betweenness">{t('size.betweenness')}</option>
            <option value="pagerank">{t('size.pagerank')}</option>
            <option value="mentions">{t('size.mentions')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('filters.renderer')}</span>
          <select aria-label={t('aria.renderer')} value={rendererMode} onChange={(e) => store.set({ rendererMode: e.target.value as RendererMode })}>
            <option value="auto">{t('filters.rendererAuto')}</option>
            <option value="canvas">{t('filters.rendererCanvas')}</option>
            <option value="webgl">{t('filters.rendererWebgl')}</option>
          </select>
        </label>
      </section>

      <button type="button" className="reset" onClick={() => {
          store.set({ expanded: [] });
          setFilter(defaultFilter(), 0);
        }}>
        {t('filters.reset')}
      </button>
    </aside>
  );
}
