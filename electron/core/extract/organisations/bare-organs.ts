import { isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate, isBoundary } from '../context';
import { NearestByStart } from '../nearest';
import type { Recogniser } from '../rules/recogniser';
import { gluedPreposition } from '../name-walk';
import type { OrgIndex } from './org-index';

/** The organs of a level named without its place (市委, 县妇联, 团县委, 村委会); sticky, read at `lastIndex` (13 characters at most). */
const BARE_ORGAN =
  /(?:团?(?:自治区|地区|新区|[省市县区州])(?:委|政府|妇联|纪委|教委|人大|政协|总工会|人社局|人社厅|人力社保局|人力资源和社会保障局|人力资源和社会保障厅|教育局|教育厅|财政局|财政厅|民政局|民政厅|公安局|公安厅|司法局|司法厅|交通运输局|交通运输厅|交通局|住建局|卫健委|应急管理局|应急管理厅|文化和旅游局|文化和旅游厅|市场监管局|总工会[^\s，。、；]{0,1}?部)|村委会|村党支部)/y;
/** Characters a bare organ may start with. */
const ORGAN_START = new Set(['团', '省', '市', '县', '区', '州', '村', '自', '地', '新'].map((ch) => ch.charCodeAt(0)));

/** Short forms of bureau names and their full form (区人社局 = 区人力资源和社会保障局). */
const BUREAU_FULL: ReadonlyArray<[RegExp, string]> = [
  [/(?:人社|人力社保)局$/, '人力资源和社会保障局'],
  [/(?:人社|人力社保)厅$/, '人力资源和社会保障厅'],
];

/** The organ with its bureau written in full (市人社局 → 市人力资源和社会保障局), or null. */
function expandBureau(organ: string): string | null {
  for (const [short, long] of BUREAU_FULL) if (short.test(organ)) return organ.replace(short, long);
  return null;
}

/** True when the character at `pos` ends a preposition glued to it by the segmenter (由区总工会). */
function gluedAt(ctx: Ctx, pos: number): boolean {
  const t = ctx.tokens[ctx.tokenEndingAt[pos + 1]];
  return !!t && t.start === pos - 1 && gluedPreposition(t);
}

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
    if (!ORGAN_START.has(text.charCodeAt(i))) continue;
    const ch = text[i];
    // 自治区, 地区, 新区: the level's second character must follow.
    if ((ch === '自' && text[i + 1] !== '治') || ((ch === '地' || ch === '新') && text[i + 1] !== '区')) continue;
    BARE_ORGAN.lastIndex = i;
    const m = BARE_ORGAN.exec(text);
    if (!m || placeEnds.has(i) || (isHanAt(text, i - 1) && !isBoundary(ctx, i) && !gluedAt(ctx, i))) continue;
    const end = i + m[0].length;
    // 市委书记 may be one word: a title after the organ is a boundary too.
    const right = isBoundary(ctx, end) || !isHanAt(text, end) || titleAt(ctx, end);
    if (!right || index.known.longestEnd(text, i) >= 0) continue;
    // The organ of the same level named in full nearby (区总工会 after 金水区总工会) is that one.
    const expanded = expandBureau(m[0]);
    const named = m[0].startsWith('团') ? undefined : (full(m[0]).nearest(i) ?? (expanded ? full(expanded).nearest(i) : undefined));
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
