import type { EntityMention } from '../../../shared/types';
import type { SentenceView } from './sentence-view';
import { isPronoun } from './pronouns';
import { canonicalPair } from './sink';
import type { RelationSink } from './sink';

/**
 * Emits one `co_occurs` per unordered pair of distinct entities in a sentence, in canonical
 * order (type, then name), label ''. The graph layer sums them into weights.
 */
export function emitCoOccurs(view: SentenceView, sink: RelationSink): void {
  const distinct: EntityMention[] = [];
  const seen = new Set<string>();
  for (const m of view.mentions) {
    if (isPronoun(m)) continue;
    const key = `${m.type}:${m.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(m);
  }
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      const [a, b] = canonicalPair(distinct[i], distinct[j]);
      // Pairs of distinct entities in one sentence are unique by construction.
      sink.push('co_occurs', a, b, '', view);
    }
  }
}
