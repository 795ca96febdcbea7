import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions } from './mentions';
import type { EntitySpec } from './mentions';

const rels = (text: string, specs: EntitySpec[], type: 'organises' | 'founded'): string[] => edges(extractRelations(text, findMentions(text, specs)), type);

describe('an official speaking for an organisation is the subject of what follows 说', () => {
  const union: EntitySpec = ['organisation', '青禾县总工会'];
  it('gives the program of a subjectless clause after 说 to the speaker’s organisation', () => {
    const text = '青禾县总工会副主席何立新说,下一步还将组织职工家属走进工地,开展“亲情护岗”开放日。';
    expect(rels(text, [union, ['person', '何立新'], ['program', '亲情护岗']], 'organises')).toEqual(['青禾县总工会 -[开展]-> 亲情护岗']);
    const quoted = '青禾县总工会副主席何立新表示:“我们今年将推出‘工匠夜校’。”';
    expect(rels(quoted, [union, ['person', '何立新'], ['program', '工匠夜校']], 'organises')).toEqual(['青禾县总工会 -[推出]-> 工匠夜校']);
  });

  it('not when the speaker holds no role, or the clause names its own subject', () => {
    expect(rels('职工何立新说,下一步还将开展“亲情护岗”开放日。', [['person', '何立新'], ['program', '亲情护岗']], 'organises')).toEqual([]);
    const text = '青禾县总工会副主席何立新说,企业还将开展“亲情护岗”开放日。';
    expect(rels(text, [union, ['person', '何立新'], ['program', '亲情护岗']], 'organises')).toEqual([]);
  });
});

describe('a passive founding verb acts on the organisation opening the clause before', () => {
  it('reads X成立于…,由Y推动组建 as Y founded X', () => {
    const text = '青禾市纺织行业工会联合会成立于2006年,由青禾市总工会推动组建。';
    const specs: EntitySpec[] = [['organisation', '青禾市纺织行业工会联合会'], ['organisation', '青禾市总工会']];
    expect(rels(text, specs, 'founded')).toEqual(['青禾市总工会 -[推动组建]-> 青禾市纺织行业工会联合会']);
  });

  it('not for a verb that does not found anything', () => {
    const text = '青禾市纺织行业工会联合会成立于2006年,由青禾市总工会主办。';
    const specs: EntitySpec[] = [['organisation', '青禾市纺织行业工会联合会'], ['organisation', '青禾市总工会']];
    expect(rels(text, specs, 'founded')).toEqual([]);
    expect(rels(text, specs, 'organises')).toEqual([]);
  });
});

describe('more subjects by reference', () => {
  it('reads 该会 as the union or association named before, never 该会议', () => {
    const text = '记者从青禾县总工会获悉,该会今年将投入500万元实施“金秋助学”。';
    expect(rels(text, [['organisation', '青禾县总工会'], ['program', '金秋助学']], 'organises')).toEqual(['青禾县总工会 -[实施]-> 金秋助学']);
    const meeting = '青禾县总工会召开座谈会。该会议决定实施“金秋助学”。';
    expect(rels(meeting, [['organisation', '青禾县总工会'], ['program', '金秋助学']], 'organises')).toEqual([]);
  });

  it('carries the speaker through a clause of place (`已在6个厂区建成P`)', () => {
    const text = '青禾食品集团有限公司工会主席贺立新介绍,公司共有女职工4800多人,今年以来已在6个厂区建成“妈咪小屋”9个。';
    expect(rels(text, [['organisation', '青禾食品集团有限公司'], ['person', '贺立新'], ['program', '妈咪小屋']], 'organises')).toEqual(['青禾食品集团有限公司 -[建成]-> 妈咪小屋']);
  });
});

describe('the speaker’s organisation in the frames `把P列为…`, `以P为抓手`', () => {
  it('an official named with a title: `段里今年把P列为重点工作` is the official’s unit', () => {
    const text = '青禾铁路局石门工务段工会主席郑晓光告诉记者,段里今年把“平安小站”创建列为年度重点工作。';
    const specs: EntitySpec[] = [['organisation', '青禾铁路局石门工务段'], ['person', '郑晓光'], ['program', '平安小站']];
    expect(rels(text, specs, 'organises')).toEqual(['青禾铁路局石门工务段 -[列为]-> 平安小站']);
  });

  it('an unnamed official (`A负责人表示`) speaks for A; a descriptor inside the program’s mention is read too', () => {
    const text = '东湖区总工会负责人表示,今年将把“技能进社区”列为年度重点项目。';
    const specs: EntitySpec[] = [['organisation', '东湖区总工会'], ['program', '技能进社区', '“技能进社区”列为年度重点项目']];
    expect(rels(text, specs, 'organises')).toEqual(['东湖区总工会 -[列为]-> 技能进社区']);
    const frame = '东湖区总工会负责人说,今年以“技能进社区”为抓手,培训职工2000人次。';
    expect(rels(frame, [['organisation', '东湖区总工会'], ['program', '技能进社区']], 'organises')).toEqual(['东湖区总工会 -[以…为抓手]-> 技能进社区']);
  });

  it('not for a speaker without a role, nor an official of a place', () => {
    const place = '东湖区负责人表示,今年将把“技能进社区”列为年度重点项目。';
    expect(rels(place, [['place', '东湖区'], ['program', '技能进社区']], 'organises')).toEqual([]);
    const worker = '职工郑晓光说,今年把“平安小站”创建列为年度重点工作。';
    expect(rels(worker, [['person', '郑晓光'], ['program', '平安小站']], 'organises')).toEqual([]);
  });
});
