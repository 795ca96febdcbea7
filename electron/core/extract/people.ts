import { isHan } from './chars';
import type { Candidate, Ctx } from './context';
import { isBoundary } from './context';
import { DictMatcher } from './dict-matcher';
import type { AppLexicons } from './lexicons';
import { findBylines } from './bylines';
import { chooseNameEnd, chooseNameStart, followScore, givenChar, givenIsWord, looksLikeName, person, surnameAt } from './person-names';

/** Titles, speech verbs, honorifics and byline roles as matchers, built once per lexicon set. */
export interface PeopleIndex {
  known: DictMatcher<string>;
  titles: DictMatcher<true>;
  after: DictMatcher<true>;
  roles: DictMatcher<true>;
}

const cache = new WeakMap<AppLexicons, PeopleIndex>();

/** Builds (once per lexicon set) the matchers of known people, titles, cues and byline credits. */
export function buildPeopleIndex(lex: AppLexicons): PeopleIndex {
  const hit = cache.get(lex);
  if (hit) return hit;
  const titles = new DictMatcher<true>();
  for (const t of lex.titles) titles.add(t, true);
  const after = new DictMatcher<true>();
  for (const t of [...lex.titles, ...lex.speechVerbs]) after.add(t, true);
  const roles = new DictMatcher<true>();
  for (const r of lex.bylineRoles) if (r.length > 1) roles.add(r, true);
  const known = new DictMatcher<string>();
  for (const e of lex.people) for (const n of [e.name, ...e.aliases]) known.add(n, e.name);
  const index = { known, titles, after, roles };
  cache.set(lex, index);
  return index;
}


/**
 * Person mentions: bylines (记者李昱霖, 本报记者 张楠, 杨登峰 摄), a title before or after a name
 * (秘书长夏海燕, 习近平总书记), a name before a speech verb (殷玲英说), surname + honorific
 * (王先生), foreign names joined by a middle dot or marked by a title; then every other
 * occurrence of a name found so.
 */
export function findPeople(ctx: Ctx, index: PeopleIndex): Candidate[] {
  const { text, lex } = ctx;
  const out: Candidate[] = [...findBylines(ctx, index)];
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text[i])) continue;
    // Well-known people, also inside a longer word (邓小平理论).
    for (const m of index.known.matchesAt(text, i)) {
      if (i === 0 || !isHan(text[i - 1]) || isBoundary(ctx, i) || m.end - i >= 3) out.push(person(i, m.end, m.value, 58, 'known'));
    }
    // A title ending here, then a name.
    for (const m of index.titles.matchesAt(text, i)) {
      // The title ends a word (财政部长, 省委副书记) or stands as one.
      const next = ctx.tokens[ctx.tokenAt[m.end]];
      if (!isBoundary(ctx, i) && isHan(text[i - 1]) && !isBoundary(ctx, m.end) && !(next && /^(x|nr)/.test(next.tag))) continue;
      const end = chooseNameEnd(ctx, m.end, 1);
      const sur = surnameAt(ctx, m.end);
      const given = end > 0 && sur ? text.slice(m.end + sur.len, end) : '';
      // A name cut short before a one-character word (教师杨红梅带着) needs a full given name.
      const weakEnd = end > 0 && followScore(ctx, end) < 2 && given.length < 2;
      const foreign = foreignRun(ctx, m.end);
      // A transliteration running past the Chinese reading (斯特罗耶夫) is the name.
      const foreignFirst = foreign > end && followScore(ctx, foreign) >= 2 && (end < 0 || followScore(ctx, end) < 2);
      if (end > 0 && !weakEnd && !foreignFirst && (!sur?.rare || rareNameOk(ctx, m.end, end, given))) out.push(person(m.end, end, text.slice(m.end, end), 56, 'title'));
      else {
        if (foreign > m.end + 1 && followScore(ctx, foreign) >= 2) out.push(person(m.end, foreign, text.slice(m.end, foreign), 50, 'title-foreign'));
      }
      break;
    }
    // A title or speech verb starting here, after a name.
    const cue = index.after.matchesAt(text, i)[0];
    // 总经理 covers 经理: the name ends before the longer title, not inside it (公司总经理).
    const inLonger = !!cue && [1, 2].some((d) => index.after.matchesAt(text, i - d).some((m) => m.end >= cue.end));
    // The cue starts a word, or sits in an unknown word glued to the name (大学生 holds no 学生).
    const cueToken = cue ? ctx.tokens[ctx.tokenAt[i]] : undefined;
    const cueAligned = !!cueToken && (cueToken.start === i || /^(x|nr)/.test(cueToken.tag));
    // 门机司机胡海波: the name follows the title, and the words before it qualify the title.
    const nameAfter = !!cue && !!index.titles.get(cue.key) && chooseNameEnd(ctx, cue.end, 2) > 0;
    if (cue && i >= 2 && !inLonger && cueAligned && !nameAfter) {
      const start = chooseNameStart(ctx, i, true);
      if (start >= 0) out.push(person(start, i, text.slice(start, i), 55, 'cue-after'));
      else {
        const from = foreignRunBack(ctx, i);
        if (from <= i - 2 && (from === 0 || !isHan(text[from - 1]) || isBoundary(ctx, from))) out.push(person(from, i, text.slice(from, i), 50, 'cue-after-foreign'));
      }
    }
    // Surname + honorific.
    const sur = surnameAt(ctx, i);
    // 老王师傅, 快递员马师傅: a prefix or an occupation may be glued to the surname.
    if (sur && (isBoundary(ctx, i) || !isHan(text[i - 1]) || text[i - 1] === '老' || text[i - 1] === '小' || titleEndsAt(index, text, i))) {
      for (const h of lex.honorifics) {
        if (text.startsWith(h, i + sur.len) && followScore(ctx, i + sur.len + h.length) >= 1 && !sur.rare) {
          out.push(person(i, i + sur.len + h.length, text.slice(i, i + sur.len + h.length), 57, 'honorific'));
        }
      }
    }
    // A compound surname is distinctive: 欧阳振东(左) needs no cue.
    if (sur && sur.len === 2 && !sur.rare && (isBoundary(ctx, i) || !isHan(text[i - 1]))) {
      const end = chooseNameEnd(ctx, i, 2);
      if (end > 0 && !givenIsWord(ctx, text.slice(i + 2, end)) && !inBookTitle(text, i)) out.push(person(i, end, text.slice(i, end), 50, 'compound'));
    }
    // Foreign names joined by a middle dot: 科菲·安南.
    if (text[i - 1] !== '·' && (i === 0 || !isHan(text[i - 1]) || isBoundary(ctx, i) || index.titles.get(text.slice(Math.max(0, i - 2), i)) || index.titles.get(text.slice(Math.max(0, i - 3), i)))) {
      let end = dottedForeign(ctx, i);
      // The last part may run on past the characters listed (托马肖): to the end of its word.
      const last = ctx.tokens[ctx.tokenAt[end - 1]];
      if (end > 0 && last && last.end > end && last.end - end <= 2 && /^(x|nr|nrt)$/.test(last.tag) && followScore(ctx, end) < 2 && followScore(ctx, last.end) >= 2) end = last.end;
      if (end > 0) out.push(person(i, end, text.slice(i, end), 54, 'foreign-dot'));
    }
  }
  for (const t of ctx.tokens) {
    if (!/^nr/.test(t.tag) || t.word.length < 2 || t.word.length > 4) continue;
    const foreign = [...t.word].every((ch) => lex.foreignNameChars.has(ch)) && !NOT_FOREIGN_END.test(t.word);
    const sur = surnameAt(ctx, t.start);
    const chinese = looksLikeName(ctx, t.word) && t.word.length >= 3 && !!sur && !sur.rare && !givenIsWord(ctx, t.word.slice(sur.len));
    if (inBookTitle(text, t.start)) continue;
    // A transliterated word is a person's name when it is marked as one: a title or country
    // before it, a cue or punctuation after it, and no more transliteration running on.
    const prev = ctx.tokens[ctx.tokenEndingAt[t.start]];
    const marked =
      !!prev && (lex.titles.has(prev.word) || prev.tag === 'ns' || prev.word === '·') ? true : followScore(ctx, t.end) >= 3;
    const runsOn = lex.foreignNameChars.has(text[t.end]) || /^(省|州|市|大区|国|地区|公司|队)/.test(text.slice(t.end, t.end + 2));
    if ((foreign && t.word.length >= 3 && marked && !runsOn) || chinese) {
      out.push(person(t.start, t.end, t.word, 40, chinese ? 'jieba-nr' : 'jieba-nr-foreign'));
    }
  }
  // A surname and a given name that jieba tags apart (杨/nr 红梅/nr).
  for (let k = 0; k + 1 < ctx.tokens.length; k++) {
    const t = ctx.tokens[k];
    const u = ctx.tokens[k + 1];
    if (t.tag !== 'nr' || t.word.length !== 1 || u.start !== t.end || u.word.length > 2 || !/^(nr|nrfg|x)$/.test(u.tag)) continue;
    const sur = surnameAt(ctx, t.start);
    if (!sur || sur.len !== 1 || sur.rare || ![...u.word].every(givenChar) || givenIsWord(ctx, u.word)) continue;
    if (inBookTitle(text, t.start) || followScore(ctx, u.end) < 1) continue;
    out.push(person(t.start, u.end, t.word + u.word, 40, 'jieba-split'));
  }
  // Unknown words (jieba's HMM) that read as a name: 吴红家, 刘琦(是).
  for (const t of ctx.tokens) {
    if (t.tag !== 'x' || t.word.length < 2 || t.word.length > 4 || surnameAt(ctx, t.start)?.rare) continue;
    let end = t.end;
    if (t.word.length >= 3 && FOLLOW_CHARS.has(t.word[t.word.length - 1])) end--;
    const name = text.slice(t.start, end);
    const sur = surnameAt(ctx, t.start)?.len ?? 1;
    if (inBookTitle(text, t.start) || givenIsWord(ctx, name.slice(sur))) continue;
    // Part of a longer unknown sequence (a transliteration cut in pieces): not a Chinese name.
    const prev = ctx.tokens[ctx.tokenEndingAt[t.start]];
    const next = ctx.tokens[ctx.tokenStartingAt[t.end]];
    if ((prev && prev.tag === 'x' && isHan(prev.word[0])) || (next && next.tag === 'x' && isHan(next.word[0]))) continue;
    if (end - t.start >= 2 && looksLikeName(ctx, name) && followScore(ctx, end) >= 1) out.push(person(t.start, end, name, 35, 'unknown-word'));
  }
  // A common word is no name (解忧, 特别), except in a byline.
  const kept = out.filter((c) => c.protect || c.rule === 'known' || c.rule === 'foreign-dot' || c.rule === 'jieba-nr-foreign' || !dictionaryWord(ctx, c.name));
  const listed = listMates(ctx, kept);
  return [...kept, ...listed, ...propagate(ctx, [...kept, ...listed])];
}

/** Transliterated words that end like things, not people (吉普车, 尤伯杯, 斯诺克). */
const NOT_FOREIGN_END = /[车杯赛机酒茶岛山河湖港城州省市县区镇村丁克诺尔沃]$/;

const FOLLOW_CHARS = new Set(['是', '的', '在', '说', '和', '与', '也', '就', '还', '将']);

/** True inside 《…》 (songs, books): names there are titles' words. */
function inBookTitle(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 30), pos);
  const open = before.lastIndexOf('《');
  return open >= 0 && open > before.lastIndexOf('》');
}

/** True when a title ends right at `i` (快递员马师傅). */
function titleEndsAt(index: PeopleIndex, text: string, i: number): boolean {
  for (let len = 2; len <= 5 && len <= i; len++) if (index.titles.get(text.slice(i - len, i)) !== undefined) return true;
  return false;
}

/**
 * A name with a surname that is also a common word (和, 向) after a title: no dictionary word
 * unless jieba reads it as a name, or a speech verb right after it (咨询师和丽介绍).
 */
function rareNameOk(ctx: Ctx, start: number, end: number, given: string): boolean {
  const name = ctx.text.slice(start, end);
  const nameTag = ctx.seg.wordTag(name);
  const rest = ctx.text.slice(end, end + 4);
  const speech = [...ctx.lex.speechVerbs].some((v) => rest.startsWith(v));
  // 职工和新(就业): a surname read as a conjunction or preposition needs a speech verb after it.
  const t = ctx.tokens[ctx.tokenStartingAt[start]];
  const particle = !!t && t.word.length === 1 && /^(c|p)$/.test(t.tag);
  const clearEnd = given.length >= 2 || speech || !particle || /^nr/.test(nameTag ?? '');
  if ((nameTag === null || /^nr/.test(nameTag)) && clearEnd && (given.length < 2 || ctx.seg.wordTag(given) === null)) return true;
  return speech && !givenIsWord(ctx, given);
}

function dictionaryWord(ctx: Ctx, name: string): boolean {
  const tag = ctx.seg.wordTag(name);
  return tag !== null && !/^(nr|x|ns|nz|nt|j|eng)/.test(tag);
}

function foreignRun(ctx: Ctx, i: number): number {
  let k = i;
  while (k < ctx.text.length && k - i < 8 && ctx.lex.foreignNameChars.has(ctx.text[k])) k++;
  return k;
}

/** Start of a run of transliteration characters (or dotted parts) ending at `end`. */
function foreignRunBack(ctx: Ctx, end: number): number {
  let k = end;
  while (k > 0 && end - k < 10 && (ctx.lex.foreignNameChars.has(ctx.text[k - 1]) || (ctx.text[k - 1] === '·' && k < end))) k--;
  if (ctx.text[k] === '·') k++;
  return k;
}

function dottedForeign(ctx: Ctx, i: number): number {
  let k = foreignRun(ctx, i);
  if (k - i < 2 || ctx.text[k] !== '·') return -1;
  let parts = 1;
  while (ctx.text[k] === '·') {
    const next = foreignRun(ctx, k + 1);
    if (next - (k + 1) < 2) break;
    k = next;
    parts++;
  }
  return parts >= 2 ? k : -1;
}

/** Names listed with a person (王霞光、李长云; 张孝华、张友香父子) are people too. */
function listMates(ctx: Ctx, found: Candidate[]): Candidate[] {
  const { text, lex } = ctx;
  const out: Candidate[] = [];
  const seen = new Set(found.map((c) => `${c.start}:${c.end}`));
  const consider = (start: number, end: number): void => {
    const s = text.slice(start, end);
    if (seen.has(`${start}:${end}`)) return;
    const chinese = looksLikeName(ctx, s) && s.length <= 3 && !dictionaryWord(ctx, s) && !surnameAt(ctx, start)?.rare;
    const foreign = s.length >= 2 && s.length <= 8 && [...s].every((ch) => lex.foreignNameChars.has(ch) || ch === '·');
    if (chinese || foreign) {
      seen.add(`${start}:${end}`);
      out.push(person(start, end, s, 48, 'list'));
    }
  };
  for (const c of found) {
    if (c.priority < 50) continue;
    // The item after: 、NAME then a separator, a cue or the end.
    if (text[c.end] === '、') {
      const s = c.end + 1;
      let e = s;
      while (e < text.length && isHan(text[e]) && e - s < 8) e++;
      for (let k = Math.min(e, s + 3); k >= s + 2; k--) if (followScore(ctx, k) >= 2) { consider(s, k); break; }
    }
    // The item before: NAME、 right before this one.
    if (text[c.start - 1] === '、') {
      const e = c.start - 1;
      let s = e;
      while (s > 0 && isHan(text[s - 1]) && e - s < 8) s--;
      for (let k = Math.max(s, e - 3); k <= e - 2; k++) if (k === 0 || !isHan(text[k - 1]) || isBoundary(ctx, k)) { consider(k, e); break; }
    }
  }
  return out;
}

/** Every other occurrence of a name that a strong rule found, where it stands on its own. */
function propagate(ctx: Ctx, found: Candidate[]): Candidate[] {
  const { text } = ctx;
  const names = new Set(found.filter((c) => c.priority >= 50).map((c) => c.name));
  const out: Candidate[] = [];
  for (const name of names) {
    if (name.length < 2) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      if (found.some((c) => c.start === i && c.end === end)) continue;
      const left = i === 0 || !isHan(text[i - 1]) || isBoundary(ctx, i);
      if (left && followScore(ctx, end) >= 2) out.push(person(i, end, name, 52, 'propagated'));
    }
  }
  return out;
}
