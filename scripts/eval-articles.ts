import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDocument } from '../electron/core/articles';
import type { ArticleDraft } from '../electron/shared/types';

// `npx tsx scripts/eval-articles.ts [DIR] [--details]` (DIR defaults to tests/fixtures/dev-real):
// scores page splitting alone, fast and without a workspace: for each page-N.txt with its
// page-N.gold.json, pages split into the right number of articles, articles found (by their first
// words), titles, dates, and byline names (precision/recall over the page). `--details` lists the
// misses: never use it on a held-out set, whose score is read, not tuned on.

interface GoldArticle {
  title: string | null;
  firstWords: string;
  date: string | null;
  byline: Array<{ name: string; role: string }>;
}

/** The score of one page. */
export interface ArticleScore {
  page: string;
  gold: number;
  found: number;
  matched: number;
  titles: number;
  dates: number;
  names: { tp: number; fp: number; fn: number };
  misses: string[];
}

const squash = (s: string): string => s.replace(/[\s“”"'‘’]/g, '');

/** Names of `a` that `b` also has, counting repeats. */
function overlap(a: string[], b: string[]): number {
  const left = [...b];
  let n = 0;
  for (const x of a) {
    const i = left.indexOf(x);
    if (i >= 0) {
      left.splice(i, 1);
      n++;
    }
  }
  return n;
}

/** Scores one page file against its gold articles. */
export function scoreArticles(file: string, gold: GoldArticle[]): ArticleScore {
  const drafts = loadDocument(readFileSync(file), file).drafts;
  const used = new Set<ArticleDraft>();
  const misses: string[] = [];
  let matched = 0;
  let titles = 0;
  let dates = 0;
  for (const g of gold) {
    const key = squash(g.firstWords).slice(0, 8);
    const hit = drafts.find((d) => !used.has(d) && squash(d.text.slice(d.bodyStart)).includes(key)) ?? drafts.find((d) => !used.has(d) && squash(d.text).includes(key));
    if (!hit) {
      misses.push(`article not found: ${g.title ?? g.firstWords}`);
      continue;
    }
    used.add(hit);
    matched++;
    if (g.title === null || squash(hit.title) === squash(g.title)) titles++;
    else misses.push(`title: got ${hit.title} for ${g.title}`);
    if ((hit.date ?? null) === (g.date ?? null)) dates++;
    else misses.push(`date: got ${hit.date} for ${g.date} (${g.title ?? g.firstWords})`);
    const want = g.byline.map((b) => `${b.name}/${b.role}`).sort().join(' ');
    const got = hit.byline.map((b) => `${b.name}/${b.role}`).sort().join(' ');
    if (want !== got) misses.push(`byline: got [${got}] for [${want}] (${g.title ?? g.firstWords})`);
  }
  for (const d of drafts) if (!used.has(d)) misses.push(`extra article: ${d.title}`);
  const goldNames = gold.flatMap((a) => a.byline.map((b) => b.name));
  const foundNames = drafts.flatMap((a) => a.byline.map((b) => b.name));
  const tp = overlap(goldNames, foundNames);
  return {
    page: file,
    gold: gold.length,
    found: drafts.length,
    matched,
    titles,
    dates,
    names: { tp, fp: foundNames.length - tp, fn: goldNames.length - tp },
    misses,
  };
}

/** Scores every page-N.txt of a folder that has a page-N.gold.json. */
export function scoreFolder(dir: string): ArticleScore[] {
  return readdirSync(dir)
    .filter((f) => /^page-\d+\.txt$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]))
    .map((f) => scoreArticles(join(dir, f), JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')).articles));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'tests/fixtures/dev-real');
  const scores = scoreFolder(dir);
  const sum = (f: (s: ArticleScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  for (const s of scores) {
    console.log(`${s.page.split('/').pop()}: articles ${s.found}/${s.gold} (matched ${s.matched}), titles ${s.titles}, dates ${s.dates}, names tp ${s.names.tp} fp ${s.names.fp} fn ${s.names.fn}`);
    if (process.argv.includes('--details')) for (const m of s.misses) console.log(`    ${m}`);
  }
  const tp = sum((s) => s.names.tp);
  const p = tp / Math.max(1, tp + sum((s) => s.names.fp));
  const r = tp / Math.max(1, tp + sum((s) => s.names.fn));
  console.log(
    `pages right ${scores.filter((s) => s.found === s.gold).length}/${scores.length}; articles matched ${sum((s) => s.matched)}/${sum((s) => s.gold)}; ` +
      `titles ${sum((s) => s.titles)}; dates ${sum((s) => s.dates)}/${sum((s) => s.gold)}; byline names P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)}`,
  );
}
