import { ENTITY_TYPES } from '../../../../electron/shared/types';
import type { RelationType } from '../../../../electron/shared/types';
import { useT } from '../../i18n/use-t';
import { store, useStore } from '../../state/store';
import { TypeDot } from './TypeDot';
import { RELATION_STYLES } from './type-style';

/** The legend: node types (colour + shape) and the relation types present in the view. */
export function Legend() {
  const t = useT();
  const show = useStore((s) => s.showLegend);
  const edges = useStore((s) => s.graph.edges);
  const hasArticles = useStore((s) => s.graph.nodes.some((n) => n.type === 'article'));
  if (!show) {
    return (
      <button type="button" className="legend-toggle" onClick={() => store.set({ showLegend: true })}>
        {t('legend.show')}
      </button>
    );
  }
  const present = [...new Set(edges.map((e) => e.type))].sort() as RelationType[];
  return (
    <div className="legend" aria-label={t('legend.title')} data-testid="legend">
      <button type="button" className="close" aria-label={t('legend.hide')} onClick={() => store.set({ showLegend: false })}>
        ×
      </button>
      <ul>
        {[...ENTITY_TYPES, ...(hasArticles ? (['article'] as const) : [])].map((type) => (
          <li key={type}>
            <TypeDot type={type} /> {t(`type.${type}`)}
          </li>
        ))}
      </ul>
      {present.length > 0 && (
        <ul>
          {present.map((r) => (
            <li key={r}>
              <span className="edge-swatch" style={{ borderTopColor: RELATION_STYLES[r].colour, borderTopStyle: RELATION_STYLES[r].line }} /> {t(`rel.${r}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
