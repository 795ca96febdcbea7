import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions } from './mentions';
import type { EntitySpec } from './mentions';

const participates = (text: string, specs: EntitySpec[]): string[] => edges(extractRelations(text, findMentions(text, specs)), 'participates').sort();

describe('participates: more shapes of taking part', () => {
  it('a program team that visits organisations (“P”慰问组先后走进A、B)', () => {
    const text = '7月10日，青禾市总工会“送清凉”慰问组先后走进青禾港务有限公司、青禾建工集团有限公司。';
    const specs: EntitySpec[] = [['organisation', '青禾市总工会'], ['program', '送清凉'], ['organisation', '青禾港务有限公司'], ['organisation', '青禾建工集团有限公司']];
    expect(participates(text, specs)).toEqual(['青禾建工集团有限公司 -[走进]-> 送清凉', '青禾港务有限公司 -[走进]-> 送清凉']);
  });

  it('beneficiaries: X受益于P, and P惠及/资助 people', () => {
    expect(participates('青禾纺织有限公司的职工受益于“安康保”，周晓峰也受益于“安康保”。', [['person', '周晓峰'], ['program', '安康保'], ['organisation', '青禾纺织有限公司']])).toEqual(['周晓峰 -[受益于]-> 安康保']);
    expect(participates('“圆梦助学”今年资助了王小雨、李欣然等30名学生。', [['program', '圆梦助学'], ['person', '王小雨'], ['person', '李欣然']])).toEqual(['李欣然 -[资助]-> 圆梦助学', '王小雨 -[资助]-> 圆梦助学']);
  });

  it('X是P的受益者/学员', () => {
    expect(participates('赵小梅是“巧手姐妹”培训班的首批学员。', [['person', '赵小梅'], ['program', '巧手姐妹']])).toEqual(['赵小梅 -[学员]-> 巧手姐妹']);
  });

  it('参加P的X: the participants named after the program and 的', () => {
    const text = '参加“青禾工匠”技能大赛的选手周晓峰说，比赛让他收获很大。';
    expect(participates(text, [['program', '青禾工匠'], ['person', '周晓峰']])).toEqual(['周晓峰 -[参加]-> 青禾工匠']);
  });

  it('来自A、B等企业的职工参加了比赛: the contest in force when the sentence names none', () => {
    const text = '青禾市总工会举办第三届青禾工匠技能大赛。来自青禾港务有限公司、青禾建工有限公司等20家企业的200余名职工参加了比赛。';
    const specs: EntitySpec[] = [['organisation', '青禾市总工会'], ['program', '青禾工匠技能大赛'], ['organisation', '青禾港务有限公司'], ['organisation', '青禾建工有限公司']];
    expect(participates(text, specs)).toEqual(['青禾建工有限公司 -[来自]-> 青禾工匠技能大赛', '青禾港务有限公司 -[来自]-> 青禾工匠技能大赛']);
    expect(participates('来自青禾港务有限公司的200余名职工参加了比赛。', [['organisation', '青禾港务有限公司']])).toEqual([]);
  });

  it('“P”招聘会吸引了A、B等企业参加: the program that draws them', () => {
    const specs: EntitySpec[] = [['program', '春风行动'], ['organisation', '青禾港务有限公司'], ['organisation', '青禾建工有限公司']];
    expect(participates('“春风行动”招聘会吸引了青禾港务有限公司、青禾建工有限公司等80家企业参加。', specs)).toEqual([
      '青禾建工有限公司 -[参加]-> 春风行动',
      '青禾港务有限公司 -[参加]-> 春风行动',
    ]);
    // An organisation that draws them runs no program of this sentence.
    const byUnion = '青禾市总工会吸引了青禾港务有限公司、青禾建工有限公司等80家企业参加。';
    expect(participates(byUnion, [['organisation', '青禾市总工会'], ...specs.slice(1)])).toEqual([]);
  });

  it('A被确定为“P”试点单位: a member of the program', () => {
    const specs: EntitySpec[] = [['organisation', '青禾港务有限公司'], ['program', '产改']];
    expect(participates('青禾港务有限公司被确定为“产改”试点单位。', specs)).toEqual(['青禾港务有限公司 -[试点单位]-> 产改']);
    expect(participates('青禾港务有限公司被确定为“产改”的牵头部门。', specs)).toEqual([]);
  });

  it('not when the program only stands before an organisation that runs it', () => {
    const text = '“送清凉”活动由青禾市总工会主办，慰问组走访了工地。';
    expect(participates(text, [['program', '送清凉'], ['organisation', '青禾市总工会']])).toEqual([]);
  });

  it('winners of a prize (A获得…冠军, 队伍夺得第一名) take part in the contest of the clause, else the nearest one', () => {
    const text = '第三届青禾职工运动会在青禾市举行。来自青禾港务有限公司的代表队获得男子拔河冠军,李四夺得跳绳第一名。';
    const specs: EntitySpec[] = [['program', '第三届青禾职工运动会'], ['place', '青禾市'], ['organisation', '青禾港务有限公司'], ['person', '李四']];
    const found = participates(text, specs);
    expect(found).toContain('青禾港务有限公司 -[获奖]-> 第三届青禾职工运动会');
    expect(found).toContain('李四 -[获奖]-> 第三届青禾职工运动会');
    // A prize won in a named contest goes to that contest.
    const named = participates('王五在“青禾市焊工技能大赛”中荣获一等奖。', [['person', '王五'], ['program', '青禾市焊工技能大赛']]);
    expect(named).toEqual(['王五 -[获奖]-> 青禾市焊工技能大赛']);
    // No prize, no contest: 获得 alone is not taking part.
    expect(participates('第三届青禾职工运动会闭幕。王五获得了公司的奖励。', [['program', '第三届青禾职工运动会'], ['person', '王五']])).toEqual([]);
  });
});
