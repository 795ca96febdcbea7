import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLexiconDir, readLexiconRows } from '../../../electron/core/lexicon';
import { loadAppLexicons } from '../../../electron/core/extract/lexicons';

describe('the app lexicons', () => {
  const dir = findLexiconDir();
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

  it('are all found', () => {
    expect(files).toEqual(expect.arrayContaining(['surnames.txt', 'titles.txt', 'org-suffixes.txt', 'generic-words.txt']));
  });

  it('keep the role rows of titles.txt out of the titles that cue a name', () => {
    const lex = loadAppLexicons(dir);
    expect(lex.roleTitles).toContain('车间主任');
    expect(lex.roleTitles).toContain('会员');
    expect(lex.titles).not.toContain('会员');
    expect(lex.titles).toContain('秘书长');
    expect([...lex.roleTitles].filter((t) => lex.titles.has(t))).toEqual([]);
  });

  it('give each name or alias of a named list one entry', () => {
    for (const file of ['countries.txt', 'regions.txt', 'world-cities.txt', 'organisations.txt', 'people.txt', 'province-abbreviations.txt']) {
      const seen = new Map<string, number>();
      for (const cols of readLexiconRows(dir, file)) for (const name of new Set([...cols[0], ...(cols[1] ?? [])])) seen.set(name, (seen.get(name) ?? 0) + 1);
      expect([file, [...seen].filter(([, n]) => n > 1).map(([k]) => k)]).toEqual([file, []]);
    }
  });

  for (const file of files) {
    it(`list each entry of ${file} once`, () => {
      const seen = new Map<string, number>();
      for (const cols of readLexiconRows(dir, file)) seen.set(cols[0][0], (seen.get(cols[0][0]) ?? 0) + 1);
      expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
    });
  }
});
