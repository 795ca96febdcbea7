import { ENTITY_TYPES, RELATION_TYPES } from '../../shared/types';
import type { EntityMention, EntityType, RelationMention } from '../../shared/types';

/**
 * An article's extraction result as a shard stores it: without the `co_occurs` relations its
 * mentions imply (`coAt` says where they stood; no `coAt`: the relations are complete).
 */
export interface StoredResult {
  entities: EntityMention[];
  relations: RelationMention[];
  coAt?: number[];
}

/** A mention as a tuple: [type, name, surface (0 when it is the name), start, end, code?]. */
type MentionRow = [number, string, string | 0, number, number] | [number, string, string | 0, number, number, string];
/** A relation as a tuple: [type, source, source type, target, target type, label, start, end, attrs?]. */
type RelationRow = [number, string, number, string, number, string, number, number] | [number, string, number, string, number, string, number, number, Record<string, string | number>];
/** One article's row: [mentions, relations, coAt (null: relations complete)]. */
export type ResultRow = [MentionRow[], RelationRow[], number[] | null];

const ENTITY_INDEX = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));
const RELATION_INDEX = new Map<string, number>(RELATION_TYPES.map((t, i) => [t, i]));

function entityType(i: number): EntityType {
  const t = ENTITY_TYPES[i];
  if (t === undefined) throw new Error(`unknown entity type ${i}`);
  return t;
}

/** The compact row of a stored result (tuples instead of objects, surfaces left out when they are the name). */
export function encodeResult(r: StoredResult): ResultRow {
  const mentions = r.entities.map((m): MentionRow => {
    const row: MentionRow = [ENTITY_INDEX.get(m.type) ?? -1, m.name, m.surface === m.name ? 0 : m.surface, m.start, m.end];
    return m.code !== undefined ? [...row, m.code] : row;
  });
  const relations = r.relations.map((x): RelationRow => {
    const row: RelationRow = [RELATION_INDEX.get(x.type) ?? -1, x.source, ENTITY_INDEX.get(x.sourceType) ?? -1, x.target, ENTITY_INDEX.get(x.targetType) ?? -1, x.label, x.start, x.end];
    return x.attrs !== undefined ? [...row, x.attrs] : row;
  });
  return [mentions, relations, r.coAt ?? null];
}

/** The stored result of a compact row. Throws on a row that does not have the expected shape. */
export function decodeResult(row: ResultRow): StoredResult {
  if (!Array.isArray(row) || !Array.isArray(row[0]) || !Array.isArray(row[1])) throw new Error('not an extraction row');
  const entities = row[0].map((m): EntityMention => {
    const e: EntityMention = { type: entityType(m[0]), name: m[1], surface: m[2] === 0 ? m[1] : m[2], start: m[3], end: m[4] };
    if (m.length > 5) e.code = m[5];
    return e;
  });
  const relations = row[1].map((x): RelationMention => {
    const type = RELATION_TYPES[x[0]];
    if (type === undefined || type === 'mentions' || type === 'reported_by') throw new Error(`unknown relation type ${x[0]}`);
    const r: RelationMention = { type, source: x[1], sourceType: entityType(x[2]), target: x[3], targetType: entityType(x[4]), label: x[5], start: x[6], end: x[7] };
    if (x.length > 8) r.attrs = x[8];
    return r;
  });
  return row[2] === null ? { entities, relations } : { entities, relations, coAt: row[2] };
}
