const NONE: never[] = [];

/** Exact-string dictionary that finds every entry starting at a text offset. */
export class DictMatcher<V> {
  private readonly entries = new Map<string, V>();
  /** Lengths (longest first) of the keys that begin with each two-character prefix (as a number). */
  private readonly byPrefix = new Map<number, number[]>();
  /** One-character keys. */
  private readonly singles = new Map<string, V>();

  /** Adds `key` (first value wins). */
  add(key: string, value: V): void {
    if (!key || this.entries.has(key)) return;
    this.entries.set(key, value);
    if (key.length === 1) {
      this.singles.set(key, value);
      return;
    }
    const prefix = key.charCodeAt(0) * 65536 + key.charCodeAt(1);
    const list = this.byPrefix.get(prefix);
    if (!list) this.byPrefix.set(prefix, [key.length]);
    else if (!list.includes(key.length)) {
      list.push(key.length);
      list.sort((a, b) => b - a);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** Entries starting at `i`, longest first. */
  matchesAt(text: string, i: number): Array<{ end: number; key: string; value: V }> {
    const lens = i + 1 < text.length ? this.byPrefix.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)) : undefined;
    const single = this.singles.size ? this.singles.get(text[i]) : undefined;
    if (!lens && single === undefined) return NONE;
    const out: Array<{ end: number; key: string; value: V }> = [];
    if (lens) {
      for (const len of lens) {
        if (i + len > text.length) continue;
        const key = len === 2 ? text.slice(i, i + 2) : text.slice(i, i + len);
        const value = this.entries.get(key);
        if (value !== undefined) out.push({ end: i + len, key, value });
      }
    }
    if (single !== undefined) out.push({ end: i + 1, key: text[i], value: single });
    return out;
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }
}
