import { isHan } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate, isBoundary } from '../context';
import type { Recogniser } from '../rules/recogniser';
import type { OrgIndex } from './org-index';

/** The organs of a level named without its place (市委, 县妇联, 团县委, 村委会). */
const BARE_ORGAN = /^(?:团?[省市县区州](?:委|政府|妇联|纪委|教委|人大|政协|总工会)|村委会|村党支部)/;

/** 市委, 县妇联, 团县委: an organ of the text's own place, standing alone. */
function findBareOrgans(ctx: Ctx, index: OrgIndex, places: readonly Candidate[], orgs: readonly Candidate[]): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const placeEnds = new Set(places.map((p) => p.end));
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '团' && ch !== '省' && ch !== '市' && ch !== '县' && ch !== '区' && ch !== '州' && ch !== '村') continue;
    const m = BARE_ORGAN.exec(text.slice(i, i + 6));
    if (!m || placeEnds.has(i) || (isHan(text[i - 1]) && !isBoundary(ctx, i))) continue;
    const end = i + m[0].length;
    // 市委书记 may be one word: a title after the organ is a boundary too.
    const right = isBoundary(ctx, end) || !isHan(text[end]) || [...ctx.lex.titles].some((t) => text.startsWith(t, end));
    if (!right || index.known.matchesAt(text, i).length) continue;
    // The organ of the same level named in full nearby (区总工会 after 金水区总工会) is that one.
    const full = orgs
      .filter((o) => o.name.length > m[0].length && o.name.endsWith(m[0].replace(/^团/, '')) && o.rule !== 'org.bare-organ')
      .sort((a, b) => Math.abs(a.start - i) - Math.abs(b.start - i))[0];
    out.push(candidate('org.bare-organ', 'organisation', i, end, full && !m[0].startsWith('团') ? full.name : m[0]));
    i = end - 1;
  }
  return out;
}


/** Organs named without their place; the full name of the same level in the text names them. */
export const bareOrganRules: Recogniser = {
  emits: ['org.bare-organ'],
  run: (ctx, env) => {
    const named = env.ofType('organisation').filter((o) => o.rule === 'org.known' || o.rule === 'org.suffix');
    return findBareOrgans(ctx, env.idx.orgs, env.ofType('place'), named);
  },
};
