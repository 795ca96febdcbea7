import type { Core } from 'cytoscape';
import type { NodeKind, RelationType } from '../../../../electron/shared/types';
import type { Translate } from '../../i18n/use-t';
import type { AppState } from '../../state/store';
import { measureValues } from '../analytics/measures';
import { legendRows } from './image-legend';
import type { LegendRow } from './image-legend';

/** The legend of an image of the drawing: the types drawn, the relations drawn and the node-size key. */
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
    sizeKey: values.length ? { measure: `${t('legend.size')}: ${t(`size.${s.sizeBy}`)}`, min: round(Math.min(...values)), max: round(Math.max(...values)) } : undefined,
  });
}
