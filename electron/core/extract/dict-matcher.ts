const NONE: never[] = [];

/** A node of the matcher's trie: the key ending here (with its value), and the next code units. */
interface TrieNode<V> {
  key: string | undefined;
  value: V | undefined;
  next: Map<number, TrieNode<V>> | undefined;
}

function newNode<V>(): TrieNode<V> {
  return { key: undefined, value: undefined, next: undefined };
}

/**
 * Exact-string dictionary that finds every entry starting at a text offset: a trie over UTF-16
 * code units, walked from the offset without slicing or hashing the text.
 */
export class DictMatcher<V> {
  private readonly entries = new Map<string, V>();
  /** Nodes of the first code units. */
  private readonly roots = new Map<number, TrieNode<V>>();
  /** For each UTF-16 code unit: 1 when a key starts with it (most offsets are rejected here). */
  private readonly starts = new Uint8Array(65536);

  /** Adds `key` (first value wins). */
  add(key: string, value: V): void {
    if (!key || this.entries.has(key)) return;
    this.entries.set(key, value);
    const c0 = key.charCodeAt(0);
    this.starts[c0] = 1;
    let node = this.roots.get(c0);
    if (!node) this.roots.set(c0, (node = newNode<V>()));
    for (let k = 1; k < key.length; k++) {
      const c = key.charCodeAt(k);
      const next: Map<number, TrieNode<V>> = (node.next ??= new Map());
      let child = next.get(c);
      if (!child) next.set(c, (child = newNode<V>()));
      node = child;
    }
    node.key = key;
    node.value = value;
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
    let node = this.roots.get(c0);
    let out: Array<{ end: number; key: string; value: V }> | undefined;
    for (let j = i + 1; node; j++) {
      if (node.key !== undefined) (out ??= []).push({ end: j, key: node.key, value: node.value as V });
      if (!node.next || j >= text.length) break;
      node = node.next.get(text.charCodeAt(j));
    }
    if (!out) return NONE;
    return out.length > 1 ? out.reverse() : out;
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }
}
