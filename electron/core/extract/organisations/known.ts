import { isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate, isBoundary } from '../context';
import type { Recogniser } from '../rules/recogniser';
import type { OrgIndex } from './org-index';

/** Well-known organisations of the lexicon (and their aliases), where they stand as words. */
function findKnown(ctx: Ctx, index: OrgIndex): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHanAt(text, i)) continue;
    for (const m of index.known.matchesAt(text, i)) {
      // A long full name may be glued to what follows (国务院残疾人工作委员会办公室).
      const longName = m.end - i >= 4 && m.key === m.value;
      if ((isBoundary(ctx, i) || !isHanAt(text, i - 1)) && (isBoundary(ctx, m.end) || !isHanAt(text, m.end) || (longName && m.end - i >= 5))) {
        out.push(candidate('org.known', 'organisation', i, m.end, m.value));
      }
    }
  }
  return out;
}

/** Organisations of organisations.txt. */
export const knownOrgRules: Recogniser = {
  emits: ['org.known'],
  run: (ctx, env) => findKnown(ctx, env.idx.orgs),
};
