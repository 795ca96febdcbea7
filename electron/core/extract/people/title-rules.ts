import { isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import { isBoundary } from '../context';
import type { Recogniser } from '../rules/recogniser';
import { rareNameOk } from './checks';
import { foreignRun, foreignRunBack } from './foreign';
import { chooseNameEnd, chooseNameStart, followScore, person, surnameAt } from './names';
import type { PeopleIndex } from './people-index';

/** Tags of a two-character given name that is a verb or function word (开展, 工资/vn). */
const VERB_GIVEN = /^(v|vn|vd|d|ad|r|p|c|u|f|m|q)$/;

/** Well-known people, also inside a longer word (邓小平理论). */
function findKnown(ctx: Ctx, index: PeopleIndex): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHanAt(text, i)) continue;
    for (const m of index.known.matchesAt(text, i)) {
      if (i === 0 || !isHanAt(text, i - 1) || isBoundary(ctx, i) || m.end - i >= 3) out.push(person(i, m.end, m.value, 'person.known'));
    }
  }
  return out;
}

/** A title, then a name (秘书长夏海燕); a transliterated name after a title (总统叶利钦). */
function findAfterTitle(ctx: Ctx, index: PeopleIndex): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHanAt(text, i)) continue;
    for (const m of index.titles.matchesAt(text, i)) {
      // The title ends a word (财政部长, 省委副书记) or stands as one.
      const next = ctx.tokens[ctx.tokenAt[m.end]];
      if (!isBoundary(ctx, i) && isHanAt(text, i - 1) && !isBoundary(ctx, m.end) && !(next && /^(x|nr)/.test(next.tag))) continue;
      // 老师傅轮流: the title is the head of a longer word, and what follows is no name.
      if (!isBoundary(ctx, m.end) && next && next.start < m.end && next.end > m.end && next.tag !== 'x' && ctx.seg.wordTag(next.word) !== null) break;
      const end = chooseNameEnd(ctx, m.end, 1);
      const sur = surnameAt(ctx, m.end);
      const given = end > 0 && sur ? text.slice(m.end + sur.len, end) : '';
      // A name cut short before a one-character word (教师杨红梅带着) needs a full given name.
      const weakEnd = end > 0 && followScore(ctx, end) < 2 && given.length < 2;
      // 职工方开展工资…, 老板谈工资: a given name that is a verb or a function word needs a clear end.
      const verbGiven = given.length === 2 && VERB_GIVEN.test(ctx.seg.wordTag(given) ?? '') && followScore(ctx, end) < 3;
      const foreign = foreignRun(ctx, m.end);
      // A transliteration running past the Chinese reading (斯特罗耶夫) is the name.
      const foreignFirst = foreign > end && followScore(ctx, foreign) >= 2 && (end < 0 || followScore(ctx, end) < 2);
      if (end > 0 && !weakEnd && !verbGiven && !foreignFirst && (!sur?.rare || rareNameOk(ctx, m.end, end, given))) out.push(person(m.end, end, text.slice(m.end, end), 'person.title'));
      else if (foreign > m.end + 1 && followScore(ctx, foreign) >= 2) out.push(person(m.end, foreign, text.slice(m.end, foreign), 'person.title-foreign'));
      break;
    }
  }
  return out;
}

/** A name, then a title or speech verb (殷玲英说, 习近平总书记), Chinese or transliterated. */
function findBeforeCue(ctx: Ctx, index: PeopleIndex): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHanAt(text, i)) continue;
    if (i < 2) continue;
    const cue = index.after.longestAt(text, i);
    if (!cue) continue;
    // 总经理 covers 经理: the name ends before the longer title, not inside it (公司总经理).
    const inLonger = index.after.longestEnd(text, i - 1) >= cue.end || index.after.longestEnd(text, i - 2) >= cue.end;
    // The cue starts a word, or sits in an unknown word glued to the name (大学生 holds no 学生).
    const cueToken = ctx.tokens[ctx.tokenAt[i]];
    const cueAligned = !!cueToken && (cueToken.start === i || /^(x|nr)/.test(cueToken.tag));
    // 门机司机胡海波: the name follows the title, and the words before it qualify the title.
    const nameAfter = !!index.titles.get(cue.key) && chooseNameEnd(ctx, cue.end, 2) > 0;
    if (inLonger || !cueAligned || nameAfter) continue;
    const start = chooseNameStart(ctx, i, true, ctx.lex.speechVerbs.has(cue.key));
    if (start >= 0) out.push(person(start, i, text.slice(start, i), 'person.cue-after'));
    else {
      const from = foreignRunBack(ctx, i);
      // 普通司机: a run of transliteration characters that is an everyday word is no name.
      const word = ctx.seg.wordTag(text.slice(from, i));
      if (from <= i - 2 && (from === 0 || !isHanAt(text, from - 1) || isBoundary(ctx, from)) && !(word && !/^(nr|ns)/.test(word))) out.push(person(from, i, text.slice(from, i), 'person.cue-after-foreign'));
    }
  }
  return out;
}

/** People of people.txt. */
export const knownPersonRules: Recogniser = { emits: ['person.known'], run: (ctx, env) => findKnown(ctx, env.idx.people) };

/** A name after a title. */
export const titleRules: Recogniser = { emits: ['person.title', 'person.title-foreign'], run: (ctx, env) => findAfterTitle(ctx, env.idx.people) };

/** A name before a title or a speech verb. */
export const cueAfterRules: Recogniser = { emits: ['person.cue-after', 'person.cue-after-foreign'], run: (ctx, env) => findBeforeCue(ctx, env.idx.people) };
