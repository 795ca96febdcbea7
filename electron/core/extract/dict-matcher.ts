const NONE: never[] = [];

/** Exact-string dictionary that finds every entry starting at a text offset. */
export class DictMatcher<V> {
  private readonly entries = new Map<string, V>();
  /** Lengths (longest first) of the keys that begin with each two characters (first code unit, then second). */
  private readonly byPrefix = new Map<number, Map<number, number[]>>();
  /** One-character keys. */
  private readonly singles = new Map<string, V>();
  /** For each UTF-16 code unit: 1 when a key starts with it (most offsets are rejected here). */
  private readonly starts = new Uint8Array(65536);

  /** Adds `key` (first value wins). */
  add(key: string, value: V): void {
    if (!key || this.entries.has(key)) return;
    this.entries.set(key, value);
    this.starts[key.charCodeAt(0)] = 1;
    if (key.length === 1) {
      this.singles.set(key, value);
      return;
    }
    const c0 = key.charCodeAt(0);
    let second = this.byPrefix.get(c0);
    if (!second) this.byPrefix.set(c0, (second = new Map()));
    const list = second.get(key.charCodeAt(1));
    if (!list) second.set(key.charCodeAt(1), [key.length]);
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

  /** True when some entry may start at `i` (a cheap test before matchesAt). */
  mayStartAt(text: string, i: number): boolean {
    return this.starts[text.charCodeAt(i)] === 1;
  }

  /** Entries starting at `i`, longest first. */
  matchesAt(text: string, i: number): Array<{ end: number; key: string; value: V }> {
    const c0 = text.charCodeAt(i);
    if (this.starts[c0] !== 1) return NONE;
    const lens = i + 1 < text.length ? this.byPrefix.get(c0)?.get(text.charCodeAt(i + 1)) : undefined;
    const single = this.singles.size ? this.singles.get(text[i]) : undefined;
    if (!lens && single === undefined) return NONE;
    const out: Array<{ end: number; key: string; value: V }> = [];
    if (lens) {
      for (const len of lens) {
        if (i + len > text.length) continue;
        const key = text.slice(i, i + len);
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
