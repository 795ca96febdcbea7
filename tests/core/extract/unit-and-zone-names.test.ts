import { describe, expect, it } from 'vitest';
import { named, names } from './helpers';

// Made-up examples of the shapes of issue #12 (organisation and program recall), none from a page.

describe('units of a larger body (railway sections, workshops, stations)', () => {
  it('reads a section named after its place, alone and after its company', () => {
    expect(names('青禾工务段开展安全检查。', 'organisation')).toEqual(['青禾工务段']);
    expect(names('中国铁路南宁局集团有限公司柳州车务段召开会议。', 'organisation')).toEqual(['中国铁路南宁局集团有限公司柳州车务段']);
  });

  it('reads a workshop or station named after a place, but not a generic workshop', () => {
    expect(names('他在柳州工务段鹿寨线路车间当线路工。', 'organisation')).toEqual(['柳州工务段', '鹿寨线路车间']);
    expect(names('白沙镇车站值班员林海说。', 'organisation')).toEqual(['白沙镇车站']);
    expect(names('装配车间主任林海说。', 'organisation')).toEqual([]);
  });

  it('resolves a level organ written short (区人力社保局) to the bureau the text names in full', () => {
    expect(names('青山区人力资源和社会保障局召开会议。区人力社保局有关负责人介绍了情况。', 'organisation')).toEqual(['青山区人力资源和社会保障局']);
  });

  it('reads a bureau written 人社局 after its place, and a level organ standing alone', () => {
    expect(names('青禾县总工会联合青禾县人社局开展招聘。', 'organisation')).toEqual(['青禾县总工会', '青禾县人社局']);
    expect(names('省教育厅、市人社局和自治区人力资源和社会保障厅联合发文。', 'organisation')).toEqual([
      '省教育厅',
      '市人社局',
      '自治区人力资源和社会保障厅',
    ]);
  });
});

describe('prepositions glued to a level by the segmenter (issue #12 cause 3)', () => {
  it('never starts an organisation name with 由 or 据', () => {
    const found = names('青禾区总工会成立服务中心。中心由区总工会管理，经费由区人力社保局拨付。', 'organisation');
    expect(found.some((n) => /^[由据]|中心由/.test(n))).toBe(false);
    expect(found).toContain('青禾区总工会');
    expect(names('据市总工会介绍，活动已覆盖全市。', 'organisation')).toEqual(['市总工会']);
  });
});

describe('zones named after a place (issue #12 cause 8)', () => {
  it('keeps the place in a zone whose other words are generic', () => {
    expect(names('企业落户临朐县经济开发区。', 'place')).toContain('临朐县经济开发区');
    expect(names('企业集中在柳州经济技术开发区。', 'place')).toContain('柳州经济技术开发区');
  });

  it('starts a zone with a proper name of its own after the division named in full', () => {
    const found = names('项目位于柳州市鹿寨新区。', 'place');
    expect(found).toContain('鹿寨新区');
    expect(found).not.toContain('柳州市鹿寨新区');
  });

  it('reads a zone suffix the segmenter cuts in two, but not the words alone', () => {
    expect(names('柳州边境经济合作区的企业参加招聘。', 'place')).toContain('柳州边境经济合作区');
    expect(names('双方在经济合作区开展技术合作。', 'place')).toEqual([]);
  });
});

describe('quoted programs with a descriptor or a team (issue #12 cause 7)', () => {
  it('names the program by its quote when a descriptor follows', () => {
    expect(names('职工踊跃参加“匠心杯”竞赛。', 'program')).toEqual(['匠心杯']);
    expect(names('市总工会开展“冬送温暖”慰问活动。', 'program')).toEqual(['冬送温暖']);
  });

  it('names the program, not an organisation, when a service team carries it out', () => {
    const text = '工会组建“送技能下乡”服务队和“冬送温暖”小分队。';
    expect(names(text, 'program')).toEqual(['送技能下乡', '冬送温暖']);
    expect(names(text, 'organisation')).toEqual([]);
  });

  it('does not run a quoted name over the verb after it', () => {
    const found = names('“技能进社区”列为年度重点项目。', 'program');
    expect(found.some((n) => n.includes('列为'))).toBe(false);
  });

  it('names a contest after the quote by its quoted core, with the whole form as its surface', () => {
    expect(named('“青禾杯”职工发展项目创新大赛开幕。', 'program')).toEqual(['青禾杯[“青禾杯”职工发展项目创新大赛]']);
  });
});

describe('people after a title whose given name is also a word (issue #12 cause 6)', () => {
  it('reads a rare surname and a noun given name when a speech verb follows', () => {
    expect(names('工会主席余海军说，今年要办实事。', 'person')).toEqual(['余海军']);
    expect(names('主席余额说明了情况。', 'person')).toEqual([]);
  });

  it('knows 洪 as a surname', () => {
    expect(names('站长洪立新介绍，车站有十名职工。', 'person')).toEqual(['洪立新']);
  });
});

describe('quoted programs with a descriptor of what is done with them (issue #12 cause 7)', () => {
  it('names the program by the quote before a descriptor of the lexicon', () => {
    expect(names('获奖选手将参加全市“金牌焊工”职工技能比武。', 'program')).toEqual(['金牌焊工']);
    expect(names('我们在全市推行“工会干部周五进企业”制度。', 'program')).toEqual(['工会干部周五进企业']);
    expect(names('工会举办的“金秋就业月”专场招聘会在市里举行。', 'program')).toEqual(['金秋就业月']);
  });

  it('takes a plain quoted name after a verb that launches or hands it out, or before its opening', () => {
    expect(names('职工统一投保“职工重疾互助保障”，保费由工会承担。', 'program')).toEqual(['职工重疾互助保障']);
    expect(names('双方共建的“职工法律驿车”正式开通。', 'program')).toEqual(['职工法律驿车']);
    expect(names('他说“天气很热”。', 'program')).toEqual([]);
  });
});

describe('organisation heads and brands the walk used to stop at (issue #12 cause 4)', () => {
  it('reads a joint union (…联合工会), also with a field word the segmenter tags as a verb', () => {
    expect(names('青石街道小微企业联合工会成立。', 'organisation')).toEqual(['青石街道小微企业联合工会']);
    expect(names('沙河区物流行业联合工会主席林海说。', 'organisation')).toEqual(['沙河区物流行业联合工会']);
    expect(names('沙河区组织工会开展活动。', 'organisation')).toEqual([]);
  });

  it('keeps a company whose business verb stands before its suffix, and its union glued to a title', () => {
    expect(names('长峰钢铁联合有限公司工会组织职工参加比赛。', 'organisation')).toEqual(['长峰钢铁联合有限公司工会']);
    expect(names('市总工会联合华为技术有限公司开展活动。', 'organisation')).not.toContain('市总工会联合华为技术有限公司');
  });

  it('reads a one-character verb inside a brand that opens the phrase', () => {
    expect(names('渤海通物流股份有限公司成为试点单位。', 'organisation')).toEqual(['渤海通物流股份有限公司']);
  });
});

describe('program variants (issue #12 cause 7)', () => {
  it('merges X慰问活动 with the program X of the same text', () => {
    const text = '今年全市工会“春风助学”活动近日启动。截至目前，各级工会共开展春风助学慰问活动300余次。';
    expect(names(text, 'program')).toEqual(['春风助学']);
  });
});

describe('stations named after a city (issue #12 cause 8)', () => {
  it('reads 火车站 and 高铁站 after a city as a unit in that city, like a town\'s 车站', () => {
    expect(names('旅客在柳州火车站和桂林高铁站候车。', 'organisation')).toEqual(['柳州火车站', '桂林高铁站']);
    expect(names('旅客在柳州火车站和桂林高铁站候车。', 'place')).toEqual(['柳州市', '桂林市']);
    expect(names('白沙镇车站值班员林海说。', 'organisation')).toEqual(['白沙镇车站']);
  });
});
