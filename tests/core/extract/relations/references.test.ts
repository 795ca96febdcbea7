import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions } from './mentions';
import type { EntitySpec } from './mentions';

const rel = (text: string, specs: EntitySpec[], type: Parameters<typeof edges>[1]): string[] => edges(extractRelations(text, findMentions(text, specs)), type);

describe('references (demonstrative + head noun) read by every relation rule', () => {
  it('`该公司与B签订…`: the company named before is a partner', () => {
    const text = '青禾精工有限公司去年营收增长。该公司与青禾大学签订合作协议。';
    const specs: EntitySpec[] = [['organisation', '青禾精工有限公司'], ['organisation', '青禾大学']];
    expect(rel(text, specs, 'partner')).toEqual(['青禾大学 -[签订]-> 青禾精工有限公司']);
  });

  it('`这个职工驿站是A和B共同建成的`: the tail of a name stands for the whole name', () => {
    const text = '东湖区职工驿站位于东湖区。这个职工驿站是东湖区总工会和青禾物流公司去年共同建成的。';
    const specs: EntitySpec[] = [['organisation', '东湖区职工驿站'], ['organisation', '东湖区总工会'], ['organisation', '青禾物流公司'], ['place', '东湖区']];
    expect(rel(text, specs, 'founded').sort()).toEqual(['东湖区总工会 -[建成]-> 东湖区职工驿站', '青禾物流公司 -[建成]-> 东湖区职工驿站']);
  });

  it('`该公司工会主席X` stays a title at the company, not at a union whose name ends in 公司工会', () => {
    const text = '青禾船务有限公司工会成立于2000年。经东湖区总工会协调，双方达成一致。该公司工会主席陆小燕说，收入不能降。';
    const specs: EntitySpec[] = [['organisation', '青禾船务有限公司工会'], ['organisation', '东湖区总工会'], ['person', '陆小燕']];
    expect(rel(text, specs, 'role')).not.toContain('陆小燕 -[主席]-> 青禾船务有限公司工会');
  });

  it('adds no co-occurrence: the store derives those from the entity mentions alone', () => {
    const text = '青禾精工有限公司去年营收增长。该公司与青禾大学签订合作协议。';
    const co = rel(text, [['organisation', '青禾精工有限公司'], ['organisation', '青禾大学']], 'co_occurs');
    expect(co).toEqual([]);
  });

  it('a reference with nothing before it that has its head adds nothing', () => {
    const text = '青禾大学今年扩招。该公司与青禾大学签订合作协议。';
    expect(rel(text, [['organisation', '青禾大学']], 'partner')).toEqual([]);
  });

  it('a reference inside a quotation (`“本公司…”`) is the speaker’s words, not read', () => {
    const text = '青禾精工有限公司去年营收增长。厂长说：“该公司与青禾大学签订了协议。”';
    expect(rel(text, [['organisation', '青禾精工有限公司'], ['organisation', '青禾大学']], 'partner')).toEqual([]);
  });
});

describe('a clause opening with the short form of a name named before', () => {
  it('`镇总工会主席X说`: the tail of `…市Y镇总工会` is that union', () => {
    const text = '青禾市石桥镇总工会开展安全培训。镇总工会主席罗小海说，培训将覆盖全镇。';
    expect(rel(text, [['organisation', '青禾市石桥镇总工会'], ['person', '罗小海']], 'role')).toEqual(['罗小海 -[主席]-> 青禾市石桥镇总工会']);
  });

  it('`集团公司工会主席X`: the tail of a name read without 有限 (`…集团有限公司工会`)', () => {
    const text = '青禾铁路局集团有限公司工会在沿线设立驿站。集团公司工会主席王海明说，驿站将全天开放。';
    expect(rel(text, [['organisation', '青禾铁路局集团有限公司工会'], ['person', '王海明']], 'role')).toEqual(['王海明 -[主席]-> 青禾铁路局集团有限公司工会']);
  });

  it('not a tail that no name named before ends with', () => {
    const none = '青禾市总工会开展安全培训。镇总工会主席罗小海说，培训将覆盖全镇。';
    expect(rel(none, [['organisation', '青禾市总工会'], ['person', '罗小海']], 'role')).toEqual([]);
  });
});

describe('`这一做法` (a way of working) stands for the program the text described last', () => {
  it('`把这一做法列为年度重点项目`: the organisation runs the program described before', () => {
    const text = '青禾精工有限公司工会去年推出“匠心积分”,职工参加培训可积分换假。东湖区总工会已把这一做法列为年度重点项目,明年在全区推广。';
    const specs: EntitySpec[] = [['organisation', '青禾精工有限公司工会'], ['organisation', '东湖区总工会'], ['program', '匠心积分', '“匠心积分”']];
    expect(rel(text, specs, 'organises').sort()).toEqual(['东湖区总工会 -[列为]-> 匠心积分', '青禾精工有限公司工会 -[推出]-> 匠心积分']);
  });

  it('`以这种模式为样板`, `推广这一做法`: the frame and the verb read it like the name', () => {
    const text = '石门镇总工会为辖区快递员统一投保“骑手安心保”。\n今年,东湖县总工会以这种模式为样板,在12个乡镇推开。';
    const specs: EntitySpec[] = [['organisation', '石门镇总工会'], ['organisation', '东湖县总工会'], ['program', '骑手安心保', '“骑手安心保”']];
    expect(rel(text, specs, 'organises')).toContain('东湖县总工会 -[以…为样板]-> 骑手安心保');
    const spread = '东湖区总工会开办“周末课堂”。下一步,东湖区总工会还将在各街道推广这一做法。';
    expect(rel(spread, [['organisation', '东湖区总工会'], ['program', '周末课堂', '“周末课堂”']], 'organises')).toContain('东湖区总工会 -[推广]-> 周末课堂');
  });

  it('adds nothing when no program was named before', () => {
    const text = '东湖区总工会已把这一做法列为年度重点项目。';
    expect(rel(text, [['organisation', '东湖区总工会']], 'organises')).toEqual([]);
  });
});
