import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, loadDocument, splitPage } from '../../../electron/core/articles';
import { mastheadDate, pathDate } from '../../../electron/core/articles/dates';
import { SAMPLE_PATH } from './fixtures';

const dates = (drafts: Array<{ date: string | null; dateSource: string | null; pageDate: string | null }>): Array<[string | null, string | null]> =>
  drafts.map((d) => [d.date, d.dateSource]);

describe('the seed page saved as grrb-2024-10-14.txt', () => {
  const { drafts } = loadDocument(readFileSync(SAMPLE_PATH), '/papers/grrb-2024-10-14.txt');

  it('gives all eleven articles a date in October 2024', () => {
    expect(drafts).toHaveLength(11);
    for (const d of drafts) expect(d.date).toMatch(/^2024-10-\d{2}$/);
  });

  it('keeps the page date apart from the date the article reports, and says where each came from', () => {
    for (const d of drafts) {
      expect(d.pageDate).toBe('2024-10-14');
      expect(d.dateSource === 'dateline' || (d.dateSource === 'file-name' && d.date === '2024-10-14')).toBe(true);
    }
    expect(drafts.some((d) => d.dateSource === 'dateline' && d.date === '2024-10-11')).toBe(true);
  });

  it('gives no date at all when the page has no date anywhere (a year is never invented)', () => {
    const plain = loadDocument(readFileSync(SAMPLE_PATH), 'page.txt').drafts;
    expect(plain.every((d) => d.date === null && d.pageDate === null && d.dateSource === null)).toBe(true);
  });
});

describe('mastheads', () => {
  it.each([
    ['工人日报 2021年5月11日 星期二 第05版 新闻·地方', '2021-05-11'],
    ['江苏工人报 2009.08.20 星期四 第2版 综合新闻', '2009-08-20'],
    ['2024年1月16日 星期二 南方工报 第3版 关注·春运', '2024-01-16'],
    ['2024年10月14日 星期一', '2024-10-14'],
    ['2024-10-14', '2024-10-14'],
  ])('reads %s', (line, date) => {
    expect(mastheadDate(line)).toBe(date);
  });

  it.each(['2024年10月14日,会议在北京召开。', '2024年10月14日全市召开职工大会', '本报讯 2024年10月14日 记者张三'])('takes %s for no masthead', (line) => {
    expect(mastheadDate(line)).toBeNull();
  });

  it('dates a page by its masthead before its file name, and articles without a dateline by the page', () => {
    const page = '工人日报 2021年5月11日 星期二 第05版\n\n职工夜校开课了\n\n本报讯(记者张三)5月8日,职工夜校在武汉开课。\n\n书香飘进车间\n\n近日,一场读书会在工厂举行,职工们踊跃参加。';
    const drafts = loadDocument(Buffer.from(page), 'grrb/2020/01/01/page-03.txt').drafts;
    expect(dates(drafts)).toEqual([
      ['2021-05-08', 'dateline'],
      ['2021-05-11', 'masthead'],
    ]);
    expect(drafts.map((d) => d.pageDate)).toEqual(['2021-05-11', '2021-05-11']);
  });
});

describe('dates in paths', () => {
  it.each([
    ['grrb/2024/10/14/page-03.txt', '2024-10-14'],
    ['/home/u/grrb/2024/10/14/page-03.txt', '2024-10-14'],
    ['20241014_03.txt', '2024-10-14'],
    ['grrb-2024-10-14.txt', '2024-10-14'],
    ['archive/2024-10-14/page-3.html', '2024-10-14'],
    ['archive/2024/1014/03.txt', '2024-10-14'],
    ['archive/2024/3/5/a.md', '2024-03-05'],
    ['/2023-01-01/20241014.txt', '2024-10-14'],
  ])('finds the date in %s', (path, date) => {
    expect(pathDate(path)).toBe(date);
  });

  it.each(['page.txt', 'archive/2024/10/page.txt', 'v1234/12/40/a.txt', 'data/000_65facfb44480fdb1.txt'])('finds none in %s', (path) => {
    expect(pathDate(path)).toBeNull();
  });

  it('dates a page by its folders when nothing else does', () => {
    const drafts = loadDocument(Buffer.from('书香飘进车间\n\n近日,一场读书会在工厂举行。'), 'grrb/2024/10/14/page-03.txt').drafts;
    expect(dates(drafts)).toEqual([['2024-10-14', 'file-name']]);
  });
});

describe('HTML metadata', () => {
  const page = (head: string, body = '<h1>职工夜校开课</h1><p>近日,职工夜校在武汉开课,职工们踊跃报名参加,课程涵盖技能、文化和法律。</p>') =>
    `<!DOCTYPE html><html><head><title>职工夜校开课</title>${head}</head><body><article>${body}</article></body></html>`;

  it.each([
    ['<meta property="article:published_time" content="2024-10-14T08:00:00+08:00">', '2024-10-14'],
    ['<meta name="pubdate" content="2024/10/14">', '2024-10-14'],
    ['<meta name="DC.date.issued" content="2024-10-14">', '2024-10-14'],
    ['<meta property="og:published_time" content="20241014">', '2024-10-14'],
    ['<meta itemprop="datePublished" content="2024年10月14日">', '2024-10-14'],
  ])('reads %s', (head, date) => {
    expect(htmlToText(page(head)).published).toBe(date);
  });

  it('reads <time datetime> when no meta tag gives a date, and prefers the publication time to a plain date', () => {
    expect(htmlToText(page('', '<p><time datetime="2024-10-13">昨天</time></p><p>近日,职工夜校在武汉开课,职工们踊跃报名参加,课程涵盖技能、文化和法律。</p>')).published).toBe('2024-10-13');
    expect(htmlToText(page('<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2024-10-14">')).published).toBe('2024-10-14');
    expect(htmlToText(page('<meta name="keywords" content="2024-10-14">')).published).toBeNull();
  });

  it('dates the articles of an HTML page by its metadata before its file name', () => {
    const drafts = loadDocument(Buffer.from(page('<meta name="pubdate" content="2024-10-14">')), '2020-01-01.html').drafts;
    expect(dates(drafts)).toEqual([['2024-10-14', 'metadata']]);
  });
});

describe('dates the user gives', () => {
  it('uses the user page date before any other, and still lets a dateline say its day', () => {
    const page = '工人日报 2021年5月11日 星期二\n\n职工夜校开课了\n\n本报讯(记者张三)5月8日,职工夜校开课。\n\n书香飘进车间\n\n近日,一场读书会在工厂举行。';
    expect(dates(loadDocument(Buffer.from(page), 'a.txt', { userDate: '2022-05-20' }).drafts)).toEqual([
      ['2022-05-08', 'dateline'],
      ['2022-05-20', 'user'],
    ]);
  });

  it('resolves a month named without a day with the page year', () => {
    const drafts = splitPage('高温下的坚守\n\n8月中旬,记者来到一处工地,工人们正在作业。', { fileDate: '2009-08-20' });
    expect(dates(drafts)).toEqual([['2009-08', 'dateline']]);
  });
});
