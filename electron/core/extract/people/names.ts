import { isBreak, isHan } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate, isBoundary } from '../context';
import { DictMatcher } from '../dict-matcher';
import type { AppLexicons } from '../lexicons';
import type { RuleName } from '../rules/table';

/** Characters that do not end (or continue) a given name: particles, numerals, institution words. */
const NOT_GIVEN = new Set(
  '的是在了和与及等将把被对从向为也都就还又却则个们时后里这那其而以于给让由因如所到着过地得很最更已曾要该每各说称一二三四五六七八九十百千万年月日省市县区镇乡村路街号局厂院队部委办处站社团党组班系课记者讯报摄并但或我你他她它您吗呢吧啊哦中上下内外前性型式率证不杯车某老副自树赛请能'.split(''),
);

/** Aspect particles: the character before them is a verb. */
const ASPECT = new Set(['着', '了']);

/** Words that often follow a name: a name may end right before them. */
const FOLLOW = [
  '是', '的', '在', '等', '和', '与', '及', '说', '也', '就', '还', '将', '把', '被', '对', '向', '为', '从', '已', '曾', '正', '又', '却', '都', '便',
  '同志', '一边', '一直', '通过', '今年', '近日', '带领', '率领', '认为', '表示', '介绍', '告诉', '指出', '强调', '报道', '摄', '等人', '们',
];

type Surname = { len: number; rare: boolean };
const SURNAMES: Record<string, Surname> = {
  one: { len: 1, rare: false },
  oneRare: { len: 1, rare: true },
  two: { len: 2, rare: false },
  twoRare: { len: 2, rare: true },
};

interface SurnameIndex {
  /** By code unit: 0 no surname, 1 a surname, 2 a rare one. */
  single: Uint8Array;
  /** By code unit: 1 when a compound surname starts with it. */
  compoundStart: Uint8Array;
}

const surnameIndexes = new WeakMap<AppLexicons, SurnameIndex>();

function surnameIndex(lex: AppLexicons): SurnameIndex {
  let index = surnameIndexes.get(lex);
  if (!index) {
    index = { single: new Uint8Array(65536), compoundStart: new Uint8Array(65536) };
    for (const [s, info] of lex.surnames) {
      if (s.length === 1) index.single[s.charCodeAt(0)] = info.rare ? 2 : 1;
      else index.compoundStart[s.charCodeAt(0)] = 1;
    }
    surnameIndexes.set(lex, index);
  }
  return index;
}

/** Length of the surname at `i` (compound surnames first), with whether it is a rare one. */
export function surnameAt(ctx: Ctx, i: number): Surname | null {
  const index = surnameIndex(ctx.lex);
  const c = ctx.text.charCodeAt(i);
  if (index.compoundStart[c] === 1 && i + 2 <= ctx.text.length) {
    const two = ctx.lex.surnames.get(ctx.text.slice(i, i + 2));
    if (two) return two.rare ? SURNAMES.twoRare : SURNAMES.two;
  }
  const one = index.single[c];
  return one === 0 || Number.isNaN(c) ? null : one === 2 ? SURNAMES.oneRare : SURNAMES.one;
}

/** True for characters that can be part of a given name. */
export function givenChar(ch: string | undefined): boolean {
  return !!ch && isHan(ch) && !NOT_GIVEN.has(ch);
}

const followMatchers = new WeakMap<AppLexicons, DictMatcher<true>>();

/** Words a name may end before: the follow words, speech verbs, titles and credits (of up to six characters). */
function followWords(lex: AppLexicons): DictMatcher<true> {
  let m = followMatchers.get(lex);
  if (!m) {
    m = new DictMatcher<true>();
    for (const w of [...FOLLOW, ...lex.speechVerbs, ...lex.titles, ...lex.bylineRoles]) if (w.length <= 6) m.add(w, true);
    followMatchers.set(lex, m);
  }
  return m;
}

/** How well a name may end at `end`: 3 punctuation, cue or follow word; 2 a word boundary; 0 inside a word. */
export function followScore(ctx: Ctx, end: number): number {
  const { text, lex } = ctx;
  if (end >= text.length || isBreak(text[end])) return 3;
  if (followWords(lex).longestEnd(text, end) >= 0) return 3;
  if (isBoundary(ctx, end)) {
    const t = ctx.tokens[ctx.tokenStartingAt[end]];
    if (t && t.word.length >= 2 && t.tag !== 'x') return 2;
    // An aspect particle right after: the last character read is a verb (石某读着), no name's end.
    if (t && t.word.length === 1 && ASPECT.has(t.word)) return 0;
    // A one-character verb with its aspect particle starts the predicate (石某读着信).
    const u = t ? ctx.tokens[ctx.tokenStartingAt[t.end]] : undefined;
    if (t && u && t.word.length === 1 && /^v/.test(t.tag) && u.word.length === 1 && ASPECT.has(u.word)) return 2;
    return 1;
  }
  // 石某读/x 着: an unknown word whose last character is a verb with its aspect particle after it.
  const t = ctx.tokens[ctx.tokenAt[end]];
  const u = t && t.tag === 'x' && t.end === end + 1 ? ctx.tokens[ctx.tokenStartingAt[t.end]] : undefined;
  if (u && u.word.length === 1 && ASPECT.has(u.word)) return 2;
  return 0;
}

/**
 * The end of a Chinese name starting at `start` (surname then one or two given characters),
 * chosen by what follows; -1 when no reading fits. `minFollow` is the weakest acceptable ending.
 */
export function chooseNameEnd(ctx: Ctx, start: number, minFollow = 1): number {
  const sur = surnameAt(ctx, start);
  if (!sur) return -1;
  const { text } = ctx;
  let best = -1;
  let bestScore = -1;
  for (const given of [2, 1]) {
    const end = start + sur.len + given;
    if (end > text.length) continue;
    let ok = true;
    for (let k = start + sur.len; k < end; k++) if (!givenChar(text[k])) ok = false;
    if (!ok) continue;
    const score = followScore(ctx, end);
    if (score > bestScore) {
      best = end;
      bestScore = score;
    }
  }
  return bestScore >= minFollow ? best : -1;
}

/** The start of a Chinese name that ends at `end` (before a title or verb), or -1. */
export function chooseNameStart(ctx: Ctx, end: number, strongLeft: boolean, speech = false): number {
  const { text } = ctx;
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < 0) continue;
    const sur = surnameAt(ctx, start);
    if (!sur || len - sur.len < 1 || len - sur.len > 2) continue;
    let ok = true;
    for (let k = start + sur.len; k < end; k++) if (!givenChar(text[k])) ok = false;
    if (!ok) continue;
    // 直接晋升技师: a name follows no adverb of manner.
    const prev = ctx.tokens[ctx.tokenEndingAt[start]];
    const left = start === 0 || isBreak(text[start - 1]) || (isBoundary(ctx, start) && strongLeft && !sur.rare && !(prev && prev.tag === 'ad'));
    if (!left || (givenIsWord(ctx, text.slice(start + sur.len, end)) && !clearSpeaker(ctx, start, end, sur, speech))) continue;
    const tag = ctx.seg.wordTag(text.slice(start, end));
    if (tag && !/^(nr|x)/.test(tag)) continue;
    return start;
  }
  return -1;
}

/**
 * A full name between punctuation and a speech verb (。罗某军说): a given name that is a noun
 * (建军, 海峰) is still a given name there, when the surname is no everyday word.
 */
function clearSpeaker(ctx: Ctx, start: number, end: number, sur: Surname, speech: boolean): boolean {
  if (!speech || sur.rare || end - start - sur.len !== 2) return false;
  if (!(start === 0 || isBreak(ctx.text[start - 1]))) return false;
  // 白皮书呼吁: the surname and the next character make a word.
  if (ctx.seg.wordTag(ctx.text.slice(start, start + sur.len + 1)) !== null) return false;
  return /^(n|nz|ns)$/.test(ctx.seg.wordTag(ctx.text.slice(start + sur.len, end)) ?? '');
}

/** A two-character given name that is a common noun or function word (向职工) is no given name. */
export function givenIsWord(ctx: Ctx, given: string): boolean {
  if (given.length < 2) return false;
  const tag = ctx.seg.wordTag(given);
  return tag !== null && /^(n|vn|d|r|p|c|u|f|m|q|t)$/.test(tag);
}

/** True when `s` (2-4 Han characters, surname first, given characters plausible) reads as a name. */
export function looksLikeName(ctx: Ctx, s: string): boolean {
  if (s.length < 2 || s.length > 4) return false;
  const sur = ctx.lex.surnames.get(s.slice(0, 2)) ? 2 : ctx.lex.surnames.get(s[0]) ? 1 : 0;
  if (!sur || s.length - sur < 1 || s.length - sur > 2) return false;
  for (const ch of s.slice(sur)) if (!givenChar(ch)) return false;
  return true;
}

/** A person candidate of `rule`. */
export const person = (start: number, end: number, name: string, rule: RuleName): Candidate => candidate(rule, 'person', start, end, name);
