import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { AnalyticsResult, EntityMetrics } from '../../../../electron/shared/types';
import { applyCommunityFocus, DIM_CLASS, FOCUS_CLASS } from '../../../../renderer/src/features/analytics/community-focus';
import { COMMUNITY_PALETTE, OTHER_COMMUNITY } from '../../../../renderer/src/features/analytics/community-colours';
import { measureViewOptions } from '../../../../renderer/src/features/analytics/measure-style';
import { applyElements, toViewElements } from '../../../../renderer/src/features/graph/elements';
import { nodeFill, nodeSize } from '../../../../renderer/src/features/graph/type-style';
import { sampleGraph } from '../graph/fixtures';

const relationName = (t: string) => t;

function metric(id: string, betweenness: number, community: number): EntityMetrics {
  return { id, name: id, type: 'organisation', degree: 1, weightedDegree: 1, betweenness, pagerank: betweenness / 2, community };
}

const analytics: AnalyticsResult = {
  graph: { nodes: 7, edges: 6, directed: false, weighted: true, coOccurs: true },
  modularity: 0.4,
  communities: [
    { id: 7, size: 4, top: ['深圳市', '深圳市总工会'] },
    { id: 3, size: 2, top: ['广东省'] },
  ],
  entities: [metric('g1', 0.8, 7), metric('o1', 0.4, 7), metric('o2', 0, 7), metric('g0', 0.1, 3), metric('g2', 0, 3), metric('p1', 0, -1)],
};

const dataOf = (els: ReturnType<typeof toViewElements>, id: string) => els.nodes.find((n) => n.data.id === id)!.data;

describe('nodes sized and coloured by the analytics', () => {
  it('sizes by betweenness from analyze, the most central node largest', () => {
    const els = toViewElements(sampleGraph(), { sizeBy: 'betweenness', relationName, ...measureViewOptions(analytics, 'betweenness', 'type') });
    expect(dataOf(els, 'g1').size).toBe(nodeSize(0.8, 0.8));
    expect(dataOf(els, 'o1').size).toBe(nodeSize(0.4, 0.8));
    // Not measured (x1) or zero: the smallest size.
    expect(dataOf(els, 'x1').size).toBe(nodeSize(0, 0.8));
    expect(dataOf(els, 'g1').size).toBeGreaterThan(dataOf(els, 'o1').size as number);
  });

  it('sizes by mentions from the nodes themselves', () => {
    const graph = sampleGraph();
    graph.nodes[0].mentions = 40;
    const els = toViewElements(graph, { sizeBy: 'mentions', relationName, ...measureViewOptions(null, 'mentions', 'type') });
    expect(dataOf(els, 'o1').size).toBe(nodeSize(40, 40));
  });

  it('colours by community, largest community first, keeping type colours otherwise', () => {
    const byCommunity = toViewElements(sampleGraph(), { sizeBy: 'degree', relationName, ...measureViewOptions(analytics, 'degree', 'community') });
    expect(dataOf(byCommunity, 'g1').fill).toBe(COMMUNITY_PALETTE[0]);
    expect(dataOf(byCommunity, 'o2').fill).toBe(COMMUNITY_PALETTE[0]);
    expect(dataOf(byCommunity, 'g0').fill).toBe(COMMUNITY_PALETTE[1]);
    expect(dataOf(byCommunity, 'p1').fill).toBe(OTHER_COMMUNITY);
    const byType = toViewElements(sampleGraph(), { sizeBy: 'degree', relationName, ...measureViewOptions(analytics, 'degree', 'type') });
    expect(dataOf(byType, 'g1').fill).toBe(nodeFill('place'));
    // The user's own colour stays when colouring by type.
    expect(dataOf(byType, 'o2').fill).toBe('#123456');
  });

  it('brings a community forward with classes and lets it go', () => {
    const cy = cytoscape({ headless: true });
    applyElements(cy, toViewElements(sampleGraph(), { sizeBy: 'degree', relationName }));
    const shown = applyCommunityFocus(cy, new Set(['g0', 'g2', 'zz']));
    expect(shown).toBe(2);
    expect(cy.getElementById('g0').hasClass(FOCUS_CLASS)).toBe(true);
    expect(cy.getElementById('o1').hasClass(DIM_CLASS)).toBe(true);
    // e4 runs g2 -> g1: one end outside the community.
    expect(cy.getElementById('e4').hasClass(DIM_CLASS)).toBe(true);
    applyCommunityFocus(cy, null);
    expect(cy.elements(`.${FOCUS_CLASS}, .${DIM_CLASS}`).length).toBe(0);
    cy.destroy();
  });
});
