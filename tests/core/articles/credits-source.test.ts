import { describe, expect, it } from 'vitest';
import { splitPage } from '../../../electron/core/articles';
import { bareNames, closingNames } from '../../../electron/core/articles/closing-credits';
import type { ArticleDraft, BylineEntry } from '../../../electron/shared/types';

// Closing credits that name where a report came from before its author (issue #12, cause 9), with
// made-up text: `（江城 张三）`, `（江城市总工会 张三）`, on the last line of a paragraph or alone on a line.
const pairs = (entries: BylineEntry[] | null | undefined): Array<[string, string]> | null => (entries ? entries.map((e) => [e.name, e.role]) : null);
const credits = (a: ArticleDraft): Array<[string, string]> => a.byline.map((b) => [b.name, b.role]);

describe('a closing credit with its source before the author', () => {
  it('takes a place or unit before the name for the source, not a second author', () => {
    expect(pairs(closingNames('职工们纷纷点赞。(滨江 许明)')?.entries)).toEqual([['许明', '作者']]);
    expect(pairs(closingNames('活动将持续一个月。（滨江市总工会　许明）')?.entries)).toEqual([['许明', '作者']]);
    expect(pairs(bareNames('(滨江 许明)'))).toEqual([['许明', '作者']]);
    expect(pairs(bareNames('(滨江市总工会 许明 罗青)'))).toEqual([['许明', '作者'], ['罗青', '作者']]);
  });

  it('still reads names only as names and leaves a bare source and name without brackets alone', () => {
    expect(pairs(closingNames('工友们都很满意。(许明 罗青)')?.entries)).toEqual([['许明', '作者'], ['罗青', '作者']]);
    expect(bareNames('滨江 许明')).toBeNull();
    expect(closingNames('工友们都很满意。(滨江新区)')).toBeNull();
  });

  it('splits numbered briefs each closed by such a credit, and credits each its author', () => {
    const page = [
      '工会简讯',
      '',
      '1.近日，滨江区总工会组织30名女职工参加健康讲座，讲座费用由区总工会承担。(滨江 许明)',
      '',
      '2.3月2日，滨江公交第三车队工会召开职工座谈会，收集意见建议9条。(公交车队 罗青)',
      '',
      '3.日前，河西区总工会举办专场招聘会，20家企业提供岗位500余个。(河西 丁宁)',
    ].join('\n');
    expect(splitPage(page).map(credits)).toEqual([[['许明', '作者']], [['罗青', '作者']], [['丁宁', '作者']]]);
  });

  it('adds no author row when the closing credit repeats the correspondent of the dateline', () => {
    const page = ['滨江区总工会走访困难职工', '', '本报讯（通讯员 许明）近日，滨江区总工会走访困难职工42户。', '（许明）'].join('\n');
    expect(splitPage(page).map(credits)).toEqual([[['许明', '通讯员']]]);
  });
});

describe('a picture caption credited by the photographer of a unit', () => {
  it('reads `unit name 摄` as the photographer and keeps a caption with its second paragraph on a lined-up page', () => {
    const page = [
      '河西区总工会开展助学活动',
      '',
      '本报讯(通讯员 许明)近日,河西区总工会开展助学活动,资助困难职工子女50名。',
      '活动共发放助学金10万元,区总工会还为学生送去了学习用品。',
      '区总工会负责人说,今后将把助学活动办成常态,让更多困难职工子女安心上学。',
      '受助学生家长纷纷表示感谢,称工会的帮助解了燃眉之急。',
      '(许明)',
      '',
      '图为河西区东关社区职工在社区“职工之家”学习剪纸。',
      '',
      '连日来,该社区工会联合河西学院开设剪纸课堂,吸引职工60余人报名。',
      '',
      '河西区总工会 罗青 摄',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles.map(credits)).toEqual([[['许明', '通讯员']], [['罗青', '摄影']]]);
    expect(articles[1].text).toContain('连日来');
  });
});
