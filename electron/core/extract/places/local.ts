import { isBreak, isHan } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate } from '../context';
import type { Recogniser } from '../rules/recogniser';
import { issuesLaw } from './gazetteer-places';

const LOCAL_SUFFIXES = ['社区', '村', '嘎查', '屯', '居委会', '镇', '乡', '街道'];
const LOCAL_SET = new Set(LOCAL_SUFFIXES);

/**
 * Communities, villages and towns the gazetteer does not list, named with their suffix:
 * 红星社区, 新桥村. The name is the one or two words right before the suffix.
 */
function findLocalPlaces(ctx: Ctx): Candidate[] {
  const { text, tokens } = ctx;
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    let suffix = LOCAL_SET.has(t.word) ? t.word : undefined;
    let nameStart = -1;
    if (suffix) {
      let j = k - 1;
      while (j >= 0 && t.start - tokens[j].start <= 4 && isNameWord(ctx, j)) j--;
      nameStart = tokens[j + 1]?.start ?? -1;
      if (j + 1 >= k) nameStart = -1;
    } else if (t.tag === 'x' && t.word.length >= 3) {
      suffix = LOCAL_SUFFIXES.find((s) => t.word.endsWith(s));
      if (suffix) nameStart = t.start;
    }
    if (!suffix || nameStart < 0) continue;
    const name = text.slice(nameStart, t.end);
    const stem = name.slice(0, name.length - suffix.length);
    if (stem.length < 2 || stem.length > 4 || ctx.lex.genericWords.has(stem) || /[一二三四五六七八九十百千0-9各本全该每]/.test(stem[0])) continue;
    out.push(candidate('place.local', 'place', nameStart, t.end, name));
  }
  return out;
}

function isNameWord(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  if (isBreak(t.word[0]) || !isHan(t.word[0])) return false;
  if (/[省市县区州镇乡旗村]$/.test(t.word) && t.word.length > 1) return false;
  return /^(n|nz|ns|nr|x|nrt|nt|ng|j|a|vn|b)$/.test(t.tag);
}

/** Communities and villages named with their suffix. */
export const localRules: Recogniser = {
  emits: ['place.local'],
  run: (ctx) => findLocalPlaces(ctx).filter((c) => !issuesLaw(ctx.text, c)),
};
