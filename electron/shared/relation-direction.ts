import type { RelationType } from './types';

/**
 * The relation types without a direction: `partner` and `co_occurs` link two entities the same
 * way round. The one definition for the graph (canonical edge ids), the exports (undirected or
 * `directed = false`) and the explorer (no arrow).
 */
export const UNDIRECTED_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(['partner', 'co_occurs']);

/** True for relation types without a direction (`partner`, `co_occurs`). */
export function isUndirectedRelation(type: RelationType): boolean {
  return UNDIRECTED_RELATIONS.has(type);
}
