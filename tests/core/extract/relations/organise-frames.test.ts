import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions, findRelation } from './mentions';
import type { EntitySpec } from './mentions';

const union: EntitySpec = ['organisation', '青禾县总工会'];
const rels = (text: string, specs: EntitySpec[], type: 'organises' | 'partner' | 'founded' | 'participates'): string[] =>
  edges(extractRelations(text, findMentions(text, specs)), type);

describe('organises from frames far from the program', () => {
  it('reads ORG以P为抓手/载体 and keeps the sentence as evidence', () => {
    const text = '今年以来,青禾县总工会以“技能强县”行动为抓手,推动产改向班组延伸。';
    const all = extractRelations(text, findMentions(text, [union, ['program', '技能强县']]));
    expect(edges(all, 'organises')).toEqual(['青禾县总工会 -[以…为抓手]-> 技能强县']);
    const r = findRelation(all, 'organises', '青禾县总工会', '技能强县');
    expect(text.slice(r?.start, r?.end)).toBe(text);
    expect(rels('近年来,青禾公交公司以“平安车厢”创建活动为载体,推广安全经验。', [['organisation', '青禾公交公司'], ['program', '平安车厢']], 'organises')).toEqual([
      '青禾公交公司 -[以…为载体]-> 平安车厢',
    ]);
  });

  it('reads ORG把P作为…抓手 and ORG把P列为…项目', () => {
    expect(rels('青禾县总工会把“书香职工”作为建设职工之家的重要抓手。', [union, ['program', '书香职工']], 'organises')).toEqual([
      '青禾县总工会 -[作为…抓手]-> 书香职工',
    ]);
    expect(rels('青禾县总工会把“爱心驿站”列为年度重点项目,在全县铺开。', [union, ['program', '爱心驿站']], 'organises')).toEqual([
      '青禾县总工会 -[列为]-> 爱心驿站',
    ]);
  });

  it('reads ORG“P”慰问组 as the program of that organisation', () => {
    expect(rels('当天,青禾县总工会“冬送温暖”慰问组也来到工地。', [union, ['program', '冬送温暖']], 'organises')).toEqual([
      '青禾县总工会 -[慰问组]-> 冬送温暖',
    ]);
  });

  it('reads 把X作为P的重点 as taking part in a program run by others', () => {
    expect(rels('青禾县总工会把工资集体协商作为“共同约定行动”的重点。', [union, ['program', '共同约定行动']], 'participates')).toEqual([
      '青禾县总工会 -[作为重点]-> 共同约定行动',
    ]);
  });

  it('reads 确定了P with the program right after the verb, and never a noun use of 建设', () => {
    expect(rels('青禾县总工会年初确定了“工匠摇篮”培育项目,随后逐步推开。', [union, ['program', '工匠摇篮']], 'organises')).toEqual([
      '青禾县总工会 -[确定]-> 工匠摇篮',
    ]);
    expect(rels('青禾县总工会推进职工之家建设,“书香职工”活动覆盖全县。', [union, ['program', '书香职工']], 'organises')).toEqual([]);
  });
});

describe('the organisation a report comes from', () => {
  it('reads 记者从ORG获悉,…P… as the source organisation’s program', () => {
    const text = '记者从青禾省总工会获悉,2024年“暖心归途”返乡专车将于1月25日起发车。';
    expect(rels(text, [['organisation', '青禾省总工会'], ['program', '暖心归途']], 'organises')).toEqual(['青禾省总工会 -[获悉]-> 暖心归途']);
  });

  it('not when a later clause names its own organisation, nor without 记者从', () => {
    const text = '记者从青禾省总工会获悉,青禾市总工会将开通“暖心归途”专线。';
    expect(rels(text, [['organisation', '青禾省总工会'], ['organisation', '青禾市总工会'], ['program', '暖心归途']], 'organises')).toEqual(['青禾市总工会 -[开通]-> 暖心归途']);
    expect(rels('青禾省总工会获悉,“暖心归途”专车将发车。', [['organisation', '青禾省总工会'], ['program', '暖心归途']], 'organises')).toEqual([]);
  });
});

describe('an organisation paying for a program named before it', () => {
  it('reads “P”活动…启动,ORG安排专项资金 as ORG organising P', () => {
    const text = '据了解,今年全省工会“夏送凉爽”活动7月初启动,青禾省总工会安排专项资金600万元,重点慰问高温行业职工。';
    expect(rels(text, [['program', '夏送凉爽'], ['organisation', '青禾省总工会']], 'organises')).toEqual(['青禾省总工会 -[安排]-> 夏送凉爽']);
  });

  it('not when the earlier clause opens with something else, nor for money that is not spent', () => {
    const specs: EntitySpec[] = [['program', '夏送凉爽'], ['organisation', '青禾省总工会'], ['organisation', '青禾建工有限公司']];
    expect(rels('青禾建工有限公司参加了“夏送凉爽”活动,青禾省总工会安排专项资金600万元。', specs, 'organises')).toEqual([]);
    expect(rels('“夏送凉爽”活动7月初启动,青禾省总工会收到捐款600万元。', specs, 'organises')).toEqual([]);
  });
});

describe('who organises and who does not', () => {
  it('gives the program to the subject of 联合 only; the allies are partners', () => {
    const text = '5月8日,青禾县总工会联合青禾县妇联举办“青春有约”集体婚礼。';
    const specs: EntitySpec[] = [union, ['organisation', '青禾县妇联'], ['program', '青春有约']];
    expect(rels(text, specs, 'organises')).toEqual(['青禾县总工会 -[举办]-> 青春有约']);
    expect(rels(text, specs, 'partner')).toEqual(['青禾县总工会 -[联合]-> 青禾县妇联']);
  });

  it('adds the guide of 在A的指导下 and the places of the activity after 到', () => {
    const text = '在青禾县人社局的指导下,青禾县总工会到鹭江船舶修造有限公司、青禾纺织有限公司等企业开展“送清凉”活动。';
    const specs: EntitySpec[] = [
      union,
      ['organisation', '青禾县人社局'],
      ['organisation', '鹭江船舶修造有限公司'],
      ['organisation', '青禾纺织有限公司'],
      ['program', '送清凉'],
    ];
    expect(rels(text, specs, 'organises')).toEqual(['青禾县总工会 -[开展]-> 送清凉', '青禾县人社局 -[指导]-> 送清凉']);
    expect(rels(text, specs, 'participates')).toEqual(['鹭江船舶修造有限公司 -[开展]-> 送清凉', '青禾纺织有限公司 -[开展]-> 送清凉']);
  });

  it('gives nothing to the subject of a pivot verb, or to a subject carried past a clause with its own', () => {
    expect(rels('青禾县总工会还动员劳模工匠建立“巧手工坊”培训基地。', [union, ['program', '巧手工坊']], 'organises')).toEqual([]);
    const text = '服务中心由青禾县总工会投资建设,开发区总工会还联合多家企业,推出“互助保障”计划。';
    expect(rels(text, [union, ['organisation', '青禾县职工服务中心', '服务中心'], ['program', '互助保障']], 'organises')).toEqual([]);
  });
});

describe('founded and partner through clause structure', () => {
  it('carries the agent of 由A牵头 into 会同B、C筹建, with the topic referred to by 该', () => {
    const text = '青禾县茶叶联合工会日前成立。该联合工会由青禾县总工会牵头,会同青禾县农业局、青禾县供销社筹建。';
    const specs: EntitySpec[] = [union, ['organisation', '青禾县茶叶联合工会'], ['organisation', '青禾县农业局'], ['organisation', '青禾县供销社']];
    expect(rels(text, specs, 'founded')).toEqual(['青禾县总工会 -[筹建]-> 青禾县茶叶联合工会']);
    expect(rels(text, specs, 'partner')).toEqual(['青禾县总工会 -[会同]-> 青禾县农业局', '青禾县总工会 -[会同]-> 青禾县供销社']);
  });

  it('reads X是ORG建成的… and 由ORG投资建设 with a short form of the name as topic', () => {
    expect(rels('青禾服务区司机之家是青禾县总工会建成的第一家司机之家。', [union, ['organisation', '青禾服务区司机之家']], 'founded')).toEqual([
      '青禾县总工会 -[建成]-> 青禾服务区司机之家',
    ]);
    const text = '青禾县职工服务中心正式启用。服务中心由青禾县总工会投资建设。';
    expect(rels(text, [union, ['organisation', '青禾县职工服务中心']], 'founded')).toEqual(['青禾县总工会 -[建设]-> 青禾县职工服务中心']);
  });

  it('reads A还与B签署合作协议 as partners (undirected, in canonical order)', () => {
    expect(rels('仪式上,青禾县总工会还与青禾农商银行签署合作协议。', [union, ['organisation', '青禾农商银行']], 'partner')).toEqual([
      '青禾农商银行 -[签署]-> 青禾县总工会',
    ]);
    expect(rels('仪式上,青禾县总工会还与青禾农商银行负责人座谈。', [union, ['organisation', '青禾农商银行']], 'partner')).toEqual([]);
  });
});

describe('more clause shapes', () => {
  it('makes organisations named together for 联合主办 partners even when the event is not named', () => {
    const specs: EntitySpec[] = [union, ['organisation', '青禾县住建局']];
    expect(rels('比赛设三个工种,由青禾县总工会、青禾县住建局联合主办。', specs, 'partner')).toEqual(['青禾县住建局 -[联合主办]-> 青禾县总工会']);
    expect(rels('青禾县总工会、青禾县住建局的负责人出席。', specs, 'partner')).toEqual([]);
  });

  it('reads an organisation set up after a modifier ending in 的, and 探索“P”', () => {
    const text = '青禾县总工会联合多个部门,打造集调解、仲裁于一体的青禾县劳动争议服务中心。';
    expect(rels(text, [union, ['organisation', '青禾县劳动争议服务中心']], 'founded')).toEqual(['青禾县总工会 -[打造]-> 青禾县劳动争议服务中心']);
    expect(rels('青禾县总工会正探索“以赛促训”的新路径。', [union, ['program', '以赛促训']], 'organises')).toEqual(['青禾县总工会 -[探索]-> 以赛促训']);
  });

  it('takes the topic of 由X推动组建 from a short form opening the clause before', () => {
    const text = '青禾县茶叶行业工会联合会日前换届。茶叶行业工会联合会成立于2015年,由青禾县总工会推动组建。';
    expect(rels(text, [union, ['organisation', '青禾县茶叶行业工会联合会']], 'founded')).toEqual(['青禾县总工会 -[推动组建]-> 青禾县茶叶行业工会联合会']);
  });

  it('reads a person served through a program', () => {
    expect(rels('近日,钱芳通过零工驿站介绍,成为一名家政服务员。', [['person', '钱芳'], ['program', '零工驿站']], 'participates')).toEqual(['钱芳 -[通过]-> 零工驿站']);
  });
});

describe('brands and cooperation', () => {
  it('reads ORG的“P”普法品牌 as the organisation\'s program, and A与B对接 as partners', () => {
    expect(rels('宣传月是青禾县总工会“法润职工”普法品牌的重要内容。', [union, ['program', '法润职工']], 'organises')).toEqual(['青禾县总工会 -[普法品牌]-> 法润职工']);
    expect(rels('青禾县总工会主动与青禾技师学院对接,开设订单班。', [union, ['organisation', '青禾技师学院']], 'partner')).toEqual(['青禾县总工会 -[对接]-> 青禾技师学院']);
  });
});

describe('`在A开展的“P”中`: the organisation of a relative clause inside 在…中', () => {
  it('organises, with the verb as label; an edition between 的 and the program is allowed', () => {
    const text = '今年9月，在东湖市总工会开展的“东湖工匠”技能竞赛中，林小雨获得第一名。在青禾省总工会主办的第三届“青禾杯”大赛上，周海涛获得一等奖。';
    const specs: EntitySpec[] = [['organisation', '东湖市总工会'], ['organisation', '青禾省总工会'], ['program', '东湖工匠', '“东湖工匠”技能竞赛'], ['program', '青禾杯', '“青禾杯”大赛'], ['person', '林小雨'], ['person', '周海涛']];
    expect(edges(extractRelations(text, findMentions(text, specs)), 'organises').sort()).toEqual(['东湖市总工会 -[开展]-> 东湖工匠', '青禾省总工会 -[主办]-> 青禾杯']);
  });

  it('not a program the organisation only hosts (`在A的“P”展台前`)', () => {
    const text = '在东湖市总工会的“东湖工匠”展台前，林小雨驻足观看。';
    const specs: EntitySpec[] = [['organisation', '东湖市总工会'], ['program', '东湖工匠', '“东湖工匠”'], ['person', '林小雨']];
    expect(edges(extractRelations(text, findMentions(text, specs)), 'organises')).toEqual([]);
  });
});
