import { splitSentences } from '../extract/sentences';

const ROLE_HINTS = ['记者', '通讯员', '摄', '作者', '特约'];
const OPENERS = new Set(['(', '（']);
const CLOSERS = new Set([')', '）']);

function nearRole(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  const after = text.slice(at + length, at + length + 3);
  return ROLE_HINTS.some((r) => before.includes(r)) || after.includes('摄');
}

/**
 * The span of the byline that credits `name` in an article's text: the parenthesis
 * `(记者李昱霖)` around it, or else the sentence of its line (`本报记者 杨登峰 摄`).
 * Prefers an occurrence next to a role word; null when the name is not in the text.
 */
export function bylineSpan(text: string, name: string): { start: number; end: number } | null {
  if (!name) return null;
  let at = -1;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (at < 0) at = i;
    if (nearRole(text, i, name.length)) {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  const end = at + name.length;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  let open = -1;
  for (let i = at - 1; i >= lineStart; i--) {
    if (CLOSERS.has(text[i])) break;
    if (OPENERS.has(text[i])) {
      open = i;
      break;
    }
  }
  if (open >= 0) {
    for (let i = end; i < lineEnd; i++) {
      if (OPENERS.has(text[i])) break;
      if (CLOSERS.has(text[i])) return { start: open, end: i + 1 };
    }
  }
  const line = text.slice(lineStart, lineEnd);
  for (const s of splitSentences(line)) {
    if (lineStart + s.start <= at && end <= lineStart + s.end) return { start: lineStart + s.start, end: lineStart + s.end };
  }
  return { start: at, end };
}
