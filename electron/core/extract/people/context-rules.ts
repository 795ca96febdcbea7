import { isBreak, isHan, isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import { isBoundary } from '../context';
import { DictMatcher } from '../dict-matcher';
import type { AppLexicons } from '../lexicons';
import type { Recogniser } from '../rules/recogniser';
import { inBookTitle } from './checks';
import { foreignRun } from './foreign';
import { chooseNameEnd, followScore, givenChar, givenIsWord, looksLikeName, person, surnameAt } from './names';
import type { PeopleIndex } from './people-index';

const speechMatchers = new WeakMap<AppLexicons, DictMatcher<true>>();

/** The speech verbs (说, 表示, 介绍) as a matcher. */
function speechVerbs(lex: AppLexicons): DictMatcher<true> {
  let m = speechMatchers.get(lex);
  if (!m) {
    m = new DictMatcher<true>();
    for (const v of lex.speechVerbs) m.add(v, true);
    speechMatchers.set(lex, m);
  }
  return m;
}

/** True when a speech verb starts at `i`. */
export function speechAt(ctx: Ctx, i: number): boolean {
  return speechVerbs(ctx.lex).longestEnd(ctx.text, i) >= 0;
}

/** Tags of a two-character given name that is still plausible after a strong cue: nouns and proper words (建军, 海峰, 永福). */
const NOUN_GIVEN = /^(n|nz|ns|nr|nrt|nrfg|x)$/;

/** True when the given name is acceptable after a strong cue: no word, or a noun-like word. */
function givenOk(ctx: Ctx, given: string, strongEnd: boolean): boolean {
  if (given.length < 2) return true;
  const tag = ctx.seg.wordTag(given);
  if (tag === null) return true;
  return strongEnd && NOUN_GIVEN.test(tag);
}

/**
 * A title, the name, then a speech verb (主任方圆说): the two cues vouch for a name even when it
 * is an everyday word. A three-character name does not start with a word of the sentence (记者采访时说).
 */
function findTitleSpeech(ctx: Ctx, index: PeopleIndex): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!index.titles.mayStartAt(text, i) || !isHanAt(text, i)) continue;
    const titleEnd = index.titles.longestEnd(text, i);
    if (titleEnd < 0 || !(isBoundary(ctx, i) || !isHanAt(text, i - 1))) continue;
    // 副主席买买提说: a transliterated name, even one the dictionary knows as a word.
    const foreign = foreignRun(ctx, titleEnd);
    if (foreign - titleEnd >= 2 && speechAt(ctx, foreign) && !inBookTitle(text, titleEnd)) {
      out.push(person(titleEnd, foreign, text.slice(titleEnd, foreign), 'person.title-speech'));
      continue;
    }
    const sur = surnameAt(ctx, titleEnd);
    if (!sur) continue;
    for (const given of [2, 1]) {
      const end = titleEnd + sur.len + given;
      if (end > text.length || !speechAt(ctx, end)) continue;
      let ok = true;
      for (let k = titleEnd + sur.len; k < end; k++) if (!givenChar(text[k])) ok = false;
      if (!ok || (given === 1 && sur.rare)) continue;
      // 记者采访时说: the surname and the next character make a word of the sentence.
      const head = ctx.seg.wordTag(text.slice(titleEnd, titleEnd + sur.len + 1));
      if (given === 2 && head !== null && !/^(nr|x)/.test(head)) continue;
      if (!inBookTitle(text, titleEnd)) out.push(person(titleEnd, end, text.slice(titleEnd, end), 'person.title-speech'));
      break;
    }
  }
  return out;
}

/** Duties a person takes on: 由NAME负责 (the work is in the hands of a person). */
const DUTY_AFTER = /^(?:负责|担任|主持|牵头|带队|兼任)/;

/** A name between 由 and a duty verb (工会由韦某某负责). */
function findDutyNames(ctx: Ctx): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let i = text.indexOf('由'); i >= 0; i = text.indexOf('由', i + 1)) {
    for (const len of [3, 2]) {
      const start = i + 1;
      const end = start + len;
      const s = text.slice(start, end);
      if (!looksLikeName(ctx, s) || !DUTY_AFTER.test(text.slice(end, end + 2))) continue;
      const sur = surnameAt(ctx, start);
      if (!sur || sur.rare || (len === 2 && sur.len === 1 && ctx.seg.wordTag(s) !== null)) continue;
      if (len === 3 && givenIsWord(ctx, s.slice(sur.len)) && !NOUN_GIVEN.test(ctx.seg.wordTag(s.slice(sur.len)) ?? '')) continue;
      out.push(person(start, end, s, 'person.duty'));
      break;
    }
  }
  return out;
}

/** Occupation words end in these characters (炉前工, 装配工, 调车员, 竹筏工人). */
const OCCUPATION_END = /(工人|工|员)$/;

/**
 * A name after an occupation noun that is not in the title list (矿工杜长海, 调车员杨光明): a
 * noun ending in 工 or 员, then a full name with a clear end.
 */
function findAfterOccupation(ctx: Ctx): Candidate[] {
  const { text, tokens } = ctx;
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const glued = gluedOccupationName(ctx, k);
    if (glued) {
      out.push(glued);
      continue;
    }
    const last = t.word.charCodeAt(t.word.length - 1);
    if ((last !== 0x5de5 && last !== 0x5458 && last !== 0x4eba) || !OCCUPATION_END.test(t.word) || ctx.lex.bylineRoles.has(t.word)) continue;
    // The occupation is one noun (矿工/n), or a noun with 员 the segmenter cut off (调车/n 员/zg).
    let start = t.start;
    if (t.word.length === 1) {
      const prev = tokens[k - 1];
      if (t.word !== '员' || !prev || prev.end !== t.start || !/^n/.test(prev.tag) || prev.word.length < 2) continue;
      start = prev.start;
    } else if (!/^(n|nz|x)$/.test(t.tag)) continue;
    if (t.end - start < 2 || t.end - start > 5) continue;
    const i = t.end;
    const sur = surnameAt(ctx, i);
    if (!sur || !isBoundary(ctx, i) || inBookTitle(text, i)) continue;
    const end = chooseNameEnd(ctx, i, 2);
    if (end < 0) continue;
    const given = text.slice(i + sur.len, end);
    // 党员和师生, 人员方面作: the surname is a conjunction, or starts a word with the next character.
    const first = tokens[ctx.tokenStartingAt[i]];
    if (first && first.word.length === 1 && /^(c|p)$/.test(first.tag)) continue;
    const head = ctx.seg.wordTag(text.slice(i, i + sur.len + 1));
    if (end - i === sur.len + 2 && head !== null && !/^(nr|x)/.test(head)) continue;
    const score = followScore(ctx, end);
    if (given.length < 2 && score < 3) continue;
    if (givenIsWord(ctx, given) && !givenOk(ctx, given, score >= 3)) continue;
    if (!givenOk(ctx, given, score >= 2)) continue;
    // A surname that is also a word (石, 应) needs a full given name that is no verb.
    if (sur.rare && (given.length < 2 || /^v/.test(ctx.seg.wordTag(given) ?? ''))) continue;
    out.push(person(i, end, text.slice(i, end), 'person.occupation'));
  }
  return out;
}

/**
 * 裁剪/v 工周某某/x: the segmenter glued the occupation's 工 or 员 to the name after it. The word
 * before is a verb or noun of two characters (the trade), the rest of the unknown word is a full
 * name with a common surname and a clear end.
 */
function gluedOccupationName(ctx: Ctx, k: number): Candidate | null {
  const { text, tokens } = ctx;
  const t = tokens[k];
  if (t.tag !== 'x' || (t.word.length !== 3 && t.word.length !== 4) || (t.word[0] !== '工' && t.word[0] !== '员')) return null;
  const prev = tokens[k - 1];
  if (!prev || prev.end !== t.start || prev.word.length !== 2 || !/^(n|v|vn)$/.test(prev.tag)) return null;
  const start = t.start + 1;
  const name = text.slice(start, t.end);
  const sur = surnameAt(ctx, start);
  if (!sur || sur.rare || !looksLikeName(ctx, name) || followScore(ctx, t.end) < 2 || inBookTitle(text, start)) return null;
  if (givenIsWord(ctx, name.slice(sur.len))) return null;
  return person(start, t.end, name, 'person.occupation');
}

/** A position mark after a name in a photo caption: (左), (右二), (前排左三), （中）. */
const POSITION = /^[(（](?:前排|后排|中排|前|后)?[左右中](?:[一二三四五六七八九]|起)?[)）]/;

/** A name before a position mark (周文斌(左二)): captions name the people shown. */
function findCaptionNames(ctx: Ctx): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let p = text.indexOf('(', 2), q = text.indexOf('（', 2); p >= 0 || q >= 0; ) {
    const at = p < 0 ? q : q < 0 ? p : Math.min(p, q);
    if (POSITION.test(text.slice(at, at + 7))) {
      for (const len of [3, 2, 4]) {
        const start = at - len;
        if (start < 0) continue;
        const s = text.slice(start, at);
        if (!looksLikeName(ctx, s) || (len === 4 && surnameAt(ctx, start)?.len !== 2)) continue;
        if (!(start === 0 || !isHan(text[start - 1]) || isBoundary(ctx, start))) continue;
        if (surnameAt(ctx, start)?.rare && len < 3) continue;
        out.push(person(start, at, s, 'person.caption'));
        break;
      }
    }
    if (at === p) p = text.indexOf('(', p + 1);
    else q = text.indexOf('（', q + 1);
  }
  return out;
}

/** What closes a list of people: 等15名, 等人, 等同志, or a kin word (夫妇, 父子). */
const LIST_CLOSE = /^(?:等(?:[0-9０-９]+|[一二三四五六七八九十百几多]+)(?:名|位)|等人|等同志|夫妇|夫妻|父子|母子|母女|父女|兄弟|姐妹|师徒)/;
/** A closed list with one name only must be closed by a count or 等人. */
const SINGLE_CLOSE = /^等(?:[0-9０-９]+(?:名|位)|[一二三四五六七八九十百几多]+(?:名|位)|人)/;

/**
 * Names listed with 、 and closed by 等N名 or a kin word (为杨某某、滕某某等15名职工,
 * 吴某、龙某夫妇): every item of the list must read as a name for any of them to count.
 */
function findClosedLists(ctx: Ctx): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const re = /等|夫|父|母|兄|姐|师/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const close = m.index;
    const tail = text.slice(close, close + 8);
    if (!LIST_CLOSE.test(tail)) continue;
    const items: Array<[number, number]> = [];
    let end = close;
    for (;;) {
      // The item ends at `end`: the name of 2-3 characters (4 with a compound surname) before it.
      let found = -1;
      for (const len of [3, 2, 4]) {
        const start = end - len;
        if (start < 0) continue;
        const s = text.slice(start, end);
        if (!looksLikeName(ctx, s) || (len === 4 && surnameAt(ctx, start)?.len !== 2)) continue;
        const opens = start === 0 || text[start - 1] === '、' || !isHan(text[start - 1]) || isBoundary(ctx, start);
        if (!opens) continue;
        found = start;
        break;
      }
      if (found < 0) break;
      items.push([found, end]);
      if (text[found - 1] !== '、') break;
      end = found - 1;
    }
    // Every item read as a name, the list did not stop inside an item, and one name needs a count.
    if (!items.length) continue;
    const first = items[items.length - 1][0];
    if (first > 0 && isHan(text[first - 1]) && text[first - 1] !== '、' && !isBoundary(ctx, first)) continue;
    if (items.length === 1 && !SINGLE_CLOSE.test(tail)) continue;
    if (items.some(([a, b]) => surnameAt(ctx, a)?.rare && b - a < 3)) continue;
    if (items.some(([a]) => isBreak(text[a]))) continue;
    for (const [a, b] of items) out.push(person(a, b, text.slice(a, b), 'person.list-closed'));
  }
  return out;
}

/** What a subject does while speaking or working (王某某一边砌墙一边说) or says (…说, …介绍). */
const ASIDE_AFTER = /^一边/;
/** Nouns for a person that a name may follow: a trade (泥瓦匠), where one comes from (江西人), a job (裁剪工, 主播). */
const PERSON_NOUN_END = /[匠人工员手师播]$/;

/**
 * A full name after 的 or a noun for a person and before 一边 or a speech verb (拉货过来的郑某某一边
 * 擦着头发一边说, 泥瓦匠王某某一边砌墙, 江西人刘某某说): the segmenter often glues such a name to the
 * word before it, so the usual boundary check fails. Three characters, a common surname, no
 * dictionary word.
 */
function findAsideNames(ctx: Ctx): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let e = 4; e < text.length; e++) {
    const start = e - 3;
    const sur = surnameAt(ctx, start);
    if (!sur || sur.len !== 1 || sur.rare || !givenChar(text[start + 1]) || !givenChar(text[start + 2])) continue;
    if (!((text.charCodeAt(e) === 0x4e00 && ASIDE_AFTER.test(text.slice(e, e + 2))) || speechAt(ctx, e))) continue;
    const before = text.slice(Math.max(0, start - 4), start);
    const left = text[start - 1] === '的' || isBreak(text[start - 1]) || PERSON_NOUN_END.test(before);
    if (!left || inBookTitle(text, start)) continue;
    const name = text.slice(start, e);
    const tag = ctx.seg.wordTag(name);
    if (tag !== null && !/^(nr|x)/.test(tag)) continue;
    // 的工作一边, 的高温说: the surname and the next character, or the given name, make an everyday word.
    const head = ctx.seg.wordTag(text.slice(start, start + 2));
    if (head !== null && !/^(nr|x)/.test(head)) continue;
    const given = ctx.seg.wordTag(text.slice(start + 1, e));
    if (given !== null && !/^(n|nz|ns|nr|a|x)/.test(given)) continue;
    out.push(person(start, e, name, 'person.aside'));
  }
  return out;
}

/** A name between a title and a speech verb. */
export const titleSpeechRules: Recogniser = { emits: ['person.title-speech'], run: (ctx, env) => findTitleSpeech(ctx, env.idx.people) };

/** A name between 由 and a duty verb. */
export const dutyRules: Recogniser = { emits: ['person.duty'], run: (ctx) => findDutyNames(ctx) };

/** A name after 的 or a person noun and before 一边 or a speech verb. */
export const asideRules: Recogniser = { emits: ['person.aside'], run: (ctx) => findAsideNames(ctx) };

/** A name after an occupation noun. */
export const occupationRules: Recogniser = { emits: ['person.occupation'], run: (ctx) => findAfterOccupation(ctx) };

/** A name before a photo's position mark. */
export const captionRules: Recogniser = { emits: ['person.caption'], run: (ctx) => findCaptionNames(ctx) };

/** Names of a list closed by a count or a kin word. */
export const closedListRules: Recogniser = { emits: ['person.list-closed'], run: (ctx) => findClosedLists(ctx) };
