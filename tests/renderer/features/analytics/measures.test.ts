import { describe, expect, it } from 'vitest';
import type { AnalyticsResult, EntityMetrics } from '../../../../electron/shared/types';
import { communityColours, colourOf, communityName, COMMUNITY_PALETTE, OTHER_COMMUNITY } from '../../../../renderer/src/features/analytics/community-colours';
import { formatMeasure, measureOf, measureValues, metricsById, viewNeedsAnalytics } from '../../../../renderer/src/features/analytics/measures';
import { node } from '../graph/fixtures';

const metric = (id: string, extra: Partial<EntityMetrics> = {}): EntityMetrics => ({
  id,
  name: id,
  type: 'organisation',
  degree: 1,
  weightedDegree: 1,
  betweenness: 0,
  pagerank: 0.1,
  community: 0,
  ...extra,
});

describe('measures for sizing nodes', () => {
  it('reads degree, weighted degree and mentions from the node, centralities from analyze', () => {
    const n = node('o1', '深圳市总工会', 'organisation', { degree: 3, weightedDegree: 9, mentions: 12 });
    const metrics = metricsById({ entities: [metric('o1', { betweenness: 0.25, pagerank: 0.04 })] } as AnalyticsResult);
    expect(measureOf(n, 'degree', metrics)).toBe(3);
    expect(measureOf(n, 'weightedDegree', metrics)).toBe(9);
    expect(measureOf(n, 'mentions', metrics)).toBe(12);
    expect(measureOf(n, 'betweenness', metrics)).toBe(0.25);
    expect(measureOf(n, 'pagerank', metrics)).toBe(0.04);
    // A node analyze did not measure (outside the filter) is the smallest.
    expect(measureOf(node('x', 'x', 'place'), 'pagerank', metrics)).toBe(0);
  });

  it('lists every node\'s value for the size key, unmeasured nodes as 0', () => {
    const nodes = [node('o1', '深圳市总工会', 'organisation', { degree: 3 }), node('p1', '张三', 'person', { degree: 1 })];
    const analytics = { entities: [metric('o1', { betweenness: 0.5 })] } as AnalyticsResult;
    expect(measureValues(nodes, 'betweenness', analytics)).toEqual([0.5, 0]);
    expect(measureValues(nodes, 'degree', null)).toEqual([3, 1]);
    expect(measureValues(nodes, 'pagerank', null)).toEqual([0, 0]);
  });

  it('asks analyze only for centralities and community colours', () => {
    expect(viewNeedsAnalytics('weightedDegree', 'type')).toBe(false);
    expect(viewNeedsAnalytics('mentions', 'type')).toBe(false);
    expect(viewNeedsAnalytics('betweenness', 'type')).toBe(true);
    expect(viewNeedsAnalytics('degree', 'community')).toBe(true);
  });

  it('prints whole measures whole and centralities to three significant digits', () => {
    expect(formatMeasure(17, 'degree')).toBe('17');
    expect(formatMeasure(28, 'weightedDegree')).toBe('28');
    expect(formatMeasure(2.5, 'weightedDegree')).toBe('2.5');
    expect(formatMeasure(0.012183, 'betweenness')).toBe('0.0122');
    expect(formatMeasure(0.00002345, 'pagerank')).toBe('2.35e-5');
    expect(formatMeasure(0, 'betweenness')).toBe('0');
  });

});

describe('community colours', () => {
  const communities: AnalyticsResult['communities'] = Array.from({ length: 15 }, (_, i) => ({ id: 100 - i, size: 20 - i, top: [`成员${i}`] }));

  it('gives the largest communities the palette in order and the rest grey', () => {
    const colours = communityColours(communities);
    expect(colourOf(colours, 100)).toBe(COMMUNITY_PALETTE[0]);
    expect(colourOf(colours, 99)).toBe(COMMUNITY_PALETTE[1]);
    expect(colourOf(colours, 100 - COMMUNITY_PALETTE.length)).toBe(OTHER_COMMUNITY);
    expect(colourOf(colours, -1)).toBe(OTHER_COMMUNITY);
    const used = communities.slice(0, COMMUNITY_PALETTE.length).map((c) => colours.get(c.id));
    expect(new Set(used).size).toBe(COMMUNITY_PALETTE.length);
  });

  it('keeps palette colours apart from each other and from grey', () => {
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const all = [...COMMUNITY_PALETTE, OTHER_COMMUNITY];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [rgb(all[i]), rgb(all[j])];
        const distance = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        expect(distance, `${all[i]} vs ${all[j]}`).toBeGreaterThan(60);
      }
    }
  });

  it('names a community by its most central members', () => {
    expect(communityName(['深圳市职工发展基金会', '深圳市', '深圳市总工会', '福田区'])).toBe('深圳市职工发展基金会、深圳市、深圳市总工会');
    expect(communityName([])).toBe('');
  });
});
