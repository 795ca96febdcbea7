import { describe, expect, it } from 'vitest';
import { splitPage } from '../../../electron/core/articles';
import type { ArticleDraft } from '../../../electron/shared/types';

// Headline stacks and page tops of Chinese newspaper exports that the development pages lack (issue #12,
// causes 9 and 10), with made-up text: what a user sees as kicker (引题), title (主题) and sub-headline (副题).
const heads = (articles: ArticleDraft[]): Array<[string | null, string, string | null]> => articles.map((a) => [a.kicker, a.title, a.subtitle]);
const body = (a: ArticleDraft): string => a.text.slice(a.bodyStart);

describe('the masthead block at the top of a page', () => {
  it('leaves the paper name above the date and the section label under it out of every article', () => {
    const page = [
      '江城工人报　JIANGCHENG WORKERS',
      '2022.03.04　星期五　　　　　　07',
      '要闻·民生　　　　　　　　责任编辑：罗兰',
      '',
      '市总工会开展春季职工体检',
      '',
      '本报讯（记者 宁远）3月2日，市总工会启动春季职工体检，首批3000名一线职工受益。',
    ].join('\n');
    const [article] = splitPage(page);
    expect([article.kicker, article.title, article.subtitle]).toEqual([null, '市总工会开展春季职工体检', null]);
    expect(article.text).not.toContain('JIANGCHENG');
    expect(article.text).not.toContain('要闻');
    expect(article.date).toBe('2022-03-02');
  });

  it('takes a paper name without 报 above the date and an edition line for furniture', () => {
    const page = ['长江航运', '2020年8月11日　星期二', '第4版　港口·职工', '', '码头工会送清凉', '', '本报讯（通讯员 石英）8月10日，码头工会为装卸工人送去绿豆汤。'].join('\n');
    expect(heads(splitPage(page))).toEqual([[null, '码头工会送清凉', null]]);
  });

  it('leaves out the paper name and a marked section label when no blank line stands under the masthead', () => {
    const page = ['江城工人报', '2022年3月4日　星期五', '要闻·民生　　责任编辑：罗兰', '市总工会开展春季职工体检', '本报讯（记者 宁远）3月2日，市总工会启动春季职工体检。'].join('\n');
    expect(heads(splitPage(page))).toEqual([[null, '市总工会开展春季职工体检', null]]);
  });

  it('keeps a headline that follows the date with no blank line between', () => {
    const page = ['2020年8月11日　星期二', '港区职工书屋扩建完工', '', '本报讯（通讯员 石英）8月10日，港区职工书屋扩建完工。'].join('\n');
    expect(heads(splitPage(page))).toEqual([[null, '港区职工书屋扩建完工', null]]);
  });
});

describe('headline stacks', () => {
  const page = [
    '第3版　要闻',
    '',
    '聚力稳岗扩就业',
    '江城工会“春风送岗”进社区',
    '三天签约岗位1200余个',
    '',
    '本报讯（记者 宁远 通讯员 柯蓝）3月2日，江城市总工会在青山区举办春风送岗招聘会，48家企业带来岗位2100个。',
    '市总工会有关负责人说，招聘会将持续到月底。',
    '',
    '减负担降成本 添动能强信心',
    '小微企业工会经费返还提速',
    '',
    '本报讯（记者 宁远）3月1日，市总工会出台办法，小微企业工会经费返还时间缩短一半。',
    '',
    '城西一物流企业工会',
    '“小修小补”服务进车间',
    '',
    '本报讯（通讯员 石英）近日，城西一家物流企业的工会组织志愿者走进分拣车间，为职工修鞋、理发。',
    '',
    '新业态劳动者有了“暖心站”',
    '全市首批60个驿站投入使用',
    '',
    '本报讯（记者 宁远）3月1日，全市首批60个户外劳动者驿站投入使用。',
    '',
    '“职工之家”小程序',
    '上线满一年',
    '',
    '本报讯（记者 夏禾）3月3日，记者从市总工会获悉，“职工之家”小程序上线满一年。',
    '',
    '责任编辑：罗兰',
  ].join('\n');
  const articles = splitPage(page);

  it('reads three headline lines as 引题, 主题 and 副题', () => {
    expect(heads(articles)[0]).toEqual(['聚力稳岗扩就业', '江城工会“春风送岗”进社区', '三天签约岗位1200余个']);
  });

  it('takes two parallel phrases over a longer headline for the kicker', () => {
    expect(heads(articles)[1]).toEqual(['减负担降成本 添动能强信心', '小微企业工会经费返还提速', null]);
  });

  it('takes the name of the unit a report comes from, over the headline, for the kicker', () => {
    expect(heads(articles)[2]).toEqual(['城西一物流企业工会', '“小修小补”服务进车间', null]);
  });

  it('keeps a longer second line with figures as the sub-headline', () => {
    expect(heads(articles)[3]).toEqual([null, '新业态劳动者有了“暖心站”', '全市首批60个驿站投入使用']);
  });

  it('joins a headline broken over two short lines into one title', () => {
    expect(heads(articles)[4]).toEqual([null, '“职工之家”小程序上线满一年', null]);
    expect(articles).toHaveLength(5);
  });
});

describe('a lead-in line above a headline', () => {
  it('takes a question or a shoulder ending in a colon above a headline for the kicker, not for a sentence of the report before', () => {
    const page = [
      '第2版　工会新闻',
      '',
      '夜班职工吃饭难，怎么办？',
      '东湖一家电子厂开起“深夜食堂”',
      '',
      '本报讯（记者 白桦）凌晨一点，东湖开发区一家电子厂的职工食堂里依然灯火通明。',
      '厂工会主席说，食堂开业一个月来已接待职工9000多人次。',
      '',
      '看病有了“绿色通道”：',
      '汉南区为环卫工人办理健康卡',
      '',
      '本报讯（通讯员 方舟）近日，汉南区总工会为全区环卫工人办理健康卡。',
    ].join('\n');
    const articles = splitPage(page);
    expect(heads(articles)).toEqual([
      ['夜班职工吃饭难，怎么办？', '东湖一家电子厂开起“深夜食堂”', null],
      ['看病有了“绿色通道”：', '汉南区为环卫工人办理健康卡', null],
    ]);
    expect(body(articles[0])).not.toContain('绿色通道');
  });

  it('does the same on a page whose paragraphs follow line by line, with blank lines between pieces', () => {
    const page = [
      '海港区总工会开展安全月活动',
      '　　本报讯（记者 白桦）6月1日，海港区总工会启动安全生产月活动。',
      '　　活动将持续一个月，覆盖全区120家企业。',
      '　　区总工会负责人说，今年将重点检查危化品企业。',
      '',
      '孩子放假了，谁来带？',
      '港区工会办起暑期托管班',
      '　　本报讯（通讯员 方舟）7月5日，港区工会暑期托管班开班。',
      '　　托管班设在港区职工之家，首期招收职工子女60名。',
    ].join('\n');
    const articles = splitPage(page);
    expect(heads(articles)).toEqual([
      [null, '海港区总工会开展安全月活动', null],
      ['孩子放假了，谁来带？', '港区工会办起暑期托管班', null],
    ]);
  });
});

describe('an article is credited once', () => {
  it('starts a piece after the credit line that closes a report, on a page with no blank lines', () => {
    const page = [
      '滨江工会建起“户外驿站”',
      '本报讯（记者 林溪）6月6日，滨江区总工会在江边公园建起第一个户外劳动者驿站，配有饮水机、微波炉和应急药箱。',
      '区总工会负责人说，年内还将建成驿站20个。',
      '本报记者　林溪　通讯员　唐果',
      '6月5日，在滨江区一处建筑工地上，工会志愿者为工人送上绿豆汤和防暑药品。',
      '左图：志愿者为工人测量血压。',
      '（通讯员　唐果　摄）',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles).toHaveLength(2);
    expect(body(articles[1]).startsWith('6月5日，在滨江区')).toBe(true);
    expect(articles[1].byline).toEqual([{ name: '唐果', role: '摄影' }]);
  });

  it('parts a last piece after a blank line that closes with a credit of its own from a report its dateline credits', () => {
    const page = [
      '全市职工乒乓球赛开赛',
      '　　本报讯（记者 林溪）6月6日，全市职工乒乓球赛在市体育馆开赛，来自52家单位的300余名职工参赛。',
      '　　比赛为期三天，设团体和个人项目。',
      '',
      '　　6月1日至3日，江南区总工会在区文化中心举办职工书法展，展出作品120幅，均出自一线职工之手。',
      '　　区总工会负责人说，书法展将在各街道巡展。',
      '江小鱼',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles).toHaveLength(2);
    expect(articles[0].byline).toEqual([{ name: '林溪', role: '记者' }]);
    expect(articles[1].byline).toEqual([{ name: '江小鱼', role: '作者' }]);
  });

  it('keeps a caption whose first paragraph names only its source together up to its photographer', () => {
    const page = [
      '职工运动会落幕',
      '',
      '本报讯（记者 林溪）6月6日，全市职工运动会落幕。',
      '',
      '清晨，江边步道上，参加“健步走”的职工排成长队。（资料图片）',
      '“健步走”活动已连续举办五年，今年共有4000余名职工参加。',
      '图为职工在起点合影。',
      '本报记者　唐　果　摄',
    ].join('\n');
    const articles = splitPage(page);
    expect(articles).toHaveLength(2);
    expect(body(articles[1])).toContain('图为职工在起点合影');
    expect(articles[1].byline).toEqual([{ name: '唐果', role: '摄影' }]);
    expect(articles[0].byline).toEqual([{ name: '林溪', role: '记者' }]);
  });
});

describe('a headline broken after its subject', () => {
  it('reads a unit name over a line opening with its verb as one title, not kicker and title', () => {
    const page = [
      '江州铁路局北塘车务段',
      '开展“安全标兵”评比',
      '',
      '本报讯 5月上旬，江州铁路局北塘车务段开展“安全标兵”评比，评出标兵20名。',
      '',
      '临江市总工会',
      '推行“职工暖心卡”',
      '',
      '本报讯（记者 程远）5月8日，临江市总工会推行“职工暖心卡”，首批发放5000张。',
      '',
      '河阳市东城区总工会与区妇联',
      '携手建设“职工母婴室”',
      '',
      '本报讯（通讯员 罗青）5月9日，河阳市东城区总工会与区妇联携手建设10个“职工母婴室”。',
    ].join('\n');
    expect(heads(splitPage(page))).toEqual([
      [null, '江州铁路局北塘车务段开展“安全标兵”评比', null],
      [null, '临江市总工会推行“职工暖心卡”', null],
      [null, '河阳市东城区总工会与区妇联携手建设“职工母婴室”', null],
    ]);
  });

  it('joins a bare place name to a line as long under it instead of making it a title with a sub-headline', () => {
    const page = ['临江市东城区', '职工之家揭牌', '', '本报讯（通讯员 罗青）5月9日，临江市东城区职工之家揭牌，藏书3000册。'].join('\n');
    expect(heads(splitPage(page))).toEqual([[null, '临江市东城区职工之家揭牌', null]]);
  });

  it('keeps a unit name over a headline with a subject of its own as the kicker', () => {
    const page = ['江东一企业工会', '“技能积分卡”留住青年骨干', '', '本报讯（通讯员 方舟）江东一家企业工会推出“技能积分卡”，青年骨干流失率下降。'].join('\n');
    expect(heads(splitPage(page))).toEqual([['江东一企业工会', '“技能积分卡”留住青年骨干', null]]);
  });
});
