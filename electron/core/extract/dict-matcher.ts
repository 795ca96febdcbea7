/** Exact-string dictionary that finds every entry starting at a text offset. */
export class DictMatcher<V> {
  private readonly entries = new Map<string, V>();
  private readonly lengths = new Map<string, number[]>();

  /** Adds `key` (first value wins). */
  add(key: string, value: V): void {
    if (!key || this.entries.has(key)) return;
    this.entries.set(key, value);
    const list = this.lengths.get(key[0]) ?? [];
    if (!list.includes(key.length)) {
      list.push(key.length);
      list.sort((a, b) => b - a);
    }
    this.lengths.set(key[0], list);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** Entries starting at `i`, longest first. */
  matchesAt(text: string, i: number): Array<{ end: number; key: string; value: V }> {
    const lens = this.lengths.get(text[i]);
    if (!lens) return [];
    const out: Array<{ end: number; key: string; value: V }> = [];
    for (const len of lens) {
      if (i + len > text.length) continue;
      const key = text.slice(i, i + len);
      const value = this.entries.get(key);
      if (value !== undefined) out.push({ end: i + len, key, value });
    }
    return out;
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }
}
