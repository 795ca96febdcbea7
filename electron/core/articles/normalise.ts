// Zero-width space, joiners, word joiner and stray BOMs: invisible, and they break matching.
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/**
 * Normalises decoded text: line endings to `\n`, Unicode NFC, zero-width characters removed.
 * Full-width punctuation and traditional characters are kept as they are.
 */
export function normaliseText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').normalize('NFC').replace(ZERO_WIDTH, '');
}

/** Collapses every run of whitespace to one space and trims: the form content ids are computed on. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
