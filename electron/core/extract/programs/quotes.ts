import { isBreak, OPEN_QUOTES, CLOSE_QUOTE } from '../chars';

/** A quoted span: the quote marks at `open` and `close`, the content between. */
export interface Quote {
  open: number;
  close: number;
  content: string;
}

/**
 * Quoted spans of a text, outer and nested (“‘工’益杯” gives both), on one line, at most
 * 80 characters long.
 */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // “ ‘ 「 『 (a straight quote opens nothing: it also closes)
    if (c !== 0x201c && c !== 0x2018 && c !== 0x300c && c !== 0x300e) continue;
    const ch = text[i];
    if (!OPEN_QUOTES.has(ch)) continue;
    const closeCh = CLOSE_QUOTE[ch];
    let depth = 0;
    for (let k = i + 1; k < text.length && k - i <= 81; k++) {
      if (text[k] === '\n') break;
      if (text[k] === ch) depth++;
      else if (text[k] === closeCh) {
        if (depth === 0) {
          if (k > i + 1) out.push({ open: i, close: k, content: text.slice(i + 1, k) });
          break;
        }
        depth--;
      }
    }
  }
  return out;
}

/** True when the content is words only (no sentence punctuation): a possible name. */
export function nameLike(content: string, allowList = false): boolean {
  if (content.length < 2 || content.length > 40) return false;
  if (/^[\d\s.+%-]+$/.test(content)) return false;
  for (const ch of content) {
    if (ch === '、' && allowList) continue;
    if (isBreak(ch) && !/[\s·+＋—()（）‘’-]/.test(ch)) return false;
  }
  return true;
}
