import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions } from './mentions';
import type { EntitySpec } from './mentions';

const rel = (text: string, specs: EntitySpec[], type: Parameters<typeof edges>[1]): string[] => edges(extractRelations(text, findMentions(text, specs)), type);

describe('organisations referred to by a head noun (the reference rules)', () => {
  it('role: 该厂 is the company named before when no name ends in 厂', () => {
    const text = '在青禾县永兴纺织有限公司，记者见到了一群年轻职工。该厂工会主席吴立新介绍，厂里职工平均年龄28岁。';
    expect(rel(text, [['organisation', '青禾县永兴纺织有限公司'], ['person', '吴立新']], 'role')).toEqual(['吴立新 -[工会主席]-> 青禾县永兴纺织有限公司']);
  });

  it('role: a name ending in 厂 still wins over a nearer company for 该厂', () => {
    const text = '青禾县第二机械厂与青禾县远达运输有限公司签约。该厂厂长陈国梁说，合作将持续三年。';
    expect(rel(text, [['organisation', '青禾县第二机械厂'], ['organisation', '青禾县远达运输有限公司'], ['person', '陈国梁']], 'role')).toEqual(['陈国梁 -[厂长]-> 青禾县第二机械厂']);
  });

  it('role: a bare 集团 before a title is the group company named before (legal form after the head)', () => {
    const text = '青禾远达食品集团有限公司今年新建了三个车间。集团工会主席冯志刚介绍，女职工占六成。';
    expect(rel(text, [['organisation', '青禾远达食品集团有限公司'], ['person', '冯志刚']], 'role')).toEqual(['冯志刚 -[工会主席]-> 青禾远达食品集团有限公司']);
  });

  it('organises: a bare 段工会 opening a clause is the union named before', () => {
    const text = '青禾铁路局石门车务段工会组织职工开展技能比武。段工会还推出“亲子课堂”，邀请职工子女参加。';
    expect(rel(text, [['organisation', '青禾铁路局石门车务段工会'], ['program', '亲子课堂']], 'organises')).toEqual(['青禾铁路局石门车务段工会 -[推出]-> 亲子课堂']);
  });

  it('organises: 这是该项目部开办的“P” (a demonstrative reference after 这是)', () => {
    const text = '中建八局青禾大桥项目部有工人300多名。每晚7点，工棚里灯火通明，这是该项目部开办的“工地书屋”。';
    expect(rel(text, [['organisation', '中建八局青禾大桥项目部'], ['program', '工地书屋']], 'organises')).toEqual(['中建八局青禾大桥项目部 -[开办]-> 工地书屋']);
  });

  it('organises: a clause opening with the tail of a name named before (开发区总工会)', () => {
    const text = '青禾经济开发区总工会建成了职工之家。开发区总工会今年还联合区内企业，推出“安心保”互助计划。';
    expect(rel(text, [['organisation', '青禾经济开发区总工会'], ['program', '安心保']], 'organises')).toEqual(['青禾经济开发区总工会 -[推出]-> 安心保']);
  });

  it('organises: no reference when nothing named before ends with the head', () => {
    const text = '青禾县总工会召开会议。段工会还推出“亲子课堂”。';
    expect(rel(text, [['organisation', '青禾县总工会'], ['program', '亲子课堂']], 'organises')).toEqual([]);
  });
});

describe('organises: verbs of handing a program out (赠送, 提供) govern only the name right after them', () => {
  it('reads 赠送了“P” with the subject carried from the first clause', () => {
    const text = '青禾县总工会为首批40名环卫工人办理了入会手续，并赠送了“暖冬保”意外伤害保险。';
    expect(rel(text, [['organisation', '青禾县总工会'], ['program', '暖冬保']], 'organises')).toEqual(['青禾县总工会 -[赠送]-> 暖冬保']);
  });

  it('reads 提供“P” but not 提供 with another object before the program', () => {
    expect(rel('青禾县总工会每天为环卫工人提供“爱心早餐”。', [['organisation', '青禾县总工会'], ['program', '爱心早餐']], 'organises')).toEqual(['青禾县总工会 -[提供]-> 爱心早餐']);
    expect(rel('青禾县总工会提供场地，供“爱心早餐”志愿者使用。', [['organisation', '青禾县总工会'], ['program', '爱心早餐']], 'organises')).toEqual([]);
  });

  it('programs referred to by an event head noun: 本届运动会, 这场招聘会', () => {
    const games: EntitySpec = ['program', '青禾县第三届职工运动会'];
    const text = '青禾县第三届职工运动会昨日开幕。本届运动会由青禾县总工会、青禾县体育局联合主办。';
    expect(rel(text, [games, ['organisation', '青禾县总工会'], ['organisation', '青禾县体育局']], 'organises')).toEqual([
      '青禾县总工会 -[主办]-> 青禾县第三届职工运动会',
      '青禾县体育局 -[主办]-> 青禾县第三届职工运动会',
    ]);
    const fair = '“春风行动”专场招聘会在青禾县举行。这场招聘会由青禾县人社局主办。';
    expect(rel(fair, [['program', '春风行动'], ['organisation', '青禾县人社局'], ['place', '青禾县']], 'organises')).toEqual(['青禾县人社局 -[主办]-> 春风行动']);
  });
});
