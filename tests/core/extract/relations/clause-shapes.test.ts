import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions } from './mentions';
import type { EntitySpec } from './mentions';

type Typed = 'organises' | 'partner' | 'participates' | 'role' | 'located_in';
const rels = (text: string, specs: EntitySpec[], type: Typed): string[] => edges(extractRelations(text, findMentions(text, specs)), type).sort();

describe('subjects in dateline and relative-clause shapes', () => {
  it('takes the name after a dateline’s closing bracket as the subject, never the credited names inside it', () => {
    const text = '本报讯(记者 苗青 通讯员 柏川)青禾市总工会日前确定了“金牌匠人”培育方案,并在全市企业推开。';
    const specs: EntitySpec[] = [['person', '苗青'], ['person', '柏川'], ['organisation', '青禾市总工会'], ['program', '金牌匠人']];
    expect(rels(text, specs, 'organises')).toEqual(['青禾市总工会 -[确定]-> 金牌匠人']);
    expect(rels('本报讯(记者 苗青 通讯员 柏川)近日,工地上“金牌匠人”评选启动。', specs, 'organises')).toEqual([]);
  });

  it('takes 位于P的ORG as the subject of the verb after it', () => {
    const text = '近日,位于青禾经济开发区的青禾汽车股份有限公司举行第六届“金扳手”技能比武。';
    const specs: EntitySpec[] = [['place', '青禾经济开发区'], ['organisation', '青禾汽车股份有限公司'], ['program', '金扳手']];
    expect(rels(text, specs, 'organises')).toEqual(['青禾汽车股份有限公司 -[举行]-> 金扳手']);
  });

  it('lets a place phrase 在A的B stand between a subject and its verb', () => {
    const text = '区总还在康桥街道的青禾物流园设立了“户外爱心驿站”,免费提供茶水。';
    const specs: EntitySpec[] = [['organisation', '青禾区总工会', '区总'], ['place', '康桥街道'], ['place', '青禾物流园'], ['program', '户外爱心驿站']];
    expect(rels(text, specs, 'organises')).toEqual(['青禾区总工会 -[设立]-> 户外爱心驿站']);
    // A possessive 的 still ends the subject.
    expect(rels('青禾区总工会的青禾物流园设立了“户外爱心驿站”。', specs, 'organises')).toEqual([]);
  });
});

describe('passive agents and co-organisers', () => {
  it('reads 由A、B联合主办的P when A is not a name found', () => {
    const text = '3月7日,由自治区总工会、青禾自治区妇联联合主办的“巾帼建功”主题劳动竞赛启动。';
    expect(rels(text, [['organisation', '青禾自治区妇联'], ['program', '巾帼建功']], 'organises')).toEqual(['青禾自治区妇联 -[主办]-> 巾帼建功']);
  });

  it('reads 今年的活动由A和B共同组织 as B organising the program named before', () => {
    const text = '青禾区总工会“夏日清风”慰问活动启动。今年的活动由区总和青禾区人社局共同组织,持续到8月底。';
    const specs: EntitySpec[] = [['organisation', '青禾区总工会'], ['organisation', '青禾区人社局'], ['program', '夏日清风']];
    expect(rels(text, specs, 'organises')).toEqual(['青禾区人社局 -[组织]-> 夏日清风', '青禾区总工会 -[启动]-> 夏日清风']);
  });

  it('reads 由A主办、B承办的2025年“P” for both organisers, and where the event is held', () => {
    const text = '3月9日,由青禾地区总工会主办、青禾县总工会承办的2025年“春风送岗”专场招聘会在托克镇举行。';
    const specs: EntitySpec[] = [['organisation', '青禾地区总工会'], ['organisation', '青禾县总工会'], ['program', '春风送岗'], ['place', '托克镇']];
    expect(rels(text, specs, 'organises')).toEqual(['青禾县总工会 -[承办]-> 春风送岗', '青禾地区总工会 -[主办]-> 春风送岗']);
    expect(rels(text, specs, 'located_in')).toEqual(['春风送岗 -[]-> 托克镇']);
  });

  it('reads “P”计划是A与B共同推出的 as both organising P and partners', () => {
    const text = '“石城匠心”培育计划是青禾市总工会与青禾职业技术学院2024年共同推出的。';
    const specs: EntitySpec[] = [['program', '石城匠心'], ['organisation', '青禾市总工会'], ['organisation', '青禾职业技术学院']];
    expect(rels(text, specs, 'organises')).toEqual(['青禾市总工会 -[推出]-> 石城匠心', '青禾职业技术学院 -[推出]-> 石城匠心']);
    expect(rels(text, specs, 'partner')).toEqual(['青禾市总工会 -[共同推出]-> 青禾职业技术学院']);
  });

  it('reads 为职工办理“P” with the program right after the verb', () => {
    const text = '4月12日,青禾县总工会为全县1200名一线职工集中办理“青工保”互助保障。';
    expect(rels(text, [['organisation', '青禾县总工会'], ['program', '青工保']], 'organises')).toEqual(['青禾县总工会 -[办理]-> 青工保']);
  });

  it('reads a speaker’s 自2019年启动“P”以来 as the speaker’s organisation starting P', () => {
    const text = '青禾地区总工会常务副主席王学平介绍,自2019年启动“两地手拉手”结对帮扶以来,两地已互派干部46人次。';
    const specs: EntitySpec[] = [['organisation', '青禾地区总工会'], ['person', '王学平'], ['program', '两地手拉手']];
    expect(rels(text, specs, 'organises')).toEqual(['青禾地区总工会 -[启动]-> 两地手拉手']);
  });
});

describe('an organisation’s own program named right after it', () => {
  const union: EntitySpec = ['organisation', '青禾区总工会'];
  it('reads ORG“P”活动在…启动 and a headline ORG“P”竞赛启动', () => {
    expect(rels('7月10日,青禾区总工会“夏日清风”慰问活动在半山镇的施工现场启动。', [union, ['program', '夏日清风']], 'organises')).toEqual([
      '青禾区总工会 -[启动]-> 夏日清风',
    ]);
    expect(rels('青禾工会“青匠杯”竞赛启动', [['organisation', '青禾工会'], ['program', '青匠杯']], 'organises')).toEqual(['青禾工会 -[启动]-> 青匠杯']);
  });

  it('not for an honour of the program, nor when the organisation is not the subject', () => {
    const specs: EntitySpec[] = [['organisation', '青禾公司'], ['organisation', '全国总工会'], ['program', '安康杯']];
    expect(rels('青禾公司荣获全国总工会“安康杯”竞赛优胜单位。', specs, 'organises')).toEqual([]);
    expect(rels('全国总工会“安康杯”竞赛优胜单位名单公布。', specs, 'organises')).toEqual([]);
  });

  it('gives way to the verb of the body: one label for the pair', () => {
    const text = ['青禾区总“工会驿家”上新', '', '1月10日,青禾区总工会在湖边建成的“工会驿家”投入使用。'].join('\n');
    expect(rels(text, [['organisation', '青禾区总工会', '青禾区总', '青禾区总工会'], ['program', '工会驿家']], 'organises')).toEqual(['青禾区总工会 -[建成]-> 工会驿家']);
  });
});

describe('partners named in lists with names not found', () => {
  it('reads 联合A、B when A is not a name found', () => {
    const text = '今年省总工会联合省教育厅、青禾省财政厅开展“金秋助学”活动。';
    const specs: EntitySpec[] = [['organisation', '青禾省总工会', '省总工会'], ['organisation', '青禾省财政厅'], ['program', '金秋助学']];
    expect(rels(text, specs, 'partner')).toEqual(['青禾省总工会 -[联合]-> 青禾省财政厅']);
  });

  it('reads A与B、C联合印发 and A和B共同建成 as partners', () => {
    const specs: EntitySpec[] = [['organisation', '青禾市总工会'], ['organisation', '青禾市财政局'], ['organisation', '青禾商务区管委会']];
    expect(rels('青禾市总工会与市人社局、青禾市财政局联合印发通知,明确补贴标准。', specs, 'partner')).toEqual(['青禾市总工会 -[联合印发]-> 青禾市财政局']);
    expect(rels('这个骑手之家是青禾市总工会和青禾商务区管委会去年共同建成的。', specs, 'partner')).toEqual(['青禾商务区管委会 -[共同建成]-> 青禾市总工会']);
  });

  it('reads A与B在P签订 with the place of signing between', () => {
    const text = '3月5日,青禾省总工会与阿克地区总工会在阿克市签订新一轮结对帮扶协议。';
    const specs: EntitySpec[] = [['organisation', '青禾省总工会'], ['organisation', '阿克地区总工会'], ['place', '阿克市']];
    expect(rels(text, specs, 'partner')).toEqual(['阿克地区总工会 -[签订]-> 青禾省总工会']);
  });
});

describe('members of the program an article is about', () => {
  const article = (body: string): string => ['青禾港务工会启动“港口匠人”培育计划', '', '11月18日,青禾港务工会启动“港口匠人”培育计划。', '', body].join('\n');
  const specs: EntitySpec[] = [
    ['organisation', '青禾港务工会'],
    ['program', '港口匠人'],
    ['organisation', '青禾港务集团有限公司'],
    ['organisation', '青禾物流股份有限公司'],
  ];

  it('reads A、B等12家企业被确定为首批试点单位 in a paragraph that names no program', () => {
    const text = article('青禾港务集团有限公司、青禾物流股份有限公司等12家企业被确定为首批试点单位。');
    expect(rels(text, specs, 'participates')).toEqual(['青禾港务集团有限公司 -[试点单位]-> 港口匠人', '青禾物流股份有限公司 -[试点单位]-> 港口匠人']);
  });

  it('reads A等80家企业首批报名 and 参赛单位中,A…', () => {
    expect(rels(article('青禾港务集团有限公司等80家企业首批报名。'), specs, 'participates')).toEqual(['青禾港务集团有限公司 -[报名]-> 港口匠人']);
    expect(rels(article('参赛单位中,青禾物流股份有限公司的规模最大。'), specs, 'participates')).toEqual(['青禾物流股份有限公司 -[参赛单位中]-> 港口匠人']);
  });

  it('not when the paragraph quotes a name that may be another program', () => {
    const text = article('青禾区总工会确定了“汽配摇篮”培育项目。青禾港务集团有限公司是首批试点企业。');
    expect(rels(text, specs, 'participates')).toEqual([]);
  });
});

describe('roles and places through references', () => {
  it('reads 来自ORG的网约车司机X as a role with the word of trade', () => {
    const text = '启动仪式上,来自青禾出行科技有限公司的网约车司机蒙光远代表选手发言。';
    expect(rels(text, [['organisation', '青禾出行科技有限公司'], ['person', '蒙光远']], 'role')).toEqual(['蒙光远 -[网约车司机]-> 青禾出行科技有限公司']);
  });

  it('reads 集团工会副主席X as a role at the group of a unit the article names', () => {
    const text = '青禾港口集团有限公司芝湾港务分公司门机司机孙明达坐在驾驶室里。集团工会副主席邵丽芬说,集团将为孙明达配备徒弟。';
    const specs: EntitySpec[] = [['organisation', '青禾港口集团有限公司芝湾港务分公司'], ['person', '孙明达'], ['person', '邵丽芬']];
    expect(rels(text, specs, 'role')).toEqual(['邵丽芬 -[工会副主席]-> 青禾港口集团有限公司']);
  });

  it('reads 首个驿站已在P开放 as the program named before lying in P', () => {
    const text = '据悉,青禾区总工会还将设立10个“小哥驿站”,首个驿站已在中山路街道开放。';
    const specs: EntitySpec[] = [['organisation', '青禾区总工会'], ['program', '小哥驿站'], ['place', '中山路街道']];
    expect(rels(text, specs, 'located_in')).toEqual(['小哥驿站 -[]-> 中山路街道']);
  });

  it('reads 记者见到项目部工会主席X as a role at the project department named before', () => {
    const text = '青禾建工第三工程有限公司东津项目部承建大桥。记者见到项目部工会主席阮小平时,他刚从桥墩上下来。';
    expect(rels(text, [['organisation', '青禾建工第三工程有限公司东津项目部'], ['person', '阮小平']], 'role')).toEqual([
      '阮小平 -[工会主席]-> 青禾建工第三工程有限公司东津项目部',
    ]);
  });

  it('reads ORG在P召开会议,启动“X” as X lying in P', () => {
    const text = '5月21日,青禾省总工会在合肥召开会议,启动“百万职工素质提升行动”。';
    const specs: EntitySpec[] = [['organisation', '青禾省总工会'], ['place', '合肥市', '合肥'], ['program', '百万职工素质提升行动']];
    expect(rels(text, specs, 'located_in')).toEqual(['百万职工素质提升行动 -[]-> 合肥市']);
    expect(rels('5月21日,青禾省总工会在合肥召开会议,部署全年工作。', specs, 'located_in')).toEqual([]);
  });
});

describe('organisations sent and visited under the program of the sentence', () => {
  const specs: EntitySpec[] = [
    ['organisation', '青禾区总工会'],
    ['program', '健康进企业'],
    ['organisation', '青禾区中医院'],
    ['organisation', '青禾陶瓷有限公司'],
  ];
  it('reads …开展“P”,组织A等4家医院的医生走进B', () => {
    const text = '近日,青禾区总工会开展“健康进企业”义诊活动,组织青禾区中医院等4家医疗机构的26名医生走进青禾陶瓷有限公司,为职工体检。';
    expect(rels(text, specs, 'participates')).toEqual(['青禾区中医院 -[组织]-> 健康进企业', '青禾陶瓷有限公司 -[走进]-> 健康进企业']);
  });

  it('not for 走进B的职工 (a noun phrase), nor without a program in the sentence', () => {
    expect(rels('青禾区总工会开展“健康进企业”活动,走进青禾陶瓷有限公司的职工增长三成。', specs, 'participates')).toEqual([]);
    expect(rels('近日,青禾区总工会组织医生走进青禾陶瓷有限公司,为职工体检。', specs, 'participates')).toEqual([]);
  });

  it('reads 联合A区人社局、B when a place inside the name not found is a mention', () => {
    const text = '9月2日,由青禾区总工会联合青禾区人社局、青禾区妇联举办的招聘会举行。';
    const specs2: EntitySpec[] = [['organisation', '青禾区总工会'], ['place', '青禾区'], ['organisation', '青禾区妇联']];
    const mentions = findMentions(text, specs2).filter((m) => !(m.type === 'place' && (text.startsWith('总工会', m.end) || text.startsWith('妇联', m.end))));
    expect(edges(extractRelations(text, mentions), 'partner')).toEqual(['青禾区总工会 -[联合]-> 青禾区妇联']);
  });
});

describe('verbs of running a program far from its name', () => {
  it('reads 行动由A牵头,B、C共同组织实施 as all three organising it and A partnering B and C', () => {
    const text = '青禾省总工会启动“素质提升行动”。行动由青禾省总工会牵头,青禾省人社厅、青禾省财政厅共同组织实施。';
    const specs: EntitySpec[] = [['organisation', '青禾省总工会'], ['organisation', '青禾省人社厅'], ['organisation', '青禾省财政厅'], ['program', '素质提升行动']];
    expect(rels(text, specs, 'organises')).toEqual([
      '青禾省人社厅 -[组织实施]-> 素质提升行动',
      '青禾省总工会 -[启动]-> 素质提升行动',
      '青禾省财政厅 -[组织实施]-> 素质提升行动',
    ]);
    expect(rels(text, specs, 'partner')).toEqual([
      '青禾省人社厅 -[共同组织实施]-> 青禾省总工会',
      '青禾省人社厅 -[共同组织实施]-> 青禾省财政厅',
      '青禾省总工会 -[共同组织实施]-> 青禾省财政厅',
    ]);
  });

  it('gives the lead agent 牵头 when no sentence before says it runs the program', () => {
    const text = '“素质提升行动”启动。行动由青禾省总工会牵头,青禾省财政厅共同组织实施。';
    expect(rels(text, [['organisation', '青禾省总工会'], ['organisation', '青禾省财政厅'], ['program', '素质提升行动']], 'organises')).toEqual([
      '青禾省总工会 -[牵头]-> 素质提升行动',
      '青禾省财政厅 -[组织实施]-> 素质提升行动',
    ]);
  });

  it('reads ORG…,为职工统一投保“P” as the organisation running P, not taking part in it', () => {
    const text = '青禾街道联合工会日前与青禾人寿签订协议,为辖区1800名职工统一投保“住院互助保障”。';
    const specs: EntitySpec[] = [['organisation', '青禾街道联合工会'], ['organisation', '青禾人寿'], ['program', '住院互助保障']];
    expect(rels(text, specs, 'organises')).toEqual(['青禾街道联合工会 -[投保]-> 住院互助保障']);
    expect(rels(text, specs, 'participates')).toEqual([]);
  });

  it('reads 联合B发放“P” and A和B共建的“P”', () => {
    expect(rels('招聘会上,青禾地区总工会还联合地区人社局发放“就业服务卡”2000张。', [['organisation', '青禾地区总工会'], ['organisation', '地区人社局'], ['program', '就业服务卡']], 'organises')).toEqual([
      '青禾地区总工会 -[发放]-> 就业服务卡',
    ]);
    expect(rels('5月18日,青禾区总工会和青禾律师事务所共建的“维权直通车”正式开通。', [['organisation', '青禾区总工会'], ['organisation', '青禾律师事务所'], ['program', '维权直通车']], 'organises')).toEqual([
      '青禾区总工会 -[共建]-> 维权直通车',
      '青禾律师事务所 -[共建]-> 维权直通车',
    ]);
  });
});


describe('where a program happens when the sentence opens with the place', () => {
  it('reads 在A区B镇的基地,ORG“P”服务队… and 在…工地,A和B共建的“P”正式开通', () => {
    const text = '4月14日,在青禾市田阳区那满镇的芒果种植基地,青禾市总工会“送技能”服务队的农技专家为果农讲解技术。';
    const specs: EntitySpec[] = [['place', '青禾市'], ['place', '田阳区'], ['place', '那满镇'], ['organisation', '青禾市总工会'], ['program', '送技能']];
    expect(rels(text, specs, 'located_in').filter((r) => r.startsWith('送技能'))).toEqual(['送技能 -[]-> 那满镇']);
    const site = '5月18日,在包河区滨湖新区的青禾集团滨湖项目部工地,包河区总工会和青禾律师事务所共建的“维权直通车”正式开通。';
    const specs2: EntitySpec[] = [['place', '包河区'], ['place', '滨湖新区'], ['organisation', '青禾集团滨湖项目部'], ['organisation', '包河区总工会'], ['organisation', '青禾律师事务所'], ['program', '维权直通车']];
    expect(rels(site, specs2, 'located_in').filter((r) => r.startsWith('维权直通车'))).toEqual(['维权直通车 -[]-> 滨湖新区']);
  });

  it('not when the opening clause does more than say where, nor when the next clause names its own place', () => {
    const specs: EntitySpec[] = [['place', '那满镇'], ['place', '田阳区'], ['organisation', '青禾市总工会'], ['program', '送技能']];
    expect(rels('在那满镇调研时,青禾市总工会“送技能”服务队讲解技术。', specs, 'located_in')).toEqual([]);
    expect(rels('在那满镇,青禾市总工会“送技能”服务队来到田阳区讲解技术。', specs, 'located_in')).toEqual([]);
  });

  it('reads 为A街道辖区内的职工统一投保“P” with a place inside the phrase', () => {
    const text = '青禾街道联合工会日前与青禾人寿签订协议,为七星街道辖区内1800名职工统一投保“住院互助保障”。';
    const specs: EntitySpec[] = [['organisation', '青禾街道联合工会'], ['organisation', '青禾人寿'], ['place', '七星街道'], ['program', '住院互助保障']];
    expect(rels(text, specs, 'organises')).toEqual(['青禾街道联合工会 -[投保]-> 住院互助保障']);
  });
});
