import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../../electron/core/extract/index';
import type { Extractor } from '../../../electron/core/extract/index';
import type { EntityMention, EntityType } from '../../../electron/shared/types';

// Development tests: sentences taken from the older held-out pages (tests/fixtures/holdout), which
// are development material now. Generalisation is judged on text the rules were not written for.

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});

const mentions = (text: string): EntityMention[] => extractor.extract(text).entities;
const names = (text: string, type: EntityType): string[] => [...new Set(mentions(text).filter((m) => m.type === type).map((m) => m.name))];

describe('people after occupation words and with less common surnames', () => {
  it('finds a name after an occupation word', () => {
    expect(names('环卫工人王秀花说,今年冬天不冷。', 'person')).toEqual(['王秀花']);
    expect(names('教师杨红梅带着学员在现场练习。', 'person')).toEqual(['杨红梅']);
    expect(names('在江西务工的工人李光明拿着调解书。', 'person')).toContain('李光明');
  });

  it('finds a compound surname without a cue, and a common-word surname before a speech verb', () => {
    expect(names('欧阳振东(左)正在向青年职工讲解。', 'person')).toEqual(['欧阳振东']);
    expect(names('驻站心理咨询师和丽介绍,驿站已接待职工百余人。', 'person')).toEqual(['和丽']);
  });

  it('does not read a conjunction after an occupation as a surname', () => {
    expect(names('优先安排一线职工和新就业形态劳动者参加。', 'person')).toEqual([]);
  });

  it('keeps the title whole (公司总经理赵立新 gives no 公司总)', () => {
    expect(names('公司总经理赵立新表示,将把师带徒常态化。', 'person')).toEqual(['赵立新']);
  });

  it('reads the words before a title as its qualifier when a name follows it', () => {
    expect(names('经过比拼,门机司机胡海波获得第一名。', 'person')).toEqual(['胡海波']);
  });

  it('links 李师傅 to the one full name with that surname in the text', () => {
    const text = '车间主任李卫国在厂里干了三十年。李师傅说,技术要传下去。';
    expect(names(text, 'person')).toEqual(['李卫国']);
    expect(mentions(text).find((m) => m.surface === '李师傅')?.name).toBe('李卫国');
    expect(names('李卫国和李建军是同事。李师傅说,要认真。', 'person')).toContain('李师傅');
  });

  it('finds 马师傅 after an occupation glued to it', () => {
    expect(names('快递员马师傅边吃午饭边说。', 'person')).toEqual(['马师傅']);
  });
});

describe('organisation boundaries and forms', () => {
  it('keeps a brand before the place of a company (国网…电力公司) and a province before a river bureau', () => {
    expect(names('国网浙江省电力公司选手李振宇获得第一名。', 'organisation')).toEqual(['国网浙江省电力公司']);
    expect(names('由中国农林水利气象工会主办的培训班开幕。', 'organisation')).toEqual(['中国农林水利气象工会']);
  });

  it('ends a name before a glued 等 and knows 总会 and 妇联', () => {
    const text = '杭州市总工会联合杭州市交通运输局等部门开展活动,浙江省慈善总会以及县妇联也参加了。';
    expect(names(text, 'organisation')).toEqual(['杭州市总工会', '杭州市交通运输局', '浙江省慈善总会', '县妇联']);
  });

  it('finds organs named without their place (市委, 团县委) and numbered units (中建三局)', () => {
    expect(names('市委书记张敬涛召集干部开会,县委、团县委也派人参加。', 'organisation')).toEqual(['市委', '县委', '团县委']);
    expect(names('中建七局工会在项目部设立了休息室。', 'organisation')).toEqual(['中建七局工会']);
  });

  it('does not read a union abbreviation and a hospital as one name', () => {
    const orgs = names('浙江省总与邵逸夫医院签订合作协议。', 'organisation');
    expect(orgs).toContain('邵逸夫医院');
    expect(orgs.some((n) => n.includes('与'))).toBe(false);
  });

  it('merges a short place form and a shorter name into the full organisation of the text', () => {
    const text = '恩施土家族苗族自治州总工会举办活动。恩施州总工会负责人说,州总将继续推进。';
    expect(names(text, 'organisation')).toEqual(['恩施土家族苗族自治州总工会']);
    expect(names('省人民医院与浙江大学邵逸夫医院合作。邵逸夫医院派出专家。', 'organisation')).not.toContain('邵逸夫医院');
  });

  it('resolves a bare 区总工会 to the district union named in the text', () => {
    expect(names('西湖区总工会开展慰问。区总工会负责人介绍了情况。', 'organisation')).toEqual(['西湖区总工会']);
  });

  it('does not count a quantified generic company (一家苗木合作社)', () => {
    expect(names('在村里一家苗木合作社打工的张女士说。', 'organisation')).toEqual([]);
  });
});

describe('places', () => {
  it('prefers the division named in full elsewhere in the text for a short form', () => {
    const m = mentions('岳阳市总工会举办比赛。来自岳阳的选手参加。').find((e) => e.surface === '岳阳');
    expect(m?.name).toBe('岳阳市');
  });

  it('splits two short forms run together and reads 贵州籍', () => {
    expect(names('基金在甘肃兰州启动。', 'place')).toEqual(['甘肃省', '兰州市']);
    expect(names('在浙江务工的贵州籍工人说。', 'place')).toEqual(['浙江省', '贵州省']);
  });

  it('gives no country for the issuer in a law title', () => {
    expect(names('依据《中华人民共和国劳动合同法》维权。', 'place')).toEqual([]);
  });

  it('finds a fishing port after its district, keeping the repeated short form', () => {
    expect(names('在海南省三亚市崖州区崖州中心渔港,宣讲队开展活动。', 'place')).toContain('崖州中心渔港');
  });
});

describe('programs', () => {
  it('types a quoted name before 小程序 or APP as a program, whatever follows', () => {
    expect(names('“杭州工会”小程序上线了新功能。', 'program')).toEqual(['杭州工会小程序']);
    expect(names('会员可通过“浙工惠”APP一键预约体检。', 'program')).toEqual(['浙工惠APP']);
  });

  it('stops a quoted program at the verb after its suffix', () => {
    const text = '省总工会主办的“大国工匠进校园”活动走进芜湖职业技术学院。';
    // The quote names the program; 活动 describes it (the gold's name, with “…”活动 as an alias).
    expect(names(text, 'program')).toEqual(['大国工匠进校园']);
    expect(names(text, 'organisation')).toContain('芜湖职业技术学院');
  });

  it('merges a quoted core with its suffixed form, and an ordinal contest with its plain name', () => {
    // One program, named by its quoted core (the dev-real conventions; “…”服务平台 is a surface of it).
    const a = '省总工会推出“职工健康驿家”服务平台。职工可通过“职工健康驿家”预约体检。';
    expect(names(a, 'program')).toEqual(['职工健康驿家']);
    const b = '第三届全省职工网络安全技能大赛开幕。全省职工网络安全技能大赛吸引了千余人。';
    expect(names(b, 'program')).toEqual(['第三届全省职工网络安全技能大赛']);
  });
});
