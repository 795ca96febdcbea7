import type { Block } from './blocks';
import type { TermCounts } from './similarity';
import { cosine, PageVocabulary, termCounts } from './similarity';
import type { WorkingArticle } from './working-article';
import { partsText } from './working-article';

/**
 * A headline over plain text (no dateline, no byline, no kicker) is a sub-head of the article before
 * it when its section is at least this similar to that article (tf-idf cosine over the page) ...
 */
export const SUBHEAD_MIN_COSINE = 0.04;
/**
 * ... and at least this share of its similarity to the most similar report that surely starts
 * elsewhere on the page (two reports on one topic are both similar; the one just above wins ties).
 */
export const SUBHEAD_MARGIN = 0.5;
/**
 * Reports compared with a possible sub-head are those starting within this many blocks of it. A
 * printed page has far fewer blocks, so this only bounds the work on huge inputs (linear, not quadratic).
 */
export const SUBHEAD_WINDOW = 64;

/** A block that starts an article whatever its content: a dateline, a caption, or a strong headline block. */
export const startsArticle = (b: Block): boolean => b.kind === 'dateline' || b.kind === 'caption' || (b.kind === 'headed' && b.strong);

/** Summed term counts of an article's blocks with the squared norm of their tf-idf weights, kept up to date as blocks join. */
interface ArticleTerms {
  counts: TermCounts;
  norm2: number;
  members: number;
}

/**
 * Judges by content whether a headline block over plain text is a sub-head of the article before
 * it. Term statistics are built on first use only (pages with clear marks never need them), and an
 * article's summed terms are updated as blocks join it, so that a page of many blocks costs linear time.
 */
export class SubheadJudge {
  private stats: { counts: TermCounts[]; vocab: PageVocabulary; vectors: Array<Map<number, number>> } | null = null;
  private readonly articleTerms = new Map<WorkingArticle, ArticleTerms>();

  constructor(private readonly blocks: Block[]) {}

  /** The page's vocabulary (inverse document frequency over its blocks). */
  vocabulary(): PageVocabulary {
    return this.pageStats().vocab;
  }

  private pageStats(): NonNullable<SubheadJudge['stats']> {
    if (this.stats) return this.stats;
    const counts = this.blocks.map((b) => termCounts(partsText(b)));
    const vocab = new PageVocabulary(counts.map((c) => c.keys()));
    this.stats = { counts, vocab, vectors: counts.map((c) => vocab.vector(c)) };
    return this.stats;
  }

  private weight(term: number, count: number): number {
    return count > 0 ? (1 + Math.log(count)) * this.pageStats().vocab.weight(term) : 0;
  }

  /** The article's summed terms, brought up to date with the blocks that joined it since the last call. */
  private termsOf(article: WorkingArticle): ArticleTerms {
    const { counts } = this.pageStats();
    let at = this.articleTerms.get(article);
    if (!at) this.articleTerms.set(article, (at = { counts: new Map(), norm2: 0, members: 0 }));
    for (; at.members < article.members.length; at.members++) {
      for (const [t, c] of counts[article.members[at.members]]) {
        const before = at.counts.get(t) ?? 0;
        const old = this.weight(t, before);
        const now = this.weight(t, before + c);
        at.norm2 += now * now - old * old;
        at.counts.set(t, before + c);
      }
    }
    return at;
  }

  /** Cosine of a block's unit vector with an article's summed tf-idf vector. */
  private similarityTo(index: number, article: WorkingArticle): number {
    const { vectors } = this.pageStats();
    const at = this.termsOf(article);
    if (at.norm2 <= 0) return 0;
    let dot = 0;
    for (const [t, w] of vectors[index]) dot += w * this.weight(t, at.counts.get(t) ?? 0);
    return dot / Math.sqrt(at.norm2);
  }

  /**
   * True when block `index` is a sub-head of `prev`: similar enough to it, and not much more similar
   * to a report that surely starts elsewhere near it on the page. `ownerOf(j)` tells which article
   * block j already belongs to (undefined for blocks not placed yet).
   */
  isSubhead(index: number, prev: WorkingArticle, ownerOf: (j: number) => WorkingArticle | undefined): boolean {
    const { vectors } = this.pageStats();
    const previous = this.similarityTo(index, prev);
    let elsewhere = 0;
    const last = Math.min(this.blocks.length - 1, index + SUBHEAD_WINDOW);
    for (let j = Math.max(0, index - SUBHEAD_WINDOW); j <= last; j++) {
      if (j !== index && startsArticle(this.blocks[j]) && ownerOf(j) !== prev) elsewhere = Math.max(elsewhere, cosine(vectors[index], vectors[j]));
    }
    return previous >= SUBHEAD_MIN_COSINE && previous >= SUBHEAD_MARGIN * elsewhere;
  }
}
