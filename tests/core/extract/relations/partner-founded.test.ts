import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions, findRelation } from './mentions';
import type { EntitySpec } from './mentions';

function rel(text: string, specs: EntitySpec[], type: 'partner' | 'founded'): string[] {
  return edges(extractRelations(text, findMentions(text, specs)), type);
}

describe('partner relations', () => {
  it('links the subject to every organisation after 联合', () => {
    const text =
      '本报讯(通讯员顾卫东 丁闻)笔者近日获悉,江苏省泰兴市黄桥镇总工会积极探索新时代劳动领域“枫桥经验”,联合泰兴市仲裁院、黄桥镇社会事业和旅游办公室、黄桥司法所、黄桥法庭等部门,打造一体化的劳动人事争议服务中心。';
    const specs: EntitySpec[] = [
      ['place', '江苏省'],
      ['place', '泰兴市'],
      ['organisation', '黄桥镇总工会'],
      ['organisation', '泰兴市仲裁院'],
      ['organisation', '黄桥镇社会事业和旅游办公室'],
      ['organisation', '黄桥司法所'],
      ['organisation', '黄桥法庭'],
      ['person', '顾卫东'],
    ];
    const rels = extractRelations(text, findMentions(text, specs));
    expect(edges(rels, 'partner')).toEqual([
      '黄桥镇总工会 -[联合]-> 泰兴市仲裁院',
      '黄桥镇总工会 -[联合]-> 黄桥镇社会事业和旅游办公室',
      '黄桥镇总工会 -[联合]-> 黄桥司法所',
      '黄桥镇总工会 -[联合]-> 黄桥法庭',
    ]);
    const r = findRelation(rels, 'partner', '黄桥镇总工会', '黄桥法庭');
    expect(text.slice(r?.start, r?.end)).toBe(text);
  });

  it('makes co-organisers named in one list for one verb partners (in canonical order), not the 主办 and the 承办 units', () => {
    const text = '据悉,大赛由贵州省总工会主办,遵义市总工会、正安县人民政府承办。';
    const specs: EntitySpec[] = [
      ['program', '贵州省职工吉他音乐大赛', '大赛'],
      ['organisation', '贵州省总工会'],
      ['organisation', '遵义市总工会'],
      ['organisation', '正安县人民政府'],
    ];
    expect(rel(text, specs, 'partner')).toEqual(['正安县人民政府 -[承办]-> 遵义市总工会']);
  });

  it('reads A与B合作/签订 and 由A联合B推出', () => {
    expect(
      rel('近日,广州市总工会与中国工商银行广州分行签订战略合作协议。', [
        ['organisation', '广州市总工会'],
        ['organisation', '中国工商银行广州分行'],
      ], 'partner'),
    ).toEqual(['中国工商银行广州分行 -[签订]-> 广州市总工会']);
    expect(
      rel('“职工e保”是由宁波市总工会联合中国人寿宁波分公司推出的保险产品。', [
        ['program', '职工e保'],
        ['organisation', '宁波市总工会'],
        ['organisation', '中国人寿宁波分公司'],
      ], 'partner'),
    ).toEqual(['宁波市总工会 -[联合]-> 中国人寿宁波分公司']);
  });

  it('reads A与B结成帮扶对子 and A与B达成合作, but not A与B座谈', () => {
    const specs: EntitySpec[] = [['organisation', '青禾建工有限公司工会'], ['organisation', '青禾职业技术学院']];
    expect(rel('青禾建工有限公司工会与青禾职业技术学院结成帮扶对子。', specs, 'partner')).toEqual(['青禾建工有限公司工会 -[结成]-> 青禾职业技术学院']);
    expect(rel('青禾建工有限公司工会与青禾职业技术学院达成合作意向。', specs, 'partner')).toEqual(['青禾建工有限公司工会 -[达成]-> 青禾职业技术学院']);
    expect(rel('青禾建工有限公司工会与青禾职业技术学院的师生座谈。', specs, 'partner')).toEqual([]);
  });

  it('finds no partner for organisations merely listed as places visited or a person who 联合 nobody', () => {
    expect(
      rel('组织学员实地观摩了中国水利水电第四工程局有限公司、圣源地毯集团有限公司等试点企业。', [
        ['organisation', '中国水利水电第四工程局有限公司'],
        ['organisation', '圣源地毯集团有限公司'],
      ], 'partner'),
    ).toEqual([]);
    expect(rel('“技能共富保”是由浙江省舟山市总工会联合多部门创新推出的产品。', [['program', '技能共富保'], ['organisation', '舟山市总工会']], 'partner')).toEqual([]);
  });
});

describe('founded relations', () => {
  it('reads X是由Y1996年发起成立的… with the year', () => {
    const text = '据了解,深圳市职工发展基金会是由深圳市总工会1996年发起成立的公募基金。基金会积极探索公益慈善生态体系建设模式。';
    const rels = extractRelations(text, findMentions(text, [['organisation', '深圳市职工发展基金会'], ['organisation', '深圳市总工会']]));
    const r = findRelation(rels, 'founded', '深圳市总工会', '深圳市职工发展基金会');
    expect(r).toMatchObject({ sourceType: 'organisation', targetType: 'organisation', attrs: { year: 1996 } });
    expect(text.slice(r?.start, r?.end)).toBe('据了解,深圳市职工发展基金会是由深圳市总工会1996年发起成立的公募基金。');
    expect(edges(rels, 'founded')).toHaveLength(1);
  });

  it('reads an active ORG成立ORG, with the year from earlier in the sentence', () => {
    const text = '2015年,福建省总工会成立福建省职工服务中心。';
    const rels = extractRelations(text, findMentions(text, [['organisation', '福建省总工会'], ['organisation', '福建省职工服务中心']]));
    expect(edges(rels, 'founded')).toEqual(['福建省总工会 -[成立]-> 福建省职工服务中心']);
    expect(findRelation(rels, 'founded', '福建省总工会', '福建省职工服务中心')?.attrs).toEqual({ year: 2015 });
  });

  it('does not read 承办 of an organisation as founding', () => {
    expect(
      rel('遵义市总工会承办贵州省吉他协会年会。', [['organisation', '遵义市总工会'], ['organisation', '贵州省吉他协会']], 'founded'),
    ).toEqual([]);
  });

  it('reads A和B共同设立的X (a bare 的 before the organisation set up) for both founders', () => {
    const text = '甲市人民法院和甲市总工会共同设立的甲市劳动争议调解中心,日前在乙街道揭牌。';
    const specs: EntitySpec[] = [
      ['organisation', '甲市人民法院'],
      ['organisation', '甲市总工会'],
      ['organisation', '甲市劳动争议调解中心'],
      ['place', '乙街道'],
    ];
    expect(rel(text, specs, 'founded')).toEqual(['甲市人民法院 -[设立]-> 甲市劳动争议调解中心', '甲市总工会 -[设立]-> 甲市劳动争议调解中心']);
    // A verb that does not found keeps the organisation after 的 out.
    expect(rel('甲市总工会主办的甲市职工服务中心开放。', [['organisation', '甲市总工会'], ['organisation', '甲市职工服务中心']], 'founded')).toEqual([]);
  });
});
