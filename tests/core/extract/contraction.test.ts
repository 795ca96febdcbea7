import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isContraction } from '../../../electron/core/extract/coref';

/** The reading isContraction must keep: slices of the ends, then a subsequence of the characters. */
function reference(short: string, full: string): boolean {
  if (short.length < 5 || full.length < short.length + 3) return false;
  if (short.slice(0, 2) !== full.slice(0, 2) || short.slice(-2) !== full.slice(-2)) return false;
  let k = 0;
  for (const ch of full) if (k < short.length && ch === short[k]) k++;
  return k === short.length;
}

describe('isContraction', () => {
  it('reads a short form of one full name (中铁七局三公司 of 中铁七局集团第三工程有限公司)', () => {
    expect(isContraction('中铁七局三公司', '中铁七局集团第三工程有限公司')).toBe(true);
    expect(isContraction('中铁七局四公司', '中铁七局集团第三工程有限公司')).toBe(false);
  });

  it('agrees with the sliced reading on random names, surrogates included', () => {
    const ch = fc.constantFrom('中', '铁', '局', '公', '司', '𠀀', '\ud840', '\udc00');
    const name = fc.array(ch, { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(name, name, (short, full) => {
        expect(isContraction(short, full)).toBe(reference(short, full));
        expect(isContraction(short, short + full)).toBe(reference(short, short + full));
      }),
      { numRuns: 2000 },
    );
  });
});
