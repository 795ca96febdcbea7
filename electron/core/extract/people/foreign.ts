import { isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import { isBoundary } from '../context';
import type { Recogniser } from '../rules/recogniser';
import { followScore, person } from './names';
import type { PeopleIndex } from './people-index';

/** The transliteration characters by code unit (1 = listed), made once per set. */
const foreignTables = new WeakMap<ReadonlySet<string>, Uint8Array>();

/**
 * True when `text[k]` is a transliteration character (`chars.has(text[k])` without making a
 * one-character string; false outside the text).
 */
export function foreignCharAt(chars: ReadonlySet<string>, text: string, k: number): boolean {
  let table = foreignTables.get(chars);
  if (!table) {
    table = new Uint8Array(65536);
    for (const ch of chars) if (ch.length === 1) table[ch.charCodeAt(0)] = 1;
    foreignTables.set(chars, table);
  }
  return table[text.charCodeAt(k)] === 1;
}

/** End of a run of transliteration characters starting at `i` (at most 8). */
export function foreignRun(ctx: Ctx, i: number): number {
  let k = i;
  while (k < ctx.text.length && k - i < 8 && foreignCharAt(ctx.lex.foreignNameChars, ctx.text, k)) k++;
  return k;
}

/** Start of a run of transliteration characters (or dotted parts) ending at `end`. */
export function foreignRunBack(ctx: Ctx, end: number): number {
  let k = end;
  while (k > 0 && end - k < 10 && (foreignCharAt(ctx.lex.foreignNameChars, ctx.text, k - 1) || (ctx.text[k - 1] === '·' && k < end))) k--;
  if (ctx.text[k] === '·') k++;
  return k;
}

/** End of a dotted foreign name starting at `i` (科菲·安南), or -1. */
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

/** Foreign names joined by a middle dot: 科菲·安南, after a boundary or a title. */
function findDotted(ctx: Ctx, index: PeopleIndex): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  if (!text.includes('·')) return out;
  for (let i = 0; i < text.length; i++) {
    if (!foreignCharAt(ctx.lex.foreignNameChars, text, i) || !isHanAt(text, i) || text[i - 1] === '·') continue;
    let end = dottedForeign(ctx, i);
    if (end < 0) continue;
    const titled = () => !!index.titles.get(text.slice(Math.max(0, i - 2), i)) || !!index.titles.get(text.slice(Math.max(0, i - 3), i));
    if (!(i === 0 || !isHanAt(text, i - 1) || isBoundary(ctx, i) || titled())) continue;
    // The last part may run on past the characters listed (托马肖): to the end of its word.
    const last = ctx.tokens[ctx.tokenAt[end - 1]];
    if (end > 0 && last && last.end > end && last.end - end <= 2 && /^(x|nr|nrt)$/.test(last.tag) && followScore(ctx, end) < 2 && followScore(ctx, last.end) >= 2) end = last.end;
    if (end > 0) out.push(person(i, end, text.slice(i, end), 'person.foreign-dot'));
  }
  return out;
}

/** Dotted foreign names. */
export const dottedForeignRules: Recogniser = {
  emits: ['person.foreign-dot'],
  run: (ctx, env) => findDotted(ctx, env.idx.people),
};
