import { describe, expect, it } from 'vitest';
import { splitPage } from '../../../electron/core/articles';
import { parseBylineLine } from '../../../electron/core/articles/byline';
import { mastheadDate } from '../../../electron/core/articles/dates';
import { isPageFurniture } from '../../../electron/core/articles/furniture';
import type { ArticleDraft } from '../../../electron/shared/types';

// Page shapes of real PDF/HTML exports (issue #12, causes 9 and 10), with made-up text.
const credits = (a: ArticleDraft): Array<[string, string]> => a.byline.map((b) => [b.name, b.role]);
const body = (a: ArticleDraft): string => a.text.slice(a.bodyStart);

describe('page furniture', () => {
  it.each([
    '工人日报',
    '湖南工人报 · 职工天地',
    '第3版 工会新闻',
    '第 4 版：抗冰救灾',
    '第2版　本版编辑：林小雨',
    '责任编辑 宋文',
    '(责任编辑　宋文)',
    '本版责任编辑：宋文　　投稿邮箱：abc@163.com',
    '本版编辑 宋文 电话:0731-8000000',
    '投稿信箱：abc@163.com　　新闻热线：0731-8000000',
    '上一版　下一版',
  ])('takes %s for furniture', (line) => {
    expect(isPageFurniture(line, false)).toBe(true);
  });

  it.each(['工人日报社举办读书会', '编辑部来信', '第3版的故事很动人。', '宋文', '5'])('takes %s for no furniture inside a page', (line) => {
    expect(isPageFurniture(line, false)).toBe(false);
  });

  it('takes a bare page number for furniture only at the top or foot of a page', () => {
    expect(isPageFurniture('5', true)).toBe(true);
    expect(isPageFurniture('- 12 -', true)).toBe(true);
  });

  it('reads the date of a masthead that names the paper beside it', () => {
    expect(mastheadDate('湘江工人报 2019年11月20日')).toBe('2019-11-20');
    expect(mastheadDate('2008年2月3日　湘江工人报')).toBe('2008-02-03');
    expect(mastheadDate('2019年11月20日 全市召开大会')).toBeNull();
  });

  it('leaves furniture out of every article, so that it is never a headline, kicker or byline', () => {
    const page = [
      '7',
      '湘江工人报 2019年11月20日',
      '第3版 工会新闻',
      '',
      '城南职工书屋开放',
      '',
      '本报讯(记者 罗文清)11月18日,城南区总工会职工书屋正式开放。',
      '',
      '河西工会办夜校',
      '',
      '本报讯(通讯员 唐晓丽)日前,河西区总工会开办职工夜校。',
      '',
      '责任编辑 宋文',
      '投稿邮箱:abc@163.com',
      '3',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles.map((a) => a.title)).toEqual(['城南职工书屋开放', '河西工会办夜校']);
    expect(articles.map((a) => a.date)).toEqual(['2019-11-18', '2019-11-20']);
    expect(articles.flatMap((a) => a.byline.map((b) => b.name))).toEqual(['罗文清', '唐晓丽']);
    expect(articles.some((a) => /编辑|邮箱|第3版/u.test(a.text))).toBe(false);
  });
});

describe('a column of briefs', () => {
  const page = [
    '简讯',
    '',
    '■5月6日,城东区总工会举办女职工健康讲座,200余名女职工参加。(罗小梅)',
    '',
    '■近日,城西区总工会为80名劳动模范免费体检。(通讯员 唐建国)',
  ].join('\n');
  const articles = splitPage(page, { fileDate: '2016-05-08' });

  it('makes each bulleted item an article of its own, with the column word as the first one\'s kicker', () => {
    expect(articles).toHaveLength(2);
    expect(articles[0].kicker).toBe('简讯');
    expect(articles.map((a) => a.title)).toEqual(['城东区总工会举办女职工健康讲座,200余名女职工参加', '城西区总工会为80名劳动模范免费体检']);
    expect(articles.map((a) => a.date)).toEqual(['2016-05-06', '2016-05-08']);
  });

  it('reads each item\'s closing credit, and never takes the column word for a name', () => {
    expect(articles.map(credits)).toEqual([[['罗小梅', '作者']], [['唐建国', '通讯员']]]);
  });
});

describe('credits of a report in one paragraph and credits without spaces', () => {
  it('reads a credit after the last sentence of a report whose only paragraph opens with its dateline', () => {
    const inline = splitPage('新居落成\n\n本报讯 4月1日,186户矿工家庭搬进新楼。 通讯员 罗振华 记者 唐晓丽\n');
    expect(credits(inline[0])).toEqual([['罗振华', '通讯员'], ['唐晓丽', '记者']]);
    const bracketed = splitPage('渔港成立工会\n\n本报讯　6月13日，城关镇渔港成立渔业工会。（记者　罗文清　通讯员　唐建国）\n');
    expect(credits(bracketed[0])).toEqual([['罗文清', '记者'], ['唐建国', '通讯员']]);
  });

  it('reads a credit word glued to the name, and 文/ and 图/ on one line', () => {
    expect(parseBylineLine('通讯员王德海摄')).toEqual([{ name: '王德海', role: '摄影' }]);
    expect(parseBylineLine('记者罗文清')).toEqual([{ name: '罗文清', role: '记者' }]);
    expect(parseBylineLine('文/罗文清　图/唐建国')).toEqual([{ name: '罗文清', role: '作者' }, { name: '唐建国', role: '摄影' }]);
    expect(parseBylineLine('记者手记')).toBeNull();
  });

  it('keeps a photo story with an unspaced credit in one article', () => {
    const page = '春耕送农技\n\n上图 4月5日,农技专家为农民工讲解育秧技术(4月5日摄)。\n\n下图 专家在田间查看秧苗。\n\n通讯员王德海摄\n\n城北工会办培训\n\n本报讯(记者 罗文清)日前,城北区总工会开办培训班。\n';
    const articles = splitPage(page);
    expect(articles.map((a) => a.title)).toEqual(['春耕送农技', '城北工会办培训']);
    expect(credits(articles[0])).toEqual([['王德海', '摄影']]);
    expect(body(articles[0])).toContain('下图 专家在田间查看秧苗。');
  });

  it('takes a column name in brackets for the kicker of the headline under it', () => {
    const page = '【工会论坛】\n\n帮扶要重“造血”\n\n□罗文清\n\n帮扶困难职工,更要帮他们掌握一技之长。\n';
    const [article] = splitPage(page);
    expect([article.kicker, article.title, credits(article)]).toEqual(['【工会论坛】', '帮扶要重“造血”', [['罗文清', '作者']]]);
  });
});

describe('heads, notes and boxes', () => {
  it('keeps an editor\'s note and the dateline under it in one article, dated and credited by the dateline', () => {
    const page = [
      '返岗路上看变化②',
      '',
      '城南：专列接来两千名务工者',
      '',
      '编者按：节后返岗高峰到来,本报今起推出系列报道。',
      '',
      '本报2月27日讯　记者罗文清　通讯员唐建国报道　2月26日,返岗专列驶抵城南站。',
      '',
      '城南区总工会今年开行专列3趟。',
    ].join('\n');
    const articles = splitPage(page, { fileDate: '2015-03-02' });
    expect(articles).toHaveLength(1);
    expect([articles[0].kicker, articles[0].title, articles[0].date]).toEqual(['返岗路上看变化②', '城南：专列接来两千名务工者', '2015-02-27']);
    expect(credits(articles[0])).toEqual([['罗文清', '记者'], ['唐建国', '通讯员']]);
  });

  it('reads 引题, 主题 and a 副题 opening with a dash', () => {
    const [article] = splitPage('帮扶中心挂牌三年\n\n城南“娘家”办实事八千件\n\n——来自城南区总工会的报告\n\n本报记者 罗文清\n\n4月6日,记者走进帮扶中心。\n');
    expect([article.kicker, article.title, article.subtitle]).toEqual(['帮扶中心挂牌三年', '城南“娘家”办实事八千件', '——来自城南区总工会的报告']);
  });

  const report = '竹乡工匠比技艺\n\n6月18日,竹编企业职工在技能比武中展示技艺。\n\n记者 罗文清 摄\n\n';
  it('makes a reporter\'s notebook with its own headline a piece of its own', () => {
    const articles = splitPage(`${report}记者手记\n\n让技能人才有“奔头”\n\n采访中,不少竹编工人说学技术的劲头更足了。\n\n罗文清\n`);
    expect(articles.map((a) => [a.kicker, a.title])).toEqual([[null, '竹乡工匠比技艺'], ['记者手记', '让技能人才有“奔头”']]);
    expect(articles.map(credits)).toEqual([[['罗文清', '摄影']], [['罗文清', '作者']]]);
  });

  it('keeps a link box with its own headline inside the report before it', () => {
    const articles = splitPage(`城南工会办夜校\n\n本报讯(记者 罗文清)城南区总工会开办职工夜校,已开课42期。\n\n新闻链接\n\n什么是职工夜校\n\n职工夜校是工会为职工开办的业余学校。\n`);
    expect(articles).toHaveLength(1);
  });

  it('makes a photo story under a report that its byline does not close an article of its own', () => {
    const page = [
      '城南:电煤运输保卫战',
      '',
      '本报记者　罗文清',
      '',
      '1月30日凌晨,矿工们冒着严寒坚持生产,保障电煤供应。',
      '',
      '冰雪中的温暖',
      '',
      '2月1日,铁路职工在清除道岔积雪。',
      '',
      '2月2日,公路职工为滞留司机送去热饭。',
      '',
      '本报记者　唐建国　罗小梅　摄',
      '',
      '致敬,冰雪中的劳动者',
      '',
      '□ 本报评论员',
      '',
      '这个冬天,千千万万的劳动者守护着万家灯火。',
    ].join('\n');
    const articles = splitPage(page, { fileDate: '2008-02-03' });
    expect(articles.map((a) => a.title)).toEqual(['城南:电煤运输保卫战', '冰雪中的温暖', '致敬,冰雪中的劳动者']);
    expect(articles.map(credits)).toEqual([[['罗文清', '记者']], [['唐建国', '摄影'], ['罗小梅', '摄影']], []]);
  });

  it('opens an item at a local dateline with no credit after it, and keeps its place', () => {
    const page = '城南工会助力麦收\n\n6月10日,工会农机服务队为农户检修收割机。\n\n通讯员　罗文清　摄\n\n潍坊讯　潍坊市总工会日前印发通知,开展职工技能提升行动。　（通讯员　唐建国）\n';
    const articles = splitPage(page, { fileDate: '2025-06-18' });
    expect(articles).toHaveLength(2);
    expect([articles[1].place, credits(articles[1])]).toEqual(['潍坊', [['唐建国', '通讯员']]]);
    for (const word of ['通讯', '工会简讯', '图片快讯']) expect(splitPage(`${word} 城南区总工会日前开办职工夜校。`)[0].place).toBeNull();
  });
});

describe('bulleted points inside a report', () => {
  it('keeps points that neither open with a date nor close with a credit inside their report', () => {
    const page = [
      '城南工会推出三项举措',
      '',
      '本报讯(记者 罗文清)城南区总工会日前推出服务职工三项举措。',
      '',
      '●建立职工诉求台账,每月梳理一次。',
      '',
      '●开通职工服务热线,全天有人接听。',
      '',
      '■为一线职工免费体检,今年覆盖两万人。',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles).toHaveLength(1);
    expect(credits(articles[0])).toEqual([['罗文清', '记者']]);
  });
});
