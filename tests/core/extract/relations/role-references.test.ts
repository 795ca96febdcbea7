import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions, findRelation } from './mentions';
import type { EntitySpec } from './mentions';

function roles(text: string, specs: EntitySpec[]): string[] {
  return edges(extractRelations(text, findMentions(text, specs)), 'role');
}

describe('roles with multi-part titles', () => {
  it('keeps a department inside a later part of the title', () => {
    const text = '青禾县总工会党组成员、女职工委员会主任方敏在会上说,维权要落到实处。';
    expect(roles(text, [['organisation', '青禾县总工会'], ['person', '方敏']])).toEqual(['方敏 -[党组成员、女职工委员会主任]-> 青禾县总工会']);
  });

  it('gives a party unit that a name swallowed back to the title', () => {
    const text = '青禾县总工会党组副书记、副主席梁栋介绍,今年将新建10个职工之家。';
    const rels = extractRelations(text, findMentions(text, [['organisation', '青禾县总工会党组'], ['person', '梁栋']]));
    expect(edges(rels, 'role')).toEqual(['梁栋 -[党组副书记、副主席]-> 青禾县总工会']);
    expect(text.slice(rels[0].start, rels[0].end)).toBe(text);
  });
});

describe('roles through a reference to an organisation named before', () => {
  const company: EntitySpec = ['organisation', '鹭江船舶修造有限公司'];

  it('resolves 该公司, 该厂 and 该段 to the nearest organisation of that kind', () => {
    expect(roles('鹭江船舶修造有限公司今年招收学徒40名。该公司技术员邱海说,订单排到了明年。', [company, ['person', '邱海']])).toEqual([
      '邱海 -[技术员]-> 鹭江船舶修造有限公司',
    ]);
    expect(roles('记者走进青禾县棉纺织厂。该厂工会主席杜娟介绍,全厂职工都已入会。', [['organisation', '青禾县棉纺织厂'], ['person', '杜娟']])).toEqual([
      '杜娟 -[工会主席]-> 青禾县棉纺织厂',
    ]);
    const text = '去年以来,石门机务段改造了乘务员公寓。该段党委副书记、工会主席何军说,休息好才能跑得稳。';
    const rels = extractRelations(text, findMentions(text, [['organisation', '石门机务段'], ['person', '何军']]));
    const r = findRelation(rels, 'role', '何军', '石门机务段');
    expect(r?.label).toBe('党委副书记、工会主席');
    expect(text.slice(r?.start, r?.end)).toBe('该段党委副书记、工会主席何军说,休息好才能跑得稳。');
  });

  it('reads a bare head at a clause start as the company the article is about, not the last one named', () => {
    const text = '走进青禾纺织有限公司,织机声此起彼伏。今年5月,公司最大的客户远洋服饰有限公司恢复下单。公司工会主席陶平告诉记者,职工收入稳中有升。';
    const specs: EntitySpec[] = [['organisation', '青禾纺织有限公司'], ['organisation', '远洋服饰有限公司'], ['person', '陶平']];
    expect(roles(text, specs)).toEqual(['陶平 -[工会主席]-> 青禾纺织有限公司']);
  });

  it('reads a bare X工会 as the union of X when the article named it', () => {
    const text = '石门工务段工会为职工送去清凉饮品。段工会主席罗成说,高温作业要保证休息。';
    expect(roles(text, [['organisation', '石门工务段工会'], ['organisation', '石门工务段', '石门工务段'], ['person', '罗成']])).toEqual([
      '罗成 -[主席]-> 石门工务段工会',
    ]);
  });

  it('invents nothing without an organisation of that kind before', () => {
    expect(roles('该公司调度员邱海说,订单排到了明年。', [company, ['person', '邱海']])).toEqual([]);
    expect(roles('青禾县总工会召开会议。该厂工会主席杜娟发言。', [['organisation', '青禾县总工会'], ['person', '杜娟']])).toEqual([]);
  });
});

describe('roles by appointment', () => {
  it('reads 首任…主席由X兼任，副主席由来自Y的Z担任 for the organisation named before', () => {
    const text = '6月3日,青禾县茶叶行业工会联合会成立。首任工会联合会主席由城南镇总工会主席汪琴兼任,副主席由来自青禾春茶有限公司的蒋涛担任。';
    const specs: EntitySpec[] = [
      ['organisation', '青禾县茶叶行业工会联合会'],
      ['organisation', '城南镇总工会'],
      ['organisation', '青禾春茶有限公司'],
      ['person', '汪琴'],
      ['person', '蒋涛'],
    ];
    expect(roles(text, specs)).toEqual([
      '汪琴 -[主席]-> 城南镇总工会',
      '汪琴 -[主席]-> 青禾县茶叶行业工会联合会',
      '蒋涛 -[副主席]-> 青禾县茶叶行业工会联合会',
    ]);
  });

  it('needs the title before 由 and the verb after the name', () => {
    const specs: EntitySpec[] = [['organisation', '青禾县茶叶行业工会联合会'], ['person', '汪琴']];
    expect(roles('青禾县茶叶行业工会联合会成立。会议由汪琴主持。', specs)).toEqual([]);
    expect(roles('主席由汪琴兼任。', specs)).toEqual([]);
  });
});

describe('more role shapes', () => {
  it('reads a line of work before a title, a list sharing one title and a title in parentheses', () => {
    expect(roles('鹭江船舶修造有限公司安全总监邱海介绍,全年零事故。', [['organisation', '鹭江船舶修造有限公司'], ['person', '邱海']])).toEqual([
      '邱海 -[安全总监]-> 鹭江船舶修造有限公司',
    ]);
    expect(roles('青禾公交公司驾驶员魏强、牛丽带出徒弟40余人。', [['organisation', '青禾公交公司'], ['person', '魏强'], ['person', '牛丽']])).toEqual([
      '魏强 -[驾驶员]-> 青禾公交公司',
      '牛丽 -[驾驶员]-> 青禾公交公司',
    ]);
    expect(roles('座谈会上,邱海(鹭江船舶修造有限公司总经理)发言。', [['organisation', '鹭江船舶修造有限公司'], ['person', '邱海']])).toEqual([
      '邱海 -[总经理]-> 鹭江船舶修造有限公司',
    ]);
  });
});

describe('roles through 其', () => {
  it('reads 其TITLE PERSON for the organisation named last in the paragraph', () => {
    const text = '鹭江船舶修造有限公司今年订单饱满,其工会主席邱海介绍,职工收入稳步增长。';
    expect(roles(text, [['organisation', '鹭江船舶修造有限公司'], ['person', '邱海']])).toEqual(['邱海 -[工会主席]-> 鹭江船舶修造有限公司']);
  });

  it('leaves 其 alone when a person was named after the organisation, or in another paragraph', () => {
    const specs: EntitySpec[] = [['organisation', '鹭江船舶修造有限公司'], ['person', '邱海'], ['person', '钱芳']];
    expect(roles('钱芳在鹭江船舶修造有限公司工作,其师傅邱海是劳模。', specs)).toEqual([]);
    expect(roles('鹭江船舶修造有限公司订单饱满。\n钱芳说,其师傅邱海是劳模。', specs)).toEqual([]);
    expect(roles('鹭江船舶修造有限公司订单饱满。\n其工会主席邱海介绍了情况。', specs)).toEqual([]);
  });
});
