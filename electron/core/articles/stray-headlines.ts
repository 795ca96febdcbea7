import type { Block } from './blocks';
import { kickerPlacement } from './paragraphs';
import type { Paragraph } from './paragraphs';
import type { PageVocabulary } from './similarity';
import { terms } from './similarity';
import type { WorkingArticle } from './working-article';
import { textOf } from './working-article';

/**
 * Lines of a headline block move to a headline-less article only when, summed over the moved lines,
 * they share this much more (weighted share of their words) with that article's body than with the
 * body under them.
 */
export const STRAY_MIN_GAIN = 0.25;
/** A headline block left at the end of the page heads a headline-less article when it shares this much with its body. */
export const DANGLING_MIN_COVERAGE = 0.35;

/**
 * Headline-less articles considered for a headline block are those within this many articles of
 * it on the page. A printed page has fewer, so this only bounds the work on huge inputs.
 */
export const STRAY_WINDOW = 24;

const isHeadline = (p: Paragraph): boolean => p.kind === 'headline';
const isOrphan = (a: WorkingArticle): boolean => a.head.length === 0 && a.credits.length === 0;

/**
 * The split points k of a headline block (lines before k move away) that keep a headline on both
 * sides and no kicker away from its headline; computed in one pass.
 */
function validSplits(head: Paragraph[]): boolean[] {
  const valid = head.map(() => false);
  const headlineAfter = head.map(() => false);
  for (let k = head.length - 1, seen = false; k >= 0; k--) headlineAfter[k] = seen = seen || isHeadline(head[k]);
  let headlineBefore = false;
  for (let k = 1; k < head.length; k++) {
    headlineBefore = headlineBefore || isHeadline(head[k - 1]);
    const kickerSplit =
      (head[k].kind === 'kicker' && kickerPlacement(head[k].text) === 'trailing') ||
      (head[k - 1].kind === 'kicker' && kickerPlacement(head[k - 1].text) === 'leading');
    valid[k] = headlineBefore && headlineAfter[k] && !kickerSplit;
  }
  return valid;
}

/** Index of the first article whose order is above `order`, in articles sorted by order. */
function firstAfter(sorted: WorkingArticle[], order: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].order <= order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The headline-less articles near position `at` of the sorted list, in page order. */
function orphansNear(sorted: WorkingArticle[], at: number): WorkingArticle[] {
  const from = Math.max(0, at - STRAY_WINDOW);
  return sorted.slice(from, Math.min(sorted.length, at + STRAY_WINDOW + 1)).filter(isOrphan);
}

/**
 * Gives headline-less articles the headlines that the layout printed elsewhere, matched by content:
 * (1) the first lines of a headline block standing over another report (the page's `深圳工会打造…`
 * above `全国建材行业…`) move to the headline-less article whose body they share most words with;
 * (2) a headline block with no body after it heads the headline-less article it matches, or else
 * stays with the article before it. Articles are changed in place; new ones may be appended.
 * Only articles near a headline block on the page are considered, which keeps the work linear.
 */
export function attachStrayHeadlines(
  articles: WorkingArticle[],
  dangling: Array<{ block: Block; order: number }>,
  vocabulary: () => PageVocabulary,
): void {
  const bodyTerms = new Map<WorkingArticle, Set<number>>();
  const lineTerms = new Map<Paragraph, Set<number>>();
  const sim = (line: Paragraph, article: WorkingArticle): number => {
    let body = bodyTerms.get(article);
    if (!body) bodyTerms.set(article, (body = terms(textOf(article.body))));
    let words = lineTerms.get(line);
    if (!words) lineTerms.set(line, (words = terms(line.text)));
    return vocabulary().coverage(words, body);
  };
  const sorted = [...articles].sort((a, b) => a.order - b.order);

  sorted.forEach((article, position) => {
    while (article.head.length > 1) {
      const candidates = orphansNear(sorted, position);
      if (candidates.length === 0) break;
      const valid = validSplits(article.head);
      let best: { orphan: WorkingArticle; k: number; gain: number } | null = null;
      for (const orphan of candidates) {
        let gain = 0;
        let consistent = true;
        for (let k = 1; k < article.head.length; k++) {
          // Moving the lines before k: add line k-1 to the moved lines.
          const line = article.head[k - 1];
          if (isHeadline(line)) {
            const delta = sim(line, orphan) - sim(line, article);
            if (delta <= 0) consistent = false;
            gain += delta;
          }
          if (!valid[k]) continue;
          const nearer = best && gain === best.gain && Math.abs(orphan.order - article.order) < Math.abs(best.orphan.order - article.order);
          if (consistent && (!best || gain > best.gain || nearer)) best = { orphan, k, gain };
        }
      }
      if (!best || best.gain < STRAY_MIN_GAIN) break;
      best.orphan.head = article.head.slice(0, best.k);
      article.head = article.head.slice(best.k);
    }
  });

  for (const { block, order } of dangling) {
    const lines = block.head.filter(isHeadline);
    const after = firstAfter(sorted, order);
    let best: { orphan: WorkingArticle; score: number } | null = null;
    for (const orphan of orphansNear(sorted, after)) {
      const score = lines.reduce((sum, line) => sum + sim(line, orphan), 0) / Math.max(1, lines.length);
      if (!best || score > best.score) best = { orphan, score };
    }
    if (best && best.score >= DANGLING_MIN_COVERAGE) {
      best.orphan.head = [...block.head];
      best.orphan.credits = [...block.credits];
      continue;
    }
    const before = after > 0 ? sorted[after - 1] : undefined;
    if (before) before.body.push(...block.head, ...block.credits);
    else {
      const article: WorkingArticle = { head: [...block.head], credits: [...block.credits], body: [], order, caption: false, members: [order] };
      articles.push(article);
      sorted.unshift(article);
    }
  }
}
