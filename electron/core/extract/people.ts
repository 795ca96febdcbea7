import { isBreak, isHan } from './chars';
import type { Candidate, Ctx } from './context';
import { isBoundary } from './context';
import { DictMatcher } from './dict-matcher';
import type { AppLexicons } from './lexicons';
import { chooseNameEnd, chooseNameStart, followScore, givenIsWord, looksLikeName, surnameAt } from './person-names';

/** Titles, speech verbs, honorifics and byline roles as matchers, built once per lexicon set. */
export interface PeopleIndex {
  known: DictMatcher<string>;
  titles: DictMatcher<true>;
  after: DictMatcher<true>;
  roles: DictMatcher<true>;
}

const cache = new WeakMap<AppLexicons, PeopleIndex>();

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

const person = (start: number, end: number, name: string, priority: number, rule: string, protect = false): Candidate => ({
  type: 'person',
  start,
  end,
  name,
  priority,
  rule,
  protect,
});

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
      if (i === 0 || !isHan(text[i - 1]) || isBoundary(ctx, i)) out.push(person(i, m.end, m.value, 58, 'known'));
    }
    // A title ending here, then a name.
    for (const m of index.titles.matchesAt(text, i)) {
      if (!isBoundary(ctx, i) && isHan(text[i - 1])) continue;
      const end = chooseNameEnd(ctx, m.end, 2);
      if (end > 0 && !surnameAt(ctx, m.end)?.rare) out.push(person(m.end, end, text.slice(m.end, end), 56, 'title'));
      else {
        const foreign = foreignRun(ctx, m.end);
        if (foreign > m.end + 1 && followScore(ctx, foreign) >= 2) out.push(person(m.end, foreign, text.slice(m.end, foreign), 50, 'title-foreign'));
      }
      break;
    }
    // A title or speech verb starting here, after a name.
    const cue = index.after.matchesAt(text, i)[0];
    if (cue && i >= 2) {
      const start = chooseNameStart(ctx, i, true);
      if (start >= 0) out.push(person(start, i, text.slice(start, i), 55, 'cue-after'));
      else {
        const from = foreignRunBack(ctx, i);
        if (from <= i - 2 && (from === 0 || !isHan(text[from - 1]) || isBoundary(ctx, from))) out.push(person(from, i, text.slice(from, i), 50, 'cue-after-foreign'));
      }
    }
    // Surname + honorific.
    const sur = surnameAt(ctx, i);
    if (sur && (isBoundary(ctx, i) || !isHan(text[i - 1]))) {
      for (const h of lex.honorifics) {
        if (text.startsWith(h, i + sur.len) && followScore(ctx, i + sur.len + h.length) >= 1 && !sur.rare) {
          out.push(person(i, i + sur.len + h.length, text.slice(i, i + sur.len + h.length), 57, 'honorific'));
        }
      }
    }
    // Foreign names joined by a middle dot: 科菲·安南.
    if (text[i - 1] !== '·' && (i === 0 || !isHan(text[i - 1]) || isBoundary(ctx, i) || index.titles.get(text.slice(Math.max(0, i - 2), i)) || index.titles.get(text.slice(Math.max(0, i - 3), i)))) {
      let end = dottedForeign(ctx, i);
      // The last part may run on past the characters listed (托马肖): to the end of its word.
      const last = ctx.tokens[ctx.tokenAt[end - 1]];
      if (end > 0 && last && last.end > end && last.end - end <= 2 && /^(x|nr|nrt)$/.test(last.tag)) end = last.end;
      if (end > 0) out.push(person(i, end, text.slice(i, end), 54, 'foreign-dot'));
    }
  }
  for (const t of ctx.tokens) {
    if (!/^nr/.test(t.tag) || t.word.length < 2 || t.word.length > 4) continue;
    const foreign = [...t.word].every((ch) => lex.foreignNameChars.has(ch)) && !NOT_FOREIGN_END.test(t.word);
    const sur = surnameAt(ctx, t.start);
    const chinese = looksLikeName(ctx, t.word) && t.word.length >= 3 && !!sur && !sur.rare && !givenIsWord(ctx, t.word.slice(sur.len));
    if (inBookTitle(text, t.start)) continue;
    if ((foreign && t.word.length >= 3) || chinese) {
      out.push(person(t.start, t.end, t.word, 40, 'jieba-nr'));
    }
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
  const kept = out.filter((c) => c.protect || !dictionaryWord(ctx, c.name));
  return [...kept, ...propagate(ctx, kept)];
}

/** Transliterated words that end like things, not people (吉普车, 尤伯杯, 斯诺克). */
const NOT_FOREIGN_END = /[车杯赛机酒茶岛山河湖港城州省市县区镇村丁克诺尔沃]$/;

const FOLLOW_CHARS = new Set(['是', '的', '在', '说', '和', '与', '也', '就', '还', '将']);

/** True inside 《…》 (songs, books): names there are titles' words. */
function inBookTitle(text: string, pos: number): boolean {
  const open = text.lastIndexOf('《', pos);
  return open >= 0 && open > text.lastIndexOf('》', pos - 1) && pos - open < 30;
}

function dictionaryWord(ctx: Ctx, name: string): boolean {
  const tag = ctx.seg.wordTag(name);
  return tag !== null && !/^(nr|x)/.test(tag);
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

/** Bylines: a credit (记者, 本报通讯员, 摄影) then names, or names before 摄 or in a line of credits. */
function findBylines(ctx: Ctx, index: PeopleIndex): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const nameChunk = (start: number): number => {
    let k = start;
    while (k < text.length && isHan(text[k]) && k - start < 5) k++;
    const chunk = text.slice(start, k);
    if (chunk.length >= 2 && chunk.length <= 4 && looksLikeName(ctx, chunk) && (k >= text.length || isBreak(text[k]) || index.roles.matchesAt(text, k).length || text[k] === '摄')) return k;
    const end = chooseNameEnd(ctx, start, 3);
    return end > 0 && (isBreak(text[end]) || /^(报道|摄|电)/.test(text.slice(end, end + 2))) ? end : -1;
  };
  for (let i = 0; i < text.length; i++) {
    const role = index.roles.matchesAt(text, i)[0];
    if (!role) continue;
    // A credit opens a byline: after a bracket, a space, the line start or 本报/新华社.
    const before = text[i - 1];
    if (i > 0 && !/[\s(（【[、，,:：]/.test(before) && !/[社报台站网]/.test(before)) continue;
    let k = role.end;
    // Names after the credit: "记者李娜 通讯员潘文苑", "通讯员顾卫东 丁闻".
    for (;;) {
      while (text[k] === ' ' || text[k] === '\u3000' || text[k] === '、') k++;
      if (index.roles.matchesAt(text, k).length) break;
      const end = nameChunk(k);
      if (end < 0) break;
      out.push(person(k, end, text.slice(k, end), 90, 'byline', true));
      k = end;
      if (text[k] !== ' ' && text[k] !== '\u3000' && text[k] !== '、') break;
    }
    i = Math.max(i, role.end - 1);
  }
  // A line made only of names and credits: "杨明清 本报记者 张楠 本报通讯员 赵可欣".
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const chunks = line.trim().split(/[\s\u3000]+/).filter(Boolean);
    const isCredit = (c: string): boolean => index.roles.get(c) !== undefined || c === '摄';
    if (chunks.length >= 2 && chunks.some(isCredit) && chunks.every((c) => isCredit(c) || looksLikeName(ctx, c))) {
      let from = lineStart;
      for (const c of chunks) {
        const at = text.indexOf(c, from);
        if (!isCredit(c)) out.push(person(at, at + c.length, c, 90, 'byline-line', true));
        from = at + c.length;
      }
    }
    // "… 本报记者 杨登峰 摄" at the end of a caption.
    const m = /([\u4e00-\u9fff]{2,4})[\s\u3000]*摄\s*$/.exec(line);
    if (m && looksLikeName(ctx, m[1]) && (m.index === 0 || /[\s\u3000]/.test(line[m.index - 1]) || index.roles.get(line.slice(Math.max(0, m.index - 4), m.index).trim()) !== undefined)) {
      out.push(person(lineStart + m.index, lineStart + m.index + m[1].length, m[1], 90, 'byline-photo', true));
    }
    lineStart += line.length + 1;
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
