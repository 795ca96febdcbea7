import type { EntityMention } from '../../../shared/types';
import type { SentenceSpan } from '../sentences';
import type { RelationSink } from './sink';

// `(作者单位:X)` closing a commentary or a legal column: the organisation the author writes for.
const UNIT_CUE = /作者单位\s*[:：]\s*$/;
// A credit line naming the author: `□张三`, `文/张三`, `文｜张三`, `作者 张三`, or the name alone.
const CREDIT_LINE = /^\s*(?:□|■|文\s*[/／|｜]|作者\s*[:：]?)?\s*$/;

/** The organisation an article names as its author's unit (`(作者单位:X)`), if any. */
export function findAuthorUnit(text: string, top: readonly EntityMention[]): EntityMention | null {
  return top.find((m) => m.type === 'organisation' && UNIT_CUE.test(text.slice(Math.max(0, m.start - 8), m.start))) ?? null;
}

/**
 * `role` from the author credit (`□张三`, `文/张三`, a name alone on its line) to the author's unit,
 * labelled 作者单位, with the unit's line as evidence.
 */
export function emitAuthorRoles(text: string, top: readonly EntityMention[], unit: EntityMention, sentenceOf: (m: EntityMention) => SentenceSpan | null, sink: RelationSink): void {
  const span = sentenceOf(unit) ?? { start: text.lastIndexOf('\n', unit.start) + 1, end: unit.end + 1 };
  for (const m of top) {
    if (m.type !== 'person') continue;
    const lineStart = text.lastIndexOf('\n', m.start) + 1;
    let lineEnd = text.indexOf('\n', m.end);
    if (lineEnd < 0) lineEnd = text.length;
    if (CREDIT_LINE.test(text.slice(lineStart, m.start)) && text.slice(m.end, lineEnd).trim() === '') sink.add('role', m, unit, '作者单位', span);
  }
}

/** True when `pos` stands inside a quotation opened earlier in its paragraph (someone else speaking). */
export function insideQuote(text: string, pos: number): boolean {
  let depth = 0;
  for (let i = text.lastIndexOf('\n', pos - 1) + 1; i < pos; i++) {
    if (text[i] === '“') depth++;
    else if (text[i] === '”' && depth > 0) depth--;
  }
  return depth > 0;
}
