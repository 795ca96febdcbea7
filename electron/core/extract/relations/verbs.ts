import { NOUN_ZUZHI_AFTER, NOUN_ZUZHI_BEFORE } from './lexicon';
import { maskedBetween } from './sentence-view';
import type { SentenceView } from './sentence-view';

/** A verb (or a run of verbs such as `组织开展`, `发起成立`) found in a clause. */
export interface VerbHit {
  /** The verb text, used as the relation label. */
  text: string;
  start: number;
  end: number;
}

const patternCache = new Map<readonly string[], RegExp>();

/** A global regex matching runs of the given verbs, longest alternatives first. */
export function verbPattern(verbs: readonly string[]): RegExp {
  let re = patternCache.get(verbs);
  if (!re) {
    const alts = [...verbs].sort((a, b) => b.length - a.length).join('|');
    re = new RegExp(`(?:${alts})+`, 'g');
    patternCache.set(verbs, re);
  }
  return re;
}

/**
 * Finds the verbs of `verbs` in the masked text of a clause (so never inside a name), leaving out
 * nominal uses: after `的` (`此次活动的举办`) and `组织` as a noun (`社会组织`).
 */
export function findVerbs(view: SentenceView, from: number, to: number, verbs: readonly string[]): VerbHit[] {
  const clause = maskedBetween(view, from, to);
  const re = verbPattern(verbs);
  re.lastIndex = 0;
  const hits: VerbHit[] = [];
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    if (clause[m.index - 1] === '的') continue;
    const end = m.index + m[0].length;
    if (m[0] === '组织' && (NOUN_ZUZHI_BEFORE.test(clause.slice(Math.max(0, m.index - 2), m.index)) || NOUN_ZUZHI_AFTER.test(clause.slice(end, end + 2)))) continue;
    hits.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return hits;
}
