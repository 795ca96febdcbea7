import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../../electron/core/extract/index';
import type { Extractor } from '../../../electron/core/extract/index';
import type { EntityMention, EntityType } from '../../../electron/shared/types';

// Development tests: sentences taken from the sample page, on which the rules were developed.

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});

const mentions = (text: string): EntityMention[] => extractor.extract(text).entities;
const find = (text: string, type: EntityType, surface: string): EntityMention | undefined =>
  mentions(text).find((m) => m.type === type && m.surface === surface);
const names = (text: string, type: EntityType): string[] => mentions(text).filter((m) => m.type === type).map((m) => m.name);

describe('organisations', () => {
  it('resolves a union abbreviation to the full union (平度市总 → 平度市总工会)', () => {
    const text = '平度市总工会从职工需求出发开办夜校。平度市总引入多方资源。';
    expect(find(text, 'organisation', '平度市总')?.name).toBe('平度市总工会');
    expect(find(text, 'organisation', '平度市总工会')?.name).toBe('平度市总工会');
  });

  it('reads a bare 省总 as the province union named in the text', () => {
    const text = '青海省总工会举办培训班，省总各直属工会负责人参加。';
    expect(find(text, 'organisation', '省总')?.name).toBe('青海省总工会');
  });

  it('keeps the place prefix that is part of a name, and the place in a legal name', () => {
    expect(names('深圳市职工发展基金会秘书长夏海燕介绍道。', 'organisation')).toEqual(['深圳市职工发展基金会']);
    expect(names('富士胶片制造(深圳)有限公司职工王先生说。', 'organisation')).toEqual(['富士胶片制造(深圳)有限公司']);
  });

  it('splits a chain of places from the union it ends with', () => {
    const text = '近日，广西壮族自治区河池市总工会组织慰问组。';
    expect(names(text, 'organisation')).toEqual(['河池市总工会']);
    // 河池市 stands inside the union's name: a place of its own there (convention 4 of 2026-12-05).
    expect(names(text, 'place')).toEqual(['广西壮族自治区', '河池市']);
  });

  it('resolves a bare 基金会 after the foundation to that foundation', () => {
    const text = '深圳市职工发展基金会是公募基金。基金会积极探索新模式。';
    const refs = mentions(text).filter((m) => m.surface === '基金会');
    expect(refs).toHaveLength(1);
    expect(refs[0].name).toBe('深圳市职工发展基金会');
    expect(refs[0].type).toBe('organisation');
  });

  it('does not take a predicate verb into the name (联合泰兴市仲裁院)', () => {
    const text = '黄桥镇总工会联合泰兴市仲裁院、黄桥司法所等部门。';
    expect(names(text, 'organisation')).toEqual(['黄桥镇总工会', '泰兴市仲裁院', '黄桥司法所']);
  });
});

describe('people', () => {
  it('separates the title from the name (秘书长夏海燕 → 夏海燕)', () => {
    const p = find('深圳市职工发展基金会秘书长夏海燕介绍道。', 'person', '夏海燕');
    expect(p?.name).toBe('夏海燕');
    expect(mentions('深圳市职工发展基金会秘书长夏海燕介绍道。').some((m) => m.surface.includes('秘书长'))).toBe(false);
  });

  it('keeps 王先生 as a person', () => {
    expect(find('富士胶片制造(深圳)有限公司职工王先生就是受益者之一。', 'person', '王先生')?.name).toBe('王先生');
  });

  it('reads bylines at the start and the end of an article', () => {
    expect(names('本报讯(记者李娜 通讯员潘文苑)近日，四川省资阳市乐至县举行活动。', 'person')).toEqual(['李娜', '潘文苑']);
    expect(names('杨明清 本报记者 张楠 本报通讯员 赵可欣', 'person')).toEqual(['杨明清', '张楠', '赵可欣']);
    expect(names('游客正在拍摄钢铁锻造技艺。 本报记者 杨登峰 摄', 'person')).toEqual(['杨登峰']);
  });

  it('finds a name before a speech verb and every later mention of it', () => {
    const text = '“多亏了工会。”参赛选手许超说。许超是一名摇滚音乐“发烧友”。';
    expect(mentions(text).filter((m) => m.type === 'person' && m.name === '许超')).toHaveLength(2);
  });
});

describe('places', () => {
  it('resolves a typo (黑龙省 → 黑龙江省) with its code', () => {
    const p = find('10月12日，在黑龙省佳木斯市桦南县森铁文化园，游客正在拍摄。', 'place', '黑龙省');
    expect(p?.name).toBe('黑龙江省');
    expect(p?.code).toBe('23');
  });

  it('knows that 泰兴市 lies in 江苏省 though the text does not chain them, and names no place the text does not name', () => {
    const result = extractor.extract('江苏省的泰兴市黄桥镇打造劳动人事争议服务中心。');
    const taixing = result.entities.find((m) => m.name === '泰兴市');
    expect(taixing?.code).toBe('321283');
    const located = result.relations.filter((r) => r.type === 'located_in').map((r) => `${r.source}>${r.target}:${r.attrs?.via}`);
    // 泰州市 lies between them in the gazetteer, but the text does not name it: no node without a mention.
    expect(located.sort()).toEqual(['泰兴市>江苏省:gazetteer', '黄桥镇>泰兴市:chain']);
    expect(result.entities.find((m) => m.name === '黄桥镇')?.code).toBe('321283100');
  });

  it('resolves short forms to one canonical name', () => {
    const text = '青海举办培训班。深圳的职工参加公益活动。广西、内蒙古的职工参加。';
    expect(names(text, 'place')).toEqual(['青海省', '深圳市', '广西壮族自治区', '内蒙古自治区']);
  });

  it('splits a chain into places, the second inside the first', () => {
    const result = extractor.extract('近日，广东省深圳市龙华区举办活动。');
    expect(result.entities.filter((m) => m.type === 'place').map((m) => m.surface)).toEqual(['广东省', '深圳市', '龙华区']);
    expect(result.entities.find((m) => m.surface === '龙华区')?.code).toBe('440309');
    const chain = result.relations.filter((r) => r.attrs?.via === 'chain').map((r) => `${r.source}>${r.target}`);
    expect(chain).toEqual(expect.arrayContaining(['深圳市>广东省', '龙华区>深圳市']));
  });

  it('does not guess the code of an ambiguous town without context', () => {
    const alone = find('他来自城关镇。', 'place', '城关镇');
    expect(alone?.code).toBeUndefined();
  });

  it('finds communities and villages named with their suffix', () => {
    const text = '已在天池街道红星社区、童家镇新桥村创新试点2个微型工厂。乐至县总工会主办。';
    expect(names(text, 'place')).toEqual(['天池街道', '红星社区', '童家镇', '新桥村', '乐至县']);
  });

  it('reads one-character country abbreviations only in their patterns', () => {
    expect(names('中美两国加强合作。', 'place')).toEqual(['中国', '美国']);
    expect(names('美国总统访华期间。', 'place')).toEqual(['美国', '中国']);
    expect(names('这是中等水平。', 'place')).toEqual([]);
  });
});

describe('programs', () => {
  it('takes quoted names, with the suffix after the closing quote when it belongs to the name', () => {
    const text = '深圳工会打造“12345+N”公益慈善生态体系。有了“技能共富保”，课程在“齐鲁惠”APP发布。';
    expect(names(text, 'program')).toEqual(['12345+N公益慈善生态体系', '技能共富保', '齐鲁惠APP']);
  });

  it('does not take songs or generic phrases', () => {
    const text = '《土家情歌》《苗寨敬酒歌》等原创作品。健全工作机制，打造服务平台。';
    expect(names(text, 'program')).toEqual([]);
  });

  it('finds names ending in a program suffix', () => {
    const text = '河池市总工会开展金秋助学入户慰问活动。设立了暖工基金、华夏眼科职工光明基金等多个专项基金。设立暖工基金。';
    expect(names(text, 'program')).toEqual(['金秋助学入户慰问活动', '暖工基金', '华夏眼科职工光明基金', '暖工基金']);
  });
});

describe('what the user taught', () => {
  it('recognises the user’s names and aliases, and never emits blocked names', () => {
    const ex = createExtractor({
      userLexicon: {
        entries: [{ type: 'organisation', name: '平度美艺天艺工作室', aliases: ['平度美艺天艺'] }],
        blocked: [{ type: 'person', name: '许超' }, { name: '技能共富保' }],
      },
    });
    const result = ex.extract('平度美艺天艺负责人崔春梦说道。参赛选手许超说。有了“技能共富保”。');
    const got = result.entities.map((m) => `${m.type}:${m.name}:${m.surface}`);
    expect(got).toContain('organisation:平度美艺天艺工作室:平度美艺天艺');
    expect(got.some((g) => g.includes('许超') || g.includes('技能共富保'))).toBe(false);
  });
});
