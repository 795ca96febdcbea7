import type { EntityMention, EntityType, ExtractResult, RelationMention } from '../../shared/types';
import { mentionsInOrder, outermostMentions, splitSentences } from '../extract/sentences';
import type { SentenceSpan } from '../extract/sentences';

const TYPE_ORDER: Record<EntityType, number> = { organisation: 0, person: 1, place: 2, program: 3 };

/**
 * Extraction results as stored: without the `co_occurs` relations that the mentions imply.
 * `coAt[k]` is where in `relations` the k-th sentence's co-occurrences go (before that index);
 * without `coAt`, `relations` is the whole list as extracted (kept when the derivation does not
 * give it back exactly).
 */
export interface CompactResult {
  entities: EntityMention[];
  relations: RelationMention[];
  coAt?: number[];
}

/**
 * The `co_occurs` relations of a text, sentence by sentence (sentences with fewer than two
 * distinct entities give none): one per unordered pair of distinct entities among the top-level
 * mentions that lie wholly inside the sentence, in canonical order (type, then name), with the
 * sentence as evidence. This is what extraction emits; storing them would only repeat the mentions.
 */
export function deriveCoOccurs(text: string, mentions: readonly EntityMention[], sentences?: readonly SentenceSpan[]): RelationMention[][] {
  const top = outermostMentions(mentionsInOrder(text, mentions));
  const blocks: RelationMention[][] = [];
  let i = 0;
  for (const span of sentences ?? splitSentences(text)) {
    while (i < top.length && top[i].start < span.start) i++;
    const distinct: EntityMention[] = [];
    const seen = new Set<string>();
    for (; i < top.length && top[i].start < span.end; i++) {
      const m = top[i];
      if (m.end > span.end) continue;
      const key = `${m.type}:${m.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      distinct.push(m);
    }
    if (distinct.length < 2) continue;
    const block: RelationMention[] = [];
    for (let a = 0; a < distinct.length; a++) {
      for (let b = a + 1; b < distinct.length; b++) {
        const x = distinct[a];
        const y = distinct[b];
        const order = TYPE_ORDER[x.type] - TYPE_ORDER[y.type];
        const [s, t] = order < 0 || (order === 0 && x.name <= y.name) ? [x, y] : [y, x];
        block.push({ type: 'co_occurs', source: s.name, sourceType: s.type, target: t.name, targetType: t.type, label: '', start: span.start, end: span.end });
      }
    }
    blocks.push(block);
  }
  return blocks;
}

function sameRelation(a: RelationMention, b: RelationMention): boolean {
  return (
    a.type === b.type &&
    a.source === b.source &&
    a.sourceType === b.sourceType &&
    a.target === b.target &&
    a.targetType === b.targetType &&
    a.label === b.label &&
    a.start === b.start &&
    a.end === b.end &&
    a.attrs === undefined &&
    b.attrs === undefined
  );
}

/**
 * The stored form of an extraction result: its `co_occurs` relations left out when they are
 * exactly the derived ones (`deriveCoOccurs`), with the places where they stood; otherwise the
 * relations are kept whole. `expandResult` gives back the same result, relation for relation.
 */
export function compactResult(text: string, result: ExtractResult, sentences?: readonly SentenceSpan[]): CompactResult {
  const whole: CompactResult = { entities: result.entities, relations: result.relations };
  if (!result.relations.some((r) => r.type === 'co_occurs')) {
    // Nothing stored to leave out; but mentions that imply pairs need them listed.
    return deriveCoOccurs(text, result.entities, sentences).length === 0 ? { ...whole, coAt: [] } : whole;
  }
  const blocks = deriveCoOccurs(text, result.entities, sentences);
  const relations: RelationMention[] = [];
  const coAt: number[] = [];
  let next = 0;
  const all = result.relations;
  for (let i = 0; i < all.length; ) {
    if (all[i].type !== 'co_occurs') {
      relations.push(all[i++]);
      continue;
    }
    const block = blocks[next];
    if (!block || i + block.length > all.length) return whole;
    for (let k = 0; k < block.length; k++) if (!sameRelation(block[k], all[i + k])) return whole;
    coAt.push(relations.length);
    i += block.length;
    next++;
  }
  return next === blocks.length ? { entities: result.entities, relations, coAt } : whole;
}

/** The extraction result of a stored one: the derived `co_occurs` put back where they stood. */
export function expandResult(text: string, stored: CompactResult, sentences?: readonly SentenceSpan[]): ExtractResult {
  const { coAt } = stored;
  if (!coAt) return { entities: stored.entities, relations: stored.relations };
  if (coAt.length === 0) return { entities: stored.entities, relations: stored.relations };
  const blocks = deriveCoOccurs(text, stored.entities, sentences);
  const relations: RelationMention[] = [];
  let from = 0;
  coAt.forEach((at, k) => {
    for (; from < at; from++) relations.push(stored.relations[from]);
    for (const r of blocks[k] ?? []) relations.push(r);
  });
  for (; from < stored.relations.length; from++) relations.push(stored.relations[from]);
  return { entities: stored.entities, relations };
}
