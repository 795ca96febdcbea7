import { describe, expect, it } from 'vitest';
import { splitPage } from '../../../electron/core/articles';
import type { ArticleDraft } from '../../../electron/shared/types';
import { sampleText, solid } from './fixtures';

interface Expected {
  title: string;
  subtitle?: string;
  kicker?: string;
  date: string | null;
  byline: Array<[string, string]>;
  bodyStartsWith: string;
}

// The sample page, article by article, in page order (ten reports and one picture caption).
// The page opens with the headline and sub-headline of the SECOND report (深圳), printed above the
// headline of the first (全国建材); they must end up with the 深圳 report.
// 平度 is one article: shoulder line, headline, 阅读提示 box, then three sub-headed sections; the byline
// `杨明清 本报记者 张楠 本报通讯员 赵可欣` and the lead (`“只有经过实操…`) stand inside it because the layout
// put the lead column after the other columns; the page is cut off at its end.
const EXPECTED: Expected[] = [
  {
    title: '全国建材行业工会建设经验交流活动提出 激发基层活力着力打造服务型工会',
    date: '2024-10-11',
    byline: [['李昱霖', '记者']],
    bodyStartsWith: '本报讯(记者李昱霖)10月11日,全国建材行业',
  },
  {
    title: '深圳工会打造“12345+N”公益慈善生态体系',
    subtitle: '链接政府、企业、社会等多方资源为职工解忧',
    date: '2024-10-14',
    byline: [['刘友婷', '记者']],
    bodyStartsWith: '本报讯(记者刘友婷)近日,广东省深圳市',
  },
  { title: '青海举办产业工人队伍建设改革专题培训班', date: '2024-10-14', byline: [['邢生祥', '记者']], bodyStartsWith: '本报讯(记者邢生祥)近日' },
  {
    title: '河池市总开展金秋助学入户慰问活动',
    date: '2024-10-14',
    byline: [['庞慧敏', '记者'], ['蒙忠南', '通讯员']],
    bodyStartsWith: '本报讯(记者庞慧敏 通讯员蒙忠南)',
  },
  {
    title: '泰兴市黄桥镇打造劳动人事争议服务中心',
    date: '2024-10-14',
    byline: [['顾卫东', '通讯员'], ['丁闻', '通讯员']],
    bodyStartsWith: '本报讯(通讯员顾卫东 丁闻)笔者近日获悉',
  },
  { title: '在工业景区体验激情岁月', date: '2024-10-12', byline: [['杨登峰', '摄影']], bodyStartsWith: '10月12日,在黑龙省佳木斯市' },
  {
    title: '舟山为技能人才和技能型企业量身定制金融服务',
    subtitle: '“技能共富保”助力高素养劳动者队伍建设',
    date: '2024-10-14',
    byline: [['邹偶然', '记者']],
    bodyStartsWith: '本报讯(记者邹偶然)近日',
  },
  { title: '东北三省一区工会深化区域合作创新', date: '2024-10-09', byline: [['彭冰', '记者']], bodyStartsWith: '本报讯(记者彭冰)10月9日' },
  { title: '一线职工上演精彩“吉他秀”', kicker: '新闻特写', date: '2024-10-14', byline: [['李丰', '记者']], bodyStartsWith: '近日,“中国梦·劳动美' },
  {
    title: '四川乐至县总搭建城乡一体化服务平台 零工驿站成“工会帮就业”阵地',
    date: '2024-10-14',
    byline: [['李娜', '记者'], ['潘文苑', '通讯员']],
    bodyStartsWith: '本报讯(记者李娜 通讯员潘文苑)“多亏了零工驿站',
  },
  {
    title: '职工夜校“走红”的奥秘',
    subtitle: '山东省平度市总引入多方资源,为职工量身定制高性价比课程,打造更便捷服务——',
    kicker: '阅读提示',
    date: '2024-10-14',
    byline: [['杨明清', '作者'], ['张楠', '记者'], ['赵可欣', '通讯员']],
    bodyStartsWith: '今年6月份以来,在山东青岛平度市',
  },
];

const body = (a: ArticleDraft): string => a.text.slice(a.bodyStart);

describe('splitPage on the sample page', () => {
  const articles = splitPage(sampleText(), { fileDate: '2024-10-14' });

  it('finds eleven articles: ten reports and one picture caption', () => {
    expect(articles.map((a) => a.title)).toEqual(EXPECTED.map((e) => e.title));
  });

  EXPECTED.forEach((expected, i) => {
    it(`article ${i + 1}: ${expected.title}`, () => {
      const a = articles[i];
      expect(a.title).toBe(expected.title);
      expect(a.subtitle).toBe(expected.subtitle ?? null);
      expect(a.kicker).toBe(expected.kicker ?? null);
      expect(a.date).toBe(expected.date);
      // A date the report states comes from its dateline; the others are the page's (from the file name here).
      expect(a.dateSource).toBe(expected.date === '2024-10-14' ? 'file-name' : 'dateline');
      expect(a.pageDate).toBe('2024-10-14');
      expect(a.place).toBeNull();
      expect(a.byline.map((b) => [b.name, b.role])).toEqual(expected.byline);
      expect(body(a).startsWith(expected.bodyStartsWith)).toBe(true);
      // The headline block comes first, then a blank line, then the body.
      expect(a.text.slice(0, a.bodyStart)).toMatch(/\n\n$/);
      expect(a.text.slice(0, a.bodyStart)).toContain(expected.title);
    });
  });

  it('keeps dates null when no year is known', () => {
    const noYear = splitPage(sampleText());
    expect(noYear.map((a) => a.date)).toEqual(EXPECTED.map(() => null));
  });

  it('takes the year from a year written in front of the date', () => {
    const text = sampleText().replace('本报讯(记者彭冰)10月9日', '本报讯(记者彭冰)2023年10月9日');
    const northeast = splitPage(text).find((a) => a.title.startsWith('东北三省一区'));
    expect(northeast?.date).toBe('2023-10-09');
  });

  it('joins lines the layout broke inside a sentence', () => {
    const shenzhen = body(articles[1]);
    expect(shenzhen).toContain('其中,“1”指坚持以服务职工发展为中心;');
    expect(shenzhen).toContain('共同构建‘工’益慈善生态圈。”深圳市职工发展基金会秘书长夏海燕介绍道。');
    expect(shenzhen).toContain('实施团队专业、极具品牌潜力”的公益项目。');
    const zhoushan = body(articles[6]);
    expect(zhoushan).toContain('“4”是指“技能企业聚力保”“技能人才普惠保”');
    expect(zhoushan).toContain('可优惠参保车险和意外险;高级工至高级技师');
    // Whole paragraphs stay on lines of their own.
    expect(shenzhen.split('\n')).toHaveLength(7);
  });

  it('keeps the 平度 sub-heads, byline and lead inside the one 平度 article', () => {
    const lines = body(articles[10]).split('\n');
    for (const subhead of ['300多元的课程夜校只要88元', '职工夜校“送课上门”', '杨明清 本报记者 张楠 本报通讯员 赵可欣', '职工夜校有了众多“回头客”']) {
      expect(lines).toContain(subhead);
    }
    expect(lines.some((l) => l.startsWith('“只有经过实操大家才能了解掌握'))).toBe(true);
    expect(lines[lines.length - 1].endsWith('夜校丰富多彩的')).toBe(true);
  });

  it('keeps the photo credit in the caption text and makes it the byline', () => {
    expect(articles[5].text.endsWith('吸引众多游客前来旅游“打卡”。 本报记者 杨登峰 摄')).toBe(true);
  });

  it('keeps the byline line under the headline in the headline block', () => {
    expect(articles[8].text.slice(0, articles[8].bodyStart)).toBe('新闻特写\n一线职工上演精彩“吉他秀”\n本报记者 李丰\n\n');
  });

  it('loses and duplicates nothing: every character of the page is in exactly one article', () => {
    const all = articles.map((a) => solid(a.text)).join('');
    expect([...all].sort().join('')).toBe([...solid(sampleText())].sort().join(''));
  });
});
