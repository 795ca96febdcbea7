import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions, findRelation } from './mentions';
import type { EntitySpec } from './mentions';

function rel(text: string, specs: EntitySpec[], type: 'participates' | 'part_of' | 'organises'): string[] {
  return edges(extractRelations(text, findMentions(text, specs)), type);
}

describe('participates relations', () => {
  const contestText =
    '近日,贵州省第一届职工吉他音乐大赛决赛在遵义市正安县举行。“今天我才能在这个更大的舞台上展示自己。”贵州省电力工会代表队参赛选手许超说。许超凭借一首《啾啾》歌曲轰动全场。';
  const contestSpecs: EntitySpec[] = [
    ['program', '贵州省第一届职工吉他音乐大赛'],
    ['organisation', '贵州省电力工会代表队'],
    ['person', '许超'],
    ['program', '《啾啾》'],
  ];

  it('makes a contestant and the team take part in the article’s contest', () => {
    const rels = extractRelations(contestText, findMentions(contestText, contestSpecs));
    expect(edges(rels, 'participates')).toEqual([
      '许超 -[参赛选手]-> 贵州省第一届职工吉他音乐大赛',
      '贵州省电力工会代表队 -[参赛]-> 贵州省第一届职工吉他音乐大赛',
    ]);
    const r = findRelation(rels, 'participates', '许超', '贵州省第一届职工吉他音乐大赛');
    expect(contestText.slice(r?.start, r?.end)).toBe('贵州省电力工会代表队参赛选手许超说。');
    expect(edges(rels, 'role')).toEqual(['许超 -[参赛选手]-> 贵州省电力工会代表队']);
  });

  it('never makes a song a program target', () => {
    const rels = extractRelations(contestText, findMentions(contestText, contestSpecs));
    expect(rels.filter((r) => r.type !== 'co_occurs' && r.target === '《啾啾》')).toEqual([]);
  });

  it('reads a beneficiary of a fund', () => {
    const text = '深圳市职工发展基金会·龙华区暖工基金迅速为王先生送去3万元慰问金,让其母亲得到及时救治。';
    const specs: EntitySpec[] = [['program', '深圳市职工发展基金会·龙华区暖工基金'], ['person', '王先生']];
    expect(rel(text, specs, 'participates')).toEqual(['王先生 -[受益]-> 深圳市职工发展基金会·龙华区暖工基金']);
    expect(rel('王先生就是得到“金秋助学”帮扶的受益者之一。', [['person', '王先生'], ['program', '金秋助学']], 'participates')).toEqual([
      '王先生 -[受益]-> 金秋助学',
    ]);
  });

  it('reads pilot companies of a program', () => {
    const text = '组织学员实地观摩了中国水利水电第四工程局有限公司、圣源地毯集团有限公司等“产改”试点企业,让学员亲身感受实践成果。';
    const specs: EntitySpec[] = [
      ['organisation', '中国水利水电第四工程局有限公司'],
      ['organisation', '圣源地毯集团有限公司'],
      ['program', '产改'],
    ];
    expect(rel(text, specs, 'participates')).toEqual([
      '中国水利水电第四工程局有限公司 -[试点企业]-> 产改',
      '圣源地毯集团有限公司 -[试点企业]-> 产改',
    ]);
  });

  it('reads named participants before 参赛/参加/参保, with or without an object', () => {
    expect(
      rel('深圳市“工”益杯职工发展项目创新大赛吸引深圳市春晖社工服务中心、龙岗区总工会参赛。', [
        ['program', '“工”益杯职工发展项目创新大赛'],
        ['organisation', '深圳市春晖社工服务中心'],
        ['organisation', '龙岗区总工会'],
      ], 'participates'),
    ).toEqual(['深圳市春晖社工服务中心 -[参赛]-> “工”益杯职工发展项目创新大赛', '龙岗区总工会 -[参赛]-> “工”益杯职工发展项目创新大赛']);
    expect(
      rel('张丽参加了“职工夜校”烘焙课程。', [['person', '张丽'], ['program', '职工夜校']], 'participates'),
    ).toEqual(['张丽 -[参加]-> 职工夜校']);
    expect(
      rel('“技能共富保”自推出以来,舟山港务公司等企业主动参保。', [['program', '技能共富保'], ['organisation', '舟山港务公司']], 'participates'),
    ).toEqual(['舟山港务公司 -[参保]-> 技能共富保']);
  });

  it('finds no participant when none is named or the program is elsewhere', () => {
    expect(
      rel('来自各市(州)总工会的有关负责人等80余人参加培训。', [['program', '全省产业工人队伍建设改革专题培训班']], 'participates'),
    ).toEqual([]);
    expect(rel('职工在夜校参加培训后,由夜校组织相关赛事。', [['program', '职工夜校', '夜校']], 'participates')).toEqual([]);
    // The union guides others to take part; it is not itself the participant.
    expect(
      rel('平度市总工会广泛引导社会组织参与夜校运行。', [['organisation', '平度市总工会'], ['program', '职工夜校', '夜校']], 'participates'),
    ).toEqual([]);
  });
});

describe('part_of relations', () => {
  it('splits a branch office from its company even when only the branch is named', () => {
    const text = '近日,中国太平洋财产保险股份有限公司舟山中心支公司业务员殷玲英将保险单送到企业。';
    const rels = extractRelations(text, findMentions(text, [['organisation', '中国太平洋财产保险股份有限公司舟山中心支公司'], ['person', '殷玲英']]));
    const r = findRelation(rels, 'part_of', '中国太平洋财产保险股份有限公司舟山中心支公司', '中国太平洋财产保险股份有限公司');
    expect(r).toMatchObject({ sourceType: 'organisation', targetType: 'organisation', label: '' });
    expect(text.slice(r?.start, r?.end)).toBe(text);
  });

  it('links a nested or adjacent parent named in the text', () => {
    expect(
      rel('平度市总工会女职工委员会举办讲座。', [['organisation', '平度市总工会'], ['organisation', '平度市总工会女职工委员会']], 'part_of'),
    ).toEqual(['平度市总工会女职工委员会 -[]-> 平度市总工会']);
    expect(
      rel('龙江森工集团下属桦南林业局开展活动。', [['organisation', '龙江森工集团'], ['organisation', '桦南林业局']], 'part_of'),
    ).toEqual(['桦南林业局 -[]-> 龙江森工集团']);
  });

  it('makes a fund named under a foundation organised by it (设立), or part of it when it is an organisation', () => {
    const text = '深圳市职工发展基金会·龙华区暖工基金迅速为王先生送去慰问金。';
    expect(rel(text, [['program', '深圳市职工发展基金会·龙华区暖工基金']], 'organises')).toEqual([
      '深圳市职工发展基金会 -[设立]-> 深圳市职工发展基金会·龙华区暖工基金',
    ]);
    expect(
      rel(text, [['organisation', '深圳市职工发展基金会'], ['program', '龙华区暖工基金']], 'organises'),
    ).toEqual(['深圳市职工发展基金会 -[设立]-> 龙华区暖工基金']);
    expect(rel(text, [['organisation', '深圳市职工发展基金会·龙华区暖工基金']], 'part_of')).toEqual([
      '深圳市职工发展基金会·龙华区暖工基金 -[]-> 深圳市职工发展基金会',
    ]);
  });

  it('does not split a group company from its own legal suffix or unrelated names', () => {
    const specs: EntitySpec[] = [
      ['organisation', '圣源地毯集团有限公司'],
      ['organisation', '富士胶片制造(深圳)有限公司'],
      ['organisation', '深圳市总工会'],
      ['organisation', '深圳市职工发展基金会'],
    ];
    expect(rel('圣源地毯集团有限公司、富士胶片制造(深圳)有限公司、深圳市总工会和深圳市职工发展基金会。', specs, 'part_of')).toEqual([]);
    expect(
      rel('龙江森工集团桦南林业局有限公司依托特色旅游资源。', [['organisation', '龙江森工集团桦南林业局有限公司']], 'part_of'),
    ).toEqual(['龙江森工集团桦南林业局有限公司 -[]-> 龙江森工集团']);
  });
});

describe('part_of from names of the text', () => {
  it('does not take a name glued to a verb for a unit of the organisation', () => {
    const text = '形成工会统筹,工人文化宫主办,有资质第三方承办。工人文化宫成为热门的打卡地。';
    expect(rel(text, [['organisation', '工人文化宫主办'], ['organisation', '工人文化宫']], 'part_of')).toEqual([]);
  });
});

describe('part_of stated in the text or through a short form', () => {
  const partOf = (text: string, specs: EntitySpec[]): string[] => edges(extractRelations(text, findMentions(text, specs)), 'part_of');
  it('reads A隶属于B and A是B的下属单位', () => {
    const specs: EntitySpec[] = [['organisation', '青禾县职工帮扶中心'], ['organisation', '青禾县总工会']];
    expect(partOf('青禾县职工帮扶中心隶属于青禾县总工会。', specs)).toEqual(['青禾县职工帮扶中心 -[]-> 青禾县总工会']);
    expect(partOf('青禾县职工帮扶中心是青禾县总工会的下属单位。', specs)).toEqual(['青禾县职工帮扶中心 -[]-> 青禾县总工会']);
    expect(partOf('青禾县职工帮扶中心是青禾县总工会的好帮手。', specs)).toEqual([]);
  });

  it('puts the union of a unit under the unit the text names in short', () => {
    const text = '青禾铁路局集团有限公司石门工务段工会开展“安全家书”活动。石门工务段管内线路长。';
    expect(partOf(text, [['organisation', '青禾铁路局集团有限公司石门工务段工会'], ['organisation', '石门工务段']])).toEqual([
      '青禾铁路局集团有限公司石门工务段工会 -[]-> 石门工务段',
    ]);
  });
});

describe('part_of through 其', () => {
  it('reads 其下属的B for the organisation named before', () => {
    const text = '青禾县总工会成立30年来,其下属的青禾县职工帮扶中心累计帮扶职工1万人次。';
    expect(rel(text, [['organisation', '青禾县总工会'], ['organisation', '青禾县职工帮扶中心']], 'part_of')).toEqual(['青禾县职工帮扶中心 -[]-> 青禾县总工会']);
  });

  it('reads a union named by its company’s core as part of the one company of the text', () => {
    const text = '青禾市远山机械有限公司去年产值过亿。远山机械工会主席王强说,公司将推广这一经验。';
    const specs: EntitySpec[] = [['organisation', '青禾市远山机械有限公司'], ['organisation', '远山机械工会'], ['person', '王强']];
    expect(rel(text, specs, 'part_of')).toEqual(['远山机械工会 -[]-> 青禾市远山机械有限公司']);
    const two: EntitySpec[] = [...specs, ['organisation', '青禾县远山机械有限公司']];
    expect(rel(`${text}青禾县远山机械有限公司也参加了。`, two, 'part_of')).toEqual([]);
  });

  it('reads a unit’s parent company named on its own only in short', () => {
    const text = '青禾路桥建设工程有限公司第三工程分公司东湖项目部举办安全竞赛。青禾路桥三分公司项目经理王强说,竞赛已办三届。';
    const specs: EntitySpec[] = [
      ['organisation', '青禾路桥建设工程有限公司第三工程分公司东湖项目部'],
      ['organisation', '青禾路桥三分公司'],
      ['person', '王强'],
    ];
    expect(rel(text, specs, 'part_of')).toEqual(['青禾路桥建设工程有限公司第三工程分公司东湖项目部 -[]-> 青禾路桥三分公司']);
    const other: EntitySpec[] = [specs[0], ['organisation', '青禾水务三分公司'], specs[2]];
    expect(rel(text.replace('青禾路桥三分公司', '青禾水务三分公司'), other, 'part_of')).toEqual([]);
  });
});
