import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DictMatcher } from '../../../electron/core/extract/dict-matcher';

/** Every key that starts at `i`, longest first: what the matcher must return. */
function naive(keys: Map<string, number>, text: string, i: number): Array<{ end: number; key: string; value: number }> {
  const out: Array<{ end: number; key: string; value: number }> = [];
  for (const [key, value] of keys) if (i >= 0 && text.startsWith(key, i)) out.push({ end: i + key.length, key, value });
  return out.sort((a, b) => b.end - a.end);
}

describe('DictMatcher', () => {
  it('finds every entry starting at an offset, longest first, with the first value added', () => {
    const m = new DictMatcher<number>();
    for (const [k, v] of [['北京', 1], ['北京市', 2], ['北', 3], ['北京市朝阳区', 4], ['北京', 5]] as const) m.add(k, v);
    expect(m.matchesAt('在北京市朝阳区', 1)).toEqual([
      { end: 7, key: '北京市朝阳区', value: 4 },
      { end: 4, key: '北京市', value: 2 },
      { end: 3, key: '北京', value: 1 },
      { end: 2, key: '北', value: 3 },
    ]);
    expect(m.matchesAt('在北京市朝阳区', 0)).toEqual([]);
    expect(m.matchesAt('北京', 2)).toEqual([]);
    expect(m.matchesAt('北京', -1)).toEqual([]);
    expect(m.longestAt('在北京市朝阳区', 1)).toEqual({ end: 7, key: '北京市朝阳区', value: 4 });
    expect(m.longestEnd('在北京市朝阳', 1)).toBe(4);
    expect(m.longestAt('在北京市朝阳区', 0)).toBeUndefined();
    expect(m.longestEnd('北京', -1)).toBe(-1);
    expect(m.size).toBe(4);
    expect(m.get('北京')).toBe(1);
  });

  it('agrees with a scan of every key on random texts', () => {
    const alphabet = fc.constantFrom('北', '京', '市', '区', 'a', '𠀀');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 400 }), fc.array(alphabet, { maxLength: 30 }), (words, chars) => {
        const text = chars.join('');
        const m = new DictMatcher<number>();
        const keys = new Map<string, number>();
        words.forEach((w, k) => {
          m.add(w, k);
          if (!keys.has(w)) keys.set(w, k);
        });
        for (let i = -1; i <= text.length; i++) {
          const want = naive(keys, text, i);
          expect(m.matchesAt(text, i)).toEqual(want);
          if (want.length) expect(m.mayStartAt(text, i)).toBe(true);
          expect(m.longestAt(text, i)).toEqual(want[0]);
          expect(m.longestEnd(text, i)).toBe(want.length ? want[0].end : -1);
        }
      }),
    );
  });
});
