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
