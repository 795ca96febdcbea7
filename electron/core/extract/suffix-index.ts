/** Words found by their last character: which of them end a text at an offset, longest first. */
export class SuffixIndex {
  private readonly byLast = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!w) continue;
      const c = w.charCodeAt(w.length - 1);
      const list = this.byLast.get(c) ?? [];
      if (!list.includes(w)) list.push(w);
      this.byLast.set(c, list);
    }
    for (const list of this.byLast.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The words of at most `maxLen` characters that end `text` at `end` (and start at or after `from`), longest first. */
  endingAt(text: string, end: number, maxLen = Infinity, from = 0): string[] {
    const list = end > 0 ? this.byLast.get(text.charCodeAt(end - 1)) : undefined;
    if (!list) return [];
    return list.filter((w) => w.length <= maxLen && end - w.length >= from && text.endsWith(w, end));
  }

  /** The longest word of at most `maxLen` characters that ends `text` at `end` (starting at or after `from`), or null. */
  longestAt(text: string, end: number, maxLen = Infinity, from = 0): string | null {
    const list = end > 0 ? this.byLast.get(text.charCodeAt(end - 1)) : undefined;
    if (!list) return null;
    for (const w of list) if (w.length <= maxLen && end - w.length >= from && text.endsWith(w, end)) return w;
    return null;
  }
}

const cache = new WeakMap<object, Map<string, SuffixIndex>>();

/**
 * The suffix index of a lexicon set or map, or of the words `pick` keeps (built once per lexicon
 * object and `pickKey`; without a key, a picked index is built at every call).
 */
export function suffixIndexOf(
  words: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  pick?: (word: string) => boolean,
  pickKey?: string,
): SuffixIndex {
  const key = pick ? pickKey : '';
  let byKey = cache.get(words);
  const hit = key !== undefined ? byKey?.get(key) : undefined;
  if (hit) return hit;
  const list = [...words.keys()].filter((w) => !pick || pick(w));
  const index = new SuffixIndex(list);
  if (key !== undefined) {
    if (!byKey) cache.set(words, (byKey = new Map()));
    byKey.set(key, index);
  }
  return index;
}
