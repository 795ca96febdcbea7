import { isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate, isBoundary } from '../context';
import { NearestByStart } from '../nearest';
import type { Recogniser } from '../rules/recogniser';
import type { OrgIndex } from './org-index';

/** The organs of a level named without its place (市委, 县妇联, 团县委, 村委会). */
const BARE_ORGAN = /^(?:团?[省市县区州](?:委|政府|妇联|纪委|教委|人大|政协|总工会)|村委会|村党支部)/;

/** True when a title of the lexicon starts at `pos` (市委书记). */
function titleAt(ctx: Ctx, pos: number): boolean {
  for (let len = 1; len <= 8; len++) if (ctx.lex.titles.has(ctx.text.slice(pos, pos + len))) return true;
  return false;
}

/** 市委, 县妇联, 团县委: an organ of the text's own place, standing alone. */
function findBareOrgans(ctx: Ctx, index: OrgIndex, places: readonly Candidate[], orgs: readonly Candidate[]): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const placeEnds = new Set(places.map((p) => p.end));
  // The full organs of each form (区总工会 → 金水区总工会, …), nearest first by start.
  const fullOf = new Map<string, NearestByStart<Candidate>>();
  const full = (form: string): NearestByStart<Candidate> => {
    let hit = fullOf.get(form);
    if (!hit) fullOf.set(form, (hit = new NearestByStart(orgs.filter((o) => o.name.length > form.length && o.name.endsWith(form) && o.rule !== 'org.bare-organ'))));
    return hit;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '团' && ch !== '省' && ch !== '市' && ch !== '县' && ch !== '区' && ch !== '州' && ch !== '村') continue;
    const m = BARE_ORGAN.exec(text.slice(i, i + 6));
    if (!m || placeEnds.has(i) || (isHanAt(text, i - 1) && !isBoundary(ctx, i))) continue;
    const end = i + m[0].length;
    // 市委书记 may be one word: a title after the organ is a boundary too.
    const right = isBoundary(ctx, end) || !isHanAt(text, end) || titleAt(ctx, end);
    if (!right || index.known.matchesAt(text, i).length) continue;
    // The organ of the same level named in full nearby (区总工会 after 金水区总工会) is that one.
    const named = m[0].startsWith('团') ? undefined : full(m[0]).nearest(i);
    out.push(candidate('org.bare-organ', 'organisation', i, end, named ? named.name : m[0]));
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
