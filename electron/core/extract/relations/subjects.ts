import { maskedBetween, MASK } from './sentence-view';
import type { Group, SentenceView } from './sentence-view';

/** Characters (names not counted) allowed between a subject and its verb within one clause. */
export const MAX_AGENT_GAP = 30;
// An organisation's head noun opening a clause, before any cue or preposition: an unnamed subject.
const OWN_SUBJECT = new RegExp(`^[^${MASK}，,、联会携与和同在向为对到把将以由]{0,10}?(?:总工会|工会|公司|集团|中心|委员会|政府|协会|联合会|基金会|局|厅|办|站|所|队)(?![${MASK}])`);

// `在` + a place + `的` + a site name: a place phrase (names masked), not a possessive.
const SITE_OF = new RegExp(`在${MASK}+的(?!(?:大力|悉心|精心|具体)?(?:指导|支持|帮助|推动|组织|带领|关心|协调)下)`, 'g');

/**
 * Finds the organisations acting as subject of a verb at `pos` in clause `k`: the nearest
 * subject-like group before it in the clause (not across `的`), else the subject carried from
 * an earlier clause of the sentence.
 */
export function agentBefore(view: SentenceView, k: number, pos: number): Group | null {
  const clause = view.clauses[k];
  let agent: Group | null = null;
  for (const g of clause.groups) if (g.end <= pos && g.candidate) agent = g;
  if (!agent) {
    // A clause that opens with a name the extractor missed (`开发区总工会还联合…`) has its own
    // subject, and so does every later clause until another subject is named.
    if (OWN_SUBJECT.test(maskedBetween(view, clause.start, pos))) return null;
    for (let j = k - 1; j >= 0; j--) {
      const c = view.clauses[j];
      if (c.groups[0]?.initial) return c.groups[0];
      if (OWN_SUBJECT.test(maskedBetween(view, c.start, c.groups[0]?.start ?? c.end))) return null;
    }
    return null;
  }
  // `区总还在A街道的B物流园设立了…`: the 的 of a place phrase after 在 does not end the subject.
  const gap = maskedBetween(view, agent.end, pos).replace(SITE_OF, '在');
  if (gap.includes('的') || gap.replaceAll(MASK, '').length > MAX_AGENT_GAP) return null;
  return agent;
}

