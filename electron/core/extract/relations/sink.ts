import type { EntityMention, EntityType, RelationMention } from '../../../shared/types';

type Endpoint = Pick<EntityMention, 'name' | 'type'>;

const TYPE_ORDER: Record<EntityType, number> = { organisation: 0, person: 1, place: 2, program: 3 };

/** Orders two entities canonically (by type, then name), for undirected relations. */
export function canonicalPair<T extends Endpoint>(a: T, b: T): [T, T] {
  const byType = TYPE_ORDER[a.type] - TYPE_ORDER[b.type];
  if (byType < 0 || (byType === 0 && a.name <= b.name)) return [a, b];
  return [b, a];
}

/** True when two mentions name the same entity. */
export function sameEntity(a: Endpoint, b: Endpoint): boolean {
  return a.type === b.type && a.name === b.name;
}

/** One relation as the rules give it: type, ends, trigger label, evidence span, optional attributes. */
type RelationArgs = [
  type: RelationMention['type'],
  source: Endpoint,
  target: Endpoint,
  label: string,
  span: { start: number; end: number },
  attrs?: Record<string, string | number>,
];

const pairKey = (type: RelationMention['type'], source: Endpoint, target: Endpoint): string =>
  `${type}\u0001${source.type}:${source.name}\u0001${target.type}:${target.name}`;

/** Collects relations, dropping self-links and exact repeats (same type, ends, label and evidence). */
export class RelationSink {
  private readonly seen = new Set<string>();
  private readonly pairs = new Set<string>();
  readonly relations: RelationMention[] = [];

  /** True when a relation of `type` from `source` to `target` was added (any label, any evidence). */
  has(type: RelationMention['type'], source: Endpoint, target: Endpoint): boolean {
    return this.pairs.has(pairKey(type, source, target));
  }

  add(...relation: RelationArgs): void {
    const [type, source, target, label, span] = relation;
    if (sameEntity(source, target)) return;
    const key = `${pairKey(type, source, target)}\u0001${label}\u0001${span.start}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.push(...relation);
  }

  private readonly fallbacks: RelationArgs[] = [];

  /** Keeps a relation read from weak evidence: added by `flushFallbacks` only if no rule linked its ends by then. */
  addFallback(...relation: RelationArgs): void {
    this.fallbacks.push(relation);
  }

  /** Adds the fallback relations whose type and ends no other relation has. */
  flushFallbacks(): void {
    for (const relation of this.fallbacks) if (!this.has(relation[0], relation[1], relation[2])) this.add(...relation);
    this.fallbacks.length = 0;
  }

  /** Adds a relation the caller knows to be new (no repeat check). */
  push(...[type, source, target, label, span, attrs]: RelationArgs): void {
    const relation: RelationMention = {
      type,
      source: source.name,
      sourceType: source.type,
      target: target.name,
      targetType: target.type,
      label,
      start: span.start,
      end: span.end,
    };
    if (attrs && Object.keys(attrs).length > 0) relation.attrs = attrs;
    this.relations.push(relation);
    this.pairs.add(pairKey(type, source, target));
  }
}
