import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../../electron/core/extract/sentences';
import type { SentenceSpan } from '../../../electron/core/extract/sentences';

/** The first implementation (a regex test per character), kept as the reference for the fast one. */
function referenceSplit(text: string): SentenceSpan[] {
  const terminators = new Set(['。', '！', '？', '!', '?', '；', ';', '\n']);
  const closers = new Set(['”', '’', '」', '』', ')', '）', '"', "'"]);
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
    if (!terminators.has(text[i])) continue;
    let end = i + 1;
    while (end < text.length && closers.has(text[end])) end++;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return spans;
}

// Characters that matter to the splitter, and some that do not.
const SPECIAL = [...'。！？!?；;\n”’」』)）"\'\t\r\v\f \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u180e\u200b'];
const ORDINARY = [...'工会深圳，、“‘(（a1\ud83d\ude00'];

describe('splitSentences', () => {
  it('splits after terminators and keeps closing quotes with their sentence', () => {
    const text = '“多亏了零工驿站！”近日,他说。第二句？\n新行';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['“多亏了零工驿站！”', '近日,他说。', '第二句？', '新行']);
  });

  it('trims exactly what /\\s/ matches, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`${ch}x${ch}`, `x${ch}。${ch}y`]) expect(splitSentences(text)).toEqual(referenceSplit(text));
    }
  });

  it('gives the same spans as the reference on any text', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...SPECIAL), fc.constantFrom(...ORDINARY), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(splitSentences(t)).toEqual(referenceSplit(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitSentences on over-long runs', () => {
  it('cuts a run longer than MAX_SENTENCE after a clause mark, covering every character once', () => {
    const clause = '工会组织职工参加技能培训和劳动竞赛，';
    const text = clause.repeat(60) + '结束。';
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    for (const s of spans.slice(0, -1)) expect(text[s.end - 1]).toBe('，');
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('cuts a run with no mark at all at the limit, never inside a surrogate pair', () => {
    const text = '工'.repeat(MAX_SENTENCE - 1) + '😀' + '会'.repeat(500);
    const spans = splitSentences(text);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    expect(spans[0].end).toBe(MAX_SENTENCE - 1);
  });
});
