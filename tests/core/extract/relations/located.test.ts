import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../electron/core/extract';
import { extractRelations } from '../../../../electron/core/extract/relations';
import type { EntityMention } from '../../../../electron/shared/types';
import { edges, findMentions, findRelation } from './mentions';
import type { EntitySpec } from './mentions';

// Places of the gazetteer carry a code; named sites do not.
const SITES = /公园|广场|园区|小游园/;
const mentions = (text: string, specs: EntitySpec[]): EntityMention[] =>
  findMentions(text, specs).map((m) => (m.type === 'place' && !SITES.test(m.name) ? { ...m, code: m.name } : m));
const located = (text: string, specs: EntitySpec[]): string[] => edges(extractRelations(text, mentions(text, specs)), 'located_in');

describe('located_in stated by the text', () => {
  it('reads 位于P的X and X位于P with the last place of a chain', () => {
    const text = '位于青禾县城南镇的鹭江船舶修造有限公司订单饱满。';
    const rels = extractRelations(text, mentions(text, [['place', '青禾县'], ['place', '城南镇'], ['organisation', '鹭江船舶修造有限公司']]));
    expect(edges(rels, 'located_in')).toEqual(['鹭江船舶修造有限公司 -[]-> 城南镇']);
    const r = findRelation(rels, 'located_in', '鹭江船舶修造有限公司', '城南镇');
    expect(text.slice(r?.start, r?.end)).toBe(text);
    expect(located('青禾职工驿站位于城南镇,面积300平方米。', [['organisation', '青禾职工驿站'], ['place', '城南镇']])).toEqual(['青禾职工驿站 -[]-> 城南镇']);
  });

  it('reads X在P举行 for an event and X在P成立/启用 for an organisation', () => {
    expect(located('全市职工技能大赛决赛在城南区举行。', [['program', '全市职工技能大赛'], ['place', '城南区']])).toEqual(['全市职工技能大赛 -[]-> 城南区']);
    expect(located('青禾县茶叶联合工会在城南镇正式成立。', [['organisation', '青禾县茶叶联合工会'], ['place', '城南镇']])).toEqual(['青禾县茶叶联合工会 -[]-> 城南镇']);
    // An organisation does not 举行 anywhere; a theme before the event's name is not the event.
    expect(located('青禾县总工会在城南镇举行座谈会。', [['organisation', '青禾县总工会'], ['place', '城南镇']])).toEqual([]);
    expect(located('“匠心筑梦”全市职工技能大赛在城南区举行。', [['program', '匠心筑梦'], ['program', '全市职工技能大赛'], ['place', '城南区']])).toEqual([
      '全市职工技能大赛 -[]-> 城南区',
    ]);
  });

  it('reads ORG在P启动X for the program', () => {
    expect(
      located('青禾市总工会在城南区启动2024年“冬送温暖”活动。', [['organisation', '青禾市总工会'], ['place', '城南区'], ['program', '冬送温暖']]),
    ).toEqual(['冬送温暖 -[]-> 城南区']);
    expect(
      located('青禾市总工会在城南区调研,并启动“冬送温暖”活动。', [['organisation', '青禾市总工会'], ['place', '城南区'], ['program', '冬送温暖']]),
    ).toEqual([]);
  });

  it('reads 在P…旁建成的X and 在P举办的X for the program', () => {
    const specs: EntitySpec[] = [['organisation', '青禾区总工会'], ['place', '东湖镇'], ['program', '工会驿站']];
    expect(located('青禾区总工会在东湖镇湿地公园旁建成的“工会驿站”投入使用。', specs)).toEqual(['工会驿站 -[]-> 东湖镇']);
    expect(located('青禾区总工会在东湖镇举办的“工会驿站”开放日结束。', specs)).toEqual(['工会驿站 -[]-> 东湖镇']);
    // A spot too far from the verb, or a place the workers come from, says nothing of the program.
    expect(located('青禾区总工会在东湖镇调研了三天的职工需求后建成“工会驿站”。', specs)).toEqual([]);
    expect(located('来自东湖镇的职工走进“工会驿站”。', specs.slice(1))).toEqual([]);
  });

  it('puts a named site in the place written right before it, and leaves gazetteer chains alone', () => {
    const text = '职工在城南区金沙湿地公园参加健步走。';
    const specs: EntitySpec[] = [['place', '城南区'], ['place', '金沙湿地公园']];
    expect(located(text, specs)).toEqual(['金沙湿地公园 -[]-> 城南区']);
    expect(located('广东省深圳市', [['place', '广东省'], ['place', '深圳市']])).toEqual([]);
  });
});

describe('zones and more ways of saying where', () => {
  it('puts a zone named after a place of the same text in that place', () => {
    const text = '青岛是港口城市。青岛高新技术产业开发区聚集企业3000余家。';
    const specs: EntitySpec[] = [['place', '青岛市', '青岛'], ['place', '青岛高新技术产业开发区']];
    const all = mentions(text, specs).map((m) => (m.name === '青岛高新技术产业开发区' ? { ...m, code: undefined } : m));
    const rels = extractRelations(text, all);
    expect(edges(rels, 'located_in')).toEqual(['青岛高新技术产业开发区 -[]-> 青岛市']);
    expect(findRelation(rels, 'located_in', '青岛高新技术产业开发区', '青岛市')?.attrs).toEqual({ via: 'name' });
  });

  it('puts a zone named after its city without 市 in that city (`青岛高新区` with 青岛市 named)', () => {
    const text = '青岛市总工会日前召开会议。青岛高新技术产业开发区聚集企业3000余家。';
    const specs: EntitySpec[] = [['place', '青岛市'], ['place', '青岛高新技术产业开发区']];
    const all = mentions(text, specs).map((m) => (m.name === '青岛高新技术产业开发区' ? { ...m, code: undefined } : m));
    expect(edges(extractRelations(text, all), 'located_in')).toEqual(['青岛高新技术产业开发区 -[]-> 青岛市']);
  });

  it('reads 在P的X for an organisation or a site, not for a program', () => {
    const specs: EntitySpec[] = [['place', '东湖镇'], ['organisation', '青禾电子有限公司']];
    expect(located('在东湖镇的青禾电子有限公司工作的钟某第一个报了名。', specs)).toEqual(['青禾电子有限公司 -[]-> 东湖镇']);
    expect(located('在东湖镇的“工会驿站”里,职工可以热饭。', [['place', '东湖镇'], ['program', '工会驿站']])).toEqual([]);
  });

  it('reads 地处 and 坐落在 like 位于', () => {
    expect(located('青禾职工驿站地处城南镇,交通便利。', [['organisation', '青禾职工驿站'], ['place', '城南镇']])).toEqual(['青禾职工驿站 -[]-> 城南镇']);
    expect(located('坐落在城南镇的金沙湿地公园对职工免费开放。', [['place', '城南镇'], ['place', '金沙湿地公园']])).toEqual(['金沙湿地公园 -[]-> 城南镇']);
  });
});

describe('located_in inferred from the gazetteer and from names', () => {
  const extractor = createExtractor();
  const located = (text: string): string[] =>
    extractor
      .extract(text)
      .relations.filter((r) => r.type === 'located_in')
      .map((r) => `${r.source}>${r.target}:${r.attrs?.via}`)
      .sort();

  it('links a place to its nearest ancestor that the text names, never to one it does not name', () => {
    // 珠海 lies in 广东省, which the first text does not name.
    expect(located('珠海市香洲区的职工参加了培训。')).toEqual(['香洲区>珠海市:chain']);
    expect(located('广东省各地开展慰问,珠海市的职工参加了活动。')).toEqual(
      expect.arrayContaining(['珠海市>广东省:gazetteer']),
    );
  });

  it('places an organisation in the place its name starts with, named on its own or not (convention 4 of 2026-12-05)', () => {
    expect(located('珠海市总工会开展慰问。')).toContain('珠海市总工会>珠海市:name');
    expect(located('珠海市总工会开展慰问,珠海市的职工参加了活动。')).toContain('珠海市总工会>珠海市:name');
  });
});
