import type { ArticleDraft } from '../../shared/types';
import { assembleDraft } from './assemble';
import type { Block } from './blocks';
import { buildBlocks } from './blocks';
import type { Paragraph } from './paragraphs';
import { kickerPlacement, pageParagraphs } from './paragraphs';
import type { TermCounts } from './similarity';
import { cosine, PageVocabulary, sumCounts, termCounts } from './similarity';
import { attachStrayHeadlines } from './stray-headlines';
import type { WorkingArticle } from './working-article';
import { articleFrom, mergeInto, partsText } from './working-article';

/** Options of {@link splitPage}. */
export interface SplitOptions {
  /** The page's date (`YYYY-MM-DD`, usually from the file name): gives the year of `10月11日`. */
  fileDate?: string | null;
}

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

/** True when a page shows signs of holding several reports: datelines, captions, bylines or kickers. */
function hasArticleMarks(paragraphs: Paragraph[]): boolean {
  return paragraphs.some(
    (p) =>
      p.kind === 'dateline' ||
      p.kind === 'caption' ||
      p.kind === 'byline' ||
      (p.kind === 'kicker' && kickerPlacement(p.text) !== 'section'),
  );
}

/** A block that starts an article whatever its content: a dateline, a caption, or a strong headline block. */
const startsArticle = (b: Block): boolean => b.kind === 'dateline' || b.kind === 'caption' || (b.kind === 'headed' && b.strong);

/**
 * Splits a newspaper page into articles. A report starts at a dateline (`本报讯(记者…)`), at a
 * headline block over body text, or is a picture caption ending in a photo credit. A headline over
 * plain text whose section is about what the article before it is about is a sub-head of that
 * article; headlines the layout printed above another report's headline are matched to their body
 * by content. Lines broken inside a sentence are joined. A page without datelines, bylines,
 * captions or kickers is one article. Every character of the page ends up in exactly one article,
 * and the headline block and the body of each article each keep page order; only masthead lines
 * (`2024年10月14日 星期一`) are left out, as they give the page date and belong to no article.
 */
export function splitPage(text: string, opts: SplitOptions = {}): ArticleDraft[] {
  const { paragraphs, pageDate } = pageParagraphs(text);
  if (paragraphs.length === 0) return [];
  const blocks = buildBlocks(paragraphs);
  const marked = hasArticleMarks(paragraphs);
  const articles: WorkingArticle[] = [];
  const dangling: Array<{ block: Block; order: number }> = [];
  // Term statistics are built only for pages that need a judgement by content.
  let stats: { counts: TermCounts[]; vocab: PageVocabulary; vectors: Array<Map<number, number>> } | null = null;
  const pageStats = (): NonNullable<typeof stats> => {
    if (stats) return stats;
    const counts = blocks.map((b) => termCounts(partsText(b)));
    const vocab = new PageVocabulary(counts.map((c) => c.keys()));
    stats = { counts, vocab, vectors: counts.map((c) => vocab.vector(c)) };
    return stats;
  };

  const isSubhead = (index: number, prev: WorkingArticle): boolean => {
    const { counts, vocab, vectors } = pageStats();
    const previous = cosine(vectors[index], vocab.vector(sumCounts(prev.members.map((m) => counts[m]))));
    let elsewhere = 0;
    blocks.forEach((b, j) => {
      if (j !== index && startsArticle(b) && !prev.members.includes(j)) elsewhere = Math.max(elsewhere, cosine(vectors[index], vectors[j]));
    });
    return previous >= SUBHEAD_MIN_COSINE && previous >= SUBHEAD_MARGIN * elsewhere;
  };

  blocks.forEach((block, order) => {
    const prev = [...articles].reverse().find((a) => !a.caption);
    if (block.kind === 'dangling') dangling.push({ block, order });
    else if (block.kind === 'continuation' && prev) mergeInto(prev, block, order);
    else if (block.kind !== 'headed' || !prev || block.strong) articles.push(articleFrom(block, order));
    else if (block.section || !marked || isSubhead(order, prev)) mergeInto(prev, block, order);
    else articles.push(articleFrom(block, order));
  });

  const headless = articles.some((a) => a.head.length === 0 && a.credits.length === 0);
  if (headless || dangling.length > 0) attachStrayHeadlines(articles, dangling, () => pageStats().vocab);
  const pageYearDate = opts.fileDate ?? pageDate;
  return articles.sort((a, b) => a.order - b.order).map((a) => assembleDraft(a, pageYearDate));
}
