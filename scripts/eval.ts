import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { EntityMention, EntityType } from '../electron/shared/types';
import { createExtractor } from '../electron/core/extract/index';
import type { Extractor } from '../electron/core/extract/index';

// `npx tsx scripts/eval.ts [--details]`: precision, recall and F1 of entity extraction on the
// hand-annotated sample page (distinct entities) and on People's Daily 1998 dev (exact spans).

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE_PAGE = join(ROOT, 'data', '000_65facfb44480fdb1.txt');
export const SAMPLE_GOLD = join(ROOT, 'tests', 'fixtures', 'gold', 'sample-entities.json');
const PEOPLES_DAILY = join(ROOT, '..', 'shared', 'data', 'peoples_daily_1998_dev.jsonl');

export interface GoldEntity {
  type: EntityType;
  name: string;
  aliases?: string[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DistinctReport {
  byType: Record<string, Score>;
  micro: Score;
  /** Predicted entities that match no gold entity, or a gold entity already matched. */
  falsePositives: string[];
  /** Gold entities no prediction matched. */
  missed: string[];
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Name comparison ignores quote marks and spaces (“技能共富保” = 技能共富保). */
export function normaliseName(s: string): string {
  return s.replace(/[“”‘’"'「」『』\s]/g, '');
}

/**
 * Scores distinct entities: predictions are grouped by (type, canonical name); one matches a gold
 * entity of its type when its name or one of its surfaces is the gold name or an alias. A second
 * prediction matching the same gold entity is a false positive (a duplicate).
 */
export function scoreDistinct(mentions: EntityMention[], gold: GoldEntity[]): DistinctReport {
  const predicted = new Map<string, { type: EntityType; name: string; surfaces: Set<string> }>();
  for (const m of mentions) {
    const key = `${m.type}\t${m.name}`;
    const p = predicted.get(key) ?? { type: m.type, name: m.name, surfaces: new Set<string>() };
    p.surfaces.add(m.surface);
    predicted.set(key, p);
  }
  const goldIndex = new Map<string, number>();
  gold.forEach((g, i) => {
    for (const n of [g.name, ...(g.aliases ?? [])]) goldIndex.set(`${g.type}\t${normaliseName(n)}`, i);
  });
  const matched = new Set<number>();
  const types = ['organisation', 'place', 'person', 'program'];
  const counts = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const falsePositives: string[] = [];
  // Canonical-name matches first, so that a surface match cannot steal a gold entity.
  const preds = [...predicted.values()].sort((a, b) => Number(!goldIndex.has(`${a.type}\t${normaliseName(a.name)}`)) - Number(!goldIndex.has(`${b.type}\t${normaliseName(b.name)}`)));
  for (const p of preds) {
    let hit = goldIndex.get(`${p.type}\t${normaliseName(p.name)}`);
    if (hit === undefined) for (const s of p.surfaces) hit ??= goldIndex.get(`${p.type}\t${normaliseName(s)}`);
    if (hit !== undefined && !matched.has(hit)) {
      matched.add(hit);
      counts[p.type].tp++;
    } else {
      counts[p.type].fp++;
      falsePositives.push(`${p.type} ${p.name}${hit !== undefined ? ' (duplicate)' : ''} [${[...p.surfaces].join('|')}]`);
    }
  }
  const missed: string[] = [];
  gold.forEach((g, i) => {
    if (!matched.has(i)) {
      counts[g.type].fn++;
      missed.push(`${g.type} ${g.name}`);
    }
  });
  const byType = Object.fromEntries(types.map((t) => [t, score(counts[t].tp, counts[t].fp, counts[t].fn)]));
  const sum = (k: 'tp' | 'fp' | 'fn'): number => types.reduce((n, t) => n + counts[t][k], 0);
  return { byType, micro: score(sum('tp'), sum('fp'), sum('fn')), falsePositives, missed };
}

/** Runs the extractor over the sample page and scores it against the gold annotations. */
export function evaluateSample(extractor: Extractor): DistinctReport {
  const text = readFileSync(SAMPLE_PAGE, 'utf8');
  const gold = (JSON.parse(readFileSync(SAMPLE_GOLD, 'utf8')) as { entities: GoldEntity[] }).entities;
  return scoreDistinct(extractor.extract(text).entities, gold);
}

interface PdSentence {
  text: string;
  entities: Array<{ type: string; start: number; end: number }>;
}

const PD_TYPES = ['person', 'place', 'organisation'];

function scoreSpans(sentences: PdSentence[], predict: (text: string) => Array<{ type: string; start: number; end: number }>): { byType: Record<string, Score>; micro: Score } {
  const c = Object.fromEntries(PD_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const s of sentences) {
    const gold = new Set(s.entities.filter((e) => PD_TYPES.includes(e.type)).map((e) => `${e.type}:${e.start}:${e.end}`));
    const pred = new Set(predict(s.text).filter((e) => PD_TYPES.includes(e.type)).map((e) => `${e.type}:${e.start}:${e.end}`));
    for (const p of pred) c[p.split(':')[0]][gold.has(p) ? 'tp' : 'fp']++;
    for (const g of gold) if (!pred.has(g)) c[g.split(':')[0]].fn++;
  }
  const byType = Object.fromEntries(PD_TYPES.map((t) => [t, score(c[t].tp, c[t].fp, c[t].fn)]));
  const sum = (k: 'tp' | 'fp' | 'fn'): number => PD_TYPES.reduce((n, t) => n + c[t][k], 0);
  return { byType, micro: score(sum('tp'), sum('fp'), sum('fn')) };
}

/** Exact-span scores on People's Daily dev, for the extractor and for jieba's POS tags alone (nr/ns/nt). */
export function evaluatePeoplesDaily(extractor: Extractor, file = PEOPLES_DAILY): { extractor: ReturnType<typeof scoreSpans>; jieba: ReturnType<typeof scoreSpans> } | null {
  if (!existsSync(file)) return null;
  const sentences = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as PdSentence);
  const jieba = Jieba.withDict(dict);
  const posTypes: Record<string, string> = { nr: 'person', ns: 'place', nt: 'organisation' };
  const baseline = scoreSpans(sentences, (text) => {
    let off = 0;
    const out: Array<{ type: string; start: number; end: number }> = [];
    for (const w of jieba.tag(text, true)) {
      if (posTypes[w.tag]) out.push({ type: posTypes[w.tag], start: off, end: off + w.word.length });
      off += w.word.length;
    }
    return out;
  });
  return { extractor: scoreSpans(sentences, (text) => extractor.extract(text).entities), jieba: baseline };
}

const fmt = (s: Score): string =>
  `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

function main(): void {
  const details = process.argv.includes('--details');
  const extractor = createExtractor();
  const sample = evaluateSample(extractor);
  console.log('Sample page, distinct entities (tests/fixtures/gold/sample-entities.json)');
  for (const [t, s] of Object.entries(sample.byType)) console.log(`  ${t.padEnd(13)} ${fmt(s)}`);
  console.log(`  ${'micro'.padEnd(13)} ${fmt(sample.micro)}`);
  if (details) {
    console.log('  false positives:\n    ' + sample.falsePositives.join('\n    '));
    console.log('  missed:\n    ' + sample.missed.join('\n    '));
  }
  const pd = evaluatePeoplesDaily(extractor);
  if (!pd) {
    console.log(`People's Daily dev: skipped (${PEOPLES_DAILY} not found)`);
    return;
  }
  console.log("People's Daily 1998 dev, exact spans");
  for (const t of PD_TYPES) console.log(`  ${t.padEnd(13)} ${fmt(pd.extractor.byType[t])}`);
  console.log(`  ${'micro'.padEnd(13)} ${fmt(pd.extractor.micro)}`);
  console.log("  baseline, jieba POS tags alone (nr/ns/nt):");
  for (const t of PD_TYPES) console.log(`  ${t.padEnd(13)} ${fmt(pd.jieba.byType[t])}`);
  console.log(`  ${'micro'.padEnd(13)} ${fmt(pd.jieba.micro)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
