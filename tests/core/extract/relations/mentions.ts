import type { EntityMention, EntityType, RelationMention } from '../../../../electron/shared/types';

/** An entity to look for: type, canonical name, and the surface forms to find (default: the name). */
export type EntitySpec = [EntityType, string, ...string[]];

/** Every occurrence of every spec's surfaces in `text`, as mentions with exact offsets. */
export function findMentions(text: string, specs: EntitySpec[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [type, name, ...surfaces] of specs) {
    for (const surface of surfaces.length > 0 ? surfaces : [name]) {
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
        out.push({ type, name, surface, start: at, end: at + surface.length });
      }
    }
  }
  return out;
}

/** The relations of one type, shortened to `source -[label]-> target` for readable assertions. */
export function edges(relations: RelationMention[], type: RelationMention['type']): string[] {
  return relations.filter((r) => r.type === type).map((r) => `${r.source} -[${r.label}]-> ${r.target}`);
}

/** The first relation of `type` from `source` to `target`, or undefined. */
export function findRelation(
  relations: RelationMention[],
  type: RelationMention['type'],
  source: string,
  target: string,
): RelationMention | undefined {
  return relations.find((r) => r.type === type && r.source === source && r.target === target);
}
