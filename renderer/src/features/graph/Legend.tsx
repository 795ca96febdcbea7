import { ENTITY_TYPES } from '../../../../electron/shared/types';
import type { RelationType } from '../../../../electron/shared/types';
import { useT } from '../../i18n/use-t';
import { store, useStore } from '../../state/store';
import { drawnCommunities, OTHER_COMMUNITY } from '../analytics/community-colours';
import { measureValues } from '../analytics/measures';
import { SHAPE_ONLY } from '../export/image-legend';
import { TypeDot } from './TypeDot';
import { RELATION_STYLES } from './type-style';

/** The node-size key: the smallest and the largest node with their values of the sizing measure. */
function SizeKey({ values, label }: { values: number[]; label: string }) {
  const finite = values.filter(Number.isFinite);
  const round = (v: number) => (Math.abs(v) >= 10 ? Math.round(v) : Math.round(v * 1000) / 1000);
  return (
    <ul aria-label={label} data-testid="size-key">
      <li>{label}</li>
      <li>
        <span className="size-key" style={{ width: 8, height: 8 }} /> {round(Math.min(...finite))}
      </li>
      <li>
        <span className="size-key" style={{ width: 18, height: 18 }} /> {round(Math.max(...finite))}
      </li>
    </ul>
  );
}

/** The communities drawn, in their colours (the rest share one grey row), when nodes are coloured by community. */
function CommunityKey({ ids }: { ids: string[] }) {
  const t = useT();
  const analytics = useStore((s) => s.insight.analytics);
  if (!analytics) return null;
  const { listed, others } = drawnCommunities(ids, analytics);
  return (
    <ul aria-label={t('measure.colour.community')} data-testid="legend-communities">
      {listed.map((c) => (
        <li key={c.id}>
          <span className="swatch" style={{ background: c.colour }} aria-hidden="true" /> {c.name}
        </li>
      ))}
      {others && (
        <li>
          <span className="swatch" style={{ background: OTHER_COMMUNITY }} aria-hidden="true" /> {t('measure.noCommunity')}
        </li>
      )}
    </ul>
  );
}

/**
 * The legend under the graph (never over it): node types (when nodes are coloured by community,
 * the communities, and the types as grey shapes only), the relations drawn, the node-size key.
 */
export function Legend() {
  const t = useT();
  const show = useStore((s) => s.showLegend);
  const edges = useStore((s) => s.graph.edges);
  const hasArticles = useStore((s) => s.graph.nodes.some((n) => n.type === 'article'));
  const sizeBy = useStore((s) => s.sizeBy);
  const nodes = useStore((s) => s.graph.nodes);
  const analytics = useStore((s) => s.insight.analytics);
  const byCommunity = useStore((s) => s.insight.colorBy === 'community' && s.insight.analytics !== null);
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
      {byCommunity && <CommunityKey ids={nodes.map((n) => n.id)} />}
      <ul aria-label={byCommunity ? t('legend.shapes') : undefined}>
        {[...ENTITY_TYPES, ...(hasArticles ? (['article'] as const) : [])].map((type) => (
          <li key={type}>
            <TypeDot type={type} colour={byCommunity ? SHAPE_ONLY : undefined} /> {t(`type.${type}`)}
          </li>
        ))}
      </ul>
      {nodes.length > 0 && <SizeKey values={measureValues(nodes, sizeBy, analytics)} label={`${t('legend.size')}: ${t(`size.${sizeBy}`)}`} />}
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
