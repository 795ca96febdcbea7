import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitPage } from '../electron/core/articles/index';
import { createExtractor } from '../electron/core/extract/index';
import type { ExplainedMention, Extractor } from '../electron/core/extract/index';
import { loadHoldoutPages } from './eval-holdout';
import { scorePages, type summarise } from './eval/pages';
import { newTally, printRuleTable, tallyDistinct, type RuleTally } from './eval/rules';
import { ENTITY_TYPE_LIST, fmt, scoreDistinct, sumScores, type DistinctReport, type GoldEntity, type Score } from './eval/score';
import { evaluateSpans, loadSpanCorpus, SPAN_TYPES, type SpanReport } from './eval/spans';

// `npm run eval [-- --details] [-- --no-held-out]`: precision, recall and F1 of entity extraction on
// every evaluation set: the development pages (imported through the core as a user would), the
// sample page, the older held-out pages (now development material), People's Daily 1998 dev and
// CLUENER dev (exact spans, read as trends), what each rule contributes, relation scores (when
// scripts/eval/relations.ts is present), and the held-out pages' summary line only.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE_PAGE = join(ROOT, 'data', '000_65facfb44480fdb1.txt');
export const SAMPLE_GOLD = join(ROOT, 'tests', 'fixtures', 'gold', 'sample-entities.json');
export const DEV_PAGES = join(ROOT, 'tests', 'fixtures', 'dev-real');
/** More development pages, for splitting and bylines (their entity gold is lighter). */
export const DEV_PAGES_2 = join(ROOT, 'tests', 'fixtures', 'dev-real-2');
export const DEV_PAGES_3 = join(ROOT, 'tests', 'fixtures', 'dev-real-3');
/** Released from held-out on 2026-12-05 (was holdout-real-3). */
export const DEV_PAGES_4 = join(ROOT, 'tests', 'fixtures', 'dev-real-4');
export const DEV_PAGES_5 = join(ROOT, 'tests', 'fixtures', 'dev-real-5');
export const OLD_HOLDOUT = join(ROOT, 'tests', 'fixtures', 'holdout');
/** Held-out sets, newest last: summary lines only (see each folder's BASELINE.md). */
const HELD_OUT = ['holdout-real', 'holdout-real-4', 'holdout-real-6', 'holdout-real-7'].map((name) => join(ROOT, 'tests', 'fixtures', name));
const RELATIONS_EVAL = join(ROOT, 'scripts', 'eval', 'relations.ts');

export { normaliseName, scoreDistinct } from './eval/score';
export type { DistinctReport, GoldEntity, Score } from './eval/score';

/** Mentions of a page split into articles as the import does, each with the rule that found it. */
export function explainPage(extractor: Extractor, text: string): ExplainedMention[] {
  return splitPage(text).flatMap((d) => extractor.explain(d.text));
}

/** Scores one annotated text as distinct entities and tallies what each rule contributed. */
function scoreWithRules(mentions: ExplainedMention[], gold: GoldEntity[], tally: RuleTally): DistinctReport {
  const report = scoreDistinct(mentions, gold);
  const rulesOf = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = `${m.type}\t${m.name}`;
    const set = rulesOf.get(key) ?? new Set<string>();
    set.add(m.rule);
    rulesOf.set(key, set);
  }
  tallyDistinct(tally, rulesOf, report.outcomes);
  return report;
}

/** Runs the extractor over the sample page and scores it against the gold annotations. */
export function evaluateSample(extractor: Extractor, tally: RuleTally = newTally()): DistinctReport {
  const text = readFileSync(SAMPLE_PAGE, 'utf8');
  const gold = (JSON.parse(readFileSync(SAMPLE_GOLD, 'utf8')) as { entities: GoldEntity[] }).entities;
  return scoreWithRules(extractor.explain(text), gold, tally);
}

function printTypes(byType: Record<string, Score>, micro: Score, types: readonly string[] = ENTITY_TYPE_LIST): void {
  for (const t of types) console.log(`  ${t.padEnd(13)} ${fmt(byType[t])}`);
  console.log(`  ${'micro'.padEnd(13)} ${fmt(micro)}`);
}

function printPages(title: string, total: ReturnType<typeof summarise>, pages: number): void {
  console.log(`${title}: ${pages} pages, imported through the core`);
  for (const t of ENTITY_TYPE_LIST) console.log(`  ${t.padEnd(13)} ${fmt(total.entities[t])}`);
  console.log(`  ${'micro'.padEnd(13)} ${fmt(total.entities.micro)}`);
  const found = Object.values(total.relations.byType).reduce((n, v) => n + v.found, 0);
  const gold = Object.values(total.relations.byType).reduce((n, v) => n + v.gold, 0);
  console.log(`  relations found ${found}/${gold}; pages split right ${total.pagesRight}/${pages}; byline names ${fmt(total.bylines)}`);
  console.log(`  relations between gold entities ${fmt(total.relations.precision)}`);
  const r = total.relations;
  const statedWrong = r.precision.fp - r.inferredWrong;
  console.log(`  relations stated by a sentence (not inferred from a name or the gazetteer): P ${(r.statedRight / Math.max(1, r.statedRight + statedWrong)).toFixed(3)} (${r.statedRight} right, ${statedWrong} not in the gold)`);
}

function printSpans(title: string, r: { extractor: SpanReport; jieba: SpanReport }): void {
  console.log(title);
  printTypes(r.extractor.byType, r.extractor.micro, SPAN_TYPES);
  console.log(`  baseline, jieba POS tags alone: micro ${fmt(r.jieba.micro)}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const details = args.includes('--details');
  const extractor = createExtractor();
  const devTally = newTally();
  const sampleTally = newTally();
  const pdTally = newTally();
  const clueTally = newTally();

  const dev = await scorePages(DEV_PAGES);
  if (dev) printPages('Development pages (tests/fixtures/dev-real), distinct entities', dev.total, dev.pages);
  for (const p of loadHoldoutPages(DEV_PAGES)) scoreWithRules(explainPage(extractor, p.text), p.gold, devTally);
  const dev2 = await scorePages(DEV_PAGES_2);
  if (dev2) printPages('Development pages for splitting and bylines (tests/fixtures/dev-real-2; lighter entity gold)', dev2.total, dev2.pages);
  const dev3 = await scorePages(DEV_PAGES_3);
  if (dev3) printPages('Development pages, released held-out set (tests/fixtures/dev-real-3, was holdout-real-2)', dev3.total, dev3.pages);
  const dev4 = await scorePages(DEV_PAGES_4);
  if (dev4) printPages('Development pages, released held-out set (tests/fixtures/dev-real-4, was holdout-real-3)', dev4.total, dev4.pages);
  const dev5 = await scorePages(DEV_PAGES_5);
  if (dev5) printPages('Development pages, released held-out set (tests/fixtures/dev-real-5, was holdout-real-5)', dev5.total, dev5.pages);

  const sample = evaluateSample(extractor, sampleTally);
  console.log('Sample page, distinct entities (tests/fixtures/gold/sample-entities.json)');
  printTypes(sample.byType, sample.micro);
  if (details) console.log(`  false positives: ${sample.falsePositives.join('; ') || '-'}\n  missed: ${sample.missed.join('; ') || '-'}`);

  const old = loadHoldoutPages(OLD_HOLDOUT).map((p) => scoreWithRules(explainPage(extractor, p.text), p.gold, sampleTally));
  if (old.length) {
    console.log(`Older held-out pages (tests/fixtures/holdout, development material now), distinct entities: ${old.length} pages`);
    const byType = Object.fromEntries(ENTITY_TYPE_LIST.map((t) => [t, sumScores(old.map((r) => r.byType[t]))]));
    printTypes(byType, sumScores(old.map((r) => r.micro)));
  }

  const pd = loadSpanCorpus('peoples_daily_1998_dev.jsonl');
  if (pd) printSpans(`People's Daily 1998 dev, exact spans (${pd.length} sentences)`, evaluateSpans(extractor, pd, pdTally));
  else console.log("People's Daily dev: skipped (shared/data/peoples_daily_1998_dev.jsonl not found; set ZHITU_EVAL_DATA)");
  const clue = loadSpanCorpus('cluener_dev.jsonl');
  if (clue) printSpans(`CLUENER 2020 dev, exact spans, other conventions: read as trends (${clue.length} sentences)`, evaluateSpans(extractor, clue, clueTally));
  else console.log('CLUENER dev: skipped (shared/data/cluener_dev.jsonl not found)');

  console.log('What each rule contributes: right/wrong findings (distinct entities on pages; "only" = found by no other rule; exact spans on corpora)');
  printRuleTable([
    { title: 'dev pages', tally: devTally, distinct: true },
    { title: 'sample + old pages', tally: sampleTally, distinct: true },
    { title: 'PD dev', tally: pdTally, distinct: false },
    { title: 'CLUENER', tally: clueTally, distinct: false },
  ]);

  if (existsSync(RELATIONS_EVAL)) {
    // The relation scores (scripts/eval/relations.ts) print themselves.
    const relations = (await import(pathToFileURL(RELATIONS_EVAL).href)) as { printRelationEval?: () => Promise<void> | void };
    await relations.printRelationEval?.();
  }

  if (!args.includes('--no-held-out')) for (const dir of HELD_OUT) await printHeldOut(dir);
}

/** One summary line for a held-out folder of pages: nothing that names an entity or a page. */
export async function printHeldOut(dir: string): Promise<void> {
  const held = await scorePages(dir);
  if (!held) {
    console.log(`HELD-OUT: ${dir} not found`);
    return;
  }
  const e = held.total.entities;
  const f = (s: Score): string => s.f1.toFixed(3);
  const found = Object.values(held.total.relations.byType).reduce((n, v) => n + v.found, 0);
  const gold = Object.values(held.total.relations.byType).reduce((n, v) => n + v.gold, 0);
  console.log(
    `HELD-OUT ${basename(dir)} (${held.pages} pages, summary only): entities micro F1 ${f(e.micro)} (organisation ${f(e.organisation)}, place ${f(e.place)}, person ${f(e.person)}, program ${f(e.program)}); relations found ${found}/${gold}; pages split right ${held.total.pagesRight}/${held.pages}; byline names F1 ${f(held.total.bylines)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
