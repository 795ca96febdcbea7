/** A sentence as a span of the text it came from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';', '\n']);
const CLOSERS = new Set(['”', '’', '」', '』', ')', '）', '"', '\'']);

/**
 * Splits a text into sentence spans: after 。！？；!?; (with any closing quotes that follow)
 * and at line breaks. Spans cover every non-space character exactly once and are trimmed.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    if (!TERMINATORS.has(text[i])) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end])) end++;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return spans;
}
