import { describe, expect, it } from 'vitest';
import { names } from './helpers';

describe('organisation names', () => {
  it('reads an office named for two fields through its conjunction, after a place', () => {
    expect(names('宜兴市文化和旅游局发布通知。', 'organisation')).toEqual(['宜兴市文化和旅游局']);
    expect(names('杭州市住房和城乡建设局开展检查。', 'organisation')).toEqual(['杭州市住房和城乡建设局']);
    expect(names('长沙县商务和粮食局召开会议。', 'organisation')).toEqual(['长沙县商务和粮食局']);
  });
});

describe('organisation spans and forms (issue #12 causes 2, 4, 5)', () => {
  it('leaves a party body to the title of the person after it (X党组书记, X党委副书记)', () => {
    expect(names('青禾市总工会党组书记、主席林海说。', 'organisation')).toEqual(['青禾市总工会']);
    expect(names('长江电机有限公司党委副书记王平说。', 'organisation')).toEqual(['长江电机有限公司']);
    // A party body on its own stays an organisation.
    expect(names('中建八局党委召开会议。', 'organisation')).toEqual(['中建八局党委']);
  });

  it('reads a numbered unit as part of a company name, also when the segmenter cuts its number', () => {
    expect(names('中铁六十局集团第五工程有限公司承建该项目。', 'organisation')).toEqual(['中铁六十局集团第五工程有限公司']);
    expect(names('华建二十六局集团第五工程有限公司承建该项目。', 'organisation')).toEqual(['华建二十六局集团第五工程有限公司']);
  });

  it('merges a headline contraction with the full name of the same text', () => {
    const text = '城建七局五公司抢工期\n本报讯 城建七局集团第五工程有限公司的职工昨天完成了浇筑。';
    expect(names(text, 'organisation')).toEqual(['城建七局集团第五工程有限公司']);
    // Two full names that both contract the same way: no merge.
    expect(names('城建七局五公司开工。城建七局集团第五工程有限公司和城建七局集团第五建设有限公司参加。', 'organisation')).toContain('城建七局五公司');
  });

  it('merges a province union written 江苏工会 in a headline with the federation the text names', () => {
    expect(names('浙江工会送清凉\n本报讯 浙江省总工会今年安排专项资金。', 'organisation')).toEqual(['浙江省总工会']);
    expect(names('浙江省总工会安排专项资金，标志着浙江工会服务体系建设进入新阶段。', 'organisation')).toEqual(['浙江省总工会', '浙江工会']);
  });
});

describe('long company names (issue #12 causes 4, 5)', () => {
  it('keeps a company and its unit named after a site or a place as one name', () => {
    expect(names('长河恒达建设有限公司滨江新城三期项目部工会主席说。', 'organisation')).toEqual(['长河恒达建设有限公司滨江新城三期项目部']);
    expect(names('中国铁路南宁局集团有限公司柳州机务段工会开展活动。', 'organisation')).toEqual(['中国铁路南宁局集团有限公司柳州机务段工会']);
  });

  it('starts a company name at a brand made of a place and a field (中国铁路…)', () => {
    expect(names('中国铁路南宁局集团有限公司发布通知。', 'organisation')).toEqual(['中国铁路南宁局集团有限公司']);
  });

  it('does not run a name over a count of places (各建一处…站)', () => {
    expect(names('今年还将在青石镇、白沙镇各建一处职工活动站。', 'organisation')).toEqual([]);
    expect(names('今年还将在青石镇、白沙镇各建一处职工活动站。', 'place')).toEqual(['青石镇', '白沙镇']);
  });

  it('takes back a character the segmenter cut off a noun of the name (船务 read as 海船/务)', () => {
    expect(names('南通华海船务有限公司召开职代会。', 'organisation')).toEqual(['南通华海船务有限公司']);
  });
});

describe('program names', () => {
  it('carries no quote marks in its canonical name, whatever the quoted part', () => {
    expect(names('市总工会打造“1+3+N”职工服务体系。', 'program')).toEqual(['1+3+N职工服务体系']);
  });
});
