import { describe, expect, it } from 'vitest';
import type { RelationMention } from '../../../electron/shared/types';
import { extractor, mentions } from './helpers';

// Made-up organisations around real divisions: convention 4 of 2026-12-05 (places inside names).

const located = (text: string): string[] =>
  extractor()
    .extract(text)
    .relations.filter((r: RelationMention) => r.type === 'located_in')
    .map((r) => `${r.source}>${r.target}`);

const places = (text: string): string[] => mentions(text).filter((m) => m.type === 'place').map((m) => `${m.name}@${m.start}-${m.end}`);

describe('places written inside an organisation\'s name', () => {
  it('are place mentions at their own offsets, with the gazetteer\'s full name', () => {
    const text = '江西青禾物流有限公司召开职工大会。';
    expect(places(text)).toEqual(['江西省@0-2']);
    expect(mentions(text).find((m) => m.type === 'place')?.surface).toBe('江西');
    expect(located(text)).toContain('江西青禾物流有限公司>江西省');
  });

  it('chain the places written together, and the organisation lies in the most specific one', () => {
    const text = '长沙市雨花区青禾街道总工会开展活动。';
    expect(places(text)).toEqual(['长沙市@0-3', '雨花区@3-6']);
    const rel = located(text);
    expect(rel).toContain('雨花区>长沙市');
    expect(rel).toContain('雨花区青禾街道总工会>雨花区');
    expect(rel).not.toContain('雨花区青禾街道总工会>长沙市');
  });

  it('put a unit in the place of its own part of the name, not in its parent\'s', () => {
    const text = '中国铁路南宁局集团有限公司柳州青禾车务段开展安全检查。';
    expect(places(text)).toEqual(['南宁市@4-6', '柳州市@13-15']);
    const rel = located(text);
    expect(rel).toContain('中国铁路南宁局集团有限公司柳州青禾车务段>柳州市');
    expect(rel).not.toContain('中国铁路南宁局集团有限公司柳州青禾车务段>南宁市');
  });

  it('put a company\'s union in its company\'s place', () => {
    expect(located('十堰青禾精铸有限公司工会慰问职工。')).toContain('十堰青禾精铸有限公司工会>十堰市');
  });

  it('keep two places that do not hold each other both', () => {
    const rel = located('宁波舟山青禾港务有限公司召开会议。');
    expect(rel).toContain('宁波舟山青禾港务有限公司>宁波市');
    expect(rel).toContain('宁波舟山青禾港务有限公司>舟山市');
  });

  it('leave out roads, the country, and a joiner the segmenter reads', () => {
    expect(places('平度市青禾路小学的老师说。')).toEqual(['平度市@0-3']);
    expect(places('中国青禾集团有限公司召开会议。')).toEqual([]);
    expect(places('青岛市广州路小学召开会议。')).toEqual(['青岛市@0-3']);
  });
});

describe('stations (convention 3 of 2026-12-05)', () => {
  it('are units in the city they are named after', () => {
    const text = '郑州东站的客运员在候车室值守。';
    expect(mentions(text).filter((m) => m.type === 'organisation').map((m) => m.name)).toEqual(['郑州东站']);
    expect(located(text)).toContain('郑州东站>郑州市');
    expect(located('列车驶抵南昌站。')).toContain('南昌站>南昌市');
  });
});
