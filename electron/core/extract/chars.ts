/** True for a CJK ideograph (the BMP blocks news text uses). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  return isHanCode(ch.charCodeAt(0));
}

/** True for the code unit of a CJK ideograph. */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** True when `text[i]` is a CJK ideograph (false outside the text), without making a string of it. */
export function isHanAt(text: string, i: number): boolean {
  return isHanCode(text.charCodeAt(i));
}

/** True for whitespace, punctuation and symbols: characters no name starts or ends with. */
export function isBreak(ch: string | undefined): boolean {
  if (!ch) return true;
  const c = ch.charCodeAt(0);
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return false;
  return BREAK.test(ch);
}

const BREAK = /[\s\p{P}\p{S}]/u;

export const OPEN_QUOTES = new Set(['“', '‘', '「', '『', '"']);
export const CLOSE_QUOTE: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '"': '"' };
const QUOTE_CHARS = /[“”‘’「」『』"]/g;

/** Removes quote marks (canonical names of organisations and most programs carry none). */
export function stripQuotes(s: string): string {
  return s.replace(QUOTE_CHARS, '');
}

/** Collapses runs of whitespace to one space and trims. */
export function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
