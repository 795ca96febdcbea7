import { describe, expect, it } from 'vitest';
import { mentions, names } from './helpers';

// #12 cause 7: quoted programs in frames and with descriptors, and suffix names that are no programs.
describe('quoted programs with a frame or a descriptor', () => {
  it('reads a quote that a frame presents as a program', () => {
    expect(names('区总工会以“技能进社区”为抓手，组织培训。', 'program')).toEqual(['技能进社区']);
    expect(names('车间把“安全标兵岗”创建列为重点工作。', 'program')).toEqual(['安全标兵岗']);
    expect(names('公司在厂区启用了“职工健身角”。', 'program')).toEqual(['职工健身角']);
    expect(names('街道推广“楼宇共建共享”模式。', 'program')).toEqual(['楼宇共建共享']);
  });

  it('ends a quoted name at 助力, a verb the segmenter tags as a noun, even before a descriptor', () => {
    const text = '“暖心卡”助力新就业形态劳动者队伍建设\n市总工会推出“暖心卡”。';
    const programs = mentions(text).filter((m) => m.type === 'program');
    expect(programs.map((m) => text.slice(m.start, m.end))).toEqual(['暖心卡', '暖心卡']);
    expect(new Set(programs.map((m) => m.name))).toEqual(new Set(['暖心卡']));
  });

  it('takes no program from a frame around an everyday word', () => {
    expect(names('大家以“安全”为重，认真工作。', 'program')).toEqual([]);
  });

  it('names the program by the quote when a campaign word or a meeting follows', () => {
    expect(names('市总工会开展“巧手工坊”技能培育行动。', 'program')).toEqual(['巧手工坊']);
    expect(names('县总工会在镇上举行“职工书吧”建设现场推进会。', 'program')).toEqual(['职工书吧']);
  });

  it('reads quoted names listed before a descriptor and 等…活动', () => {
    expect(names('车队开展了“平安回家”、“暖心灯”安全提醒等活动。', 'program')).toEqual(['平安回家', '暖心灯']);
  });
});

describe('names before a program suffix that are no programs', () => {
  it('starts no name before a verb with a result complement', () => {
    expect(names('钳工李国强夺得车工项目第一名。', 'program').filter((n) => n.includes('夺得'))).toEqual([]);
  });

  it('names the event, not its part', () => {
    expect(names('嘉定区第三届职工运动会跳绳比赛正在进行。', 'program')).toEqual(['嘉定区第三届职工运动会']);
  });

  it('takes no program from a scope word before 计划 or from a project department', () => {
    expect(names('今年杭州全市计划培训职工2万人。', 'program')).toEqual([]);
    expect(names('滨江大道改造工程项目部获评先进集体。', 'program')).toEqual([]);
  });

  it('takes a four-character body before 活动 or 培训班 as a name only when it recurs', () => {
    expect(names('工会今年开展法律咨询活动300余场。', 'program')).toEqual([]);
    expect(names('县总工会设立春风暖心助学基金。春风暖心活动覆盖全县。', 'program')).toContain('春风暖心活动');
  });

  it('reads a campaign month before 活动 and a contest of 比武 named with its place', () => {
    expect(names('各地开展了全市工会劳动法律知识学习宣传月活动。', 'program')).toEqual(['全市工会劳动法律知识学习宣传月']);
    expect(names('4月8日，绵阳市电力行业职工技能比武在涪城区举行。', 'program')).toEqual(['绵阳市电力行业职工技能比武']);
    expect(names('班组之间经常开展比武。', 'program')).toEqual([]);
  });
});

describe('service lines named by their number', () => {
  it('takes a short number before 热线 as the name of a service', () => {
    expect(names('职工遇到欠薪,可拨打12351职工服务热线求助,也可拨打12333热线。', 'program')).toEqual(['12351职工服务热线', '12333热线']);
  });

  it('takes no phone number of a newsroom or an area code', () => {
    expect(names('新闻热线:0531-86000000。', 'program')).toEqual([]);
    expect(names('咨询电话010-12345热线。', 'program')).toEqual([]);
  });
});
