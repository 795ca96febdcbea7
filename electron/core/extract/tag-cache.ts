/** log2 of the slots of the two-unit table (65,536: at most half full, then cleared). */
const PAIR_BITS = 16;
const PAIR_MASK = (1 << PAIR_BITS) - 1;
/** Longer words kept before the map is cleared (small enough to stay in the processor's cache). */
const RECENT_MAX = 8192;

function pairSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - PAIR_BITS);
}

/**
 * The tags of the words the segmenter returns, remembered from `lookUp` (which is slow: the whole
 * dictionary). One- and two-unit words, most tokens, sit in typed tables keyed by their code
 * units: a probe reads no string and hashes none (jieba's words are new strings every time).
 * Longer words sit in a small map of the words met lately.
 */
export class TagCache {
  /** Every tag met; the tables hold its index plus one (0: empty). */
  private readonly names: string[] = [];
  private readonly indexes = new Map<string, number>();
  private readonly singles = new Uint16Array(65536);
  private readonly pairKeys = new Int32Array(1 << PAIR_BITS);
  private readonly pairTags = new Uint16Array(1 << PAIR_BITS);
  private pairs = 0;
  private readonly recent = new Map<string, string>();

  constructor(private readonly lookUp: (word: string) => string) {}

  /** The tag of `word`. */
  get(word: string): string {
    if (word.length === 1) {
      const c = word.charCodeAt(0);
      let k = this.singles[c];
      if (k === 0) this.singles[c] = k = this.indexOf(this.lookUp(word));
      return this.names[k - 1];
    }
    if (word.length === 2) return this.pairTag(word);
    let tag = this.recent.get(word);
    if (tag === undefined) {
      tag = this.lookUp(word);
      if (this.recent.size >= RECENT_MAX) this.recent.clear();
      this.recent.set(word, tag);
    }
    return tag;
  }

  private pairTag(word: string): string {
    const key = (word.charCodeAt(0) << 16) | word.charCodeAt(1);
    let slot = pairSlot(key);
    for (let k = this.pairTags[slot]; k !== 0; k = this.pairTags[slot]) {
      if (this.pairKeys[slot] === key) return this.names[k - 1];
      slot = (slot + 1) & PAIR_MASK;
    }
    if (this.pairs * 2 >= PAIR_MASK) {
      this.pairTags.fill(0);
      this.pairs = 0;
      slot = pairSlot(key);
    }
    const k = this.indexOf(this.lookUp(word));
    this.pairKeys[slot] = key;
    this.pairTags[slot] = k;
    this.pairs++;
    return this.names[k - 1];
  }

  private indexOf(tag: string): number {
    let k = this.indexes.get(tag);
    if (k === undefined) {
      k = this.names.push(tag);
      this.indexes.set(tag, k);
    }
    return k;
  }
}
