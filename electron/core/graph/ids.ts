import { hash } from 'node:crypto';
import { isUndirectedRelation } from '../../shared/relation-direction';
import type { EntityType, NodeKind, RelationType } from '../../shared/types';

/**
 * `prefix` + the first 16 hex digits of sha256(text), as one flat string: `join` copies the
 * digits, where a slice of the full digest would keep the 64-digit string alive behind every id
 * (about 100 bytes each). A hex digest is about three times faster to get than a Buffer's.
 */
function hashId(prefix: string, text: string): string {
  return [prefix, hash('sha256', text, 'hex').slice(0, 16)].join('');
}

/** True for relation types without a direction (`partner`, `co_occurs`). */
export function isUndirected(type: RelationType): boolean {
  return isUndirectedRelation(type);
}

/**
 * The stable id of an entity: `e_` + 16 hex digits of sha256(type + NUL + name).
 * The same on every run and machine, so edits and pinned positions keep pointing at it.
 */
export function entityId(type: EntityType | NodeKind, name: string): string {
  return hashId('e_', `${type}\u0000${name}`);
}

/**
 * The stable id of an edge: `r_` + 16 hex digits of sha256 over type, ends and label.
 * For undirected types the two ends are put in a canonical order first.
 */
export function edgeId(type: RelationType, source: string, target: string, label: string): string {
  const [a, b] = isUndirected(type) && target < source ? [target, source] : [source, target];
  return hashId('r_', `${type}\u0000${a}\u0000${b}\u0000${label}`);
}

/** The ends of an edge in the order it is stored: canonical for undirected types. */
export function orderEnds(type: RelationType, source: string, target: string): [string, string] {
  return isUndirected(type) && target < source ? [target, source] : [source, target];
}
