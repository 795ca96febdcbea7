import { isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import { isBoundary } from '../context';
import { DictMatcher } from '../dict-matcher';
import type { AppLexicons } from '../lexicons';
import type { Recogniser } from '../rules/recogniser';
import { inBookTitle, titleEndsAt } from './checks';
import { chooseNameEnd, followScore, givenIsWord, person, surnameAt } from './names';
import type { PeopleIndex } from './people-index';

const honorificMatchers = new WeakMap<AppLexicons, DictMatcher<true>>();

function honorificMatcher(lex: AppLexicons): DictMatcher<true> {
  let m = honorificMatchers.get(lex);
  if (!m) {
    m = new DictMatcher<true>();
    for (const h of lex.honorifics) m.add(h, true);
    honorificMatchers.set(lex, m);
  }
  return m;
}

/** Surname + honorific (王先生); a prefix or an occupation may be glued to the surname (老王师傅, 快递员马师傅). */
function findHonorifics(ctx: Ctx, index: PeopleIndex): Candidate[] {
  const { text, lex } = ctx;
  const out: Candidate[] = [];
  const honorifics = honorificMatcher(lex);
  for (let i = 0; i < text.length; i++) {
    if (!isHanAt(text, i)) continue;
    const sur = surnameAt(ctx, i);
    if (!sur || sur.rare || !honorifics.mayStartAt(text, i + sur.len)) continue;
    if (!(isBoundary(ctx, i) || !isHanAt(text, i - 1) || text[i - 1] === '老' || text[i - 1] === '小' || titleEndsAt(index, text, i))) continue;
    for (const h of lex.honorifics) {
      const end = i + sur.len + h.length;
      if (text.startsWith(h, i + sur.len) && followScore(ctx, end) >= 1) out.push(person(i, end, text.slice(i, end), 'person.honorific'));
    }
  }
  return out;
}

/** A compound surname is distinctive: 欧阳振东(左) needs no cue. */
function findCompound(ctx: Ctx): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHanAt(text, i)) continue;
    const sur = surnameAt(ctx, i);
    if (!sur || sur.len !== 2 || sur.rare || !(isBoundary(ctx, i) || !isHanAt(text, i - 1))) continue;
    const end = chooseNameEnd(ctx, i, 2);
    if (end > 0 && !givenIsWord(ctx, text.slice(i + 2, end)) && !inBookTitle(text, i)) out.push(person(i, end, text.slice(i, end), 'person.compound'));
  }
  return out;
}

/** Surnames with an honorific. */
export const honorificRules: Recogniser = { emits: ['person.honorific'], run: (ctx, env) => findHonorifics(ctx, env.idx.people) };

/** Names with a compound surname. */
export const compoundRules: Recogniser = { emits: ['person.compound'], run: (ctx) => findCompound(ctx) };
