import { isBreak } from './chars';
import type { Candidate, Ctx } from './context';
import type { Token } from './segmenter';

/** The longest place candidate ending at each offset. */
export function placeEndMap(places: readonly Candidate[]): Map<number, Candidate> {
  const map = new Map<number, Candidate>();
  for (const p of places) {
    const cur = map.get(p.end);
    if (!cur || p.end - p.start > cur.end - cur.start) map.set(p.end, p);
  }
  return map;
}

/** Where the words before a suffix start, and what they are. */
export interface NameStart {
  start: number;
  /** Words between the start (or the place) and the suffix. */
  words: Token[];
  /** The place the name starts with, if any. */
  place: Candidate | null;
  /** Parenthesised lists inside the name (dropped from the canonical name). */
  dropped: Array<[number, number]>;
  /** A place in parentheses inside the name: 富士胶片制造(深圳)有限公司. */
  parenPlace?: Candidate;
}

export interface WalkOptions {
  /** The longest place candidate ending at each offset. */
  placeEnds: Map<number, Candidate>;
  /** Longest name, in characters before the suffix. */
  maxLen: number;
  /** Keep places that precede the first place (广西河池运达…公司): company names do. */
  chainPlaces: boolean;
  /** Let verbs stand inside the name (富士胶片制造…公司): company names have them. */
  allowVerbs?: boolean;
}

/** Tags of words that end a walk; zg (a stray single character of a longer word) does not. */
const STOP_TAG = /^(u|p|c|r|d|y|e|o|q|t|f|z(?!g))/;
const NUMBERED_UNIT = /^[一二三四五六七八九十0-9]+(局|处|公司|厂|院|所|队|冶|建|中队|大队|支队|分局|工区|车间)$/;
const PHASE = /^[一二三四五六七八九十0-9]+期$/;
const CONJUNCTIONS = new Set(['和', '与', '及']);
/** Tags of words that open a proper name (a brand, a person, a place the gazetteer does not know). */
const PROPER_TAG = /^(ns|nr|nrt|nrfg|nz|nt|x|j|eng)$/;

function isStopToken(ctx: Ctx, t: Token): boolean {
  if (ctx.lex.predicateVerbs.has(t.word) || ctx.lex.bylineRoles.has(t.word)) return true;
  // Datelines (本报讯, 5月7日电) and ranks (第二名) are not part of a name.
  if (/讯$/.test(t.word) || /[0-9０-９]/.test(ctx.text[t.start - 1] ?? '')) return true;
  // 第四届, and numbered units inside a name (中建七局, 十一冶): not a quantity.
  // 各建一处职工活动站: 一处 counts places here, it is no numbered office.
  if (t.tag === 'm' && /^[一两几多数]处$/.test(t.word)) return true;
  if (t.tag === 'm')
    return !/^第[一二三四五六七八九十百0-9]+(届|期|次|工程|中学|小学)?$/.test(t.word) && !NUMBERED_UNIT.test(t.word) && !numberedWithNext(ctx, t);
  if (t.tag === 'x' && t.word.length === 1 && ctx.lex.predicateVerbs.has(t.word)) return true;
  return STOP_TAG.test(t.tag) && !/^(nr|ns|nt|nz)/.test(t.tag);
}

/** A numbered unit of a larger body (七局, 十一冶), one word or cut in two: a proper part of a name. */
export function isNumberedUnit(ctx: Ctx, t: Token): boolean {
  return NUMBERED_UNIT.test(t.word) || (t.tag === 'm' && numberedWithNext(ctx, t));
}

/**
 * A one-character token that the segmenter cut off a noun it shares with the word before
 * (南通华海船务有限公司 read as 海船/务): the two characters are a dictionary noun, so the
 * character belongs to the name, not to the sentence (务 is no adverb here).
 */
function cutFromWord(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  const prev = ctx.tokens[j - 1];
  if (t.word.length !== 1 || !prev || prev.end !== t.start || prev.word.length < 2) return false;
  const tag = ctx.seg.wordTag(prev.word.slice(-1) + t.word);
  return tag !== null && /^n/.test(tag);
}

/** A number the segmenter cut from its unit (二十/三局 of 中铁二十三局): the two read as one numbered unit. */
function numberedWithNext(ctx: Ctx, t: Token): boolean {
  const next = ctx.tokens[ctx.tokenStartingAt[t.end]];
  return !!next && /^[一二三四五六七八九十0-9]+$/.test(t.word) && NUMBERED_UNIT.test(t.word + next.word);
}

function matchingOpen(text: string, close: number): number {
  const open = text[close] === ')' ? '(' : '（';
  for (let k = close - 1; k >= 0 && close - k <= 32; k--) {
    if (text[k] === open) return k;
    if (text[k] === '\n' || text[k] === '。' || text[k] === '，' || text[k] === ',') return -1;
  }
  return -1;
}

/** At a conjunction `t` ending at `pos`: two names joined, not one office named for two fields. */
function twoNames(ctx: Ctx, opts: WalkOptions, pos: number, t: Token, leftWord: Token | undefined): boolean {
  return (
    startsWithPlace(opts, pos) ||
    opts.placeEnds.has(t.start) ||
    (!!leftWord && (ctx.lex.orgSuffixes.has(leftWord.word) || /^nr/.test(leftWord.tag) || /总$/.test(leftWord.word)))
  );
}

/**
 * Walks back from `headStart` (where a suffix such as 有限公司 or 活动 begins) over the words of
 * a name: nouns and the like, parenthesised places, ordinals (第四), and one place at most
 * (or a chain of places for companies). Stops at punctuation, function words and predicate verbs.
 */
export function walkNameStart(ctx: Ctx, headStart: number, opts: WalkOptions): NameStart {
  const { text, tokens } = ctx;
  const words: Token[] = [];
  const dropped: Array<[number, number]> = [];
  let parenPlace: Candidate | undefined;
  let pos = headStart;
  const k = ctx.tokenAt[headStart];
  if (k >= 0 && tokens[k].start < headStart) {
    // The suffix ends a longer word (捷克队): a place may fill the rest of it.
    const place = opts.placeEnds.get(headStart);
    if (place && place.start === tokens[k].start) return { start: place.start, words, place, dropped, parenPlace };
    // 举办活动, 开展工作: a predicate verb glued to the suffix leaves no name.
    const head = text.slice(tokens[k].start, headStart);
    if (ctx.lex.predicateVerbs.has(head)) return { start: headStart, words, place: null, dropped };
    words.push({ ...tokens[k], end: headStart, word: text.slice(tokens[k].start, headStart) });
    pos = tokens[k].start;
  }
  let skipped = 0;
  while (pos > 0 && headStart - pos - skipped < opts.maxLen) {
    const place = opts.placeEnds.get(pos);
    if (place) {
      let start = place.start;
      if (opts.chainPlaces) {
        for (let p = opts.placeEnds.get(start); p; p = opts.placeEnds.get(start)) start = p.start;
        start = brandBefore(ctx, start);
        start = placeBrandBefore(ctx, start, opts.placeEnds);
        // 中建五局 + 梅溪湖 + 安置房项目部: a numbered unit before the place names the body the unit belongs to.
        const unit = tokens[ctx.tokenEndingAt[start]];
        if (unit && isNumberedUnit(ctx, unit) && headStart - unit.start < opts.maxLen) {
          const further = walkNameStart(ctx, start, { ...opts, maxLen: opts.maxLen - (headStart - start) });
          if (further.start < start) return { start: further.start, words: [...words, ...further.words], place: further.place ?? place, dropped: [...dropped, ...further.dropped], parenPlace };
        }
      } else if (!place.place) {
        // A river or region after its province (河南黄河河务局) belongs with it.
        const before = opts.placeEnds.get(start);
        if (before?.place) start = before.start;
      }
      return { start, words, place, dropped, parenPlace };
    }
    const ch = text[pos - 1];
    if (ch === ')' || ch === '）') {
      const open = matchingOpen(text, pos - 1);
      if (open < 0) break;
      const inner = text.slice(open + 1, pos - 1);
      const p = opts.placeEnds.get(pos - 1);
      if (p && p.start === open + 1) parenPlace = p;
      if (/[、，,]/.test(inner) || /和/.test(inner)) {
        dropped.push([open, pos]);
        skipped += pos - open;
      }
      pos = open;
      continue;
    }
    if (isBreak(ch)) break;
    const j = ctx.tokenEndingAt[pos];
    if (j < 0) break;
    const t = tokens[j];
    // 由区/人力社保局, 据市/总工会: a preposition the segmenter glued to a level's character starts
    // no name; the name begins with the level (区人力社保局), and the walk ends there.
    // 由桂邕/x: likewise a preposition glued to an unknown brand word; the brand starts the name.
    if (gluedPreposition(t) || (t.tag === 'x' && t.word.length >= 3 && LEADING_PREPOSITIONS.has(t.word[0]))) {
      words.push({ ...t, start: t.start + 1, word: t.word.slice(1), tag: gluedPreposition(t) ? 'zg' : t.tag });
      pos = t.start + 1;
      break;
    }
    // Two names joined (中国女队与印尼女队, 美国和俄罗斯队): the right one starts with a place or
    // the left one ends in a suffix. Otherwise an office named for two fields reads through the
    // conjunction when the walk then reaches a place (宜兴市文化和旅游局, 杭州市住房和城乡建设局).
    if (CONJUNCTIONS.has(t.word) && !twoNames(ctx, opts, pos, t, tokens[j - 1])) {
      const further = walkNameStart(ctx, t.start, { ...opts, maxLen: opts.maxLen - (headStart - t.start) });
      if (further.place && further.start < t.start) {
        return { start: further.start, words: [...words, t, ...further.words], place: further.place, dropped: [...dropped, ...further.dropped], parenPlace };
      }
      break;
    }
    // In a company's name, 三期 (a phase of a site: 软件园三期项目部) and a character the segmenter
    // cut off a noun of the name do not end it.
    // 冀东钢铁联合有限公司, …建设有限公司: a verb right before a company's suffix names its business.
    const business = opts.chainPlaces && !!opts.allowVerbs && words.length === 0 && t.word.length >= 2 && t.end === headStart && /^v/.test(t.tag) && ctx.lex.predicateVerbs.has(t.word);
    if (isStopToken(ctx, t) && !business && !(opts.chainPlaces && (PHASE.test(t.word) || cutFromWord(ctx, j) || brandAdverb(ctx, j)))) break;
    // 贝尔公司买下|纽新公司, 比赛得到|宾士域保安有限公司: a verb before the proper word that opens
    // the name is the sentence's predicate, not the company's business; after a place it is part
    // of the brand (江西联创光电…公司).
    const predicate = t.tag === 'v' && t.word.length >= 2 && words.length > 0 && PROPER_TAG.test(words[words.length - 1].tag) && !opts.placeEnds.has(t.start);
    if (opts.allowVerbs && !business && predicate) break;
    // A one-character verb (出, 送, 上) is a predicate, not part of a name; so is any verb
    // except in company names.
    if (t.word.length === 1 && /^(v|vi|f)$/.test(t.tag) && !(opts.chainPlaces && brandCharacter(ctx, j))) break;
    // 沙市区快递行业联合工会: a verb-tagged field word between a place and a noun of the name.
    const fieldWord = t.word.length >= 2 && words.length > 0 && /^(n|vn)$/.test(words[words.length - 1].tag) && opts.placeEnds.has(t.start);
    if (!opts.allowVerbs && /^(v|vi|vd)$/.test(t.tag) && !fieldWord) {
      const through = verbInName(ctx, t, opts, headStart - t.start);
      if (through) return { start: through.start, words: [...words, t, ...through.words], place: through.place, dropped: [...dropped, ...through.dropped], parenPlace };
      break;
    }
    words.push(t);
    pos = t.start;
  }
  // A name does not start with a verb or an adjective (保证职工夜校, 形成工会): drop them.
  while (words.length && LEADING_NOT_NAME.test(words[words.length - 1].tag) && !ctx.lex.orgSuffixes.has(words[words.length - 1].word)) {
    words.pop();
    pos = words.length ? words[words.length - 1].start : headStart;
  }
  return { start: pos, words, place: null, dropped, parenPlace };
}

/**
 * 浙江省职工|帮扶|基金会: a two-character verb of the field inside a name written in full, when the
 * walk beyond it reads only nouns back to a division of the gazetteer; otherwise the verb is the
 * sentence's (组织职工…, 由…负责…).
 */
function verbInName(ctx: Ctx, t: Token, opts: WalkOptions, used: number): NameStart | null {
  if (t.word.length !== 2 || t.tag !== 'v' || ctx.lex.predicateVerbs.has(t.word)) return null;
  const further = walkNameStart(ctx, t.start, { ...opts, maxLen: opts.maxLen - used });
  if (!further.place?.place || further.start >= t.start || !further.words.length) return null;
  return further.words.every((w) => /^(n|vn|nz|j)$/.test(w.tag) && !ctx.lex.predicateVerbs.has(w.word)) ? further : null;
}

/** Prepositions that rarely open a name, glued by the segmenter to an unknown word after them. */
const LEADING_PREPOSITIONS = new Set(['由', '在', '从', '向', '对', '经', '被', '将', '把', '据', '给', '让']);

/** Prepositions and conjunctions the segmenter glues to a level's character (由区, 据市, 和县). */
const GLUED_PREPOSITIONS = new Set(['由', '据', '在', '从', '向', '对', '经', '被', '将', '把', '与', '和', '及', '同', '为', '给', '让']);
const LEVEL_CHARS = new Set(['省', '市', '县', '区', '州']);

/** An unknown two-character word of a preposition and a level's character (由区, 据市). */
export function gluedPreposition(t: Token): boolean {
  return t.word.length === 2 && t.tag === 'x' && GLUED_PREPOSITIONS.has(t.word[0]) && LEVEL_CHARS.has(t.word[1]);
}

/**
 * In a company's name, a one-character verb glued to a proper word that opens the phrase is part
 * of the brand (江海/通 of 江海通物流股份有限公司), not a predicate.
 */
function brandCharacter(ctx: Ctx, j: number): boolean {
  const prev = ctx.tokens[j - 1];
  if (!prev || prev.end !== ctx.tokens[j].start || !/^(ns|nr|nz|x|j)$/.test(prev.tag) || prev.word.length < 2) return false;
  const before = ctx.tokens[j - 2];
  return prev.start === 0 || isBreak(ctx.text[prev.start - 1]) || (!!before && isStopToken(ctx, before));
}

/**
 * In a company's name, a two-character adverb or conjunction after an unknown brand word that
 * opens the phrase (桂邕/即时/配送…有限公司) is part of the name: the brand is no subject of it.
 */
function brandAdverb(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  if (t.word.length !== 2 || !/^(c|d)$/.test(t.tag) || CONJUNCTIONS.has(t.word)) return false;
  const prev = ctx.tokens[j - 1];
  if (!prev || prev.end !== t.start || !/^(x|nz|j)$/.test(prev.tag) || prev.word.length < 2) return false;
  const before = ctx.tokens[j - 2];
  const glued = prev.tag === 'x' && prev.word.length >= 3 && LEADING_PREPOSITIONS.has(prev.word[0]);
  return glued || prev.start === 0 || isBreak(ctx.text[prev.start - 1]) || (!!before && isStopToken(ctx, before));
}

const LEADING_NOT_NAME = /^(v|vd|vi|a|ad|an|d|i|z|y)$/;

/** A company's brand abbreviation before its place (国网浙江省电力公司): an unknown or abbreviated word starting a phrase. */
function brandBefore(ctx: Ctx, start: number): number {
  const t = ctx.tokens[ctx.tokenEndingAt[start]];
  if (!t || t.word.length !== 2 || !/^(x|j|nz)$/.test(t.tag) || isStopToken(ctx, t)) return start;
  const prev = ctx.text[t.start - 1];
  return t.start === 0 || isBreak(prev) || ctx.lex.predicateVerbs.has(ctx.tokens[ctx.tokenEndingAt[t.start]]?.word ?? '') ? t.start : start;
}

/**
 * A brand made of a place and a field before a company's own place (中国铁路 in
 * 中国铁路广州局集团有限公司): a two-character noun right before the place, with a place
 * before it that opens the phrase.
 */
function placeBrandBefore(ctx: Ctx, start: number, placeEnds: Map<number, Candidate>): number {
  const t = ctx.tokens[ctx.tokenEndingAt[start]];
  if (!t || t.word.length !== 2 || t.tag !== 'n' || isStopToken(ctx, t)) return start;
  const p = placeEnds.get(t.start);
  if (!p) return start;
  const before = ctx.tokens[ctx.tokenEndingAt[p.start]];
  const opens = p.start === 0 || isBreak(ctx.text[p.start - 1]) || (!!before && isStopToken(ctx, before));
  return opens ? p.start : start;
}

const placeStarts = new WeakMap<Map<number, Candidate>, Set<number>>();

/** True when one of the places of the walk starts at `pos`. */
function startsWithPlace(opts: WalkOptions, pos: number): boolean {
  let starts = placeStarts.get(opts.placeEnds);
  if (!starts) placeStarts.set(opts.placeEnds, (starts = new Set([...opts.placeEnds.values()].map((p) => p.start))));
  return starts.has(pos);
}

/** The name at [start, end) with the parenthesised lists in `dropped` removed. */
export function nameWithout(text: string, start: number, end: number, dropped: Array<[number, number]>): string {
  let out = '';
  let pos = start;
  for (const [a, b] of [...dropped].sort((x, y) => x[0] - y[0])) {
    if (a < start || b > end) continue;
    out += text.slice(pos, a);
    pos = b;
  }
  return out + text.slice(pos, end);
}
