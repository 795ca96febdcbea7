import { describe, expect, it } from 'vitest';
import { mentions, names } from './helpers';

// #12 causes 6 and 7 on real pages (made-up sentences of the same shapes).
describe('people named after an honour', () => {
  it('reads a name after 劳动模范 or …获得者 as after a title', () => {
    expect(names('——访省级劳动模范邱长顺', 'person')).toEqual(['邱长顺']);
    expect(names('全国五一劳动奖章获得者孟振华介绍，这台设备去年投用。', 'person')).toEqual(['孟振华']);
  });
});

describe('people with a surname that is also an everyday word', () => {
  it('reads a given name the dictionary knows as a name after a title', () => {
    expect(names('去年徒弟于小林在全市焊工比赛中拿了第二。', 'person')).toEqual(['于小林']);
  });

  it('does not read a conjunction and a noun after a title as a name', () => {
    expect(names('组织全体党员和师生作为志愿者参加。', 'person')).toEqual([]);
  });
});

describe('people after an occupation the segmenter does not know', () => {
  it('reads a name glued to the 工 of an occupation', () => {
    expect(names('右图：某服装厂熨烫工郑秀兰在赶制工装。', 'person')).toEqual(['郑秀兰']);
  });

  it('reads a name after 主播', () => {
    expect(names('一家电商公司的主播唐可欣获得二等奖。', 'person')).toEqual(['唐可欣']);
  });
});

describe('quoted programs with a kind noun after them', () => {
  it('names the program by the quote when a service or course noun and a verb follow', () => {
    expect(names('区总工会把“安全护航”消防培训送到了工业园。', 'program')).toEqual(['安全护航']);
    expect(names('市总工会“送戏进工厂”文艺宣讲队来到纺织厂。', 'program')).toEqual(['送戏进工厂']);
    expect(names('街道开办“邻里学堂”周末兴趣班，免费接收职工子女。', 'program')).toEqual(['邻里学堂']);
  });

  it('takes no program from a quote before a concept, a method or an ordinary noun', () => {
    expect(names('他把“三步诊断法”写成了教材。', 'program')).toEqual([]);
    expect(names('大家都记得“自强不息”精神，', 'program')).toEqual([]);
    expect(names('专家在“产业升级”论述时指出，', 'program')).toEqual([]);
  });
});

describe('plain quotes after a launch verb and 的', () => {
  it('reads the quote as the program launched', () => {
    expect(names('据介绍，市总工会与银行合作推出的“职工暖心卡”已发放3万张。', 'program')).toEqual(['职工暖心卡']);
    expect(names('这家超市是区总工会与商会共建的“骑手休息站”之一。', 'program')).toEqual(['骑手休息站']);
  });
});

describe('headline verbs the segmenter tags as nouns', () => {
  it('ends a quoted name at 赋能, 助推, 领航 or 续航 before a descriptor', () => {
    for (const verb of ['赋能', '助推', '领航', '续航']) {
      const text = `“匠心驿站”${verb}新时代职工队伍建设\n区总工会推出“匠心驿站”。`;
      const programs = mentions(text).filter((m) => m.type === 'program');
      expect(programs.map((m) => text.slice(m.start, m.end))).toEqual(['匠心驿站', '匠心驿站']);
    }
  });

  it('keeps such a word when it heads the suffix right after the quote', () => {
    const text = '区总工会启动“平安回家路”护航行动。';
    expect(mentions(text).filter((m) => m.type === 'program').map((m) => text.slice(m.start, m.end))).toEqual(['“平安回家路”护航行动']);
  });
});

describe('unquoted program names and headline verbs', () => {
  it('starts a suffix name after a headline verb, leaving the organisation before it whole', () => {
    const text = '县总工会赋能家政服务员技能提升行动。';
    expect(names(text, 'organisation')).toEqual(['县总工会']);
    expect(names(text, 'program').every((n) => !n.includes('赋能'))).toBe(true);
  });
});

describe('variants of one program in one text', () => {
  it('merges a program whose stem ends the stem of the one program named before', () => {
    expect(names('市总工会启动“两节”献爱心活动。各区县工会将同步开展两节献爱心慰问活动。', 'program')).toEqual(['两节献爱心活动']);
    expect(names('市总工会启动职工献爱心活动。各区县工会将同步开展职工献爱心慰问活动。', 'program')).toEqual(['职工献爱心活动']);
  });
});

describe('words the dictionary tags as names that read as things', () => {
  it('takes no person from a word whose surname and next character make an everyday word', () => {
    expect(names('每位老队员都领到了一枚纪念章。', 'person')).toEqual([]);
  });

  it('takes no person from a place and 人 (a demonym)', () => {
    expect(names('在夜市摆摊的都是江西人。', 'person')).toEqual([]);
  });
});

describe('contests are no transliterated names', () => {
  it('takes no person from …大比武 before a cue word', () => {
    expect(names('全市青工技能大比武在开发区举行。', 'person')).toEqual([]);
  });
});

describe('generic program phrases', () => {
  it('takes no program from 新一轮 and a generic agreement', () => {
    expect(names('两地工会在会上签订新一轮对口协作协议。', 'program')).toEqual([]);
  });
});

describe('slogans in a row', () => {
  it('takes no theme program from two quoted slogans closing a sentence', () => {
    expect(names('企业决不能让职工“超时加班”“疲劳驾驶”。', 'program')).toEqual([]);
  });
});

describe('班长 before a name', () => {
  it('reads a name after 班长 as after a title', () => {
    expect(names('机修班班长郑红军的工具箱总是最整齐。', 'person')).toEqual(['郑红军']);
  });
});
