import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions, findRelation } from './mentions';
import type { EntitySpec } from './mentions';

const union: EntitySpec = ['organisation', '青禾县总工会'];
const shipyard: EntitySpec = ['organisation', '鹭江船舶修造有限公司'];
const mill: EntitySpec = ['organisation', '青禾纺织有限公司'];
const participates = (text: string, specs: EntitySpec[]): string[] => edges(extractRelations(text, findMentions(text, specs)), 'participates');

describe('beneficiaries of the program in force', () => {
  it('reads 向A、B等困难职工发放慰问金 after the program was named in the paragraph', () => {
    const text = '青禾县总工会启动“冬送温暖”活动。县总工会负责人出席仪式,并向赵明、钱芳等10名困难职工发放慰问金。';
    const specs: EntitySpec[] = [union, ['program', '冬送温暖'], ['person', '赵明'], ['person', '钱芳']];
    const all = extractRelations(text, findMentions(text, specs));
    expect(edges(all, 'participates')).toEqual(['赵明 -[受益]-> 冬送温暖', '钱芳 -[受益]-> 冬送温暖']);
    const r = findRelation(all, 'participates', '钱芳', '冬送温暖');
    expect(text.slice(r?.start, r?.end)).toBe('县总工会负责人出席仪式,并向赵明、钱芳等10名困难职工发放慰问金。');
  });

  it('needs help given, not an honour', () => {
    expect(participates('青禾县总工会开展“冬送温暖”活动,并为赵明等老职工颁发了纪念章。', [union, ['program', '冬送温暖'], ['person', '赵明']])).toEqual([]);
    const long = '青禾县总工会开展“冬送温暖”活动,并为钱芳、赵明等12名连续安全生产20年以上的老职工颁发了纪念章。';
    expect(participates(long, [union, ['program', '冬送温暖'], ['person', '钱芳'], ['person', '赵明']])).toEqual([]);
  });
});

describe('members and participating organisations', () => {
  it('reads X是首批试点企业 for the program the paragraph is about', () => {
    const text = '青禾县总工会推出“工匠摇篮”培育项目。鹭江船舶修造有限公司是首批试点企业,已有20人晋级。';
    expect(participates(text, [union, shipyard, ['program', '工匠摇篮']])).toEqual(['鹭江船舶修造有限公司 -[试点企业]-> 工匠摇篮']);
  });

  it('reads 来自A、B等企业的选手 and A、B等30家企业提供岗位', () => {
    expect(
      participates('青禾县职工技能大赛开赛,来自鹭江船舶修造有限公司、青禾纺织有限公司等企业的80名选手同台竞技。', [shipyard, mill, ['program', '青禾县职工技能大赛']]),
    ).toEqual(['鹭江船舶修造有限公司 -[来自]-> 青禾县职工技能大赛', '青禾纺织有限公司 -[来自]-> 青禾县职工技能大赛']);
    expect(
      participates('青禾县总工会举办“春暖”招聘会,鹭江船舶修造有限公司、青禾纺织有限公司等30家企业提供岗位900余个。', [union, shipyard, mill, ['program', '春暖']]),
    ).toEqual(['鹭江船舶修造有限公司 -[提供岗位]-> 春暖', '青禾纺织有限公司 -[提供岗位]-> 春暖']);
  });

  it('reads an organisation a program invites, and a person with a title in a program', () => {
    expect(participates('“匠心”培训班为期5天,邀请青禾职业技术学院的老师授课。', [['program', '匠心培训班', '“匠心”培训班'], ['organisation', '青禾职业技术学院']])).toEqual([
      '青禾职业技术学院 -[邀请]-> 匠心培训班',
    ]);
    expect(participates('“职工书屋”负责老师林清介绍,书屋每周开放五天。', [['program', '职工书屋'], ['person', '林清']])).toEqual(['林清 -[负责老师]-> 职工书屋']);
  });

  it('finds no member without a program before, and no participant from a member unit of a body', () => {
    expect(participates('鹭江船舶修造有限公司是首批试点企业。', [shipyard])).toEqual([]);
    expect(
      participates('青禾县总工会举办“匠心”培训班,来自青禾县联席会议成员单位的负责人参加培训。', [union, ['organisation', '青禾县联席会议'], ['program', '匠心']]),
    ).toEqual([]);
  });
});

describe('prizes, sign-ups and visits', () => {
  const contest: EntitySpec = ['program', '青禾县职工技能大赛'];
  it('reads 荣获P一等奖 and 在P中获得…', () => {
    expect(participates('钱芳荣获青禾县职工技能大赛一等奖。', [['person', '钱芳'], contest])).toEqual(['钱芳 -[获奖]-> 青禾县职工技能大赛']);
    expect(participates('赵明在青禾县职工技能大赛中获得第一名。', [['person', '赵明'], contest])).toEqual(['赵明 -[获奖]-> 青禾县职工技能大赛']);
    const drill: EntitySpec = ['program', '青禾杯技能比武'];
    expect(participates('青禾机械厂举行第二届青禾杯技能比武。装配工赵明夺得装调项目第一名。', [['person', '赵明'], drill])).toEqual(['赵明 -[获奖]-> 青禾杯技能比武']);
    expect(participates('赵明在青禾县职工技能大赛现场观看比赛。', [['person', '赵明'], contest])).toEqual([]);
  });

  it('reads 报名 as taking part, and the organisations a program visits', () => {
    expect(participates('钱芳报名了“返乡专车”。', [['person', '钱芳'], ['program', '返乡专车']])).toEqual(['钱芳 -[报名]-> 返乡专车']);
    expect(participates('“送文化”活动走进鹭江船舶修造有限公司。', [['program', '送文化'], shipyard])).toEqual(['鹭江船舶修造有限公司 -[走进]-> 送文化']);
  });
});

describe('organisations paying out under a program run by others', () => {
  it('reads A为职工发放补贴 after the program was named, but not for its organiser', () => {
    const text = '青禾县总工会推出“暖心返乡”行动。鹭江船舶修造有限公司为返乡职工发放路费补贴,青禾县总工会为职工提供返乡专车补贴。';
    const specs: EntitySpec[] = [union, shipyard, ['program', '暖心返乡']];
    expect(participates(text, specs)).toEqual(['鹭江船舶修造有限公司 -[发放]-> 暖心返乡']);
  });

  it('makes the organisations a visiting team goes to take part in the program they host or the one in force', () => {
    const text = '青禾县总工会组织慰问组分别到鹭江船舶修造有限公司、青禾纺织有限公司等企业开展金秋助学慰问活动。';
    expect(participates(text, [union, shipyard, mill, ['program', '金秋助学慰问活动']]).sort()).toEqual([
      '青禾纺织有限公司 -[开展]-> 金秋助学慰问活动',
      '鹭江船舶修造有限公司 -[开展]-> 金秋助学慰问活动',
    ]);
    const inForce = '青禾县总工会启动“夏送清凉”活动。副主席赵明带领慰问组,冒着高温来到鹭江船舶修造有限公司,把西瓜送到一线。';
    expect(participates(inForce, [union, shipyard, ['program', '夏送清凉'], ['person', '赵明']])).toEqual(['鹭江船舶修造有限公司 -[慰问]-> 夏送清凉']);
  });
});
