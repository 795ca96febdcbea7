import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, EXTRACTOR_VERSION } from '../../../electron/core/extract/index';
import type { ExtractResult } from '../../../electron/shared/types';
import { SAMPLE_GOLD, SAMPLE_PAGE, scoreDistinct } from '../../../scripts/eval';
import type { GoldEntity } from '../../../scripts/eval';

describe('entity extraction on the sample page', () => {
  const text = readFileSync(SAMPLE_PAGE, 'utf8');
  const gold = (JSON.parse(readFileSync(SAMPLE_GOLD, 'utf8')) as { entities: GoldEntity[] }).entities;
  let result: ExtractResult;

  beforeAll(() => {
    result = createExtractor().extract(text);
  });

  it('finds the distinct entities of the hand annotation (recall ≥ 0.95, precision ≥ 0.90)', () => {
    const report = scoreDistinct(result.entities, gold);
    expect(report.micro.recall, `missed: ${report.missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(report.micro.precision, `false: ${report.falsePositives.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('gives offsets that cut out exactly the surface of every mention', () => {
    expect(result.entities.length).toBeGreaterThan(200);
    for (const m of result.entities) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(m.surface.length).toBeGreaterThan(0);
    }
  });

  it('finds every gold type, and no songs among the programs', () => {
    const names = new Set(result.entities.map((e) => `${e.type}:${e.name}`));
    for (const n of ['person:李昱霖', 'organisation:深圳市总工会', 'place:泰兴市', 'program:技能共富保']) expect(names).toContain(n);
    expect([...names].some((n) => /土家情歌|苗寨敬酒歌|啾啾/.test(n))).toBe(false);
  });

  it('returns located_in relations with sentence evidence', () => {
    const located = result.relations.filter((r) => r.type === 'located_in');
    const pairs = new Set(located.map((r) => `${r.source}>${r.target}:${r.attrs?.via}`));
    expect(pairs).toContain('深圳市>广东省:chain');
    expect(pairs).toContain('泰兴市>江苏省:chain');
    // Ancestors come from the gazetteer only when the page names them: 泰州市 is not named.
    expect([...pairs].some((p) => p.includes('泰州市'))).toBe(false);
    expect(pairs).toContain('深圳市总工会>深圳市:name');
    for (const r of located) {
      expect(r.start).toBeLessThan(r.end);
      expect(text.slice(r.start, r.end)).not.toMatch(/^\s|\s$/);
    }
  });

  it('has a version string', () => {
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
