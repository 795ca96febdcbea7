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

const isHeadline = (p: Paragraph): boolean => p.kind === 'headline';

/** A split of a headline block before line k keeps a headline on both sides and no kicker away from its headline. */
function validSplit(head: Paragraph[], k: number): boolean {
  if (!head.slice(0, k).some(isHeadline) || !head.slice(k).some(isHeadline)) return false;
  if (head[k].kind === 'kicker' && kickerPlacement(head[k].text) === 'trailing') return false;
  return !(head[k - 1].kind === 'kicker' && kickerPlacement(head[k - 1].text) === 'leading');
}

/**
 * Gives headline-less articles the headlines that the layout printed elsewhere, matched by content:
 * (1) the first lines of a headline block standing over another report (the page's `深圳工会打造…`
 * above `全国建材行业…`) move to the headline-less article whose body they share most words with;
 * (2) a headline block with no body after it heads the headline-less article it matches, or else
 * stays with the article before it. Articles are changed in place; new ones may be appended.
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
  const orphans = (): WorkingArticle[] => articles.filter((a) => a.head.length === 0 && a.credits.length === 0);

  for (const article of [...articles]) {
    while (article.head.length > 1 && orphans().length > 0) {
      let best: { orphan: WorkingArticle; k: number; gain: number } | null = null;
      for (const orphan of orphans()) {
        for (let k = 1; k < article.head.length; k++) {
          if (!validSplit(article.head, k)) continue;
          let gain = 0;
          let consistent = true;
          for (const line of article.head.slice(0, k).filter(isHeadline)) {
            const delta = sim(line, orphan) - sim(line, article);
            if (delta <= 0) consistent = false;
            gain += delta;
          }
          const nearer = best && gain === best.gain && Math.abs(orphan.order - article.order) < Math.abs(best.orphan.order - article.order);
          if (consistent && (!best || gain > best.gain || nearer)) best = { orphan, k, gain };
        }
      }
      if (!best || best.gain < STRAY_MIN_GAIN) break;
      best.orphan.head = article.head.slice(0, best.k);
      article.head = article.head.slice(best.k);
    }
  }

  for (const { block, order } of dangling) {
    const lines = block.head.filter(isHeadline);
    let best: { orphan: WorkingArticle; score: number } | null = null;
    for (const orphan of orphans()) {
      const score = lines.reduce((sum, line) => sum + sim(line, orphan), 0) / Math.max(1, lines.length);
      if (!best || score > best.score) best = { orphan, score };
    }
    if (best && best.score >= DANGLING_MIN_COVERAGE) {
      best.orphan.head = [...block.head];
      best.orphan.credits = [...block.credits];
      continue;
    }
    const before = articles.filter((a) => a.order < order).sort((a, b) => b.order - a.order)[0];
    if (before) before.body.push(...block.head, ...block.credits);
    else articles.push({ head: [...block.head], credits: [...block.credits], body: [], order, caption: false, members: [order] });
  }
}
