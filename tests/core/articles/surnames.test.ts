import { describe, expect, it } from 'vitest';
import { hasCompoundSurname, looksLikePersonName } from '../../../electron/core/articles/surnames';
import { loadSurnames } from '../../../electron/core/lexicon';

describe('the byline reader reads surnames from data/lexicons/surnames.txt', () => {
  it('takes every row, rare or not, and the traditional forms', () => {
    const surnames = loadSurnames();
    expect(surnames.get('于')).toEqual({ rare: true });
    expect(looksLikePersonName('于海洋')).toBe(true);
    expect(looksLikePersonName('張海洋')).toBe(true);
    expect(looksLikePersonName('司空明')).toBe(true);
    expect(hasCompoundSurname('司空明')).toBe(true);
  });

  it('refuses words that start with no surname', () => {
    expect(looksLikePersonName('活动现场')).toBe(false);
    expect(looksLikePersonName('王')).toBe(false);
    expect(hasCompoundSurname('王海洋')).toBe(false);
  });
});
