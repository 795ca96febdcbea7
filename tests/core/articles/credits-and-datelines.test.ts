import { describe, expect, it } from 'vitest';
import { splitPage } from '../../../electron/core/articles';
import { parseBylineLine } from '../../../electron/core/articles/byline';
import { bareNames, closingNames, inlineCredit } from '../../../electron/core/articles/closing-credits';
import { parseDateline } from '../../../electron/core/articles/dateline';
import type { ArticleDraft } from '../../../electron/shared/types';

// Made-up examples of the shapes of issue #12, causes 9 and 10.
const pairs = (entries: Array<{ name: string; role: string }> | null | undefined): Array<[string, string]> | null =>
  entries ? entries.map((e) => [e.name, e.role]) : null;
const credits = (a: ArticleDraft): Array<[string, string]> => a.byline.map((b) => [b.name, b.role]);

describe('datelines in many forms', () => {
  it.each([
    ['城关讯(通讯员 林小雨)5月3日,城关镇总工会举办…', '城关', [['林小雨', '通讯员']]],
    ['桃源讯 (通讯员 贺明) 5月3日,…', '桃源', [['贺明', '通讯员']]],
    ['东湖讯 通讯员 方卫东 记者 沈红 5月3日,…', '东湖', [['方卫东', '通讯员'], ['沈红', '记者']]],
    ['本报讯 记者 高文 通讯员 韩丽报道 “这回可放心了。”5月3日,…', null, [['高文', '记者'], ['韩丽', '通讯员']]],
    ['本报讯 记者 高文 通讯员 韩丽 报道 5月3日,…', null, [['高文', '记者'], ['韩丽', '通讯员']]],
    ['本报讯 邱志明报道 5月3日,…', null, [['邱志明', '作者']]],
  ])('reads %s', (line, place, byline) => {
    const d = parseDateline(line);
    expect(d?.place ?? null).toBe(place);
    expect(pairs(d?.byline)).toEqual(byline);
  });

  it.each(['通讯设备更新了,职工们很高兴。', '资讯(一)本周要闻', '本报讯员工代表大会召开'])('takes %s for no dateline', (line) => {
    expect(parseDateline(line)?.byline.length ?? 0).toBe(0);
  });

  it('starts an item at a local dateline, with no headline of its own, and keeps its place', () => {
    const page = '职工书屋开张\n\n本报讯(记者高文)5月3日,职工书屋在市总工会开张。\n\n城关讯(通讯员 林小雨)5月4日,城关镇总工会为环卫工人送去清凉。';
    const articles = splitPage(page, { fileDate: '2024-05-06' });
    expect(articles).toHaveLength(2);
    expect([articles[1].place, articles[1].date, credits(articles[1])]).toEqual(['城关', '2024-05-04', [['林小雨', '通讯员']]]);
  });
});

describe('credits closing an article', () => {
  it('reads role-less names in brackets closing the last paragraph as the authors', () => {
    expect(pairs(closingNames('市总工会给予经费补助。(彭小莲 贺明)')?.entries)).toEqual([['彭小莲', '作者'], ['贺明', '作者']]);
    expect(closingNames('工匠冉光明(左二)讲解要点')).toBeNull();
    expect(closingNames('活动在市区举行(5月3日)')).toBeNull();
  });

  it('reads a credit written on after the last sentence', () => {
    expect(pairs(inlineCredit('职工们都说好。 本报记者 周红 本报通讯员 钱明')?.entries)).toEqual([['周红', '记者'], ['钱明', '通讯员']]);
    expect(inlineCredit('记者来到现场看到工人们正在作业')).toBeNull();
  });

  it('reads a bare name on a line, a column mark and 文/', () => {
    expect(pairs(bareNames('王雪华'))).toEqual([['王雪华', '作者']]);
    expect(bareNames('暖心早餐')).toBeNull();
    expect(pairs(parseBylineLine('□郭振东'))).toEqual([['郭振东', '作者']]);
    expect(pairs(parseBylineLine('文/陈嘉文'))).toEqual([['陈嘉文', '作者']]);
    expect(pairs(parseBylineLine('通讯员 罗雪摄'))).toEqual([['罗雪', '摄影']]);
  });

  it('ends an article at its closing credit and gives every credit to the right article', () => {
    const page = [
      '雨花区为快递员办婚礼',
      '5月8日,雨花区总工会为12对新人举办集体婚礼。',
      '市总工会给予经费补助。(彭小莲 贺明)',
      '社区食堂开张',
      '近日,社区食堂正式开张,职工们吃上了热饭。',
      '王雪华',
      '评论',
      '评价权下放更要放得稳',
      '□郭振东',
      '把评价权交给企业,是改革的方向。',
      '一线走访',
      '“活儿多了,心里也踏实了”',
      '8月中旬,记者走进一家纺织企业。职工们都说好。 本报记者 周红 本报通讯员 钱明',
    ].join('\n\n');
    const articles = splitPage(page, { fileDate: '2009-08-20' });
    expect(articles.map(credits)).toEqual([[['彭小莲', '作者'], ['贺明', '作者']], [['王雪华', '作者']], [['郭振东', '作者']], [['周红', '记者'], ['钱明', '通讯员']]]);
    expect(articles.map((a) => a.title)).toEqual(['雨花区为快递员办婚礼', '社区食堂开张', '评价权下放更要放得稳', '“活儿多了,心里也踏实了”']);
    expect(articles.map((a) => a.kicker)).toEqual([null, null, '评论', '一线走访']);
    expect(articles[3].date).toBe('2009-08');
  });

  it('does not take a name cut by the layout for a credit', () => {
    const articles = splitPage('职工书屋开张\n\n本报讯(记者高文)5月3日,市总工会副主席\n\n王海涛\n\n为职工书屋揭牌。');
    expect(articles).toHaveLength(1);
    expect(credits(articles[0])).toEqual([['高文', '记者']]);
  });
});

describe('captions and kickers', () => {
  it('keeps a photo story with 上图/下图 captions as one article with every photographer', () => {
    const page = '技能比武比快更比精\n\n3月12日,全市建筑行业职工技能比武在大安区举行。\n\n上图:工匠冉明(左二)讲解要点。通讯员 罗雪摄\n\n下图:选手在比赛中。本报记者 钟雨 摄';
    const articles = splitPage(page);
    expect(articles).toHaveLength(1);
    expect(credits(articles[0])).toEqual([['罗雪', '摄影'], ['钟雨', '摄影']]);
  });

  it('keeps a caption running over several paragraphs, each ending in 摄, as one article', () => {
    const page = '麦收一线的工会蓝\n\n6月10日,志愿服务队为农机手送去绿豆汤。本报记者 张戈 摄\n\n6月11日,职工志愿者为农机手检修机械。通讯员 宋飞 摄\n\n职工书屋开张\n\n本报讯(记者高文)5月3日,职工书屋开张。';
    const articles = splitPage(page);
    expect(articles.map((a) => a.title)).toEqual(['麦收一线的工会蓝', '职工书屋开张']);
    expect(credits(articles[0])).toEqual([['张戈', '摄影'], ['宋飞', '摄影']]);
  });

  it('does not end a caption at a date in brackets inside it', () => {
    const page = '老厂区变身主题公园\n\n5月9日,职工家属在公园内参观老式车床(5月9日摄)。\n\n公园北侧的长廊陈列着劳模事迹。\n\n本报记者 周军 摄';
    const articles = splitPage(page);
    expect(articles).toHaveLength(1);
    expect(credits(articles[0])).toEqual([['周军', '摄影']]);
  });

  it.each([
    ['实地走访 倾听诉求', '市总工会调研组深入企业了解用工需求'],
    ['聚焦产改一线', '湖北工会以技能强企为抓手推进产改'],
    ['律师说法', '春节加班,工资该怎么算?'],
  ])('takes %s above the headline for the kicker', (kicker, title) => {
    const articles = splitPage(`${kicker}\n\n${title}\n\n文/陈嘉文\n\n近日,记者走访了多家企业,职工们都说好。`);
    expect([articles[0].kicker, articles[0].title]).toEqual([kicker, title]);
  });

  it('keeps a short title above a longer sub-headline as the title when it is no kicker', () => {
    const articles = splitPage('首都工会“两节”送温暖活动启动\n\n市总筹集慰问资金1.8亿元 惠及困难职工12万户\n\n本报讯(记者孙立)11月25日,活动启动。');
    expect([articles[0].kicker, articles[0].title]).toEqual([null, '首都工会“两节”送温暖活动启动']);
  });
});
