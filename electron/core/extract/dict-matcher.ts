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

/** log2 of the smallest pair filter (4,096 bits, 512 bytes: a matcher built per text stays cheap). */
const MIN_PAIR_BITS = 12;

/** The bit of the pair filter for the code units `a` then `b` (multiplicative hashing of both). */
function pairBit(a: number, b: number, shift: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> shift;
}

/** The bit of the start filter for the first code unit `a` (a hash of its own, apart from the pairs'). */
function startBit(a: number, shift: number): number {
  return Math.imul(a, 0x85ebca6b) >>> shift;
}

function hasBit(bits: Uint32Array, k: number): boolean {
  return (bits[k >>> 5] & (1 << (k & 31))) !== 0;
}

function setBit(bits: Uint32Array, k: number): void {
  bits[k >>> 5] |= 1 << (k & 31);
}

/**
 * Exact-string dictionary that finds every entry starting at a text offset: a trie over UTF-16
 * code units, walked from the offset without slicing or hashing the text. Two bit sets reject
 * most offsets before the walk: (hashed) the first code units of the keys, and their first two.
 */
export class DictMatcher<V> {
  private readonly entries = new Map<string, V>();
  /** Nodes of the first code units. */
  private readonly roots = new Map<number, TrieNode<V>>();
  /** Bit per hashed first code unit of the keys (false positives only); as large as the pair filter. */
  private starts = new Uint32Array((1 << MIN_PAIR_BITS) >>> 5);
  /** Bit per UTF-16 code unit: some key is that one code unit (made with the first such key). */
  private singles: Uint32Array | null = null;
  /** Bit per hashed pair of first two code units of the keys (false positives only). */
  private pairs = new Uint32Array((1 << MIN_PAIR_BITS) >>> 5);
  private pairShift = 32 - MIN_PAIR_BITS;

  /** Adds `key` (first value wins). */
  add(key: string, value: V): void {
    if (!key || this.entries.has(key)) return;
    this.entries.set(key, value);
    // Keep the filters at most 1/16 full: grow them fourfold and refill them from the keys.
    if (this.entries.size * 16 > this.pairs.length * 32) {
      const log2 = 32 - this.pairShift + 2;
      this.pairs = new Uint32Array((1 << log2) >>> 5);
      this.starts = new Uint32Array((1 << log2) >>> 5);
      this.pairShift = 32 - log2;
      for (const k of this.entries.keys()) {
        setBit(this.starts, startBit(k.charCodeAt(0), this.pairShift));
        if (k.length > 1) setBit(this.pairs, pairBit(k.charCodeAt(0), k.charCodeAt(1), this.pairShift));
      }
    }
    const c0 = key.charCodeAt(0);
    setBit(this.starts, startBit(c0, this.pairShift));
    if (key.length === 1) setBit((this.singles ??= new Uint32Array(65536 >>> 5)), c0);
    else setBit(this.pairs, pairBit(c0, key.charCodeAt(1), this.pairShift));
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

  /** False when no entry starts at `i` (a cheap test before matchesAt; true may still find none). */
  mayStartAt(text: string, i: number): boolean {
    if (i < 0 || i >= text.length) return false;
    const c0 = text.charCodeAt(i);
    if (!hasBit(this.starts, startBit(c0, this.pairShift))) return false;
    if (this.singles !== null && hasBit(this.singles, c0)) return true;
    return i + 1 < text.length && hasBit(this.pairs, pairBit(c0, text.charCodeAt(i + 1), this.pairShift));
  }

  /** Entries starting at `i`, longest first. */
  matchesAt(text: string, i: number): Array<{ end: number; key: string; value: V }> {
    if (!this.mayStartAt(text, i)) return NONE;
    let node = this.roots.get(text.charCodeAt(i));
    let out: Array<{ end: number; key: string; value: V }> | undefined;
    for (let j = i + 1; node; j++) {
      if (node.key !== undefined) (out ??= []).push({ end: j, key: node.key, value: node.value as V });
      if (!node.next || j >= text.length) break;
      node = node.next.get(text.charCodeAt(j));
    }
    if (!out) return NONE;
    return out.length > 1 ? out.reverse() : out;
  }

  /** The longest entry starting at `i` (matchesAt's first), without the array of the others. */
  longestAt(text: string, i: number): { end: number; key: string; value: V } | undefined {
    const node = this.longestNode(text, i);
    return node ? { end: i + (node.key as string).length, key: node.key as string, value: node.value as V } : undefined;
  }

  /** End of the longest entry starting at `i`, or -1 when none starts there (no allocation). */
  longestEnd(text: string, i: number): number {
    const node = this.longestNode(text, i);
    return node ? i + (node.key as string).length : -1;
  }

  /** The trie node of the longest entry starting at `i`. */
  private longestNode(text: string, i: number): TrieNode<V> | undefined {
    if (!this.mayStartAt(text, i)) return undefined;
    let node = this.roots.get(text.charCodeAt(i));
    let found: TrieNode<V> | undefined;
    for (let j = i + 1; node; j++) {
      if (node.key !== undefined) found = node;
      if (!node.next || j >= text.length) break;
      node = node.next.get(text.charCodeAt(j));
    }
    return found;
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }
}
