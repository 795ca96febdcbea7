import { describe, expect, it } from 'vitest';
import { splitPage } from '../../../electron/core/articles';
import type { ArticleDraft } from '../../../electron/shared/types';

// Page shapes of real PDF exports (issue #12, cause 10), with made-up text: pages where a blank line
// parts the pieces of the layout while the paragraphs of one article follow line by line, and
// picture captions printed under a report.
const credits = (a: ArticleDraft): Array<[string, string]> => a.byline.map((b) => [b.name, b.role]);
const body = (a: ArticleDraft): string => a.text.slice(a.bodyStart);

describe('a picture caption under a report', () => {
  it('makes a caption that a blank line parts from the report, closed by a photo credit line, an article of its own', () => {
    const page = [
      '湘江工人报 2021年5月6日 星期四',
      '',
      '城南职工运动会开幕',
      '',
      '本报讯(通讯员 吴小兰)5月4日,城南区第三届职工运动会开幕,32支代表队参赛。',
      '区总工会副主席说,运动会将持续一周。',
      '',
      '5月5日,在城南体育馆,参赛职工进行拔河比赛。',
      '比赛现场,来自城南机械厂的代表队获得第一名。',
      '本报记者 江 涛 摄',
      '',
      '河西工会办夜校',
      '',
      '本报讯(记者 罗晓峰)日前,河西区总工会开办职工夜校,已有400多名职工报名。',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles).toHaveLength(3);
    expect(credits(articles[0])).toEqual([['吴小兰', '通讯员']]);
    expect(body(articles[0])).not.toContain('拔河');
    expect(body(articles[1]).startsWith('5月5日,在城南体育馆')).toBe(true);
    expect(credits(articles[1])).toEqual([['江涛', '摄影']]);
    expect(articles[1].date).toBe('2021-05-05');
    expect(articles[2].title).toBe('河西工会办夜校');
  });

  it('makes pictures named 上图 and 下图 under a report closed by its credit an article of their own', () => {
    const page = [
      '车间里的“读书角”',
      '',
      '走进城南机械厂装配车间,一排书架摆在休息区。车间工会主席说,职工下班后常来看书。(记者 苏 云)',
      '',
      '上图:5月2日,城南区总工会志愿者为职工子女辅导作业。',
      '下图:职工在“读书角”阅读。',
      '本报记者 孔 平 摄',
      '',
      '河西工会办夜校',
      '',
      '本报讯(记者 罗晓峰)日前,河西区总工会开办职工夜校,已有400多名职工报名。',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles).toHaveLength(3);
    expect(credits(articles[0])).toEqual([['苏云', '记者']]);
    expect(body(articles[1]).startsWith('上图:')).toBe(true);
    expect(articles[1].title).toBe('城南区总工会志愿者为职工子女辅导作业');
    expect(articles[1].date).toBeNull();
    expect(credits(articles[1])).toEqual([['孔平', '摄影']]);
  });

  it('starts a caption whose credit ends its last paragraph at the blank line before its first paragraph', () => {
    const page = [
      '城南职工运动会开幕',
      '',
      '本报讯(通讯员 吴小兰)5月4日,城南区第三届职工运动会开幕,32支代表队参赛。',
      '区总工会副主席说,运动会将持续一周。',
      '',
      '5月5日,在城南体育馆,参赛职工进行拔河比赛。',
      '比赛现场,来自城南机械厂的代表队获得第一名。本报记者 江 涛 摄',
      '',
      '河西工会办夜校',
      '',
      '本报讯(记者 罗晓峰)日前,河西区总工会开办职工夜校,已有400多名职工报名。',
      '夜校每周开课三次。',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles).toHaveLength(3);
    expect(body(articles[0])).not.toContain('拔河');
    expect(body(articles[1]).startsWith('5月5日,在城南体育馆')).toBe(true);
    expect(credits(articles[1])).toEqual([['江涛', '摄影']]);
  });

  it('starts a caption under a credited report, on a page with a blank line between all paragraphs, at the paragraph that dates its picture', () => {
    const page = [
      '城南职工运动会开幕',
      '',
      '本报讯(通讯员 吴小兰)5月4日,城南区第三届职工运动会开幕,32支代表队参赛。',
      '',
      '区总工会副主席说,运动会将持续一周。',
      '',
      '5月5日,在城南体育馆,参赛职工进行拔河比赛。(5月5日摄)',
      '',
      '城南机械厂的队员(右二)在比赛中。',
      '',
      '本报记者 江 涛 摄',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles).toHaveLength(2);
    expect(credits(articles[0])).toEqual([['吴小兰', '通讯员']]);
    expect(body(articles[1]).startsWith('5月5日,在城南体育馆')).toBe(true);
    expect(credits(articles[1])).toEqual([['江涛', '摄影']]);
  });

  it('starts a caption that gives the day of its picture under an uncredited report, and keeps a photo story under its headline whole', () => {
    const report = ['城南职工运动会开幕', '', '本报讯 5月4日,城南区第三届职工运动会开幕。', '', '区总工会副主席说,运动会将持续一周。', ''];
    const caption = ['5月5日,在城南体育馆,参赛职工进行拔河比赛。', '', '比赛中的城南机械厂队员。(5月5日摄)', '', '本报记者 江 涛 摄'];
    const split = splitPage([...report, ...caption].join('\n'));
    expect(split.map((a) => body(a).slice(0, 8))).toEqual(['本报讯 5月4日', '5月5日,在城南']);
    const story = splitPage(['城南职工赛拔河', '', ...caption.slice(0, 4), '', '区总工会今年已举办职工赛事12场。', '', '本报记者 江 涛 摄'].join('\n'));
    expect(story).toHaveLength(1);
    expect(credits(story[0])).toEqual([['江涛', '摄影']]);
  });

  it('leaves a report whose paragraphs all stand apart and that ends with its photographer in one piece', () => {
    const page = [
      '城南职工运动会开幕',
      '',
      '本报讯 5月4日,城南区第三届职工运动会开幕,32支代表队参赛。',
      '',
      '区总工会副主席说,运动会将持续一周。',
      '',
      '本报记者 江 涛 摄',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles).toHaveLength(1);
    expect(credits(articles[0])).toEqual([['江涛', '摄影']]);
  });
});

describe('a column line over a headline', () => {
  it('takes a line that a blank line parts from the headline under it for the kicker, on a page whose paragraphs follow line by line', () => {
    const page = [
      '河西工会办夜校',
      '',
      '本报讯(记者 罗晓峰)日前,河西区总工会开办职工夜校,已有400多名职工报名。',
      '夜校每周开课三次,课程由职工点单。',
      '',
      '产业工人队伍建设改革在基层',
      '',
      '车间里的“读书角”',
      '本报记者 苏 云',
      '',
      '走进城南机械厂装配车间,一排书架摆在休息区。',
      '车间工会主席说,职工下班后常来看书。',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles).toHaveLength(2);
    expect(articles[1].title).toBe('车间里的“读书角”');
    expect(articles[1].kicker).toBe('产业工人队伍建设改革在基层');
  });
});

describe('a page broken at a fixed width', () => {
  // A PDF export keeps the lines of its columns: every line of a paragraph but its last has the column's width.
  const wrap = (paragraph: string, width: number): string[] => {
    const lines: string[] = [];
    for (let i = 0; i < paragraph.length; i += width) lines.push(paragraph.slice(i, i + width));
    return lines;
  };
  const report = [
    '本报讯(记者 罗晓峰 通讯员 吴小兰)5月4日,城南区第三届职工运动会开幕。',
    '运动会设拔河、跳绳、篮球等8个项目,来自全区46家企业的1200余名职工参赛。',
    '区总工会副主席说,运动会将持续一周,并首次设立了新就业形态劳动者专场。',
  ];
  const second = [
    '本报讯(通讯员 江 涛)日前,河西区总工会开办职工夜校,开设电工、焊工等课程。',
    '夜校每周开课三次,已有400多名职工报名。区总工会还将在各街道开设分校区。',
  ];
  const caption = '5月5日,在城南体育馆,参赛职工进行拔河比赛。 本报记者 孔 平 摄';

  // (A paragraph that fills its last line exactly cannot be told from one going on: the test's paragraphs do not.)
  it('joins the lines of each paragraph again, so that no piece of a paragraph is taken for a headline', () => {
    const page = [
      '城南职工运动会开幕',
      ...report.flatMap((p) => wrap(p, 18)),
      '河西工会办夜校',
      ...second.flatMap((p) => wrap(p, 18)),
      ...wrap(caption, 18),
    ].join('\n');
    const articles = splitPage(page);
    expect(articles.map((a) => a.title)).toEqual(['城南职工运动会开幕', '河西工会办夜校', '在城南体育馆,参赛职工进行拔河比赛']);
    expect(body(articles[0]).split('\n')).toEqual(report);
    expect(credits(articles[0])).toEqual([['罗晓峰', '记者'], ['吴小兰', '通讯员']]);
    expect(credits(articles[1])).toEqual([['江涛', '通讯员']]);
    expect(credits(articles[2])).toEqual([['孔平', '摄影']]);
  });
});

describe('a headline over plain text after a credited article', () => {
  it('starts an article under a headline after a report whose last sentence its credit follows', () => {
    const page = [
      '河西工会办职工夜校',
      '',
      '本报讯 日前,河西区总工会开办职工夜校,开设电工、焊工等课程,已有400多名职工报名。',
      '夜校由区总工会和区职业技术学校共同开办,职工可以免费参加。(记者 罗晓峰)',
      '',
      '夜校里的“老学员”',
      '',
      '晚上7点,河西区职工夜校的电工班准时开课。58岁的老职工说,工会办的夜校让他学会了新技术。',
      '夜校老师说,来上课的职工越来越多,区总工会还将开设焊工班。',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles.map((a) => a.title)).toEqual(['河西工会办职工夜校', '夜校里的“老学员”']);
    expect(credits(articles[0])).toEqual([['罗晓峰', '记者']]);
  });

  it('starts an article under a headline whose text closes with its own credit after a report its dateline credits', () => {
    const page = [
      '河西工会办职工夜校',
      '',
      '本报讯(记者 罗晓峰)日前,河西区总工会开办职工夜校,开设电工、焊工等课程,已有400多名职工报名。',
      '夜校由区总工会和区职业技术学校共同开办,职工可以免费参加。',
      '',
      '夜校里的“老学员”',
      '',
      '晚上7点,河西区职工夜校的电工班准时开课。58岁的老职工说,工会办的夜校让他学会了新技术。',
      '夜校老师说,来上课的职工越来越多,区总工会还将开设焊工班。(通讯员 吴小兰)',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles.map((a) => a.title)).toEqual(['河西工会办职工夜校', '夜校里的“老学员”']);
    expect(credits(articles[1])).toEqual([['吴小兰', '通讯员']]);
  });
});
