import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { GraphCache, filterGraph, listEntities } from '../../electron/core/graph';
import { searchArticles } from '../../electron/core/graph/search';
import { timeline } from '../../electron/core/graph/timeline';
import { richCorpus } from './graph';

const ms = (t0: number): number => Math.round((performance.now() - t0) * 10) / 10;

/**
 * Full-text search and the timeline at research size: `n` generated articles (the rich corpus of
 * the graph bench, each lengthened with about 1,000 characters of the sample page, so that the
 * text resembles news). Times the first search (which folds the texts once), later searches,
 * the timeline per day and month, and brushing the graph to one month (filter + entity list).
 */
export async function benchSearch(n = 30_000): Promise<Record<string, number>> {
  const page = readFileSync('data/000_65facfb44480fdb1.txt', 'utf8').replace(/\s+/g, '');
  const corpus = richCorpus(n);
  const articles = corpus.articles.map((a, i) => {
    const from = (i * 997) % Math.max(1, page.length - 1000);
    const text = `${a.text}\n${page.slice(from, from + 1000)}`;
    return { ...a, text, chars: text.length };
  });
  const chars = articles.reduce((s, a) => s + a.text.length, 0);
  const out: Record<string, number> = {};
  let t0 = performance.now();
  const first = searchArticles(articles, '职工');
  out.search_first_ms = ms(t0);
  for (const [key, query] of [['common', '职工'], ['name', '金秋助学'], ['two_terms', '总工会 基金会'], ['absent', '量子计算机']] as const) {
    t0 = performance.now();
    const r = searchArticles(articles, query);
    out[`search_${key}_ms`] = ms(t0);
    out[`search_${key}_total`] = r.total;
  }
  t0 = performance.now();
  timeline(articles, 'day');
  out.timeline_day_ms = ms(t0);
  t0 = performance.now();
  timeline(articles, 'month', { dateFrom: '2023-03-01', dateTo: '2023-09-30' });
  out.timeline_month_range_ms = ms(t0);
  const graph = new GraphCache().build({ articles, extractions: corpus.extractions, edits: [] }).graph;
  t0 = performance.now();
  const brushed = filterGraph(graph, { dateFrom: '2024-06-01', dateTo: '2024-06-30' });
  const entities = listEntities(brushed);
  out.brush_one_month_ms = ms(t0);
  console.log(
    `search over ${n} articles (${(chars / 1e6).toFixed(1)}M chars): first ${out.search_first_ms} ms, then ` +
      `${out.search_common_ms} ms ('职工', ${first.total} articles), ${out.search_name_ms} ms (a program), ${out.search_two_terms_ms} ms (two terms), ${out.search_absent_ms} ms (absent); ` +
      `timeline per day ${out.timeline_day_ms} ms, months in a range ${out.timeline_month_range_ms} ms; brushing to one month ${out.brush_one_month_ms} ms (${entities.length} entities)`,
  );
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchSearch(Number(process.argv[2]) || undefined);
