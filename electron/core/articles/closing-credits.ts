import type { BylineEntry } from '../../shared/types';
import type { TailCredit } from './byline';
import { creditWords, parseBylineLine } from './byline';
import { REPORTER_WORD } from './credit-words';
import { hasCompoundSurname, looksLikePersonName } from './surnames';

// Closing credits stand after a sentence's end, so a credit is only looked for there.
const AFTER_SENTENCE = '[。！？!?”」』]';
// Up to four names, a two-character one perhaps set with a space between its characters (`江 涛`), perhaps after a source (`江城市总工会`).
const NAMES_IN_BRACKETS = new RegExp(`(?<=${AFTER_SENTENCE})\\s*[（(]\\s*((?:\\p{Script=Han}{5,12}\\s+)?(?:\\p{Script=Han}{1,4}\\s+){0,7}\\p{Script=Han}{1,4})\\s*[)）]\\s*$`, 'u');
const INLINE = new RegExp(`(?<=${AFTER_SENTENCE})\\s*((?:${REPORTER_WORD})\\s*[^。！？!?“”"（）()]{2,40})$`, 'u');
const MAX_NAMES_LINE = 16;

/** A name of 2-3 characters, or 4 with a compound surname (a 4-character line is more often a headline). */
const plainName = (n: string): boolean => looksLikePersonName(n) && (n.length <= 3 || (n.length === 4 && hasCompoundSurname(n)));

/** Names separated by white space, each looking like a personal name; null otherwise. */
function namesOnly(text: string): string[] | null {
  const names = creditWords(text.trim(), /\s+/u);
  return names.length > 0 && names.length <= 4 && names.every(plainName) ? names : null;
}

// The place or unit a closing credit names before its author (`（江城 张三）`, `（江城市总工会 张三）`).
const SOURCE_WORD = /^\p{Script=Han}{2,12}$/u;

/**
 * The names of a bracketed closing credit: names only, or the place or unit the report came from
 * followed by the author's name(s) (`（江城 张三）`): the first word, no personal name, is the source.
 */
function creditNames(text: string): string[] | null {
  const names = namesOnly(text);
  if (names) return names;
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || !SOURCE_WORD.test(words[0]) || plainName(words[0])) return null;
  return namesOnly(words.slice(1).join(' '));
}

// A line of names in brackets, alone on its line: `(张三 李四)`.
const IN_BRACKETS = /^[（(]\s*([^（）()]*?)\s*[)）]$/u;

/**
 * Names in brackets closing an article's last paragraph, with no role: `…给予经费补助。(张三 李四)`,
 * perhaps after the place or unit the report came from (`(江城 张三)`). They credit the authors (作者). Only for the last paragraph: inside an article such brackets are
 * more often asides. Null when the paragraph does not end so.
 */
export function closingNames(paragraph: string): TailCredit | null {
  if (!/[)）]\s*$/u.test(paragraph)) return null;
  const m = NAMES_IN_BRACKETS.exec(paragraph.slice(-64));
  const names = m ? creditNames(m[1]) : null;
  if (!m || !names) return null;
  return { entries: names.map((name) => ({ name, role: '作者' })), start: paragraph.length - Math.min(64, paragraph.length) + m.index };
}

/**
 * A byline written on after the last sentence of a paragraph, without brackets:
 * `…晋升。 本报记者 张三 本报通讯员 李四`. Null when the paragraph does not end with one.
 */
export function inlineCredit(paragraph: string): TailCredit | null {
  const tail = paragraph.slice(-64);
  const m = INLINE.exec(tail);
  if (!m) return null;
  const entries = parseBylineLine(m[1]);
  return entries ? { entries, start: paragraph.length - tail.length + m.index } : null;
}

/**
 * A line that is nothing but one to four personal names (`王雪梅`, `张三 李四`, `韩 颖`), perhaps in
 * brackets (`(张三 李四)`): the authors' credit that some papers print on the last line of an article.
 * Null for any other line.
 */
export function bareNames(line: string): BylineEntry[] | null {
  if (line.length > MAX_NAMES_LINE + 2) return null;
  const bracketed = IN_BRACKETS.exec(line);
  const inside = bracketed ? bracketed[1] : line;
  if (inside.length > MAX_NAMES_LINE) return null;
  // Characters set wide with no brackets (`春 华 秋 实`) may be a headline: only one spaced name is taken so.
  if (!bracketed && /^\p{Script=Han}(?:\s+\p{Script=Han}){2,}$/u.test(inside)) return null;
  const names = bracketed ? creditNames(inside) : namesOnly(inside);
  return names ? names.map((name) => ({ name, role: '作者' })) : null;
}
