import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions } from './mentions';
import type { EntitySpec } from './mentions';

const rel = (text: string, specs: EntitySpec[], type: Parameters<typeof edges>[1]): string[] => edges(extractRelations(text, findMentions(text, specs)), type);

describe('a program named with its descriptor (`“P”志愿服务队`)', () => {
  it('organises: the team noun inside the program mention still names the organisation that sends it', () => {
    const text = '6月10日,在青禾县石桥镇,青禾县总工会“田间送清凉”志愿服务队为农机手送去绿豆汤。';
    const specs: EntitySpec[] = [['organisation', '青禾县总工会'], ['program', '田间送清凉', '“田间送清凉”志愿服务队']];
    expect(rel(text, specs, 'organises')).toEqual(['青禾县总工会 -[志愿服务队]-> 田间送清凉']);
  });

  it('organises: a brand noun inside the mention (`“P”普法品牌`) too, and no link without one', () => {
    const brand = '宣传月是青禾省总工会“法暖青禾”普法品牌的重要内容。';
    expect(rel(brand, [['organisation', '青禾省总工会'], ['program', '法暖青禾', '“法暖青禾”普法品牌']], 'organises')).toEqual(['青禾省总工会 -[普法品牌]-> 法暖青禾']);
    const plain = '宣传月是青禾省总工会“法暖青禾”读本的重要内容。';
    expect(rel(plain, [['organisation', '青禾省总工会'], ['program', '法暖青禾', '“法暖青禾”读本']], 'organises')).toEqual([]);
  });
});

describe('located_in: 在A的B设立了“P”', () => {
  it('places the program at the site after 在A的, not at A', () => {
    const text = '区总还在东湖街道的青禾物流园设立了“户外职工暖心驿站”,免费提供茶水。';
    const specs: EntitySpec[] = [['place', '东湖街道'], ['place', '青禾物流园'], ['program', '户外职工暖心驿站']];
    const located = rel(text, specs, 'located_in');
    expect(located).toContain('户外职工暖心驿站 -[]-> 青禾物流园');
    expect(located).not.toContain('户外职工暖心驿站 -[]-> 东湖街道');
  });

  it('does not place a program after a site that 在 does not govern', () => {
    const text = '东湖街道的青禾物流园设立了“户外职工暖心驿站”。';
    expect(rel(text, [['place', '东湖街道'], ['place', '青禾物流园'], ['program', '户外职工暖心驿站']], 'located_in')).not.toContain('户外职工暖心驿站 -[]-> 青禾物流园');
  });
});

describe('part_of through short forms and references', () => {
  it('a union named by the short form of a unit the text names in full is part of that unit', () => {
    const text = '小站隶属青禾铁路局集团有限公司石门车务段。去年,石门车务段工会为沿线小站配齐了职工之家。';
    const specs: EntitySpec[] = [['organisation', '青禾铁路局集团有限公司石门车务段'], ['organisation', '石门车务段工会']];
    expect(rel(text, specs, 'part_of')).toContain('石门车务段工会 -[]-> 青禾铁路局集团有限公司石门车务段');
  });

  it('a bare 市总工会 is not read as the union of anything', () => {
    const text = '青禾市总工会今年建成职工之家20个。市总工会还推出了心理咨询服务。';
    expect(rel(text, [['organisation', '青禾市总工会'], ['organisation', '市总工会']], 'part_of')).toEqual([]);
  });

  it('`这个…小站,隶属B`: the unit a demonstrative and its head noun refer back to', () => {
    const text = '沿着铁路走40多公里,就到了青禾镇车站。这个只有11名职工的四等小站,隶属青禾铁路局集团有限公司石门车务段。';
    const specs: EntitySpec[] = [['organisation', '青禾镇车站'], ['organisation', '青禾铁路局集团有限公司石门车务段']];
    expect(rel(text, specs, 'part_of')).toEqual(['青禾镇车站 -[]-> 青禾铁路局集团有限公司石门车务段']);
  });

  it('no part_of when nothing named before ends with the head noun', () => {
    const text = '青禾县总工会今年新建职工之家。这个只有11名职工的四等小站,隶属青禾铁路局集团有限公司石门车务段。';
    const specs: EntitySpec[] = [['organisation', '青禾县总工会'], ['organisation', '青禾铁路局集团有限公司石门车务段']];
    expect(rel(text, specs, 'part_of')).toEqual([]);
  });
});
