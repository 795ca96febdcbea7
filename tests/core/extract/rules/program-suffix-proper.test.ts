import { describe, expect, it } from 'vitest';
import { extractor } from './examples';

const programs = (text: string): string[] => extractor().explain(text).filter((m) => m.rule === 'program.suffix').map((m) => m.name);

describe('program.suffix: suffixes marked proper (协议, 比赛, 项目) need a proper part', () => {
  it('drops generic phrases that end in them', () => {
    expect(programs('双方当天签订了工资集体协议，职工工资平均增长8%。')).toEqual([]);
    expect(programs('赛场上，钢筋绑扎项目比赛最为激烈。')).toEqual([]);
    expect(programs('今年工会把职工食堂改造列入办实事项目。')).toEqual([]);
  });

  it('keeps names with a place or an edition number', () => {
    expect(programs('青海省第三届钢筋工技能比赛在西宁开幕。')).toEqual(['青海省第三届钢筋工技能比赛']);
    expect(programs('西宁市总工会与海东市总工会签署了青海省两市工会战略合作协议。')).toEqual(['青海省两市工会战略合作协议']);
  });
});

describe('program.suffix: owners before a name', () => {
  it('drops a union abbreviation before a name (省总安全宣传月 is a short form)', () => {
    expect(programs('省总安全宣传月期间，各地工会走进企业。')).toEqual([]);
  });

  it('keeps 全省工会 in a campaign of all the province’s unions, drops 全省 before other words', () => {
    expect(programs('全省工会职业病防治知识学习宣传月在西宁启动。')).toEqual(['全省工会职业病防治知识学习宣传月']);
    expect(programs('全省新就业形态劳动者权益保障专题培训班在西宁开班。')).toEqual(['新就业形态劳动者权益保障专题培训班']);
  });
});
