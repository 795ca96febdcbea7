import type { EntityMention, EntityType } from '../../electron/shared/types';

/** A gold entity: its type, canonical name and the other names the text uses. */
export interface GoldEntity {
  type: EntityType;
  name: string;
  aliases?: string[];
}

/** Counts and the measures made from them. */
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
  /** For each predicted entity (`type\tname`): whether it matched a gold entity. */
  outcomes: Map<string, boolean>;
}

export const ENTITY_TYPE_LIST = ['organisation', 'place', 'person', 'program'] as const;

/** Precision, recall and F1 from counts. */
export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Sums scores' counts. */
export function sumScores(scores: Score[]): Score {
  return score(
    scores.reduce((n, s) => n + s.tp, 0),
    scores.reduce((n, s) => n + s.fp, 0),
    scores.reduce((n, s) => n + s.fn, 0),
  );
}

/** `P 0.900  R 0.800  F1 0.847  (tp …, fp …, fn …)`. */
export const fmt = (s: Score): string =>
  `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

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
  const counts = Object.fromEntries(ENTITY_TYPE_LIST.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const falsePositives: string[] = [];
  const outcomes = new Map<string, boolean>();
  // Canonical-name matches first, so that a surface match cannot steal a gold entity.
  const preds = [...predicted.values()].sort(
    (a, b) => Number(!goldIndex.has(`${a.type}\t${normaliseName(a.name)}`)) - Number(!goldIndex.has(`${b.type}\t${normaliseName(b.name)}`)),
  );
  for (const p of preds) {
    let hit = goldIndex.get(`${p.type}\t${normaliseName(p.name)}`);
    if (hit === undefined) for (const s of p.surfaces) hit ??= goldIndex.get(`${p.type}\t${normaliseName(s)}`);
    const ok = hit !== undefined && !matched.has(hit);
    outcomes.set(`${p.type}\t${p.name}`, ok);
    if (ok) {
      matched.add(hit as number);
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
  const byType = Object.fromEntries(ENTITY_TYPE_LIST.map((t) => [t, score(counts[t].tp, counts[t].fp, counts[t].fn)]));
  const sum = (k: 'tp' | 'fp' | 'fn'): number => ENTITY_TYPE_LIST.reduce((n, t) => n + counts[t][k], 0);
  return { byType, micro: score(sum('tp'), sum('fp'), sum('fn')), falsePositives, missed, outcomes };
}
