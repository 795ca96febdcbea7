import type { EntityMention, RelationMention } from '../../../shared/types';

/**
 * Typed relations between the entities found in a text (role, organises, partner, founded,
 * part_of, participates, co_occurs), each with the span that supports it.
 * Owned by the relations work; until it lands this finds none.
 */
export function extractRelations(_text: string, _mentions: EntityMention[]): RelationMention[] {
  return [];
}
