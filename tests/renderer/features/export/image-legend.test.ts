import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { AnalyticsResult } from '../../../../electron/shared/types';
import { translate } from '../../../../renderer/src/i18n/i18n';
import type { MessageKey } from '../../../../renderer/src/i18n/i18n';
import { COMMUNITY_PALETTE, OTHER_COMMUNITY } from '../../../../renderer/src/features/analytics/community-colours';
import { imageLegend } from '../../../../renderer/src/features/export/image-legend-rows';
import { TYPE_COLOURS } from '../../../../renderer/src/features/graph/type-style';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

function drawing() {
  return cytoscape({
    headless: true,
    elements: [
      { data: { id: 'o1', type: 'organisation' } },
      { data: { id: 'o2', type: 'organisation' } },
      { data: { id: 'p1', type: 'person' } },
      { data: { id: 'e1', source: 'o1', target: 'p1', type: 'role' } },
    ],
  });
}

const metrics = (id: string, community: number) => ({ id, name: id, type: 'organisation' as const, degree: 1, weightedDegree: 1, betweenness: 0, pagerank: 0, community });
const analytics: AnalyticsResult = {
  graph: { nodes: 3, edges: 1, directed: false, weighted: true, coOccurs: false },
  modularity: 0.3,
  communities: [
    { id: 7, size: 2, top: ['深圳市总工会', '李昱霖'] },
    { id: 3, size: 1, top: ['不在图上'] },
  ],
  entities: [metrics('o1', 7), metrics('p1', 7), metrics('o2', -1)],
};

describe('the legend of an image', () => {
  it('keys the type colours when nodes are coloured by type', () => {
    const rows = imageLegend(drawing(), { graph: { nodes: [], edges: [] }, sizeBy: 'degree', insight: { colorBy: 'type', analytics } } as never, t);
    expect(rows.filter((r) => r.kind === 'node').map((r) => [r.label, r.colour])).toEqual([
      ['Organisation', TYPE_COLOURS.organisation],
      ['Person', TYPE_COLOURS.person],
    ]);
  });

  it('keys the communities drawn (and the grey of the rest) when nodes are coloured by community', () => {
    const rows = imageLegend(drawing(), { graph: { nodes: [], edges: [] }, sizeBy: 'degree', insight: { colorBy: 'community', analytics } } as never, t);
    expect(rows[0]).toMatchObject({ kind: 'heading', label: 'Community' });
    const nodes = rows.filter((r) => r.kind === 'node').map((r) => [r.label, r.colour]);
    expect(nodes.slice(0, 2)).toEqual([
      ['深圳市总工会、李昱霖', COMMUNITY_PALETTE[0]],
      [t('measure.noCommunity'), OTHER_COMMUNITY],
    ]);
    // Types still key the shapes, but not in type colours: colour means community here.
    expect(nodes.slice(2).map(([label]) => label)).toEqual(['Organisation', 'Person']);
    expect(nodes.slice(2).every(([, colour]) => colour !== TYPE_COLOURS.organisation && colour !== TYPE_COLOURS.person)).toBe(true);
  });
});
