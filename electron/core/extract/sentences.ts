import type { EntityMention } from '../../shared/types';

/** A sentence as a span of the text it came from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** 。！？!?；; and the line break. */
function isTerminator(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b || c === 0x0a;
}

/** ”’」』)）"' */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x29 || c === 0xff09 || c === 0x22 || c === 0x27;
}

/** What `/\s/` matches in one UTF-16 code unit: ECMAScript white space and line terminators. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The longest sentence: a longer run is cut at a clause mark (or anywhere), so that work per sentence stays bounded. */
export const MAX_SENTENCE = 300;

/** ，、,：:  and white space: where an over-long sentence may be cut. */
function isClauseMark(c: number): boolean {
  return c === 0xff0c || c === 0x3001 || c === 0x2c || c === 0xff1a || c === 0x3a || isSpace(c);
}

/**
 * Splits a text into sentence spans: after 。！？；!?; (with any closing quotes that follow)
 * and at line breaks. Spans cover every non-space character exactly once and are trimmed. A
 * run longer than MAX_SENTENCE characters (a page without punctuation) is cut after its last
 * clause mark within the limit, else at the limit.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const n = text.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    if (!isTerminator(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < n && isCloser(text.charCodeAt(end))) end++;
    pushTrimmed(spans, text, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(spans, text, start, n);
  return spans;
}

/** Adds the span [start, end) without its leading and trailing white space, unless nothing is left. */
function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE) {
    let cut = s + MAX_SENTENCE;
    for (let k = cut; k > s + MAX_SENTENCE / 3; k--) {
      if (isClauseMark(text.charCodeAt(k - 1))) {
        cut = k;
        break;
      }
    }
    // Never between the two halves of a surrogate pair.
    const c = text.charCodeAt(cut);
    if (c >= 0xdc00 && c <= 0xdfff && cut - 1 > s) cut--;
    let ce = cut;
    while (ce > s && isSpace(text.charCodeAt(ce - 1))) ce--;
    if (ce > s) spans.push({ start: s, end: ce });
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) spans.push({ start: s, end: e });
}

/** The mentions that lie inside the text, in text order (longer first at the same start). */
export function mentionsInOrder(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The outermost of mentions in text order, none overlapping the one before: what relations and
 * co-occurrence are read from (a place inside an organisation's name is left out).
 */
export function outermostMentions(ordered: readonly EntityMention[]): EntityMention[] {
  const top: EntityMention[] = [];
  let lastEnd = -1;
  for (const m of ordered) {
    if (m.start < lastEnd) continue;
    top.push(m);
    lastEnd = m.end;
  }
  return top;
}
