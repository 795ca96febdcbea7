import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions, findRelation } from './mentions';
import type { EntitySpec } from './mentions';

const participates = (text: string, specs: EntitySpec[]): string[] => edges(extractRelations(text, findMentions(text, specs)), 'participates').sort();

const ARTICLE = [
  '“暖冬专列”今年多开10趟',
  '',
  '本报讯(记者 孙海鸥 通讯员 钱立 秦远)1月8日,青禾市总工会启动“暖冬专列”返乡服务,为外来职工免费提供返乡车票。',
  '',
  '青禾市总工会副主席周德明说,今年报名人数比去年多了三成。在青禾电子有限公司工作的钟小蕙第一个报上了名。“以前回家要倒三趟车。”钟小蕙说。',
  '“坐上专列一觉就到家。”刚下夜班的骆家川说。(叶青 邵敏)',
].join('\n');

const SPECS: EntitySpec[] = [
  ['program', '暖冬专列'],
  ['person', '孙海鸥'],
  ['person', '钱立'],
  ['person', '秦远'],
  ['organisation', '青禾市总工会'],
  ['person', '周德明'],
  ['organisation', '青禾电子有限公司'],
  ['person', '钟小蕙'],
  ['person', '骆家川'],
  ['person', '叶青'],
  ['person', '邵敏'],
];

describe('participates: the people an article about one program tells of', () => {
  it('gives the headline program to the workers quoted or described, with their sentence as evidence', () => {
    expect(participates(ARTICLE, SPECS)).toEqual(['钟小蕙 -[报名]-> 暖冬专列', '骆家川 -[参与]-> 暖冬专列']);
    const r = findRelation(extractRelations(ARTICLE, findMentions(ARTICLE, SPECS)), 'participates', '钟小蕙', '暖冬专列');
    expect(ARTICLE.slice(r?.start, r?.end)).toBe('在青禾电子有限公司工作的钟小蕙第一个报上了名。');
  });

  it('leaves out officials, reporters, names listed after a reporter and credits in brackets', () => {
    const found = participates(ARTICLE, SPECS).join(' ');
    for (const name of ['周德明', '孙海鸥', '钱立', '秦远', '叶青', '邵敏']) expect(found).not.toContain(name);
  });

  it('without a headline program, takes the program the first organisation runs', () => {
    const text = '3月2日,青禾县总工会举办“春风行动”专场招聘会。在招聘会上找到质检岗位的何晓芸说,离家近了。';
    expect(participates(text, [['organisation', '青禾县总工会'], ['program', '春风行动'], ['person', '何晓芸']])).toEqual(['何晓芸 -[参与]-> 春风行动']);
  });

  it('reaches people of later paragraphs: the article, not the paragraph, is about the program', () => {
    expect(participates('青禾县总工会开展“冬送温暖”活动。\n县总工会向赵明发放慰问金。', [['organisation', '青禾县总工会'], ['program', '冬送温暖'], ['person', '赵明']])).toEqual(['赵明 -[参与]-> 冬送温暖']);
  });

  it('not for a person the rules tie to another program, nor in an article without a program', () => {
    const text = '“安康保”覆盖全市\n\n青禾市总工会推出“安康保”。参加了“巧手姐妹”培训班的赵小梅说,她学会了育婴。';
    expect(participates(text, [['program', '安康保'], ['organisation', '青禾市总工会'], ['program', '巧手姐妹'], ['person', '赵小梅']])).toEqual(['赵小梅 -[参加]-> 巧手姐妹']);
    expect(participates('青禾纺织有限公司职工赵小梅说,车间装上了空调。', [['organisation', '青禾纺织有限公司'], ['person', '赵小梅']])).toEqual([]);
  });

  it('not for a person holding a role at the organiser', () => {
    const text = '青禾港务公司开办“港口夜校”。该公司调度员沈一帆说,夜校每周开课两次。';
    expect(participates(text, [['organisation', '青禾港务公司'], ['program', '港口夜校'], ['person', '沈一帆']])).toEqual([]);
  });
});
