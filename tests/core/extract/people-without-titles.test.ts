import { describe, expect, it } from 'vitest';
import { names } from './helpers';

// #12 cause 6: people named without a title of the list, and words that only look like names.
describe('people without a title cue', () => {
  it('reads a name after an occupation noun ending in 工 or 员, also when the segmenter cuts 员 off', () => {
    expect(names('铆工钱立伟和同事们连夜抢修设备。', 'person')).toEqual(['钱立伟']);
    expect(names('车站调车员孙海鹏和工友一起值守。', 'person')).toEqual(['孙海鹏']);
  });

  it('does not read a conjunction or the start of a word after an occupation as a name', () => {
    expect(names('全体党员和师生参加了活动。', 'person')).toEqual([]);
    expect(names('要在技术人员方面作好准备。', 'person')).toEqual([]);
  });

  it('reads the names of a list closed by a count or a kin word', () => {
    expect(names('工会为马德胜、邓文举等12名职工送去慰问金。', 'person')).toEqual(['马德胜', '邓文举']);
    expect(names('在厂里打工的周小兰、刘国栋夫妇报了名。', 'person')).toEqual(['周小兰', '刘国栋']);
    // A list of places closed by a count of other things is no list of people.
    expect(names('北京、上海等10个城市参加。', 'person')).toEqual([]);
  });

  it('reads a name before a position mark in a photo caption', () => {
    expect(names('工匠唐国平(左二)向徒弟讲解操作要领。', 'person')).toEqual(['唐国平']);
  });

  it('reads a speaker whose given name is a noun when punctuation opens and a speech verb closes it', () => {
    expect(names('“这份工作让我很踏实。”蒋海峰说。', 'person')).toEqual(['蒋海峰']);
  });

  it('reads a name that is an everyday word between a title and a speech verb', () => {
    expect(names('班组长黄金说，产量又创新高。', 'person')).toEqual(['黄金']);
  });

  it('ends a name before a one-character verb with its aspect particle', () => {
    expect(names('线路工严斌读着家里的来信。', 'person')).toEqual(['严斌']);
  });

  it('reads the whole name of a credit right before 报道', () => {
    expect(names('本报讯 通讯员陈国和报道 近日，工会举行活动。', 'person')).toEqual(['陈国和']);
  });

  it('takes no verb, function word or title-word head for a name after a title', () => {
    expect(names('每周由老师傅轮流讲课。', 'person')).toEqual([]);
    expect(names('公司与职工方开展协商。', 'person')).toEqual([]);
  });

  it('takes no name from a short quoted slogan or a road named by place abbreviations', () => {
    expect(names('市总工会“夏送凉茶”进工地。', 'person')).toEqual([]);
    expect(names('车队行驶在杭甬高速上。', 'person')).toEqual([]);
  });

  it('reads a name put in charge with 由…负责, and a transliterated name between a title and a speech verb', () => {
    expect(names('项目部工会由蒋志刚负责日常工作。', 'person')).toEqual(['蒋志刚']);
    expect(names('活动由市总工会负责组织。', 'person')).toEqual([]);
    expect(names('区总工会副主席吐尔逊说，培训很受欢迎。', 'person')).toEqual(['吐尔逊']);
  });

  it('takes no name after an adverb of manner', () => {
    expect(names('合格后直接晋升技师。', 'person')).toEqual([]);
  });
});

describe('a name after 的 or a noun for a person, before 一边 or a speech verb', () => {
  it('reads a full name the segmenter glues to the word before it', () => {
    expect(names('刚从外地送货回来的邹振华一边擦汗一边说。', 'person')).toEqual(['邹振华']);
    expect(names('45岁的木匠孔德胜一边刨木头一边讲。', 'person')).toEqual(['孔德胜']);
    expect(names('在市场摆摊的湖南人阎秋菊说,托管班帮了大忙。', 'person')).toContain('阎秋菊');
  });

  it('takes no everyday words before 一边 or a speech verb', () => {
    expect(names('大家的工作一边做一边学。', 'person')).toEqual([]);
    expect(names('车间的高温天说来就来。', 'person')).toEqual([]);
  });
});
