import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions, findRelation } from './mentions';
import type { EntitySpec } from './mentions';

function organises(text: string, specs: EntitySpec[]): string[] {
  return edges(extractRelations(text, findMentions(text, specs)), 'organises');
}

describe('organises relations', () => {
  it('resolves 该公益项目 in a passive 由X发起 to the program named before', () => {
    const first = '近日,广东省深圳市“深工有爱 情满鹏城”2024年“99公益日”活动开展,通过募集社会资源,为职工群体提供公益服务。';
    const second = '据悉,该公益项目由深圳市职工发展基金会发起,标志着深圳工会打造“12345+N”公益慈善生态体系进一步丰富完善。';
    const text = first + second;
    const specs: EntitySpec[] = [
      ['place', '广东省'],
      ['place', '深圳市'],
      ['program', '99公益日', '“深工有爱 情满鹏城”2024年“99公益日”活动'],
      ['organisation', '深圳市职工发展基金会'],
      ['program', '“12345+N”公益慈善生态体系'],
    ];
    const rels = extractRelations(text, findMentions(text, specs));
    expect(edges(rels, 'organises')).toEqual(['深圳市职工发展基金会 -[发起]-> 99公益日']);
    const r = findRelation(rels, 'organises', '深圳市职工发展基金会', '99公益日');
    expect(text.slice(r?.start, r?.end)).toBe(second);
    expect(r).toMatchObject({ sourceType: 'organisation', targetType: 'program' });
  });

  it('reads an active ORG VERB PROGRAM', () => {
    const text = '本报讯(记者邢生祥)近日,青海省总工会举办全省产业工人队伍建设改革专题培训班,来自各市(州)总工会的有关负责人等80余人参加培训。';
    expect(
      organises(text, [['organisation', '青海省总工会'], ['program', '全省产业工人队伍建设改革专题培训班']]),
    ).toEqual(['青海省总工会 -[举办]-> 全省产业工人队伍建设改革专题培训班']);
  });

  it('reads 大赛由X主办，A、B、C承办 with the contest named earlier', () => {
    const text =
      '近日,贵州省第一届职工吉他音乐大赛决赛在遵义市正安县举行。经过激烈比拼,大赛评选出优胜代表队。据悉,大赛由贵州省总工会主办,遵义市总工会、正安县人民政府、贵州省吉他协会承办。';
    const specs: EntitySpec[] = [
      ['program', '贵州省第一届职工吉他音乐大赛'],
      ['place', '遵义市'],
      ['place', '正安县'],
      ['organisation', '贵州省总工会'],
      ['organisation', '遵义市总工会'],
      ['organisation', '正安县人民政府'],
      ['organisation', '贵州省吉他协会'],
    ];
    const rels = extractRelations(text, findMentions(text, specs));
    expect(edges(rels, 'organises')).toEqual([
      '贵州省总工会 -[主办]-> 贵州省第一届职工吉他音乐大赛',
      '遵义市总工会 -[承办]-> 贵州省第一届职工吉他音乐大赛',
      '正安县人民政府 -[承办]-> 贵州省第一届职工吉他音乐大赛',
      '贵州省吉他协会 -[承办]-> 贵州省第一届职工吉他音乐大赛',
    ]);
    const r = findRelation(rels, 'organises', '贵州省吉他协会', '贵州省第一届职工吉他音乐大赛');
    expect(text.slice(r?.start, r?.end)).toBe('据悉,大赛由贵州省总工会主办,遵义市总工会、正安县人民政府、贵州省吉他协会承办。');
  });

  it('reads PROGRAM是由X联合多部门创新推出的…', () => {
    const text = '据介绍,“技能共富保”是由浙江省舟山市总工会联合多部门创新推出的“2+4+N”金融保险产品,也是由政府指导的系列保险产品。';
    expect(organises(text, [['program', '技能共富保'], ['place', '浙江省'], ['organisation', '舟山市总工会']])).toEqual([
      '舟山市总工会 -[推出]-> 技能共富保',
    ]);
  });

  it('links every program of a list, across clauses that share the subject', () => {
    const text =
      '多年来,深圳市职工发展基金会开展了“深工有爱 温暖救助”“深工有爱 守望相助”“深工守护”等多个公益项目,设立了暖工基金、华夏眼科职工光明基金、湾区智造工匠基金等多个专项基金,帮扶职工超58.7万人次。';
    const specs: EntitySpec[] = [
      ['organisation', '深圳市职工发展基金会'],
      ['program', '深工有爱 温暖救助'],
      ['program', '深工有爱 守望相助'],
      ['program', '深工守护'],
      ['program', '暖工基金'],
      ['program', '华夏眼科职工光明基金'],
      ['program', '湾区智造工匠基金'],
    ];
    expect(organises(text, specs)).toEqual([
      '深圳市职工发展基金会 -[开展]-> 深工有爱 温暖救助',
      '深圳市职工发展基金会 -[开展]-> 深工有爱 守望相助',
      '深圳市职工发展基金会 -[开展]-> 深工守护',
      '深圳市职工发展基金会 -[设立]-> 暖工基金',
      '深圳市职工发展基金会 -[设立]-> 华夏眼科职工光明基金',
      '深圳市职工发展基金会 -[设立]-> 湾区智造工匠基金',
    ]);
  });

  it('reads a subject inside 今年是…的收官之年 and a verb run such as 组织开展', () => {
    const text = '据了解,今年是中国机械冶金建材工会自2022年组织开展“全国建材行业工会建设三年提升行动”的收官之年。';
    expect(organises(text, [['organisation', '中国机械冶金建材工会'], ['program', '全国建材行业工会建设三年提升行动']])).toEqual([
      '中国机械冶金建材工会 -[组织开展]-> 全国建材行业工会建设三年提升行动',
    ]);
  });

  it('carries the subject over clauses', () => {
    const text = '据了解,乐至县总工会聚焦转岗、待岗、下岗家庭灵活就业需求,联动多方,搭建城乡一体化零工驿站平台,完善职工灵活就业体系。';
    expect(organises(text, [['organisation', '乐至县总工会'], ['program', '城乡一体化零工驿站平台']])).toEqual([
      '乐至县总工会 -[搭建]-> 城乡一体化零工驿站平台',
    ]);
  });

  it('skips organisations after a preposition when finding the subject', () => {
    const text =
      '近日,广西壮族自治区河池市总工会组织慰问组分别到广西金河矿业股份有限公司、广西河池运达汽车运输有限责任公司等企业开展金秋助学入户慰问活动。';
    const specs: EntitySpec[] = [
      ['place', '广西壮族自治区'],
      ['organisation', '河池市总工会'],
      ['organisation', '广西金河矿业股份有限公司'],
      ['organisation', '广西河池运达汽车运输有限责任公司'],
      ['program', '金秋助学入户慰问活动'],
    ];
    expect(organises(text, specs)).toEqual(['河池市总工会 -[开展]-> 金秋助学入户慰问活动']);
  });

  it('generalises to other phrasings', () => {
    expect(
      organises('杭州市总工会与杭州市人社局共同主办的第三届职工技能大赛昨天落幕。', [
        ['organisation', '杭州市总工会'],
        ['organisation', '杭州市人社局'],
        ['program', '第三届职工技能大赛'],
      ]),
    ).toEqual(['杭州市总工会 -[主办]-> 第三届职工技能大赛', '杭州市人社局 -[主办]-> 第三届职工技能大赛']);
    expect(
      organises('此次活动由武汉市总工会承办。', [['organisation', '武汉市总工会'], ['program', '职工运动会']]),
    ).toEqual([]);
    const text = '武汉市总工会日前启动“职工运动会”。此次活动由武汉市体育局协办。';
    expect(organises(text, [['organisation', '武汉市总工会'], ['organisation', '武汉市体育局'], ['program', '职工运动会']])).toEqual([
      '武汉市总工会 -[启动]-> 职工运动会',
      '武汉市体育局 -[协办]-> 职工运动会',
    ]);
  });

  it('reads 由A主办、B承办 and a 由 clause whose topic is the subject of an earlier clause', () => {
    const specs: EntitySpec[] = [
      ['program', '全市职工乒乓球比赛'],
      ['organisation', '厦门市总工会'],
      ['organisation', '厦门市体育总会'],
    ];
    expect(organises('全市职工乒乓球比赛日前开赛。比赛由厦门市总工会主办、厦门市体育总会承办。', specs)).toEqual([
      '厦门市总工会 -[主办]-> 全市职工乒乓球比赛',
      '厦门市体育总会 -[承办]-> 全市职工乒乓球比赛',
    ]);
    expect(organises('全市职工乒乓球比赛日前开赛,由厦门市总工会主办,厦门市体育总会承办。', specs)).toEqual([
      '厦门市总工会 -[主办]-> 全市职工乒乓球比赛',
      '厦门市体育总会 -[承办]-> 全市职工乒乓球比赛',
    ]);
  });

  it('does not take a song title, a person subject or a nominal verb', () => {
    expect(
      organises('许超和两位朋友组成乐队,凭借一首高亢雄浑的《啾啾》歌曲轰动全场。', [['person', '许超'], ['program', '《啾啾》']]),
    ).toEqual([]);
    expect(organises('乐队举办了《啾啾》歌曲发布会。', [['organisation', '乐队'], ['program', '啾啾']])).toEqual([]);
    expect(
      organises('平度市疾控中心主任刘洪涛在网上了解到职工夜校开展了美容课程。', [
        ['organisation', '平度市疾控中心'],
        ['person', '刘洪涛'],
        ['program', '职工夜校'],
      ]),
    ).toEqual([]);
    expect(
      organises('此次活动的举办旨在推动工会工作,全国建材行业工会建设经验交流活动在河北邢台举行。', [
        ['program', '全国建材行业工会建设经验交流活动'],
        ['place', '河北'],
      ]),
    ).toEqual([]);
  });
});

describe('organises in headlines', () => {
  it('treats a space between headline phrases as a clause break', () => {
    const text = '四川乐至县总搭建城乡一体化服务平台 零工驿站成“工会帮就业”阵地';
    const specs: EntitySpec[] = [
      ['place', '四川省', '四川'],
      ['organisation', '乐至县总工会', '乐至县总'],
      ['program', '城乡一体化服务平台'],
      ['program', '零工驿站'],
      ['program', '工会帮就业'],
    ];
    expect(organises(text, specs)).toEqual(['乐至县总工会 -[搭建]-> 城乡一体化服务平台']);
  });
});

describe('organises in relative clauses and through references', () => {
  it('reads 由A主办、B承办的PROGRAM for both organisers', () => {
    const text = '近日,由江苏省总工会主办、南京市总工会承办的“江苏工匠”职工技能大赛在南京市举行。';
    const specs: EntitySpec[] = [
      ['organisation', '江苏省总工会'],
      ['organisation', '南京市总工会'],
      ['program', '江苏工匠职工技能大赛', '江苏工匠”职工技能大赛'],
      ['place', '南京市'],
    ];
    expect(organises(text, specs)).toEqual([
      '江苏省总工会 -[主办]-> 江苏工匠职工技能大赛',
      '南京市总工会 -[承办]-> 江苏工匠职工技能大赛',
    ]);
  });

  it('resolves 该中心 as a subject to the organisation named before', () => {
    const text = '宁波市职工服务中心成立于2008年。该中心设立了“甬工惠”服务平台,已为10万名职工提供服务。';
    const specs: EntitySpec[] = [
      ['organisation', '宁波市职工服务中心'],
      ['program', '甬工惠服务平台', '“甬工惠”服务平台'],
    ];
    const rels = extractRelations(text, findMentions(text, specs));
    const r = findRelation(rels, 'organises', '宁波市职工服务中心', '甬工惠服务平台');
    expect(r?.label).toBe('设立');
    expect(text.slice(r?.start, r?.end)).toBe('该中心设立了“甬工惠”服务平台,已为10万名职工提供服务。');
    // Without an organisation of that kind before, nothing is invented.
    expect(organises('该公司设立了“甬工惠”服务平台。', specs)).toEqual([]);
  });
});

describe('organises: 推动/推进 a program named right after the verb', () => {
  it('`A和B…,共同推进“P”行动`: both organisations of the sentence organise it', () => {
    const text = '青禾市总工会和青禾市人社局日前召开现场会,共同推进“技能强企”行动。';
    const specs: EntitySpec[] = [['organisation', '青禾市总工会'], ['organisation', '青禾市人社局'], ['program', '技能强企', '“技能强企”行动']];
    expect(organises(text, specs).sort()).toEqual(['青禾市人社局 -[推进]-> 技能强企', '青禾市总工会 -[推进]-> 技能强企']);
  });

  it('not when the program is the object of another verb after 推动 (`推动企业落实“P”`)', () => {
    const text = '青禾县总工会大力推动企业落实“技能强企”行动。';
    expect(organises(text, [['organisation', '青禾县总工会'], ['program', '技能强企', '“技能强企”行动']])).toEqual([]);
  });
});

describe('items of a column of briefs opening with a bullet (`◆A举办…`)', () => {
  it('the bullet does not hide the subject', () => {
    const text = '◆东湖区总工会在东湖科技园举办“东湖好网红”直播技能大赛，来自园区56家企业的职工同场比拼。';
    const specs: EntitySpec[] = [['organisation', '东湖区总工会'], ['place', '东湖科技园'], ['program', '东湖好网红', '“东湖好网红”直播技能大赛']];
    expect(organises(text, specs)).toEqual(['东湖区总工会 -[举办]-> 东湖好网红']);
  });
});

describe('co-organisers of a passive: `由A、B联合主办，C承办的P`', () => {
  it('the agents of 由 organise the program that the next clause’s relative head names', () => {
    const text = '5月8日，由湖北省总工会、宜昌市人民政府联合主办，宜昌市总工会承办的第二届湖北省“荆楚工匠”职业技能大赛在宜昌市开幕。';
    const specs: EntitySpec[] = [['organisation', '湖北省总工会'], ['organisation', '宜昌市人民政府'], ['organisation', '宜昌市总工会'], ['place', '湖北省'], ['place', '宜昌市'], ['program', '荆楚工匠', '“荆楚工匠”职业技能大赛']];
    expect(edges(extractRelations(text, findMentions(text, specs)), 'organises').sort()).toEqual([
      '宜昌市人民政府 -[主办]-> 荆楚工匠', '宜昌市总工会 -[承办]-> 荆楚工匠', '湖北省总工会 -[主办]-> 荆楚工匠',
    ]);
  });

  it('not when the next clause is no relative clause of an organisation', () => {
    const text = '由湖北省总工会主办，宜昌市总工会在宜昌市开展“荆楚工匠”职业技能大赛。';
    const specs: EntitySpec[] = [['organisation', '湖北省总工会'], ['organisation', '宜昌市总工会'], ['place', '宜昌市'], ['program', '荆楚工匠', '“荆楚工匠”职业技能大赛']];
    expect(edges(extractRelations(text, findMentions(text, specs)), 'organises')).not.toContain('湖北省总工会 -[主办]-> 荆楚工匠');
  });
});
