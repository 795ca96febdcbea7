import type { AnalyticsResult } from '../../../../electron/shared/types';

/**
 * Colours of the largest communities, in order: twelve hues that stay apart from each other and
 * from {@link OTHER_COMMUNITY}; the legend prints names in dark text beside them, never on them.
 */
export const COMMUNITY_PALETTE: readonly string[] = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#59a14f',
  '#b07aa1',
  '#edc948',
  '#76b7b2',
  '#ff9da7',
  '#9c755f',
  '#1b9e77',
  '#17becf',
  '#d95f02',
];

/** The colour of the communities past the palette and of entities without edges (community -1). */
export const OTHER_COMMUNITY = '#c3c8ce';

/**
 * A colour per community id: the palette in the order given (the core lists communities largest
 * first, so the largest get the palette and ties keep the core's order), the rest grey.
 */
export function communityColours(communities: AnalyticsResult['communities']): Map<number, string> {
  const colours = new Map<number, string>();
  communities.forEach((c, i) => colours.set(c.id, COMMUNITY_PALETTE[i] ?? OTHER_COMMUNITY));
  return colours;
}

/** The colour of one community id (grey for -1 and for an id without a palette colour). */
export function colourOf(colours: ReadonlyMap<number, string>, community: number): string {
  return colours.get(community) ?? OTHER_COMMUNITY;
}

/** A community's name: its most central members, the first `n` of them joined. */
export function communityName(top: readonly string[], n = 3, separator = '、'): string {
  return top.slice(0, n).join(separator);
}

/** Communities named in a legend; the others share the grey swatch. */
export const LEGEND_COMMUNITIES = 8;

/**
 * The communities of the drawn nodes `ids` as a legend lists them: the largest ones with a palette
 * colour (up to `LEGEND_COMMUNITIES`), named by their two most central members, and whether
 * other drawn nodes share the grey of the rest.
 */
export function drawnCommunities(ids: Iterable<string>, analytics: AnalyticsResult): { listed: Array<{ id: number; name: string; colour: string }>; others: boolean } {
  const of = new Map(analytics.entities.map((e) => [e.id, e.community]));
  const drawn = new Set<number>();
  for (const id of ids) drawn.add(of.get(id) ?? -1);
  const colours = communityColours(analytics.communities);
  const listed = analytics.communities
    .filter((c) => drawn.has(c.id) && colours.get(c.id) !== OTHER_COMMUNITY)
    .slice(0, LEGEND_COMMUNITIES)
    .map((c) => ({ id: c.id, name: communityName(c.top, 2), colour: colourOf(colours, c.id) }));
  const named = new Set(listed.map((c) => c.id));
  return { listed, others: [...drawn].some((id) => !named.has(id)) };
}
