import { describe, expect, it } from 'vitest';
import { splitPage } from '../../../electron/core/articles';
import { captionCredit, parseBylineLine, parseCredit, trailingCredit } from '../../../electron/core/articles/byline';
import { bareNames, closingNames, inlineCredit } from '../../../electron/core/articles/closing-credits';
import { parseDateline } from '../../../electron/core/articles/dateline';
import type { ArticleDraft, BylineEntry } from '../../../electron/shared/types';

// Credit shapes of real PDF exports (issue #12, cause 9), with made-up text: two-character names
// set to the width of three (`江 涛`) and role-less credits in brackets on a line of their own.
const pairs = (entries: BylineEntry[] | null | undefined): Array<[string, string]> | null => (entries ? entries.map((e) => [e.name, e.role]) : null);
const credits = (a: ArticleDraft): Array<[string, string]> => a.byline.map((b) => [b.name, b.role]);

describe('two-character names set with a space between their characters', () => {
  it.each([
    ['本报记者 宋 文', [['宋文', '记者']]],
    ['本报通讯员 石 磊 摄', [['石磊', '摄影']]],
    ['本报记者 罗晓峰 通讯员 白 雪', [['罗晓峰', '记者'], ['白雪', '通讯员']]],
    ['本报记者　江　涛　本报通讯员　吴小兰', [['江涛', '记者'], ['吴小兰', '通讯员']]],
    ['(本报记者 孔 平)', [['孔平', '记者']]],
  ])('reads the byline line %s', (line, expected) => {
    expect(pairs(parseBylineLine(line))).toEqual(expected);
  });

  it('reads them in datelines, in brackets or not', () => {
    expect(pairs(parseDateline('江口讯(通讯员 吴小兰 江 涛)5月3日,江口县总工会举办培训班。')?.byline)).toEqual([['吴小兰', '通讯员'], ['江涛', '通讯员']]);
    expect(pairs(parseDateline('本报讯(记者 苏 云)6月1日,市总工会召开会议。')?.byline)).toEqual([['苏云', '记者']]);
    const open = parseDateline('本报讯 记者 江 涛 通讯员 白 雪 5月3日,河西区总工会开办夜校。');
    expect(pairs(open?.byline)).toEqual([['江涛', '记者'], ['白雪', '通讯员']]);
    expect(pairs(parseDateline('本报讯 记者 江 涛 报道 近日,河西区总工会开办夜校。')?.byline)).toEqual([['江涛', '记者']]);
  });

  it('reads them in credits closing a paragraph and in bare name lines', () => {
    expect(pairs(trailingCredit('活动取得实效。(记者 罗晓峰 通讯员 白 雪)')?.entries)).toEqual([['罗晓峰', '记者'], ['白雪', '通讯员']]);
    expect(pairs(inlineCredit('工友们都很满意。本报记者 孔 平')?.entries)).toEqual([['孔平', '记者']]);
    expect(pairs(closingNames('工友们都很满意。(江 涛 吴小兰)')?.entries)).toEqual([['江涛', '作者'], ['吴小兰', '作者']]);
    expect(pairs(bareNames('金 鑫'))).toEqual([['金鑫', '作者']]);
    expect(pairs(parseCredit('记者 苏 云').entries)).toEqual([['苏云', '记者']]);
  });

  it('keeps the photo mark and names of other lengths apart', () => {
    expect(pairs(parseBylineLine('本报记者 何 摄'))).toBeNull();
    expect(pairs(parseCredit('通讯员 阿依古丽 石 磊').entries)).toEqual([['阿依古丽', '通讯员'], ['石磊', '通讯员']]);
    // Four spaced characters with no credit word or brackets may be a headline set wide: no names.
    expect(bareNames('春 华 秋 实')).toBeNull();
  });
});

describe('a role-less credit in brackets on a line of its own', () => {
  const page = [
    '河西工会办夜校',
    '',
    '本报讯 入秋以来,河西区总工会开办职工夜校,开设电工、焊工等课程。',
    '夜校每周开课三次,已有400多名职工报名。',
    '(罗晓峰 吴小兰)',
    '',
    '车间里的“读书角”',
    '本报记者 苏 云',
    '',
    '走进城南机械厂装配车间,一排书架摆在休息区。车间工会主席说,职工下班后常来看书。',
  ].join('\n');

  it('credits the authors of the article it closes and is never the next headline', () => {
    const articles = splitPage(page);
    expect(articles.map((a) => a.title)).toEqual(['河西工会办夜校', '车间里的“读书角”']);
    expect(credits(articles[0])).toEqual([['罗晓峰', '作者'], ['吴小兰', '作者']]);
    expect(credits(articles[1])).toEqual([['苏云', '记者']]);
  });
});

describe('more credit forms of real exports', () => {
  it.each([
    ['文/图 本报记者 罗晓峰', [['罗晓峰', '记者'], ['罗晓峰', '摄影']]],
    ['文/图 罗晓峰', [['罗晓峰', '作者'], ['罗晓峰', '摄影']]],
    ['文图/罗晓峰 苏云', [['罗晓峰', '作者'], ['罗晓峰', '摄影'], ['苏云', '作者'], ['苏云', '摄影']]],
    ['文/罗晓峰 图/苏云', [['罗晓峰', '作者'], ['苏云', '摄影']]],
    ['本报记者 罗晓峰 文/图', [['罗晓峰', '记者']]],
    ['新华社发 石磊 摄', [['石磊', '摄影']]],
    ['(新华社发 石磊 摄)', [['石磊', '摄影']]],
    ['本报记者 孔 平摄', [['孔平', '摄影']]],
  ])('reads the byline line %s', (line, expected) => {
    expect(pairs(parseBylineLine(line))).toEqual(expected);
  });

  it('reads a picture credited with 供图, and takes a picture with a source but no name for a caption', () => {
    expect(pairs(captionCredit('职工在车间里练习焊接。(罗晓峰 供图)')?.entries)).toEqual([['罗晓峰', '摄影']]);
    expect(captionCredit('职工在车间里练习焊接。(受访者供图)')?.entries).toEqual([]);
    expect(captionCredit('职工在车间里练习焊接。(资料图片)')?.entries).toEqual([]);
    expect(captionCredit('他说,这张图片是资料。')).toBeNull();
    const page = [
      '城南职工书屋开放',
      '',
      '本报讯(记者 罗晓峰)5月4日,城南区总工会职工书屋正式开放。',
      '',
      '职工在书屋里阅读。(城南区总工会供图)',
      '',
      '河西工会办夜校',
      '',
      '本报讯(通讯员 吴小兰)日前,河西区总工会开办职工夜校。',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles).toHaveLength(3);
    expect(articles[1].byline).toEqual([]);
    expect(articles[2].title).toBe('河西工会办夜校');
  });

  it('reads datelines with a longer place, names of four characters and credits in square brackets', () => {
    const long = parseDateline('巴音郭楞州讯(通讯员 吴小兰)日前,州总工会召开会议。');
    expect(long?.place).toBe('巴音郭楞州');
    expect(pairs(long?.byline)).toEqual([['吴小兰', '通讯员']]);
    expect(pairs(parseDateline('本报讯 记者 阿依古丽 通讯员 吴小兰 近日,市总工会召开会议。')?.byline)).toEqual([['阿依古丽', '记者'], ['吴小兰', '通讯员']]);
    expect(pairs(parseDateline('本报讯【记者 罗晓峰】近日,市总工会召开会议。')?.byline)).toEqual([['罗晓峰', '记者']]);
    // A local dateline with no credit and no space before a lead that opens with its date.
    expect(parseDateline('城关讯近日,城关镇总工会为环卫工人送去防暑用品。')?.place).toBe('城关');
    expect(parseDateline('城关讯5月3日,城关镇总工会为环卫工人送去防暑用品。')?.length).toBe(3);
    expect(parseDateline('资讯近日更新。')).toBeNull();
  });
});
