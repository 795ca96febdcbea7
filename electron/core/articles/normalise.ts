// Zero-width space, joiners, word joiner and stray BOMs: invisible, and they break matching.
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
// Bidirectional controls (marks, embeddings, overrides, isolates): invisible in Chinese text, and
// able to make a name read differently from how it is stored.
const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
// A high surrogate without a low one after it, or a low one without a high one before it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/**
 * Normalises decoded text: line endings to `\n`, Unicode NFC, zero-width and bidirectional control
 * characters removed, lone surrogates (which no encoding can write) replaced by U+FFFD, so that
 * everything after this (the segmenter included) sees well-formed text.
 * Full-width punctuation and traditional characters are kept as they are.
 */
export function normaliseText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(LINE_BREAKS, '\n').normalize('NFC').replace(ZERO_WIDTH, '').replace(BIDI_CONTROLS, '');
}

/** Collapses every run of whitespace to one space and trims: the form content ids are computed on. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
