import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openZhitu } from '../../electron/core/api';
import type { EntitySummary, GraphEdge } from '../../electron/shared/types';
import { normaliseName, type GoldEntity } from './score';
import { loadGoldPages, type GoldPage, type GoldRelation } from './pages';

// `npx tsx scripts/eval/relations.ts [DIR] [--details]`: precision and recall of typed relations,
// per relation type, on pages imported through the core as a user would (splitting, extraction,
// the graph). Without DIR: the sample page (tests/fixtures/gold/sample-relations.json) and the
// development pages (tests/fixtures/dev-real), pages 1-4 and 5-6 apart. `--details` lists misses
// and wrong relations; it is refused on a held-out folder, whose score is read, not tuned on.
//
// A gold relation is found when a relation of its type joins the predicted entities that carry its
// ends' names (either direction for `partner`). "Both ends found" counts only gold relations whose
// two ends were found as entities: the relation rules' own recall. Precision counts distinct
// predicted (type, source, target) between entities of the gold list (other relations are entity
// errors); "inferred" are `located_in` read off the gazetteer or a name (attrs.via), which the gold
// conventions leave unlisted, so precision is also given without them.

/** The relation types scored (co_occurs, mentions and reported_by are not). */
export const SCORED_TYPES = ['role', 'organises', 'partner', 'founded', 'part_of', 'located_in', 'participates'] as const;

/** Counts of one relation type (or all). */
export interface TypeScore {
  gold: number;
  found: number;
  /** Gold relations whose both ends are predicted entities, and how many of those were found. */
  endsGold: number;
  endsFound: number;
  /** Distinct predicted relations between gold entities, the right ones, and the inferred wrong ones. */
  predicted: number;
  right: number;
  inferredWrong: number;
  /** Found relations whose gold has a label, and how many carry exactly that label. */
  labelled: number;
  labelRight: number;
}

/** The score of one page (or a sum of pages). */
export interface RelationScore {
  byType: Record<string, TypeScore>;
  missed: string[];
  wrong: string[];
}

// The sample page and its gold, named here rather than imported from scripts/eval.ts: that module
// runs its main with a top-level await and imports this one, so importing it back would never settle.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLE_PAGE = join(ROOT, 'data', '000_65facfb44480fdb1.txt');
const SAMPLE_GOLD = join(ROOT, 'tests', 'fixtures', 'gold', 'sample-entities.json');

const empty = (): TypeScore => ({ gold: 0, found: 0, endsGold: 0, endsFound: 0, predicted: 0, right: 0, inferredWrong: 0, labelled: 0, labelRight: 0 });
const INFERRED = new Set(['gazetteer', 'name']);

/** What a user's workspace holds after importing a page: its entities and typed edges. */
export interface Imported {
  entities: Array<Pick<EntitySummary, 'id' | 'type' | 'name' | 'aliases'>>;
  edges: Array<Pick<GraphEdge, 'type' | 'source' | 'target' | 'label' | 'attrs'>>;
}

/** Scores predicted relations against a page's gold relations and gold entities. */
export function scoreRelations(gold: GoldRelation[], goldEntities: GoldEntity[], got: Imported): RelationScore {
  const key = (type: string, name: string): string => `${type}\t${normaliseName(name)}`;
  const goldOf = new Map<string, number>();
  goldEntities.forEach((g, i) => {
    for (const n of [g.name, ...(g.aliases ?? [])]) goldOf.set(key(g.type, n), i);
  });
  // The gold entities each predicted entity stands for, and the predicted entities of each gold one.
  const entityGold = new Map<string, Set<number>>();
  const goldEntity = new Map<number, Set<string>>();
  for (const e of got.entities) {
    const ids = new Set<number>();
    for (const n of [e.name, ...e.aliases]) {
      const i = goldOf.get(key(e.type, n));
      if (i === undefined) continue;
      ids.add(i);
      if (!goldEntity.has(i)) goldEntity.set(i, new Set());
      goldEntity.get(i)!.add(e.id);
    }
    entityGold.set(e.id, ids);
  }
  const byName = (name: string): number[] => {
    const n = normaliseName(name);
    const out: number[] = [];
    goldEntities.forEach((g, i) => {
      if ([g.name, ...(g.aliases ?? [])].some((a) => normaliseName(a) === n)) out.push(i);
    });
    return out;
  };
  const names = new Map(got.entities.map((e) => [e.id, e.name]));
  const typed = got.edges.filter((e) => (SCORED_TYPES as readonly string[]).includes(e.type));
  const byType: Record<string, TypeScore> = Object.fromEntries(SCORED_TYPES.map((t) => [t, empty()]));
  const matchedPairs = new Set<string>();
  const pairKey = (e: { type: string; source: string; target: string }): string =>
    e.type === 'partner' && e.target < e.source ? `${e.type}\t${e.target}\t${e.source}` : `${e.type}\t${e.source}\t${e.target}`;
  const missed: string[] = [];
  for (const g of gold) {
    const s = byName(g.source);
    const t = byName(g.target);
    const score = (byType[g.type] ??= empty());
    score.gold++;
    const has = (ids: number[]): boolean => ids.some((i) => goldEntity.has(i));
    const ends = has(s) && has(t);
    if (ends) score.endsGold++;
    const joins = (e: Imported['edges'][number], a: number[], b: number[]): boolean =>
      a.some((i) => entityGold.get(e.source)?.has(i)) && b.some((i) => entityGold.get(e.target)?.has(i));
    const hits = typed.filter((e) => e.type === g.type && (joins(e, s, t) || (g.type === 'partner' && joins(e, t, s))));
    if (hits.length > 0) {
      score.found++;
      if (ends) score.endsFound++;
      for (const h of hits) matchedPairs.add(pairKey(h));
      if (g.label) {
        score.labelled++;
        if (hits.some((h) => h.label === g.label)) score.labelRight++;
      }
    } else {
      missed.push(`${g.type} ${g.source} -> ${g.target}${g.label ? ` [${g.label}]` : ''}${ends ? '' : ' (an end not found)'}`);
    }
  }
  const wrong: string[] = [];
  const seen = new Set<string>();
  for (const e of typed) {
    if (!entityGold.get(e.source)?.size || !entityGold.get(e.target)?.size) continue;
    const k = pairKey(e);
    if (seen.has(k)) continue;
    seen.add(k);
    const score = byType[e.type];
    score.predicted++;
    if (matchedPairs.has(k)) {
      score.right++;
      continue;
    }
    const inferred = INFERRED.has(String(e.attrs?.via ?? ''));
    if (inferred) score.inferredWrong++;
    wrong.push(`${e.type} ${names.get(e.source)} -> ${names.get(e.target)}${e.label ? ` [${e.label}]` : ''}${inferred ? ` (via ${e.attrs?.via})` : ''}`);
  }
  return { byType, missed, wrong };
}

/** Imports one text file into a fresh workspace and returns its entities and typed edges. */
export async function importForScoring(file: string): Promise<Imported> {
  const dir = await mkdtemp(join(tmpdir(), 'zhitu-eval-relations-'));
  try {
    const zhitu = await openZhitu({ dir, create: true });
    try {
      await zhitu.importPaths({ paths: [file] });
      const entities = await zhitu.listEntities({});
      const graph = await zhitu.getGraph({});
      return { entities, edges: graph.edges };
    } finally {
      await zhitu.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The sample page as a gold page: its entity gold and relation gold. */
export function samplePage(): GoldPage {
  const entities = (JSON.parse(readFileSync(SAMPLE_GOLD, 'utf8')) as { entities: GoldEntity[] }).entities;
  const relations = (JSON.parse(readFileSync(SAMPLE_GOLD.replace('sample-entities', 'sample-relations'), 'utf8')) as { relations: GoldRelation[] }).relations;
  return { name: 'sample', file: SAMPLE_PAGE, articles: [], entities, relations };
}

/** Sums page scores. */
export function sumScores(scores: RelationScore[]): RelationScore {
  const byType: Record<string, TypeScore> = Object.fromEntries(SCORED_TYPES.map((t) => [t, empty()]));
  for (const s of scores) {
    for (const [t, v] of Object.entries(s.byType)) {
      const into = (byType[t] ??= empty());
      for (const k of Object.keys(v) as Array<keyof TypeScore>) into[k] += v[k];
    }
  }
  return { byType, missed: scores.flatMap((s) => s.missed), wrong: scores.flatMap((s) => s.wrong) };
}

/** Adds every type's counts into one. */
export function total(score: RelationScore): TypeScore {
  const all = empty();
  for (const v of Object.values(score.byType)) for (const k of Object.keys(all) as Array<keyof TypeScore>) all[k] += v[k];
  return all;
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(2) : '  - ');

/** One printed line per relation type, and the total. */
export function formatScore(title: string, score: RelationScore): string {
  const rows = [...SCORED_TYPES.map((t) => [t, score.byType[t]] as const), ['all', total(score)] as const];
  const out = [title, '  type           found        recall  ends-found   recall  precision  (right/pred)  P w/o inferred  labels'];
  for (const [t, s] of rows) {
    if (s.gold === 0 && s.predicted === 0) continue;
    const exact = s.predicted - s.inferredWrong;
    out.push(
      `  ${t.padEnd(13)}  ${`${s.found}/${s.gold}`.padStart(8)}  ${ratio(s.found, s.gold).padStart(10)}  ${`${s.endsFound}/${s.endsGold}`.padStart(10)}  ${ratio(s.endsFound, s.endsGold).padStart(7)}` +
        `  ${ratio(s.right, s.predicted).padStart(9)}  ${`(${s.right}/${s.predicted})`.padStart(12)}  ${ratio(s.right, exact).padStart(14)}  ${`${s.labelRight}/${s.labelled}`.padStart(6)}`,
    );
  }
  return out.join('\n');
}

/** Scores pages one by one (each in its own workspace). */
export async function scorePages(pages: GoldPage[]): Promise<Array<{ page: GoldPage; score: RelationScore }>> {
  const out: Array<{ page: GoldPage; score: RelationScore }> = [];
  for (const page of pages) out.push({ page, score: scoreRelations(page.relations, page.entities, await importForScoring(page.file)) });
  return out;
}

/** Prints the relation scores of the sample and the dev pages (or of one folder), with details on request. */
export async function evaluateRelations(dir: string | undefined, details: boolean): Promise<void> {
  const heldOut = dir !== undefined && /holdout/.test(resolve(dir));
  if (details && heldOut) {
    console.error('--details is refused on a held-out folder: its score is read, not tuned on.');
    details = false;
  }
  const groups: Array<[string, GoldPage[]]> = [];
  if (dir) groups.push([basename(resolve(dir)), loadGoldPages(resolve(dir))]);
  else {
    const dev = loadGoldPages(join(ROOT, 'tests', 'fixtures', 'dev-real'));
    const number = (p: GoldPage): number => Number(/\d+/.exec(p.name)?.[0] ?? 0);
    groups.push(['sample page', [samplePage()]], ['dev-real pages 1-4', dev.filter((p) => number(p) <= 4)], ['dev-real pages 5-6', dev.filter((p) => number(p) > 4)]);
  }
  for (const [title, pages] of groups) {
    if (pages.length === 0) continue;
    const scores = await scorePages(pages);
    console.log(formatScore(`Relations, ${title} (${pages.length} page${pages.length > 1 ? 's' : ''})`, sumScores(scores.map((s) => s.score))));
    if (!details) continue;
    for (const { page, score } of scores) {
      console.log(`  ${page.name} missed: ${score.missed.join('; ') || '-'}`);
      console.log(`  ${page.name} wrong: ${score.wrong.join('; ') || '-'}`);
    }
  }
}

/** The hook `npm run eval` calls: relation scores of the sample and the dev pages, without details. */
export async function printRelationEval(): Promise<void> {
  await evaluateRelations(undefined, false);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  await evaluateRelations(args.find((a) => !a.startsWith('--')), args.includes('--details'));
}
