import { describe, expect, it } from 'vitest';
import { TagCache } from '../../../electron/core/extract/tag-cache';

/** A tag that depends on every code unit of the word, so that a mixed-up slot shows. */
function tagOf(word: string): string {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) % 97;
  return `t${h}/${word.length}`;
}

describe('TagCache', () => {
  it('answers what the lookup answers, for words of any length, met once or again', () => {
    // Ideographs, ASCII, and the extreme code units (0, a lone surrogate, 0xffff), whose keys are negative or zero.
    const units = [0, 0x41, 0x61, 0x31, 0x4e00, 0x4e01, 0x7530, 0x9fa5, 0xd800, 0xff0c, 0xffff];
    let seed = 7;
    const next = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const words: string[] = [];
    for (let k = 0; k < 5000; k++) words.push(String.fromCharCode(...Array.from({ length: 1 + next(4) }, () => units[next(units.length)])));
    const cache = new TagCache(tagOf);
    const twice = [...words, ...words];
    expect(twice.map((w) => cache.get(w))).toEqual(twice.map(tagOf));
  });

  it('stays right when its two-unit table fills and starts again', () => {
    let lookups = 0;
    const cache = new TagCache((w) => (lookups++, tagOf(w)));
    const words: string[] = [];
    for (let a = 0x4e00; words.length < 70_000; a++) for (let b = 0x4e00; b < 0x4e00 + 100; b++) words.push(String.fromCharCode(a, b));
    expect(words.map((w) => cache.get(w))).toEqual(words.map(tagOf));
    expect(lookups).toBe(words.length);
    // Words seen since the last clearing are answered from the table.
    const last = words.slice(-1000);
    expect(last.map((w) => cache.get(w))).toEqual(last.map(tagOf));
    expect(lookups).toBe(words.length);
  });
});
