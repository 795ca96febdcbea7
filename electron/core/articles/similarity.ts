/** Term counts: keys are Chinese character bigrams packed into numbers, or interned Latin/digit words. */
export type TermCounts = Map<number, number>;

// Latin and digit words get ids above every packed bigram (2^32).
const words = new Map<string, number>();
const WORD_BASE = 2 ** 32;

function wordId(word: string): number {
  let id = words.get(word);
  if (id === undefined) {
    // Bounded: ids are only compared, so after many distinct words new ones may share an id.
    id = WORD_BASE + (words.size < 1_000_000 ? words.size : hash(word));
    if (words.size < 1_000_000) words.set(word, id);
  }
  return id;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const isHan = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
const isWordChar = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Term counts of a text: bigrams of adjacent Chinese characters, and Latin/digit words of two or more characters. */
export function termCounts(text: string): TermCounts {
  const out: TermCounts = new Map();
  const add = (t: number): void => {
    out.set(t, (out.get(t) ?? 0) + 1);
  };
  let prevHan = -1;
  let wordStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (isHan(code)) {
      if (prevHan >= 0) add(prevHan * 65536 + code);
      prevHan = code;
    } else prevHan = -1;
    if (isWordChar(code)) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      if (i - wordStart >= 2) add(wordId(text.slice(wordStart, i).toLowerCase()));
      wordStart = -1;
    }
  }
  return out;
}

/** The distinct terms of a text. */
export function terms(text: string): Set<number> {
  return new Set(termCounts(text).keys());
}

/** Adds term counts together. */
export function sumCounts(parts: TermCounts[]): TermCounts {
  const out: TermCounts = new Map();
  for (const part of parts) for (const [t, c] of part) out.set(t, (out.get(t) ?? 0) + c);
  return out;
}

/**
 * Term weights for one page: inverse document frequency over the page's text units, so that the
 * words every article shares (工会, 职工 on a workers' paper) count for little and the words of one
 * story count for much.
 */
export class PageVocabulary {
  private readonly df = new Map<number, number>();
  private readonly units: number;
  private readonly unseen: number;

  constructor(units: Array<Iterable<number>>) {
    this.units = units.length;
    this.unseen = Math.log((this.units + 1) / 0.5);
    for (const unit of units) for (const t of unit) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  weight(term: number): number {
    const df = this.df.get(term);
    return df === undefined ? this.unseen : Math.log((this.units + 1) / (df + 0.5));
  }

  /** Weighted share of the query's terms that the document also has (0..1). */
  coverage(query: Set<number>, doc: Set<number>): number {
    let total = 0;
    let shared = 0;
    for (const t of query) {
      const w = this.weight(t);
      total += w;
      if (doc.has(t)) shared += w;
    }
    return total > 0 ? shared / total : 0;
  }

  /** Unit-length tf-idf vector of term counts (log-scaled term frequency). */
  vector(counts: TermCounts): Map<number, number> {
    const v = new Map<number, number>();
    let norm = 0;
    for (const [t, c] of counts) {
      const w = (1 + Math.log(c)) * this.weight(t);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }
}

/** Cosine of two unit vectors. */
export function cosine(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}
