import { ENTITY_TYPES } from '../../shared/types';
import type { EntitySummary, EntityType, GraphData, RelationSummary, RelationType, Stats } from '../../shared/types';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The entities of a graph (not article nodes), most mentioned first, then by name; note, tags and color only where set. */
export function listEntities(graph: GraphData, type?: EntityType): EntitySummary[] {
  const out: EntitySummary[] = [];
  for (const n of graph.nodes) {
    if (n.type === 'article' || (type !== undefined && n.type !== type)) continue;
    const s: EntitySummary = { id: n.id, type: n.type, name: n.name, aliases: n.aliases, mentions: n.mentions, articles: n.articles };
    if (n.note !== undefined) s.note = n.note;
    if (n.tags && n.tags.length > 0) s.tags = n.tags;
    if (n.color !== undefined) s.color = n.color;
    out.push(s);
  }
  return out.sort((a, b) => b.mentions - a.mentions || byText(a.name, b.name) || byText(a.id, b.id));
}

/** The typed relations of a graph (everything but `mentions`; `reported_by` included), heaviest first. */
export function listRelations(graph: GraphData): RelationSummary[] {
  return graph.edges
    .filter((e) => e.type !== 'mentions')
    .map((e) => ({ id: e.id, type: e.type, source: e.source, target: e.target, label: e.label, weight: e.weight, evidence: e.evidence }))
    .sort((a, b) => b.weight - a.weight || byText(a.type, b.type) || byText(a.id, b.id));
}

/** Counts: articles as given, entities per type (all four present), edges per relation type present. */
export function graphStats(graph: GraphData, articleCount: number): Stats {
  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const n of graph.nodes) if (n.type !== 'article') entities[n.type]++;
  const relations: Partial<Record<RelationType, number>> = {};
  for (const e of graph.edges) relations[e.type] = (relations[e.type] ?? 0) + 1;
  return { articles: articleCount, entities, relations };
}
