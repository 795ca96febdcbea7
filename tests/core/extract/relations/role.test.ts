import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions, findRelation } from './mentions';
import type { EntitySpec } from './mentions';

function roles(text: string, specs: EntitySpec[]): string[] {
  return edges(extractRelations(text, findMentions(text, specs)), 'role');
}

describe('role relations', () => {
  it('reads ORG TITLE PERSON and keeps the sentence as evidence', () => {
    const sentence = '“共同构建‘工’益慈善生态圈。”深圳市职工发展基金会秘书长夏海燕介绍道。';
    const text = `据介绍,基金会积极探索。${sentence}`;
    const rels = extractRelations(text, findMentions(text, [['organisation', '深圳市职工发展基金会'], ['person', '夏海燕']]));
    const role = findRelation(rels, 'role', '夏海燕', '深圳市职工发展基金会');
    expect(role).toMatchObject({ sourceType: 'person', targetType: 'organisation', label: '秘书长' });
    expect(text.slice(role?.start, role?.end)).toBe('深圳市职工发展基金会秘书长夏海燕介绍道。');
  });

  it('keeps a chain of titles as one label', () => {
    const text = '河池市总工会党组书记、常务副主席韦凡介绍,今年的金秋助学活动中,河池市各级工会通过前期深入调查摸底。';
    expect(roles(text, [['organisation', '河池市总工会'], ['person', '韦凡']])).toEqual(['韦凡 -[党组书记、常务副主席]-> 河池市总工会']);
  });

  it('gives a later person of a list joined by 和 the organisation, with a title of its own only', () => {
    const specs: EntitySpec[] = [['organisation', '青禾市总工会'], ['person', '陈立刚'], ['person', '王秀丽']];
    expect(roles('青禾市总工会党组书记陈立刚和副主席王秀丽一同出席。', specs)).toEqual(['陈立刚 -[党组书记]-> 青禾市总工会', '王秀丽 -[副主席]-> 青禾市总工会']);
    expect(roles('青禾市总工会党组书记陈立刚和王秀丽一同出席。', specs)).toEqual(['陈立刚 -[党组书记]-> 青禾市总工会']);
  });

  it('reads the examples of the sample page', () => {
    const cases: [string, EntitySpec[], string][] = [
      ['平度市疾控中心主任刘洪涛在网上了解到职工夜校开展了美容、仪表的课程。', [['organisation', '平度市疾控中心'], ['person', '刘洪涛'], ['program', '职工夜校']], '刘洪涛 -[主任]-> 平度市疾控中心'],
      ['平度市红十字应急救援队队长满健一边操作一边向职工讲解急救知识。', [['organisation', '平度市红十字应急救援队'], ['person', '满健']], '满健 -[队长]-> 平度市红十字应急救援队'],
      ['富士胶片制造(深圳)有限公司职工王先生就是得到基金会帮扶的受益者之一。', [['organisation', '富士胶片制造(深圳)有限公司'], ['person', '王先生'], ['organisation', '深圳市职工发展基金会', '基金会']], '王先生 -[职工]-> 富士胶片制造(深圳)有限公司'],
      ['近日,中国太平洋财产保险股份有限公司舟山中心支公司业务员殷玲英将两份保险单送到浙江冠泰堂食品有限公司。', [['organisation', '中国太平洋财产保险股份有限公司舟山中心支公司'], ['person', '殷玲英'], ['organisation', '浙江冠泰堂食品有限公司']], '殷玲英 -[业务员]-> 中国太平洋财产保险股份有限公司舟山中心支公司'],
      ['“效果非常好。”平度美艺天艺负责人崔春梦说道。', [['organisation', '平度美艺天艺'], ['person', '崔春梦']], '崔春梦 -[负责人]-> 平度美艺天艺'],
    ];
    for (const [text, specs, expected] of cases) expect(roles(text, specs)).toEqual([expected]);
  });

  it('reads the role words of titles.txt (rows marked role), and only the titles a caller passes', () => {
    const text = '青禾县机械厂车间主任罗文彬带队检查。';
    const specs: EntitySpec[] = [['organisation', '青禾县机械厂'], ['person', '罗文彬']];
    expect(roles(text, specs)).toEqual(['罗文彬 -[车间主任]-> 青禾县机械厂']);
    const only = (titles: string[]): string[] => edges(extractRelations(text, findMentions(text, specs), { titles }), 'role');
    expect(only(['主任'])).toEqual([]);
    expect(only(['车间主任'])).toEqual(['罗文彬 -[车间主任]-> 青禾县机械厂']);
  });

  it('keeps a chain of titles whose later part names a council (经审会主任)', () => {
    const text = '青禾省总工会党组成员、副主席、经审会主任梁晓东出席会议。';
    expect(roles(text, [['organisation', '青禾省总工会'], ['person', '梁晓东']])).toEqual(['梁晓东 -[党组成员、副主席、经审会主任]-> 青禾省总工会']);
  });

  it('reads PERSON是ORG的一名TITLE', () => {
    const text = '刘琦是平度市广州路小学的一名教师,夜校丰富多彩的课程吸引了她。';
    expect(roles(text, [['person', '刘琦'], ['organisation', '平度市广州路小学']])).toEqual(['刘琦 -[教师]-> 平度市广州路小学']);
  });

  it('generalises: apposition, a department before the title, and a list of people', () => {
    expect(roles('王建国,青岛港集团工会主席,在会上发言。', [['person', '王建国'], ['organisation', '青岛港集团']])).toEqual([
      '王建国 -[工会主席]-> 青岛港集团',
    ]);
    expect(roles('天津市总工会办公室主任孙丽说。', [['organisation', '天津市总工会'], ['person', '孙丽']])).toEqual(['孙丽 -[主任]-> 天津市总工会']);
    expect(
      roles('成都市总工会主席张明、副主席李华出席活动。', [['organisation', '成都市总工会'], ['person', '张明'], ['person', '李华']]),
    ).toEqual(['张明 -[主席]-> 成都市总工会', '李华 -[副主席]-> 成都市总工会']);
  });

  it('takes extra titles from options', () => {
    const text = '苏州工业园区工会首席技能官陈刚表示。';
    const specs: EntitySpec[] = [['organisation', '苏州工业园区工会'], ['person', '陈刚']];
    expect(roles(text, specs)).toEqual([]);
    const rels = extractRelations(text, findMentions(text, specs), { titles: ['首席技能官'] });
    expect(edges(rels, 'role')).toEqual(['陈刚 -[首席技能官]-> 苏州工业园区工会']);
  });

  it('finds no role for a person merely near an organisation', () => {
    expect(roles('深圳市总工会举办了培训班,夏海燕说,效果很好。', [['organisation', '深圳市总工会'], ['person', '夏海燕']])).toEqual([]);
    expect(roles('青海省总工会表彰了张三等先进个人。', [['organisation', '青海省总工会'], ['person', '张三']])).toEqual([]);
    // A title word elsewhere in the gap is not a title of the person.
    expect(roles('平度市总工会组织职工学习,潘华介绍。', [['organisation', '平度市总工会'], ['person', '潘华']])).toEqual([]);
    // A person before an organisation is not its employee without a title after it.
    expect(roles('许超是贵州省电力工会代表队中年纪最小的。', [['person', '许超'], ['organisation', '贵州省电力工会代表队']])).toEqual([]);
  });

  it('reads a trade worker not in the title list (ORG装配工PERSON, ORG总装分厂电焊工PERSON), not 施工/职工', () => {
    const org: EntitySpec = ['organisation', '青禾汽车股份有限公司'];
    expect(roles('——记青禾汽车股份有限公司装配工赵明', [org, ['person', '赵明']])).toEqual(['赵明 -[装配工]-> 青禾汽车股份有限公司']);
    expect(roles('青禾汽车股份有限公司总装分厂电焊工赵明夺得第一名。', [org, ['person', '赵明']])).toEqual(['赵明 -[电焊工]-> 青禾汽车股份有限公司']);
    expect(roles('青禾汽车股份有限公司施工赵明到场。', [org, ['person', '赵明']])).toEqual([]);
  });
});

describe('titles with a qualifier in brackets', () => {
  it('`副主席（挂职）X`, `党组成员、副主席（兼）、一级巡视员X`: the qualifier is part of the title', () => {
    const text = '青禾县总工会副主席（挂职）林小雨介绍，东湖市总工会党组成员、副主席（兼）、一级巡视员周海涛也到场。';
    const specs: EntitySpec[] = [['organisation', '青禾县总工会'], ['organisation', '东湖市总工会'], ['person', '林小雨'], ['person', '周海涛']];
    expect(roles(text, specs).sort()).toEqual(['周海涛 -[党组成员、副主席（兼）、一级巡视员]-> 东湖市总工会', '林小雨 -[副主席（挂职）]-> 青禾县总工会']);
  });

  it('not any bracket after a title (`主席（左二）X`)', () => {
    const text = '青禾县总工会主席（左二）林小雨查看设备。';
    expect(roles(text, [['organisation', '青禾县总工会'], ['person', '林小雨']])).toEqual([]);
  });
});

describe('an honour between a title and the name', () => {
  it('`A高级技师、全国五一劳动奖章获得者X`, `该公司焊接班班长、大连市劳动模范X`: the title before the honour', () => {
    const text = '青禾精工有限公司高级技师、全国五一劳动奖章获得者周海涛带徒11名。青禾船舶修造有限公司去年扩产,该公司焊接班班长、大连市劳动模范林小雨在指导新员工。';
    const specs: EntitySpec[] = [['organisation', '青禾精工有限公司'], ['organisation', '青禾船舶修造有限公司'], ['person', '周海涛'], ['person', '林小雨'], ['place', '大连市']];
    expect(roles(text, specs).sort()).toEqual(['周海涛 -[高级技师]-> 青禾精工有限公司', '林小雨 -[班长]-> 青禾船舶修造有限公司']);
  });

  it('not an honour alone (`A劳动模范X` names no title)', () => {
    const text = '青禾精工有限公司、全国劳动模范周海涛带徒11名。';
    expect(roles(text, [['organisation', '青禾精工有限公司'], ['person', '周海涛']])).toEqual([]);
  });
});
