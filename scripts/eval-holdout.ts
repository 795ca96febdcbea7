import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EntityMention } from '../electron/shared/types';
import { splitPage } from '../electron/core/articles/index';
import { createExtractor } from '../electron/core/extract/index';
import type { Extractor } from '../electron/core/extract/index';
import { fmt, score, scoreDistinct } from './eval/score';
import type { DistinctReport, GoldEntity, Score } from './eval/score';

// `npx tsx scripts/eval-holdout.ts [--whole] [--page N] [--quiet]`: precision, recall and F1 of entity
// extraction on hand-written held-out pages (tests/fixtures/holdout/page-N.txt with page-N.gold.json),
// scored as distinct (type, canonical name) entities exactly like the sample page in scripts/eval.ts.
// Each page is split into articles with splitPage and every article is extracted on its own, as the
// import pipeline does; `--whole` extracts the unsplit page instead (as eval.ts does for the sample).

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const HOLDOUT_DIR = join(ROOT, 'tests', 'fixtures', 'holdout');
const TYPES = ['organisation', 'place', 'person', 'program'] as const;

export interface HoldoutPage {
  name: string;
  text: string;
  gold: GoldEntity[];
}

export interface HoldoutResult {
  pages: Array<{ name: string; articles: number; report: DistinctReport }>;
  overall: { byType: Record<string, Score>; micro: Score };
}

/** Reads every `page-N.txt` that has a `page-N.gold.json` beside it, in page order. */
export function loadHoldoutPages(dir = HOLDOUT_DIR): HoldoutPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^page-\d+\.txt$/.test(f) && existsSync(join(dir, f.replace(/\.txt$/, '.gold.json'))))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
    .map((f) => ({
      name: f.replace(/\.txt$/, ''),
      text: readFileSync(join(dir, f), 'utf8'),
      gold: (JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as { entities: GoldEntity[] }).entities,
    }));
}

/** Mentions of a page: one extraction per article of the split page, or of the whole page. */
export function pageMentions(extractor: Extractor, text: string, whole = false): { mentions: EntityMention[]; articles: number } {
  if (whole) return { mentions: extractor.extract(text).entities, articles: 1 };
  const drafts = splitPage(text);
  return { mentions: drafts.flatMap((d) => extractor.extract(d.text).entities), articles: drafts.length };
}

/** Scores each page with scoreDistinct and sums the counts of all pages into overall scores. */
export function evaluateHoldout(extractor: Extractor, pages: HoldoutPage[], whole = false): HoldoutResult {
  const results = pages.map((p) => {
    const { mentions, articles } = pageMentions(extractor, p.text, whole);
    return { name: p.name, articles, report: scoreDistinct(mentions, p.gold) };
  });
  const sum = (t: string, k: 'tp' | 'fp' | 'fn'): number => results.reduce((n, r) => n + r.report.byType[t][k], 0);
  const byType = Object.fromEntries(TYPES.map((t) => [t, score(sum(t, 'tp'), sum(t, 'fp'), sum(t, 'fn'))]));
  const total = (k: 'tp' | 'fp' | 'fn'): number => TYPES.reduce((n, t) => n + byType[t][k], 0);
  return { pages: results, overall: { byType, micro: score(total('tp'), total('fp'), total('fn')) } };
}

function printScores(scores: { byType: Record<string, Score>; micro: Score }): void {
  for (const t of TYPES) console.log(`  ${t.padEnd(13)} ${fmt(scores.byType[t])}`);
  console.log(`  ${'micro'.padEnd(13)} ${fmt(scores.micro)}`);
}

/** Prints `type name [surfaces]` lines grouped by their leading type word. */
function printByType(title: string, lines: string[]): void {
  console.log(`  ${title}: ${lines.length}`);
  for (const t of TYPES) {
    const ofType = lines.filter((l) => l.startsWith(`${t} `)).map((l) => l.slice(t.length + 1));
    if (ofType.length) console.log(`    ${t} (${ofType.length}): ${ofType.join('; ')}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const whole = args.includes('--whole');
  const quiet = args.includes('--quiet');
  const only = args.includes('--page') ? `page-${args[args.indexOf('--page') + 1]}` : null;
  const pages = loadHoldoutPages().filter((p) => !only || p.name === only);
  if (!pages.length) {
    console.log(`No held-out pages found in ${HOLDOUT_DIR}`);
    process.exitCode = 1;
    return;
  }
  const t0 = performance.now();
  const extractor = createExtractor();
  const t1 = performance.now();
  const result = evaluateHoldout(extractor, pages, whole);
  const t2 = performance.now();
  const mode = whole ? 'whole page extracted at once' : 'split with splitPage, each article extracted';
  console.log(`Held-out pages, distinct entities (${mode})`);
  for (const p of result.pages) {
    console.log(`${p.name} (${p.articles} article${p.articles === 1 ? '' : 's'})`);
    printScores(p.report);
  }
  console.log(`overall (${result.pages.length} pages, counts summed)`);
  printScores(result.overall);
  if (!quiet) {
    for (const p of result.pages) {
      console.log(`${p.name} details`);
      printByType('false positives', p.report.falsePositives);
      printByType('missed', p.report.missed);
    }
  }
  console.log(`extractor built in ${(t1 - t0).toFixed(0)} ms; split + extract + score in ${(t2 - t1).toFixed(0)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
