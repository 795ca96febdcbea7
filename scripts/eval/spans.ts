import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { ExplainedMention, Extractor } from '../../electron/core/extract/index';
import type { RuleTally } from './rules';
import { tallyRule } from './rules';
import { score, type Score } from './score';

/** One sentence of a span-annotated corpus (People's Daily 1998, CLUENER 2020). */
export interface SpanSentence {
  text: string;
  entities: Array<{ type: string; start: number; end: number }>;
}

export interface SpanReport {
  byType: Record<string, Score>;
  micro: Score;
}

/** The types these corpora annotate that the extractor also finds. */
export const SPAN_TYPES = ['person', 'place', 'organisation'];

/**
 * The folder of the shared evaluation data (`shared/data` beside the project or its worktree
 * folder, or `ZHITU_EVAL_DATA`), or null.
 */
export function findEvalData(): string | null {
  if (process.env.ZHITU_EVAL_DATA) return resolve(process.env.ZHITU_EVAL_DATA);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'shared', 'data');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return null;
}

/** Reads a JSON-lines corpus from the shared data folder, or null when it is absent. */
export function loadSpanCorpus(file: string): SpanSentence[] | null {
  const dir = findEvalData();
  const path = dir ? join(dir, file) : null;
  if (!path || !existsSync(path)) return null;
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as SpanSentence);
}

function spanScores(counts: Record<string, { tp: number; fp: number; fn: number }>): SpanReport {
  const byType = Object.fromEntries(SPAN_TYPES.map((t) => [t, score(counts[t].tp, counts[t].fp, counts[t].fn)]));
  const sum = (k: 'tp' | 'fp' | 'fn'): number => SPAN_TYPES.reduce((n, t) => n + counts[t][k], 0);
  return { byType, micro: score(sum('tp'), sum('fp'), sum('fn')) };
}

/**
 * Exact-span scores of `predict` on a corpus; with `tally`, each predicted span is counted for
 * the rule that found it (right or wrong).
 */
export function scoreSpans(sentences: SpanSentence[], predict: (text: string) => Array<{ type: string; start: number; end: number; rule?: string }>, tally?: RuleTally): SpanReport {
  const c = Object.fromEntries(SPAN_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const s of sentences) {
    const gold = new Set(s.entities.filter((e) => SPAN_TYPES.includes(e.type)).map((e) => `${e.type}:${e.start}:${e.end}`));
    const seen = new Set<string>();
    for (const p of predict(s.text)) {
      if (!SPAN_TYPES.includes(p.type)) continue;
      const key = `${p.type}:${p.start}:${p.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ok = gold.has(key);
      c[p.type][ok ? 'tp' : 'fp']++;
      if (tally && p.rule) tallyRule(tally, p.rule, ok);
    }
    for (const g of gold) if (!seen.has(g)) c[g.split(':')[0]].fn++;
  }
  return spanScores(c);
}

/** The extractor's exact-span scores (rules tallied), and jieba's POS tags alone (nr/ns/nt) as a baseline. */
export function evaluateSpans(extractor: Extractor, sentences: SpanSentence[], tally?: RuleTally): { extractor: SpanReport; jieba: SpanReport } {
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
  // The corpora are flat (one tag per character): a mention nested in another one (a place inside an
  // organisation's name) has no counterpart there, so only the outermost mentions are scored.
  const explained = (text: string): ExplainedMention[] => outermost(extractor.explain(text));
  return { extractor: scoreSpans(sentences, explained, tally), jieba: baseline };
}

/** The mentions that stand inside no other mention (of any type). */
function outermost<T extends { start: number; end: number }>(mentions: T[]): T[] {
  return mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}
