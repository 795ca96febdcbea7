import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openZhitu } from '../../electron/core/api';
import type { ArticleSummary, EntityMention, EntitySummary, RelationSummary } from '../../electron/shared/types';
import { normaliseName, score, scoreDistinct, type DistinctReport, type GoldEntity, type Score } from './score';

// `npx tsx scripts/eval/pages.ts DIR [--details] [--pages 1,2]`: scores a folder of annotated pages (page-N.txt
// with page-N.gold.json: articles with title, firstWords, date and byline; entities; relations) as a
// user sees them: each page is imported into a fresh workspace through the core API (splitting,
// bylines, dates, extraction, the graph), then articles, byline names, dates, distinct entities and
// typed relations are compared with the gold. `--details` lists the misses: never use it on a
// held-out set (tests/fixtures/holdout-real), whose score is read, not tuned on.

export interface GoldArticle {
  title: string | null;
  firstWords: string;
  date: string | null;
  byline: Array<{ name: string; role: string }>;
}

export interface GoldRelation {
  type: string;
  source: string;
  target: string;
  label?: string;
}

export interface GoldPage {
  name: string;
  file: string;
  articles: GoldArticle[];
  entities: GoldEntity[];
  relations: GoldRelation[];
}

export interface PageScore {
  name: string;
  articles: { gold: number; found: number; matched: number; titles: number; dates: number };
  bylines: Score;
  entities: DistinctReport;
  relations: { byType: Record<string, { gold: number; found: number }>; precision: Score; missed: string[]; wrong: string[]; wrongByType: Record<string, number>; inferredWrong: number; statedRight: number; ends: { gold: number; found: number } };
  bylineMisses: string[];
}

const RELATION_TYPES = ['role', 'organises', 'partner', 'founded', 'part_of', 'located_in', 'participates'];

/** Reads every `page-N.txt` with a `page-N.gold.json` beside it, in page order (only pages `only` when given). */
export function loadGoldPages(dir: string, only?: ReadonlySet<number>): GoldPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^page-\d+\.txt$/.test(f) && existsSync(join(dir, f.replace(/\.txt$/, '.gold.json'))))
    .filter((f) => !only || only.has(Number(f.match(/\d+/)![0])))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as Omit<GoldPage, 'name' | 'file'>;
      return { name: f.replace(/\.txt$/, ''), file: join(dir, f), articles: gold.articles ?? [], entities: gold.entities ?? [], relations: gold.relations ?? [] };
    });
}

const squash = (s: string): string => s.replace(/[\s“”"'‘’]/g, '');

/** Pairs each gold article with the predicted article whose text holds its first words (each predicted article used once). */
function matchArticles(gold: GoldArticle[], found: Array<ArticleSummary & { text: string }>): Array<[GoldArticle, (ArticleSummary & { text: string }) | null]> {
  const used = new Set<string>();
  return gold.map((g) => {
    const key = squash(g.firstWords);
    const hit = found.find((a) => !used.has(a.id) && squash(a.text).includes(key));
    if (hit) used.add(hit.id);
    return [g, hit ?? null];
  });
}

/** Multiset overlap of two name lists. */
function overlap(gold: string[], found: string[]): number {
  const left = [...found];
  let n = 0;
  for (const g of gold) {
    const i = left.indexOf(g);
    if (i >= 0) {
      left.splice(i, 1);
      n++;
    }
  }
  return n;
}

function scoreRelations(
  gold: GoldRelation[],
  goldEntities: GoldEntity[],
  entities: EntitySummary[],
  relations: RelationSummary[],
  stated: ReadonlySet<string>,
): PageScore['relations'] {
  // Every name (canonical or alias) a predicted entity goes by, and the gold entity each name belongs to.
  const goldOf = new Map<string, number>();
  goldEntities.forEach((g, i) => {
    for (const n of [g.name, ...(g.aliases ?? [])]) goldOf.set(`${g.type}\t${normaliseName(n)}`, i);
  });
  const entityGold = new Map<string, Set<number>>();
  for (const e of entities) {
    const ids = new Set<number>();
    for (const n of [e.name, ...e.aliases]) {
      const i = goldOf.get(`${e.type}\t${normaliseName(n)}`);
      if (i !== undefined) ids.add(i);
    }
    entityGold.set(e.id, ids);
  }
  const goldIndex = (name: string): number[] => {
    const out: number[] = [];
    goldEntities.forEach((g, i) => {
      if ([g.name, ...(g.aliases ?? [])].some((n) => normaliseName(n) === normaliseName(name))) out.push(i);
    });
    return out;
  };
  const typed = relations.filter((r) => RELATION_TYPES.includes(r.type));
  const byType: Record<string, { gold: number; found: number }> = Object.fromEntries(RELATION_TYPES.map((t) => [t, { gold: 0, found: 0 }]));
  const used = new Set<string>();
  const missed: string[] = [];
  // Gold relations whose two ends were both found as entities: the relation rules' own recall.
  const found = new Set([...entityGold.values()].flatMap((ids) => [...ids]));
  const ends = { gold: 0, found: 0 };
  for (const g of gold) {
    byType[g.type] ??= { gold: 0, found: 0 };
    byType[g.type].gold++;
    const s = goldIndex(g.source);
    const t = goldIndex(g.target);
    const bothFound = s.some((i) => found.has(i)) && t.some((i) => found.has(i));
    if (bothFound) ends.gold++;
    const links = (r: RelationSummary, a: number[], b: number[]): boolean =>
      a.some((i) => entityGold.get(r.source)?.has(i)) && b.some((i) => entityGold.get(r.target)?.has(i));
    const hit = typed.find((r) => r.type === g.type && (links(r, s, t) || (g.type === 'partner' && links(r, t, s))));
    if (hit) {
      byType[g.type].found++;
      if (bothFound) ends.found++;
      used.add(hit.id);
    } else missed.push(`${bothFound ? '' : '(an end not found) '}${g.type} ${g.source} -> ${g.target}${g.label ? ` [${g.label}]` : ''}`);
  }
  // Precision: typed relations between two entities of the gold list; the rest are entity errors, not relation errors.
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const between = typed.filter((r) => (entityGold.get(r.source)?.size ?? 0) > 0 && (entityGold.get(r.target)?.size ?? 0) > 0);
  const wrong = between.filter((r) => !used.has(r.id)).map((r) => `${r.type} ${names.get(r.source)} -> ${names.get(r.target)}${r.label ? ` [${r.label}]` : ''}`);
  const tp = between.length - wrong.length;
  const wrongByType: Record<string, number> = {};
  for (const r of between) {
    if (used.has(r.id)) continue;
    wrongByType[r.type] = (wrongByType[r.type] ?? 0) + 1;
  }
  // Edges inferred from a name or the gazetteer (not stated by a sentence) are counted apart.
  const inferredWrong = between.filter((r) => !used.has(r.id) && !stated.has(r.id)).length;
  const statedRight = between.filter((r) => used.has(r.id) && stated.has(r.id)).length;
  return { byType, precision: score(tp, wrong.length, gold.length - used.size), missed, wrong, wrongByType, inferredWrong, statedRight, ends };
}

/** Imports one page into a fresh workspace and scores what a user would see. */
export async function scorePage(page: GoldPage): Promise<PageScore> {
  const dir = await mkdtemp(join(tmpdir(), 'zhitu-eval-pages-'));
  try {
    const zhitu = await openZhitu({ dir, create: true });
    try {
      await zhitu.importPaths({ paths: [page.file] });
      const summaries = await zhitu.listArticles();
      const found = await Promise.all(summaries.map(async (s) => ({ ...s, text: (await zhitu.getArticle({ id: s.id })).text })));
      const entities = await zhitu.listEntities({});
      const relations = await zhitu.listRelations();
      const stated = new Set((await zhitu.listRelations({ filter: { excludeInferred: true } })).map((r) => r.id));
      const pairs = matchArticles(page.articles, found);
      const matched = pairs.filter(([, a]) => a);
      const goldNames = page.articles.flatMap((a) => a.byline.map((b) => b.name));
      const foundNames = found.flatMap((a) => a.byline.map((b) => b.name));
      const hitNames = overlap(goldNames, foundNames);
      const mentions: EntityMention[] = entities.flatMap((e) =>
        [e.name, ...e.aliases].map((surface) => ({ type: e.type, name: e.name, surface, start: 0, end: surface.length })),
      );
      const missingNames = [...goldNames];
      for (const n of foundNames) {
        const i = missingNames.indexOf(n);
        if (i >= 0) missingNames.splice(i, 1);
      }
      return {
        name: page.name,
        articles: {
          gold: page.articles.length,
          found: found.length,
          matched: matched.length,
          titles: matched.filter(([g, a]) => a && (g.title === null || squash(a.title) === squash(g.title))).length,
          dates: matched.filter(([g, a]) => a && (a.date ?? null) === (g.date ?? null)).length,
        },
        bylines: score(hitNames, foundNames.length - hitNames, goldNames.length - hitNames),
        bylineMisses: missingNames,
        entities: scoreDistinct(mentions, page.entities),
        relations: scoreRelations(page.relations, page.entities, entities, relations, stated),
      };
    } finally {
      await zhitu.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Sums page scores into one line per measure. */
export function summarise(scores: PageScore[]): {
  pagesRight: number;
  articles: { gold: number; found: number; matched: number; titles: number; dates: number };
  bylines: Score;
  entities: Record<string, Score>;
  relations: {
    byType: Record<string, { gold: number; found: number }>;
    precision: Score;
    wrongByType: Record<string, number>;
    inferredWrong: number;
    statedRight: number;
    ends: { gold: number; found: number };
  };
} {
  const sum = (f: (s: PageScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const types = ['organisation', 'place', 'person', 'program', 'micro'];
  const entities = Object.fromEntries(
    types.map((t) => {
      const pick = (s: PageScore): Score => (t === 'micro' ? s.entities.micro : s.entities.byType[t]);
      return [t, score(sum((s) => pick(s).tp), sum((s) => pick(s).fp), sum((s) => pick(s).fn))];
    }),
  );
  const byType: Record<string, { gold: number; found: number }> = {};
  for (const s of scores) {
    for (const [t, v] of Object.entries(s.relations.byType)) {
      byType[t] ??= { gold: 0, found: 0 };
      byType[t].gold += v.gold;
      byType[t].found += v.found;
    }
  }
  return {
    pagesRight: scores.filter((s) => s.articles.gold === s.articles.found).length,
    articles: {
      gold: sum((s) => s.articles.gold),
      found: sum((s) => s.articles.found),
      matched: sum((s) => s.articles.matched),
      titles: sum((s) => s.articles.titles),
      dates: sum((s) => s.articles.dates),
    },
    bylines: score(sum((s) => s.bylines.tp), sum((s) => s.bylines.fp), sum((s) => s.bylines.fn)),
    entities,
    relations: {
      byType,
      precision: score(sum((s) => s.relations.precision.tp), sum((s) => s.relations.precision.fp), sum((s) => s.relations.precision.fn)),
      wrongByType: scores.reduce<Record<string, number>>((acc, s) => {
        for (const [t, n] of Object.entries(s.relations.wrongByType)) acc[t] = (acc[t] ?? 0) + n;
        return acc;
      }, {}),
      inferredWrong: sum((s) => s.relations.inferredWrong),
      statedRight: sum((s) => s.relations.statedRight),
      ends: { gold: sum((s) => s.relations.ends.gold), found: sum((s) => s.relations.ends.found) },
    },
  };
}

const f3 = (x: number): string => x.toFixed(3);
const fmt = (s: Score): string => `P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** Scores every page of a folder (or the pages numbered in `only`) as a user sees them, without printing. */
export async function scorePages(dir: string, only?: ReadonlySet<number>): Promise<{ pages: number; scores: PageScore[]; total: ReturnType<typeof summarise> } | null> {
  const pages = loadGoldPages(dir, only);
  if (pages.length === 0) return null;
  const scores: PageScore[] = [];
  for (const p of pages) scores.push(await scorePage(p));
  return { pages: pages.length, scores, total: summarise(scores) };
}

/** Prints the summary of a folder of pages (and, with details, every miss). */
export async function evaluatePages(dir: string, details = false, only?: ReadonlySet<number>): Promise<ReturnType<typeof summarise> | null> {
  const scored = await scorePages(dir, only);
  if (!scored) {
    console.log(`${dir}: no annotated pages`);
    return null;
  }
  const { pages, scores, total } = scored;
  console.log(`${dir}${only ? ` (pages ${[...only].join(', ')})` : ''}: ${pages} pages`);
  console.log(`  pages split into the right number of articles: ${total.pagesRight}/${pages}`);
  const a = total.articles;
  console.log(`  articles: gold ${a.gold}, found ${a.found}, matched ${a.matched}, titles right ${a.titles}, dates right ${a.dates}`);
  console.log(`  byline names: ${fmt(total.bylines)}`);
  for (const [t, s] of Object.entries(total.entities)) console.log(`  entities ${t.padEnd(13)} ${fmt(s)}`);
  const found = Object.values(total.relations.byType).reduce((n, v) => n + v.found, 0);
  const gold = Object.values(total.relations.byType).reduce((n, v) => n + v.gold, 0);
  const per = Object.entries(total.relations.byType).filter(([, v]) => v.gold > 0).map(([t, v]) => `${t} ${v.found}/${v.gold}`).join(', ');
  console.log(`  relations found (type and direction): ${found}/${gold} (${per})`);
  console.log(`  relations whose both ends were found as entities: ${total.relations.ends.found}/${total.relations.ends.gold}`);
  console.log(`  relations between gold entities: ${fmt(total.relations.precision)}`);
  const { inferredWrong, statedRight, wrongByType } = total.relations;
  const statedWrong = total.relations.precision.fp - inferredWrong;
  console.log(`  precision of the relations stated by a sentence (not inferred): ${f3(statedRight / Math.max(1, statedRight + statedWrong))} (${statedRight} right, ${statedWrong} not in the gold)`);
  const wrongTypes = Object.entries(wrongByType).sort((a, b) => b[1] - a[1]);
  console.log(`  not in the gold, by type: ${wrongTypes.map(([t, n]) => `${t} ${n}`).join(', ') || '-'}; inferred from a name or the gazetteer: ${inferredWrong}`);
  if (details) {
    for (const s of scores) {
      console.log(`${s.name}: articles ${s.articles.found}/${s.articles.gold}`);
      console.log(`  byline names missed: ${s.bylineMisses.join(' ') || '-'}`);
      console.log(`  entities missed: ${s.entities.missed.join('; ') || '-'}`);
      console.log(`  entities wrong: ${s.entities.falsePositives.join('; ') || '-'}`);
      console.log(`  relations missed: ${s.relations.missed.join('; ') || '-'}`);
      console.log(`  relations wrong: ${s.relations.wrong.join('; ') || '-'}`);
    }
  }
  return total;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const dir = args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--pages');
  const pagesArg = args.indexOf('--pages');
  const only = pagesArg >= 0 ? new Set(args[pagesArg + 1].split(',').map(Number)) : undefined;
  if (!dir) {
    console.error('usage: npx tsx scripts/eval/pages.ts DIR [--details] [--pages 1,2,3]');
    process.exitCode = 2;
  } else await evaluatePages(resolve(dir), args.includes('--details'), only);
}
