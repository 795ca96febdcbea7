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
    } else if (t.word.length >= 3 && WHOLE_TAG.test(t.tag) && !knownPlace(ctx, t.word)) {
      // 南阳村/ns, 七星村/x: the segmenter keeps the village whole as one word the gazetteer does not know.
      suffix = LOCAL_SUFFIXES.find((s) => t.word.endsWith(s));
      if (suffix) nameStart = t.start;
    } else if (t.word.length === 2 && k > 0 && tokens[k - 1].end === t.start && PROPER_TAG.test(tokens[k - 1].tag)) {
      // 风簸/x + 山村/ns: the segmenter glued the suffix to the name's last character; a proper
      // word before it says the name goes on before.
      suffix = LOCAL_SUFFIXES.find((s) => s.length === 1 && t.word.endsWith(s));
      const prev = tokens[k - 1];
      if (suffix && isNameWord(ctx, k - 1) && prev.word.length <= 3) nameStart = prev.start;
    }
    if (!suffix || nameStart < 0) continue;
    const name = text.slice(nameStart, t.end);
    const stem = name.slice(0, name.length - suffix.length);
    if (stem.length < 2 || stem.length > 4 || ctx.lex.genericWords.has(stem) || /[一二三四五六七八九十百千0-9各本全该每]/.test(stem[0])) continue;
    out.push(candidate('place.local', 'place', nameStart, t.end, name));
  }
  return out;
}

/** Tags of a word the segmenter keeps whole that may be a village's own name with its suffix. */
const WHOLE_TAG = /^(x|ns|nz)$/;
/** Tags of a proper word before a suffix glued to the next character (风簸/x 山村). */
const PROPER_TAG = /^(x|nz|nr|nrt|j)$/;

function knownPlace(ctx: Ctx, word: string): boolean {
  return ctx.gaz.byName.has(word) || ctx.gaz.byShort.has(word) || ctx.gaz.townShort.has(word);
}

/** A gazetteer short form that is no division's full name (常州, 郑州; not 下营镇 or 通州区's 通州 when a 通州 exists). */
function shortFormOnly(ctx: Ctx, word: string): boolean {
  return ctx.gaz.byShort.has(word) && !ctx.gaz.byName.has(word);
}

function isNameWord(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  if (isBreak(t.word[0]) || !isHan(t.word[0])) return false;
  // A division's full name (下营镇) ends the walk; a short form that merely ends in such a
  // character (常州 of 常州市, 郑州) is a proper word the village may be named after (常州村).
  if (/[省市县区州镇乡旗村]$/.test(t.word) && t.word.length > 1 && !shortFormOnly(ctx, t.word)) return false;
  // 东坡/镇/杏林/村: a level character cut off as a word of its own ends the division before the village.
  if (/^[省市县区镇乡旗村]$/.test(t.word)) return false;
  return /^(n|nz|ns|nr|x|nrt|nt|ng|j|a|vn|b)$/.test(t.tag);
}

/** Communities and villages named with their suffix. */
export const localRules: Recogniser = {
  emits: ['place.local'],
  run: (ctx) => findLocalPlaces(ctx).filter((c) => !issuesLaw(ctx.text, c)),
};
