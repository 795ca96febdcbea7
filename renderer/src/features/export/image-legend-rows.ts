import type { Core } from 'cytoscape';
import type { AnalyticsResult, NodeKind, RelationType } from '../../../../electron/shared/types';
import type { Translate } from '../../i18n/use-t';
import type { AppState } from '../../state/store';
import { drawnCommunities, OTHER_COMMUNITY } from '../analytics/community-colours';
import { measureValues } from '../analytics/measures';
import { legendRows } from './image-legend';
import type { LegendRow } from './image-legend';

/** The communities of the nodes drawn, largest first, in their colours; the rest share one grey row, as on screen. */
function communityRows(cy: Core, analytics: AnalyticsResult, t: Translate): { heading: string; rows: Array<{ label: string; colour: string }> } {
  const { listed, others } = drawnCommunities(cy.nodes().map((n) => n.id()), analytics);
  const rows = listed.map((c) => ({ label: c.name, colour: c.colour }));
  if (others) rows.push({ label: t('measure.noCommunity'), colour: OTHER_COMMUNITY });
  return { heading: t('measure.colour.community'), rows };
}

/** The legend of an image of the drawing: the types (or communities) drawn, the relations drawn and the node-size key. */
export function imageLegend(cy: Core, s: Pick<AppState, 'graph' | 'sizeBy' | 'insight'>, t: Translate): LegendRow[] {
  const types = [...new Set(cy.nodes().map((n) => String(n.data('type'))))].sort() as NodeKind[];
  const relations = [...new Set(cy.edges().map((e) => String(e.data('type'))))].sort() as RelationType[];
  const values = measureValues(s.graph.nodes, s.sizeBy, s.insight.analytics).filter(Number.isFinite);
  const round = (v: number) => (Math.abs(v) >= 10 ? Math.round(v) : Math.round(v * 1000) / 1000);
  return legendRows({
    types,
    relations,
    typeName: (type) => t(`type.${type}`),
    relationName: (type) => t(`rel.${type}`),
    communities: s.insight.colorBy === 'community' && s.insight.analytics ? communityRows(cy, s.insight.analytics, t) : undefined,
    sizeKey: values.length ? { measure: `${t('legend.size')}: ${t(`size.${s.sizeBy}`)}`, min: round(Math.min(...values)), max: round(Math.max(...values)) } : undefined,
  });
}
