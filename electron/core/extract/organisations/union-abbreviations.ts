import { isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate, isBoundary } from '../context';
import { NearestByStart } from '../nearest';
import type { Recogniser } from '../rules/recogniser';

const ADMIN_LEVEL_CHAR = /[省市县区州旗盟镇]$/;

/**
 * Union abbreviations: 平度市总 → 平度市总工会 (a place with its level suffix, then 总 standing
 * alone), and bare 省总 / 县总 → the 总工会 of the text's place of that level.
 */
function findUnionAbbreviations(ctx: Ctx, places: readonly Candidate[], orgs: readonly Candidate[]): Candidate[] {
  const { text, lex } = ctx;
  if (!text.includes('工会')) return [];
  const out: Candidate[] = [];
  const standsAlone = (pos: number): boolean => {
    const k = ctx.tokenAt[pos];
    const t = ctx.tokens[k];
    if (!t) return false;
    if (t.start === pos && (t.word === '总' || t.tag === 'x')) return !text.startsWith('总工会', pos);
    return false;
  };
  for (const p of places) {
    if (text[p.end] !== '总' || !ADMIN_LEVEL_CHAR.test(text.slice(p.start, p.end))) continue;
    const abbr = lex.unionAbbreviations.get(text[p.end - 1] + '总');
    if (!abbr || !standsAlone(p.end)) continue;
    out.push(candidate('org.union-abbr', 'organisation', p.start, p.end + 1, `${p.name}总工会`));
  }
  const placeEnds = new Set(places.map((p) => p.end));
  const named = [...orgs, ...out];
  const unions = new Map<string, NearestByStart<Candidate>>();
  const levelPlaces = new Map<string, NearestByStart<Candidate>>();
  for (const [abbr, full] of lex.unionAbbreviations) {
    for (let i = text.indexOf(abbr); i >= 0; i = text.indexOf(abbr, i + 1)) {
      if (isHanAt(text, i - 1) && !isBoundary(ctx, i)) continue;
      if (placeEnds.has(i + 1)) continue;
      if (text.startsWith('总工会', i + 1) || !standsAlone(i + 1)) continue;
      const level = full.slice(0, 1);
      if (!unions.has(level)) {
        unions.set(level, new NearestByStart(named.filter((o) => o.name.endsWith(`${level}总工会`))));
        levelPlaces.set(level, new NearestByStart(places.filter((p) => p.name.endsWith(level))));
      }
      const union = unions.get(level)?.nearest(i);
      const place = levelPlaces.get(level)?.lastBefore(i);
      const name = union?.name ?? (place ? `${place.name}总工会` : null);
      if (name) out.push(candidate('org.union-bare', 'organisation', i, i + abbr.length, name));
    }
  }
  return out;
}

/** 平度市总 and bare 省总/县总, read as the union they stand for. */
export const unionAbbreviationRules: Recogniser = {
  emits: ['org.union-abbr', 'org.union-bare'],
  run: (ctx, env) => findUnionAbbreviations(ctx, env.ofType('place'), env.ofType('organisation')),
};
