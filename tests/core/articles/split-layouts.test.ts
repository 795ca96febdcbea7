import { describe, expect, it } from 'vitest';
import { splitPage } from '../../../electron/core/articles';
import type { ArticleDraft } from '../../../electron/shared/types';
import { fixtureText, solid } from './fixtures';

const body = (a: ArticleDraft): string => a.text.slice(a.bodyStart);
const credits = (a: ArticleDraft): Array<[string, string]> => a.byline.map((b) => [b.name, b.role]);

describe('a page with datelines ending in 电 and headlines printed above another report', () => {
  const page = fixtureText('page-dateline-dian.txt');
  const articles = splitPage(page, { fileDate: '2024-10-12' });

  it('finds the five articles in page order', () => {
    expect(articles.map((a) => a.title)).toEqual([
      '江苏南通:技术工人薪酬再提高',
      '养老服务进社区 老人乐享幸福晚年',
      '浙江举办快递员技能大赛',
      '读书会让职工爱上阅读',
      '秋日田野丰收忙',
    ]);
  });

  it('reads place, date and byline from datelines like 本报南京10月8日电 and 新华社上海10月9日电', () => {
    expect([articles[0].place, articles[0].date, credits(articles[0])]).toEqual(['南京', '2024-10-08', [['王海涛', '记者'], ['刘晓', '通讯员']]]);
    expect([articles[1].place, articles[1].date, credits(articles[1])]).toEqual(['上海', '2024-10-09', [['陈静', '记者']]]);
    expect([articles[2].place, articles[2].date, credits(articles[2])]).toEqual(['杭州', '2024-10-10', [['何军', '记者']]]);
  });

  it('gives the headline lines printed above 江苏南通 to the 上海 report they describe', () => {
    expect(articles[1].subtitle).toBe('多地探索嵌入式养老新模式');
    expect(body(articles[1]).startsWith('新华社上海10月9日电 (记者陈静)')).toBe(true);
    expect(articles[0].text.startsWith('江苏南通:技术工人薪酬再提高\n\n本报南京10月8日电')).toBe(true);
  });

  it('keeps a headline over plain text on another topic as its own article', () => {
    expect(articles[3].byline).toEqual([]);
    expect([articles[3].date, articles[3].dateSource]).toEqual(['2024-10-12', 'file-name']);
    expect(body(articles[3])).toContain('企业工会主席孙建国说');
    expect(articles[2].text).not.toContain('读书会');
  });

  it('makes the picture caption its own article with the photographer', () => {
    expect(credits(articles[4])).toEqual([['李安', '摄影']]);
    expect(articles[4].date).toBe('2024-10-09');
  });

  it('joins sentences broken across lines', () => {
    expect(body(articles[0])).toContain('推动技术工人工资稳步增长。');
    expect(body(articles[1])).toContain('让老人在家门口乐享幸福晚年。');
  });

  it('never invents a year', () => {
    expect(splitPage(page).map((a) => a.date)).toEqual([null, null, null, null, null]);
  });

  it('gives a headline left at the end of the page to the headline-less report it belongs to', () => {
    const moved = page.replace('浙江举办快递员技能大赛\n', '') + '\n浙江举办快递员技能大赛\n';
    const titles = splitPage(moved).map((a) => a.title);
    expect(titles).toEqual(['江苏南通:技术工人薪酬再提高', '养老服务进社区 老人乐享幸福晚年', '浙江举办快递员技能大赛', '读书会让职工爱上阅读', '秋日田野丰收忙']);
  });

  it('keeps a headline left at the end with the article before it when it matches no report', () => {
    const text = `${page}\n下期预告:职工书屋巡礼\n`;
    const articles2 = splitPage(text);
    expect(articles2).toHaveLength(5);
    expect(articles2[4].text.endsWith('下期预告:职工书屋巡礼')).toBe(true);
  });
});

describe('a page with bylines at the end and a masthead date', () => {
  const page = fixtureText('page-bylines-end.txt');
  const articles = splitPage(page);

  it('finds three articles, each closed by its byline', () => {
    expect(articles.map((a) => a.title)).toEqual(['春耕时节农机忙', '“小候鸟”的假期课堂', '工匠学院首批学员结业']);
    expect(articles.map(credits)).toEqual([
      [['张雪梅', '记者'], ['吴立强', '通讯员']],
      [['林雅', '记者'], ['陈一鸣', '通讯员']],
      [['赵刚', '记者']],
    ]);
  });

  it('takes the year from the masthead line, which belongs to no article', () => {
    expect(articles[2].date).toBe('2023-02-28');
    expect([articles[0].date, articles[0].dateSource, articles[0].pageDate]).toEqual(['2023-03-02', 'masthead', '2023-03-02']);
    expect(articles.some((a) => a.text.includes('星期四'))).toBe(false);
  });

  it('keeps a sub-head on the same story inside the article', () => {
    expect(body(articles[1]).split('\n')).toContain('孩子们的课堂 家长们的安心');
    expect(body(articles[1]).endsWith('(本报记者 林雅 通讯员 陈一鸣)')).toBe(true);
  });

  it('lets the masthead win over the file date, and the date the user gives over both', () => {
    expect(splitPage(page, { fileDate: '2025-03-05' })[2].date).toBe('2023-02-28');
    expect(splitPage(page, { fileDate: '2025-03-05', userDate: '2025-03-05' })[2].date).toBe('2025-02-28');
  });
});

describe('a file holding a single article', () => {
  it('stays one article, sub-heads included', () => {
    const text = fixtureText('single-article.txt');
    const articles = splitPage(text);
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toBe('让新就业形态劳动者“落脚”更安心');
    expect(body(articles[0]).split('\n')).toEqual(expect.arrayContaining(['暖心驿站遍布街头', '入会渠道更便捷']));
    expect(solid(articles[0].text)).toBe(solid(text));
  });

  it('stays one article without any headline', () => {
    const text = '外卖骑手、网约车司机、快递员……新就业形态劳动者数量快速增长。\n\n当地工会推出“扫码入会”服务,劳动者用手机扫一扫就能完成入会申请。';
    const articles = splitPage(text);
    expect(articles).toHaveLength(1);
    expect(articles[0].bodyStart).toBe(0);
    expect(articles[0].title).toBe('外卖骑手、网约车司机、快递员……新就业形态劳动者数量快速增长');
  });

  it('gives a one-line headline with nothing under it one article', () => {
    expect(splitPage('只有一个标题').map((a) => [a.title, a.text, a.bodyStart])).toEqual([['只有一个标题', '只有一个标题', 6]]);
  });

  it('keeps source and editor lines out of the headline and the byline', () => {
    const text = '职工夜校“走红”的奥秘\n来源:工人日报\n\n今年6月份以来,“上工会夜校”成了越来越多职工的选择。\n\n责任编辑:王五';
    const [a] = splitPage(text);
    expect([a.title, a.subtitle, a.byline]).toEqual(['职工夜校“走红”的奥秘', null, []]);
    expect(a.text.slice(0, a.bodyStart)).toBe('职工夜校“走红”的奥秘\n来源:工人日报\n\n');
  });

  it('gives nothing for an empty page', () => {
    expect(splitPage(' \n\n \t')).toEqual([]);
  });
});
