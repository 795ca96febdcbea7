import type { ArticleDraft } from '../../shared/types';
import type { PageDate } from './assemble';
import { assembleDraft } from './assemble';
import type { Block } from './blocks';
import { buildBlocks, closesWithCredit } from './blocks';
import { parseDateline } from './dateline';
import type { Paragraph } from './paragraphs';
import { kickerPlacement, pageParagraphs } from './paragraphs';
import { attachStrayHeadlines } from './stray-headlines';
import { SubheadJudge } from './subheads';
import type { WorkingArticle } from './working-article';
import { articleFrom, mergeInto } from './working-article';

/** Options of {@link splitPage}: page dates known from outside the text (`YYYY-MM-DD`), each giving the year of `10月11日`. */
export interface SplitOptions {
  /** The page date read from the file name or its folders. */
  fileDate?: string | null;
  /** The page date read from HTML metadata. */
  metadataDate?: string | null;
  /** The page date the user gave for the import: it wins over every other. */
  userDate?: string | null;
}

/** The page's date, in order: the user's, a masthead line, HTML metadata, the file's path; else none. */
function pageDateOf(opts: SplitOptions, masthead: string | null): PageDate {
  if (opts.userDate) return { date: opts.userDate, source: 'user' };
  if (masthead) return { date: masthead, source: 'masthead' };
  if (opts.metadataDate) return { date: opts.metadataDate, source: 'metadata' };
  if (opts.fileDate) return { date: opts.fileDate, source: 'file-name' };
  return { date: null, source: null };
}

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

const creditsParagraph = (p: Paragraph): boolean => (p.kind === 'dateline' ? (parseDateline(p.text)?.byline.length ?? 0) > 0 : closesWithCredit(p));

/**
 * Tells whether an article names who wrote it (a byline under its headline, its dateline's, a credit
 * line or closing credit), reading each paragraph once however often it is asked as the article grows.
 */
function creditTracker(): (article: WorkingArticle) => boolean {
  const seen = new WeakMap<WorkingArticle, { read: number; credited: boolean }>();
  return (article) => {
    let state = seen.get(article);
    if (!state) seen.set(article, (state = { read: 0, credited: article.credits.length > 0 }));
    for (; !state.credited && state.read < article.body.length; state.read++) state.credited = creditsParagraph(article.body[state.read]);
    return state.credited;
  };
}

/**
 * Splits a newspaper page into articles. A report starts at a dateline (`本报讯(记者…)`), at a
 * headline block over body text, or is a picture caption ending in a photo credit. A headline over
 * plain text whose section is about what the article before it is about is a sub-head of that
 * article; headlines the layout printed above another report's headline are matched to their body
 * by content. Lines broken inside a sentence are joined. A page without datelines, bylines,
 * captions or kickers is one article. Every character of the page ends up in exactly one article,
 * and the headline block and the body of each article each keep page order; only masthead lines
 * (`2024年10月14日 星期一`) are left out, as they give the page date and belong to no article.
 * Each article's date is its dateline's, resolved with the page's year, else the page's date.
 */
export function splitPage(text: string, opts: SplitOptions = {}): ArticleDraft[] {
  const { paragraphs, pageDate } = pageParagraphs(text);
  if (paragraphs.length === 0) return [];
  const blocks = buildBlocks(paragraphs);
  const marked = hasArticleMarks(paragraphs);
  const articles: WorkingArticle[] = [];
  const dangling: Array<{ block: Block; order: number }> = [];
  const judge = new SubheadJudge(blocks);
  const credited = creditTracker();
  // A headline block over plain text that closes with a credit of its own, while the article before
  // already has one, is another article: an article is credited once.
  const ownCredit = (block: Block, before: WorkingArticle): boolean => closesWithCredit(block.body[block.body.length - 1]) && credited(before);
  const owner: Array<WorkingArticle | undefined> = [];
  // The last article that is not a caption: the one a sub-head or continuation would join.
  let prev: WorkingArticle | undefined;
  const start = (block: Block, order: number): void => {
    const article = articleFrom(block, order);
    articles.push(article);
    owner[order] = article;
    if (!article.caption) prev = article;
  };
  const join = (article: WorkingArticle, block: Block, order: number): void => {
    mergeInto(article, block, order);
    owner[order] = article;
  };

  blocks.forEach((block, order) => {
    if (block.kind === 'dangling') dangling.push({ block, order });
    else if (block.kind === 'continuation' && prev) join(prev, block, order);
    else if (block.kind !== 'headed' || !prev || block.strong) start(block, order);
    else if (!block.section && ownCredit(block, prev)) start(block, order);
    else if (block.section || !marked || judge.isSubhead(order, prev, (j) => owner[j])) join(prev, block, order);
    else start(block, order);
  });

  const headless = articles.some((a) => a.head.length === 0 && a.credits.length === 0);
  if (headless || dangling.length > 0) attachStrayHeadlines(articles, dangling, () => judge.vocabulary());
  const page = pageDateOf(opts, pageDate);
  return articles.sort((a, b) => a.order - b.order).map((a) => assembleDraft(a, page));
}
