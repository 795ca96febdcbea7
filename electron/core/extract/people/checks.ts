import type { Ctx } from '../context';
import { givenIsWord } from './names';
import type { PeopleIndex } from './people-index';

/** True inside 《…》 (songs, books): names there are titles' words. */
export function inBookTitle(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 30), pos);
  const open = before.lastIndexOf('《');
  return open >= 0 && open > before.lastIndexOf('》');
}

/** True when a title ends right at `i` (快递员马师傅). */
export function titleEndsAt(index: PeopleIndex, text: string, i: number): boolean {
  for (let len = 2; len <= 5 && len <= i; len++) if (index.titles.get(text.slice(i - len, i)) !== undefined) return true;
  return false;
}

/** True when `name` is a dictionary word of another kind than a name (解忧, 特别). */
export function dictionaryWord(ctx: Ctx, name: string): boolean {
  const tag = ctx.seg.wordTag(name);
  return tag !== null && !/^(nr|x|ns|nz|nt|j|eng)/.test(tag);
}

/**
 * A name with a surname that is also a common word (和, 向) after a title: no dictionary word
 * unless jieba reads it as a name, or a speech verb right after it (咨询师和丽介绍).
 */
export function rareNameOk(ctx: Ctx, start: number, end: number, given: string): boolean {
  const name = ctx.text.slice(start, end);
  const nameTag = ctx.seg.wordTag(name);
  const rest = ctx.text.slice(end, end + 4);
  const speech = [...ctx.lex.speechVerbs].some((v) => rest.startsWith(v));
  // 职工和新(就业): a surname read as a conjunction or preposition needs a speech verb after it.
  const t = ctx.tokens[ctx.tokenStartingAt[start]];
  const particle = !!t && t.word.length === 1 && /^(c|p)$/.test(t.tag);
  const clearEnd = given.length >= 2 || speech || !particle || /^nr/.test(nameTag ?? '');
  // 徒弟于小川在: a given name the dictionary knows as a name (小川/nr) is still a given name,
  // unless the surname reads as a conjunction joining two nouns (党员和师生/nr).
  const givenTag = ctx.seg.wordTag(given);
  const nameGiven = /^nr/.test(givenTag ?? '') && !(t && t.word.length === 1 && t.tag === 'c');
  if ((nameTag === null || /^nr/.test(nameTag)) && clearEnd && (given.length < 2 || givenTag === null || nameGiven)) return true;
  // 主席余国庆说: a given name may be a noun or a date word (国庆, 建业) when a speech verb follows.
  return speech && (!givenIsWord(ctx, given) || (given.length === 2 && /^(n|t)$/.test(givenTag ?? '')));
}
