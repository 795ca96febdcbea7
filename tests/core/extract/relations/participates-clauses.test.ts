import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions } from './mentions';
import type { EntitySpec } from './mentions';

const rel = (text: string, specs: EntitySpec[], type: Parameters<typeof edges>[1]): string[] => edges(extractRelations(text, findMentions(text, specs)), type);

describe('participates from clause structure', () => {
  it('the parties of a “P”…协议 take part in P and partner each other', () => {
    const text = '在县总工会的协调下，青禾纺织有限公司与青禾县图书馆、青禾县文化馆签订了“书香进厂”共建协议。';
    const specs: EntitySpec[] = [['organisation', '青禾纺织有限公司'], ['organisation', '青禾县图书馆'], ['organisation', '青禾县文化馆'], ['program', '书香进厂']];
    expect(rel(text, specs, 'participates').sort()).toEqual([
      '青禾县图书馆 -[签订]-> 书香进厂',
      '青禾县文化馆 -[签订]-> 书香进厂',
      '青禾纺织有限公司 -[签订]-> 书香进厂',
    ]);
    expect(rel(text, specs, 'partner')).toEqual(expect.arrayContaining(['青禾县图书馆 -[签订]-> 青禾纺织有限公司', '青禾县文化馆 -[签订]-> 青禾纺织有限公司']));
  });

  it('a person who walks into a program’s place (走进“P”) uses it', () => {
    const text = '午休时，包装车间职工赵小梅走进车间旁的“暖心小屋”，给孩子准备辅食。';
    expect(rel(text, [['person', '赵小梅'], ['program', '暖心小屋']], 'participates')).toEqual(['赵小梅 -[走进]-> 暖心小屋']);
  });

  it('a person who walks into an organisation is not a participant of a program after it', () => {
    const text = '赵小梅走进青禾纺织有限公司，参观“书香进厂”成果展。';
    expect(rel(text, [['person', '赵小梅'], ['organisation', '青禾纺织有限公司'], ['program', '书香进厂']], 'participates')).toEqual([]);
  });

  it('people handed a certificate at 为 are contestants of the contest in force', () => {
    const text = '第三届“茶韵杯”炒茶技能大赛在青禾县开幕。开幕式上，主办方为周明亮、吴秀英等8名上届获奖选手颁发了证书。';
    const specs: EntitySpec[] = [['program', '第三届“茶韵杯”炒茶技能大赛'], ['person', '周明亮'], ['person', '吴秀英']];
    expect(rel(text, specs, 'participates').sort()).toEqual(['吴秀英 -[获奖]-> 第三届“茶韵杯”炒茶技能大赛', '周明亮 -[获奖]-> 第三届“茶韵杯”炒茶技能大赛']);
  });
});

describe('participates: members named through a demonstrative (是该行动的示范点)', () => {
  it('reads the program in force as what 该行动 refers to', () => {
    const text = '青禾市总工会去年启动的“法律明白人”行动已覆盖全市。青禾县调解中心是该行动的示范点之一。';
    const specs: EntitySpec[] = [['organisation', '青禾市总工会'], ['organisation', '青禾县调解中心'], ['program', '法律明白人']];
    expect(rel(text, specs, 'participates')).toEqual(['青禾县调解中心 -[示范点]-> 法律明白人']);
  });
});
