import { isHan } from '../chars';
import type { Candidate, Ctx } from '../context';
import type { Recogniser } from '../rules/recogniser';
import { inBookTitle } from './checks';
import { foreignCharAt } from './foreign';
import { followScore, givenChar, givenIsWord, looksLikeName, person, surnameAt } from './names';

/** Transliterated words that end like things, not people (吉普车, 尤伯杯, 斯诺克, 大比武). */
const NOT_FOREIGN_END = /[车杯赛武机酒茶岛山河湖港城州省市县区镇村丁克诺尔沃]$/;

const FOLLOW_CHARS = new Set(['是', '的', '在', '说', '和', '与', '也', '就', '还', '将']);

/** Words after a place abbreviation that names a road or line (申嘉湖高速, 京沪铁路). */
const ROUTE_AFTER = /^[\u4e00-\u9fff]?(?:高速|铁路|公路|大桥|隧道|城际|沿线)/;

/**
 * True when [start, end) opens or sits inside a quoted phrase that runs on after it (“夏送清凉”):
 * a slogan or a program, not a name.
 */
function inQuotedPhrase(text: string, start: number, end: number): boolean {
  if (!isHan(text[end])) return false;
  const from = Math.max(0, start - 12);
  const before = text.slice(from, start);
  const at = before.lastIndexOf('“');
  if (at < 0 || before.lastIndexOf('”') > at) return false;
  // A short phrase closes soon after the name (“夏送清凉”); a quoted sentence runs on (“刘某是党员，…).
  const close = text.indexOf('”', end);
  return close > 0 && close - end <= 4 && !/[，。、；！？,]/.test(text.slice(end, close));
}

const CLOSING = new Set(['”', '’', '」', '』']);

/**
 * A word the dictionary tags as a name that reads as a thing: the surname and the next character
 * make an everyday word (纪念/n 章, 范围/n 广), or a place and 人 make a demonym (江西人, 四川人).
 */
function thingWord(ctx: Ctx, word: string, surLen: number): boolean {
  const head = ctx.seg.wordTag(word.slice(0, surLen + 1));
  if (head !== null && !/^(nr|ns|nz|x|j|eng)/.test(head)) return true;
  return word.endsWith('人') && (ctx.seg.wordTag(word.slice(0, -1)) === 'ns' || ctx.gaz.byName.has(word.slice(0, -1)));
}

/** Words the segmenter tags as names: Chinese names of 3-4 characters, and marked transliterations. */
function findTaggedNames(ctx: Ctx): Candidate[] {
  const { text, lex } = ctx;
  const out: Candidate[] = [];
  for (const t of ctx.tokens) {
    if (!/^nr/.test(t.tag) || t.word.length < 2 || t.word.length > 4) continue;
    const foreign = everyChar(t.word, lex.foreignNameChars) && !NOT_FOREIGN_END.test(t.word);
    const sur = surnameAt(ctx, t.start);
    const chinese = looksLikeName(ctx, t.word) && t.word.length >= 3 && !!sur && !sur.rare && !givenIsWord(ctx, t.word.slice(sur.len)) && !thingWord(ctx, t.word, sur.len);
    if (inBookTitle(text, t.start) || (chinese && inQuotedPhrase(text, t.start, t.end))) continue;
    // A transliterated word is a person's name when it is marked as one: a title or country
    // before it, a cue or punctuation after it, and no more transliteration running on.
    const prev = ctx.tokens[ctx.tokenEndingAt[t.start]];
    // 技能大比武”: a closing quote does not mark a word glued to a noun before it.
    const glued = !!prev && prev.end === t.start && /^(n|vn)$/.test(prev.tag) && CLOSING.has(text[t.end]);
    const marked = !!prev && (lex.titles.has(prev.word) || prev.tag === 'ns' || prev.word === '·') ? true : followScore(ctx, t.end) >= 3 && !glued;
    const runsOn = foreignCharAt(lex.foreignNameChars, text, t.end) || /^(省|州|市|大区|国|地区|公司|队)/.test(text.slice(t.end, t.end + 2));
    if ((foreign && t.word.length >= 3 && marked && !runsOn) || chinese) {
      out.push(person(t.start, t.end, t.word, chinese ? 'person.jieba-nr' : 'person.jieba-nr-foreign'));
    }
  }
  return out;
}

/** A surname and a given name that jieba tags apart (杨/nr 红梅/nr). */
function findSplitNames(ctx: Ctx): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let k = 0; k + 1 < ctx.tokens.length; k++) {
    const t = ctx.tokens[k];
    const u = ctx.tokens[k + 1];
    if (t.tag !== 'nr' || t.word.length !== 1 || u.start !== t.end || u.word.length > 2 || !/^(nr|nrfg|x)$/.test(u.tag)) continue;
    const sur = surnameAt(ctx, t.start);
    if (!sur || sur.len !== 1 || sur.rare || !everyGivenChar(u.word) || givenIsWord(ctx, u.word)) continue;
    if (inBookTitle(text, t.start) || inQuotedPhrase(text, t.start, u.end) || followScore(ctx, u.end) < 1) continue;
    out.push(person(t.start, u.end, t.word + u.word, 'person.jieba-split'));
  }
  return out;
}

/** True when every character of `word` is in `chars` (as `[...word].every`, without the array). */
function everyChar(word: string, chars: ReadonlySet<string>): boolean {
  for (const ch of word) if (!chars.has(ch)) return false;
  return true;
}

/** True when every character of `word` may be in a given name. */
function everyGivenChar(word: string): boolean {
  for (const ch of word) if (!givenChar(ch)) return false;
  return true;
}

/** Unknown words (jieba's HMM) that read as a name: 吴红家, 刘琦(是). */
function findUnknownWordNames(ctx: Ctx): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (const t of ctx.tokens) {
    if (t.tag !== 'x' || t.word.length < 2 || t.word.length > 4 || surnameAt(ctx, t.start)?.rare) continue;
    let end = t.end;
    if (t.word.length >= 3 && FOLLOW_CHARS.has(t.word[t.word.length - 1])) end--;
    const name = text.slice(t.start, end);
    const sur = surnameAt(ctx, t.start)?.len ?? 1;
    if (inBookTitle(text, t.start) || givenIsWord(ctx, name.slice(sur)) || inQuotedPhrase(text, t.start, end) || ROUTE_AFTER.test(text.slice(end, end + 3))) continue;
    // Part of a longer unknown sequence (a transliteration cut in pieces): not a Chinese name.
    const prev = ctx.tokens[ctx.tokenEndingAt[t.start]];
    const next = ctx.tokens[ctx.tokenStartingAt[t.end]];
    if ((prev && prev.tag === 'x' && isHan(prev.word[0])) || (next && next.tag === 'x' && isHan(next.word[0]))) continue;
    if (end - t.start >= 2 && looksLikeName(ctx, name) && followScore(ctx, end) >= 1) out.push(person(t.start, end, name, 'person.unknown-word'));
  }
  return out;
}

/** Names the segmenter tags. */
export const taggedNameRules: Recogniser = { emits: ['person.jieba-nr', 'person.jieba-nr-foreign'], run: (ctx) => findTaggedNames(ctx) };

/** Surname and given name tagged apart. */
export const splitNameRules: Recogniser = { emits: ['person.jieba-split'], run: (ctx) => findSplitNames(ctx) };

/** Unknown words that read as names. */
export const unknownWordRules: Recogniser = { emits: ['person.unknown-word'], run: (ctx) => findUnknownWordNames(ctx) };
